#include "render/export/exportcomposer.h"

#include "models/corpus/citation.h"
#include "models/time/fuzzydate.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

constexpr double basePointSize = 9.5;

double marginFor(const QRectF &page)
{
    return std::max(12.0, std::round(std::min(page.width(), page.height()) * 0.03));
}

// Height of `text` wrapped to `width` in `font`.
double wrappedHeight(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

QString dayText(double day, bool monthly)
{
    const QDate date = QDate::fromJulianDay(qint64(std::floor(day)));
    if (date.year() < 0) // QLocale would write "-300"
        return monthly ? QLocale().monthName(date.month(), QLocale::ShortFormat) + u' ' +
                             FuzzyDate::yearText(date.year())
                       : FuzzyDate::yearText(date.year());
    return monthly ? QLocale().toString(
                         date, ExportComposer::tr("MMM yyyy", "Qt date format of a month in a title"))
                   : ExportComposer::tr("%1", "a year in a title (Japanese adds 年)").arg(date.year());
}

} // namespace

ExportComposer::ExportComposer(ExportScene scene, ExportOptions options)
    : m_scene(std::move(scene))
    , m_options(std::move(options))
{
    m_style =
        ViewStyle::forTheme(m_options.theme, ViewStyle::documentFont(basePointSize * m_options.typeScale));
    if (m_options.transparent)
        m_style.background.setAlpha(0);
    m_timeline.setStyle(m_style);
    TimelineViewState timeline = m_scene.timeline;
    timeline.fitLanes = true;
    timeline.scrollY = 0;
    timeline.focused.clear();
    m_timeline.setState(timeline); // lanes first: the data is indexed by them
    m_timeline.setData(m_scene.corpus, m_scene.events);
    m_fullSpan = m_timeline.fullSpan();
    if (m_scene.fitTimeline) {
        std::tie(timeline.firstDay, timeline.endDay) = m_fullSpan;
        m_timeline.setState(timeline);
    }
    m_timeline.setData(m_scene.corpus, shownEvents());
    m_map.setStyle(m_style);
    m_map.setState(m_scene.map);
    m_map.setData(m_scene.corpus, m_scene.arguments);
}

void ExportComposer::setTimelineWindow(double firstDay, double endDay)
{
    TimelineViewState state = m_timeline.state();
    state.firstDay = firstDay;
    state.endDay = endDay;
    m_timeline.setState(state);
    m_timeline.setData(m_scene.corpus, shownEvents());
}

void ExportComposer::setGhosted(const QSet<QString> &ids)
{
    ArgumentMapState state = m_map.state();
    state.ghosted = ids;
    m_map.setState(state);
}

std::pair<double, double> ExportComposer::timelineSpan() const
{
    return m_fullSpan;
}

QFont ExportComposer::scaledFont(double factor, bool bold, bool italic) const
{
    QFont font = m_style.font;
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

ExportLegend ExportComposer::legend(const QList<int> &lanesShown) const
{
    const bool timeline = m_options.view != ExportOptions::View::Map;
    const bool map = m_options.view != ExportOptions::View::Timeline;
    QList<ExportLegend::Lane> lanes;
    if (timeline && m_options.theme != Theme::Print) { // print draws lanes in greys: their names say it
        const QList<Lane> &all = m_timeline.index().lanes();
        for (int lane = 0; lane < all.size(); ++lane) {
            if (lanesShown.isEmpty() || lanesShown.contains(lane))
                lanes.append({all[lane].name, all[lane].color});
        }
    }
    QList<Stance> stances; // the claim, for, against: in that order
    if (map) {
        for (Stance stance : {Stance::Claim, Stance::For, Stance::Against}) {
            if (std::any_of(m_scene.arguments.begin(), m_scene.arguments.end(),
                            [&](int a) { return stanceOf(m_scene.corpus->arguments[a]) == stance; }))
                stances.append(stance);
        }
    }
    return ExportLegend(m_style, lanes, timeline, stances);
}

QString ExportComposer::footerText(const QList<int> &articles) const
{
    QStringList citations;
    for (int article : articles)
        citations.append(Citation::plainText(m_scene.corpus->articles[article]));
    if (citations.isEmpty())
        return tr("Sources: nothing shown here cites an article.");
    return tr("Sources: %1.").arg(citations.join(u"; "_s));
}

ExportComposer::Layout ExportComposer::layOut(const QRectF &page, const QList<int> &credits) const
{
    const double m = marginFor(page);
    const QRectF inner = page.adjusted(m, m, -m, -m);
    const double gap = m * 0.6;
    Layout l;
    double top = inner.top();
    double bottom = inner.bottom();
    if (!m_options.title.isEmpty() || !m_options.subtitle.isEmpty()) {
        double h = 0;
        if (!m_options.title.isEmpty())
            h += wrappedHeight(m_options.title, scaledFont(2.0, true), inner.width());
        if (!m_options.subtitle.isEmpty())
            h += wrappedHeight(m_options.subtitle, scaledFont(1.25), inner.width()) + 2;
        l.header = QRectF(inner.left(), top, inner.width(), h);
        top += h + gap;
    }
    if (m_options.credits) {
        const double h = wrappedHeight(footerText(credits), m_style.smallFont, inner.width());
        l.footer = QRectF(inner.left(), bottom - h, inner.width(), h);
        bottom -= h + gap;
    }
    if (m_options.legend) {
        const double h = legend().height(inner.width());
        l.legend = QRectF(inner.left(), bottom - h, inner.width(), h);
        bottom -= h + gap;
    }
    if (!m_scene.quote.isEmpty()) {
        const double textWidth = inner.width() - 16;
        const double h = wrappedHeight(m_scene.quote, scaledFont(1.2, false, true), textWidth) + 4 +
                         wrappedHeight(m_scene.quoteCitation, m_style.smallFont, textWidth);
        l.note = QRectF(inner.left(), bottom - h, inner.width(), h);
        bottom -= h + gap;
    }
    l.body = QRectF(inner.left(), top, inner.width(), std::max(0.0, bottom - top));
    return l;
}

void ExportComposer::paint(QPainter *p, const QRectF &page)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    if (!m_options.transparent)
        p->fillRect(page, m_style.background);
    const Layout l =
        layOut(page, Citation::citedArticles(*m_scene.corpus, m_scene.events, m_scene.arguments));
    paintHeader(p, l.header);

    const double gap = marginFor(page) * 0.6;
    const double caption = std::ceil(QFontMetricsF(m_style.boldFont).height() + 4);
    m_timelineRect = m_mapRect = QRectF();
    switch (m_options.view) {
    case ExportOptions::View::Timeline:
        m_timelineRect = l.body;
        break;
    case ExportOptions::View::Map:
        m_mapRect = l.body;
        break;
    case ExportOptions::View::Both:
        if (l.body.width() >= l.body.height() * 1.2) { // a landscape page or slide: side by side
            const double timelineWidth = std::round((l.body.width() - gap) * 0.57);
            m_timelineRect = QRectF(l.body.left(), l.body.top(), timelineWidth, l.body.height());
            m_mapRect = QRectF(m_timelineRect.right() + gap, l.body.top(),
                               l.body.width() - timelineWidth - gap, l.body.height());
        } else { // portrait: the timeline above the map
            const double timelineHeight = std::round((l.body.height() - gap) * 0.5);
            m_timelineRect = QRectF(l.body.left(), l.body.top(), l.body.width(), timelineHeight);
            m_mapRect = QRectF(l.body.left(), m_timelineRect.bottom() + gap, l.body.width(),
                               l.body.height() - timelineHeight - gap);
        }
        break;
    }
    if (!m_timelineRect.isEmpty()) {
        paintCaption(p, QRectF(m_timelineRect.topLeft(), QSizeF(m_timelineRect.width(), caption)),
                     timelineCaption());
        m_timelineRect.setTop(m_timelineRect.top() + caption);
        // The note about lanes left out gets a strip of its own below the timeline, never on a lane.
        const QRectF whole = m_timelineRect;
        if (!lanesShown(false).isEmpty()) {
            m_timelineRect.setBottom(m_timelineRect.bottom() - QFontMetricsF(m_style.smallFont).height() - 8);
            // End at the last lane that fits whole, so no half lane peeks out above the note.
            double end = 0;
            const QList<int> shown = lanesShown(true);
            for (const TimelineLaneBox &box : m_timeline.layout(m_timelineRect).lanes) {
                if (shown.contains(box.lane))
                    end = std::max(end, box.rect.bottom());
            }
            if (end > m_timelineRect.top())
                m_timelineRect.setBottom(end + 1);
        }
        m_timeline.paint(p, m_timelineRect);
        paintLanesLeftOut(p, whole.bottom());
    }
    if (!m_mapRect.isEmpty()) {
        paintCaption(p, QRectF(m_mapRect.topLeft(), QSizeF(m_mapRect.width(), caption)), mapCaption());
        m_mapRect.setTop(m_mapRect.top() + caption);
        ArgumentMapState state = m_map.state();
        state.aspect = m_mapRect.width() / std::max(1.0, m_mapRect.height());
        state.wholeCardsOnly = true; // a page never slices a card at its edge
        m_map.setState(state);       // the column layout takes the shape of the space it fills
        // Framed cards are shown at reading size at most, so their neighbours stay in view as context,
        // and never smaller than the scene allows (a slide's titles read from the back of a room).
        constexpr double framedScale = 0.9;
        const double minimumScale =
            m_scene.minimumTitleShare * page.height() / std::max(1e-9, m_map.titlePixelSize(1));
        std::tie(state.scale, state.center) =
            m_scene.mapFrame.isEmpty()
                ? m_map.fit(m_mapRect)
                : m_map.fitTo(m_mapRect, m_scene.mapFrame, std::max(framedScale, minimumScale), 36);
        if (!m_scene.mapFrame.isEmpty() && state.scale < minimumScale) {
            state.scale = minimumScale;
            const QRectF first = m_map.cardsBounds({m_scene.mapFrame.first()}, m_map.detailAt(state.scale));
            if (!first.isNull())
                state.center = first.center();
        }
        m_map.setState(state);
        m_map.paint(p, m_mapRect);
    }
    p->setPen(QPen(m_style.strongGrid, 1));
    p->setBrush(Qt::NoBrush);
    for (const QRectF &view : {m_timelineRect, m_mapRect}) {
        if (!view.isEmpty())
            p->drawRect(view);
    }

    m_credited = Citation::citedArticles(
        *m_scene.corpus, m_timelineRect.isEmpty() ? QList<int>() : shownEvents(), shownArguments());
    paintNote(p, l.note);
    if (m_options.legend)
        legend(m_timelineRect.isEmpty() ? QList<int>() : lanesShown(true)).paint(p, l.legend);
    if (m_options.credits)
        paintFooter(p, l.footer);
    p->restore();
}

QList<int> ExportComposer::shownEvents() const
{
    // Only what falls in the window goes on the page, so lanes with nothing to show there drop away.
    QList<int> shown;
    const TimelineViewState &s = m_timeline.state();
    for (int event : m_scene.events) {
        const FuzzyDate &date = m_scene.corpus->events[event].date.date;
        if (double(date.lastDay() + 1) > s.firstDay && double(date.firstDay()) < s.endDay)
            shown.append(event);
    }
    return shown;
}

QList<int> ExportComposer::shownArguments() const
{
    QList<int> shown;
    if (m_mapRect.isEmpty())
        return shown;
    const ArgumentMapRenderer::Detail detail = m_map.detailAt(m_map.state().scale);
    const QRectF visible = m_map.transform(m_mapRect).inverted().mapRect(m_mapRect);
    for (const ArgumentMapRenderer::Card &card : m_map.cards(detail)) {
        if (card.rect.intersects(visible))
            shown.append(card.argument);
    }
    return shown;
}

QString ExportComposer::timelineCaption() const
{
    const TimelineViewState &s = m_timeline.state();
    const bool monthly = s.endDay - s.firstDay < 3 * 365.25;
    return tr("Timeline · %1 – %2").arg(dayText(s.firstDay, monthly), dayText(s.endDay - 1, monthly));
}

QString ExportComposer::mapCaption() const
{
    return tr("Arguments for and against · %n shown", nullptr, int(m_scene.arguments.size()));
}

QList<int> ExportComposer::lanesShown(bool shown) const
{
    // A lane counts as shown when its row of markers is whole on the page.
    const QRectF lanes = m_timeline.frame(m_timelineRect).lanes;
    QList<int> result;
    for (const TimelineLaneBox &box : m_timeline.layout(m_timelineRect).lanes) {
        if ((box.rect.top() + m_timeline.metrics().rowHeight <= lanes.bottom() + 1) == shown)
            result.append(box.lane);
    }
    return result;
}

void ExportComposer::paintLanesLeftOut(QPainter *p, double bottom) const
{
    // A page cannot scroll: when even one-row lanes do not all fit, say which ones are missing.
    QStringList missing;
    for (int lane : lanesShown(false))
        missing.append(m_timeline.index().lanes()[lane].name);
    if (missing.isEmpty())
        return;
    const QRectF lanes = m_timeline.frame(m_timelineRect).lanes;
    const QString text = tr("%n lane(s) not shown for lack of room: %1", nullptr, int(missing.size()))
                             .arg(missing.join(u", "_s));
    const QFontMetricsF fm(m_style.smallFont);
    const QString elided = fm.elidedText(text, Qt::ElideRight, lanes.width() - 12);
    const QRectF box(lanes.right() - fm.horizontalAdvance(elided) - 10, bottom - fm.height() - 4,
                     fm.horizontalAdvance(elided) + 8, fm.height() + 4);
    p->fillRect(box, m_style.background);
    p->setPen(QPen(m_style.strongGrid, 1));
    p->drawRect(box);
    p->setFont(m_style.smallFont);
    p->setPen(m_style.text);
    p->drawText(box, Qt::AlignCenter, elided);
}

void ExportComposer::paintHeader(QPainter *p, const QRectF &rect) const
{
    if (rect.isEmpty())
        return;
    double y = rect.top();
    if (!m_options.title.isEmpty()) {
        const QFont font = scaledFont(2.0, true);
        const double height = wrappedHeight(m_options.title, font, rect.width());
        p->setFont(font);
        p->setPen(m_style.text);
        p->drawText(QRectF(rect.left(), y, rect.width(), height), Qt::TextWordWrap, m_options.title);
        y += height;
    }
    if (!m_options.subtitle.isEmpty()) { // wrapped, never cut short
        const QFont font = scaledFont(1.25);
        p->setFont(font);
        p->setPen(m_style.mutedText);
        p->drawText(
            QRectF(rect.left(), y + 2, rect.width(), wrappedHeight(m_options.subtitle, font, rect.width())),
            Qt::TextWordWrap, m_options.subtitle);
    }
}

void ExportComposer::paintCaption(QPainter *p, const QRectF &rect, const QString &text) const
{
    p->setFont(m_style.boldFont);
    p->setPen(m_style.mutedText);
    p->drawText(rect.adjusted(0, 0, 0, -4), Qt::AlignLeft | Qt::AlignBottom, text);
}

void ExportComposer::paintNote(QPainter *p, const QRectF &rect) const
{
    if (rect.isEmpty())
        return;
    p->fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), m_style.selection);
    const QRectF text = rect.adjusted(16, 0, 0, 0);
    const QFont quoteFont = scaledFont(1.2, false, true);
    const double quoteHeight = wrappedHeight(m_scene.quote, quoteFont, text.width());
    p->setFont(quoteFont);
    p->setPen(m_style.text);
    p->drawText(QRectF(text.left(), text.top(), text.width(), quoteHeight), Qt::TextWordWrap, m_scene.quote);
    p->setFont(m_style.smallFont);
    p->setPen(m_style.mutedText);
    p->drawText(QRectF(text.left(), text.top() + quoteHeight + 4, text.width(), rect.bottom()),
                Qt::TextWordWrap, m_scene.quoteCitation);
}

void ExportComposer::paintFooter(QPainter *p, const QRectF &rect) const
{
    p->setFont(m_style.smallFont);
    p->setPen(m_style.mutedText);
    p->drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, footerText(m_credited));
}

} // namespace argline
