#include "render/timeline/timelinerenderer.h"

#include "models/corpus/citation.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

constexpr double axisPadding = 4;

} // namespace

TimelineRenderer::TimelineRenderer()
{
    setStyle(ViewStyle::forTheme(Theme::Light));
}

void TimelineRenderer::setData(std::shared_ptr<const Corpus> corpus, const QList<int> &events,
                               const TimeIndex *index)
{
    const bool newCorpus = corpus != m_corpus;
    m_corpus = std::move(corpus);
    m_events = events;
    rebuildIndex(index);
    if (newCorpus) {
        m_labelText.clear();
        m_eraGroups.clear();
        QList<double> days;
        if (m_corpus) {
            // The balanced warp follows the whole corpus, not the filtered events, so the axis stays put
            // while the user toggles filters.
            days.reserve(m_corpus->events.size());
            for (const Event &event : m_corpus->events)
                days.append(double(event.date.date.firstDay()));
            for (const Era &era : m_corpus->eras) {
                if (!m_eraGroups.contains(era.group))
                    m_eraGroups.append(era.group);
            }
        }
        const auto [first, last] = m_corpus ? m_corpus->eventSpan() : std::pair<qint64, qint64>(0, -1);
        m_balancedWarp = first <= last ? TimeWarp::densityBalanced(days, first, last) : TimeWarp();
        m_eventsBunch = TimeWarp::eventsBunch(days);
    }
    updateGutterWidth();
    m_layoutDirty = true;
}

void TimelineRenderer::updateGutterWidth()
{
    // Triangle, swatch and count around the name; the era group names share the column.
    double widest = 0;
    for (const Lane &lane : m_index.lanes())
        widest =
            std::max(widest, m_boldMetrics.horizontalAdvance(lane.name) + 36 +
                                 m_smallMetrics.horizontalAdvance(QString::number(lane.entries.size())) + 14);
    for (const QString &group : std::as_const(m_eraGroups))
        widest = std::max(widest, m_smallMetrics.horizontalAdvance(group) + 14);
    m_gutterWidth =
        std::clamp(widest, 8 * m_fontMetrics.averageCharWidth(), 28 * m_fontMetrics.averageCharWidth());
    m_laneTextsWidth = -1; // lanes or fonts changed: their names are shaped again
    updateLaneCounts();
}

void TimelineRenderer::prepareLaneTexts(double gutterWidth) const
{
    const QList<Lane> &lanes = m_index.lanes();
    if (gutterWidth != m_laneTextsWidth) {
        m_laneTextsWidth = gutterWidth;
        m_laneNameTexts.clear();
        m_laneShowsCount.clear();
        m_laneCountTexts.clear();
        for (const Lane &lane : lanes) {
            // The count keeps its room; when the gutter is too narrow for both, the name wins. The room is
            // that of the lane's whole count, so names stay put as the window (and what it counts) moves.
            const double nameRoom = gutterWidth - 34 - 6;
            const double countWidth =
                m_smallMetrics.horizontalAdvance(QString::number(lane.entries.size())) + 8;
            const bool showCount =
                nameRoom - countWidth >=
                std::min(m_boldMetrics.horizontalAdvance(lane.name), 6 * m_fontMetrics.averageCharWidth());
            m_laneShowsCount.append(showCount);
            QStaticText text(
                m_boldMetrics.elidedText(lane.name, Qt::ElideRight, nameRoom - (showCount ? countWidth : 0)));
            text.setTextFormat(Qt::PlainText);
            text.prepare(QTransform(), m_style.boldFont);
            m_laneNameTexts.append(text);
        }
    }
    // The counts follow the window: only those that changed are shaped again.
    m_laneCountTexts.resize(lanes.size());
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const QString countText = m_laneShowsCount[i]
                                      ? QString::number(m_laneCounts.value(i, int(lanes[i].entries.size())))
                                      : QString();
        if (m_laneCountTexts[i].text() == countText)
            continue;
        QStaticText count(countText);
        count.setTextFormat(Qt::PlainText);
        count.prepare(QTransform(), m_style.smallFont);
        m_laneCountTexts[i] = count;
    }
}

void TimelineRenderer::updateLaneCounts()
{
    // Each lane counts what it shows: its events in the window, not all it holds.
    m_laneCounts.clear();
    for (const Lane &lane : m_index.lanes())
        m_laneCounts.append(int(lane.countOverlapping(m_state.firstDay, m_state.endDay)));
}

void TimelineRenderer::setState(const TimelineViewState &state)
{
    if (state == m_state)
        return;
    const bool lanesChanged = state.laneMode != m_state.laneMode || state.onlyLanes != m_state.onlyLanes;
    const bool windowChanged = state.firstDay != m_state.firstDay || state.endDay != m_state.endDay;
    m_state = state;
    if (lanesChanged && m_corpus) {
        rebuildIndex();
        updateGutterWidth();
    } else if (windowChanged) {
        updateLaneCounts();
    }
    m_layoutDirty = true;
}

void TimelineRenderer::rebuildIndex(const TimeIndex *built)
{
    if (built && m_corpus && built->mode() == m_state.laneMode)
        m_index = *built; // its lists are shared, not copied
    else
        m_index = m_corpus ? TimeIndex(*m_corpus, m_events, m_state.laneMode) : TimeIndex();
    if (!m_state.onlyLanes.isEmpty())
        m_index.keepLanes(m_state.onlyLanes);
}

void TimelineRenderer::setStyle(const ViewStyle &style)
{
    m_style = style;
    m_fontMetrics = QFontMetricsF(style.font);
    m_smallMetrics = QFontMetricsF(style.smallFont);
    m_axisLabelWidths.clear();
    m_boldMetrics = QFontMetricsF(style.boldFont);
    const QFontMetricsF &fm = m_fontMetrics;
    m_metrics = TimelineMetrics();
    m_metrics.rowHeight = std::ceil(fm.height() + 3);
    m_metrics.markerRadius = std::max(4.0, std::round(fm.height() * 0.3));
    m_metrics.collapsedHeight = m_metrics.rowHeight + 4;
    m_metrics.densityHeight = 2 * m_metrics.rowHeight + 2 * m_metrics.lanePadding;
    m_metrics.clusterDistance = 2 * m_metrics.markerRadius + 2;
    m_metrics.minLabelWidth = 10 * fm.averageCharWidth();
    m_labelText.setFont(style.font);
    m_smallTexts.clear();
    updateGutterWidth();
    m_layoutDirty = true;
}

std::pair<double, double> TimelineRenderer::fullSpan() const
{
    auto [first, end] = m_index.isEmpty() && m_corpus ? m_corpus->eventSpan() : m_index.span();
    if (m_index.isEmpty() && m_corpus)
        end += 1;
    if (end <= first)
        return {double(QDate::currentDate().toJulianDay()) - 365, double(QDate::currentDate().toJulianDay())};
    const double margin = std::max(2.0, (end - first) * 0.03);
    return {double(first) - margin, double(end) + margin};
}

TimelineRenderer::Frame TimelineRenderer::frame(const QRectF &target) const
{
    Frame f;
    f.target = target;
    const QFontMetricsF &small = m_smallMetrics;
    const double eraRow = std::ceil(small.height() + 6);
    const double eraHeight = m_state.showEras ? eraRow * double(m_eraGroups.size()) : 0;
    const double tier = std::ceil(small.height() + 2 * axisPadding);
    const double gutter = std::min(m_gutterWidth, target.width() * 0.3);
    f.eras = QRectF(target.left(), target.top(), target.width(), eraHeight);
    f.axis = QRectF(target.left(), f.eras.bottom(), target.width(), 2 * tier);
    f.gutter = QRectF(target.left(), f.axis.bottom(), gutter, target.bottom() - f.axis.bottom());
    f.lanes = QRectF(target.left() + gutter, f.axis.bottom(), target.width() - gutter, f.gutter.height());
    f.scale = TimeScale(warp(), m_state.firstDay, m_state.endDay, f.lanes.left(), f.lanes.width());
    return f;
}

QSet<int> TimelineRenderer::boostedEvents() const
{
    QSet<int> boosted;
    if (!m_corpus)
        return boosted;
    const auto add = [&](const QString &id) {
        if (const int event = m_corpus->indexOf(ItemKind::Event, id); event >= 0)
            boosted.insert(event);
    };
    for (const QString &id : m_state.selected)
        add(id);
    for (const QString &id : m_state.linked)
        add(id);
    if (m_state.matches.size() <= 500) // beyond that, matches are marked but do not reorder labels
        for (const QString &id : m_state.matches)
            add(id);
    add(m_state.focused);
    return boosted;
}

void TimelineRenderer::ensureLayout(const QRectF &target) const
{
    if (!m_layoutDirty && target == m_layoutTarget)
        return;
    const Frame f = frame(target);
    TimelineLayout::Input in;
    in.corpus = m_corpus.get();
    in.index = &m_index;
    in.scale = f.scale;
    in.lanesRect = f.lanes;
    in.scrollY = m_state.scrollY;
    in.collapsedLanes = m_state.collapsedLanes;
    in.boosted = boostedEvents();
    in.metrics = m_metrics;
    in.fit = m_state.fitLanes;
    in.shortenLabels = !m_state.wholeLabelsOnly;
    if (m_state.fitLanes) {
        // A page cannot scroll: when the lanes do not fit one row each, they tighten to fit.
        const qsizetype lanes = m_index.lanes().size();
        const double needed =
            double(lanes) * (m_metrics.rowHeight + 2 * m_metrics.lanePadding + m_metrics.laneGap);
        if (needed > f.lanes.height()) {
            in.metrics.lanePadding = 1;
            in.metrics.laneGap = 1;
            in.metrics.densityHeight = 2 * m_metrics.rowHeight + 2;
        }
    }
    const Corpus *corpus = m_corpus.get();
    in.labelWidth = [this, corpus](int event, int lines) {
        return m_labelText.width(event, corpus->events[event].title, lines);
    };
    m_layout = TimelineLayout::build(in);

    const double tier = f.axis.height() / 2;
    m_axis = AxisLayout::build(
        f.scale, [this](const QString &text) { return axisLabelWidth(text); }, f.axis.top() + axisPadding,
        f.axis.top() + tier + axisPadding, m_smallMetrics.height());
    m_layoutTarget = target;
    m_layoutDirty = false;
}

double TimelineRenderer::axisLabelWidth(const QString &text) const
{
    // The axis measures every candidate label on every relayout, and zooming meets the same few hundred
    // ("2024", "Jul", "15") again and again: shaping them was a tenth of a zoom step.
    if (const auto it = m_axisLabelWidths.constFind(text); it != m_axisLabelWidths.cend())
        return *it;
    if (m_axisLabelWidths.size() > 4096) // a long session over centuries of days: start again
        m_axisLabelWidths.clear();
    const double width = m_smallMetrics.horizontalAdvance(text);
    m_axisLabelWidths.insert(text, width);
    return width;
}

const TimelineLayout &TimelineRenderer::layout(const QRectF &target) const
{
    ensureLayout(target);
    return m_layout;
}

const AxisLayout &TimelineRenderer::axis(const QRectF &target) const
{
    ensureLayout(target);
    return m_axis;
}

bool TimelineRenderer::isDimmed(const Event &event) const
{
    return m_state.asOfDay && event.date.date.firstDay() > *m_state.asOfDay;
}

const QStaticText &TimelineRenderer::smallText(const QString &text) const
{
    auto it = m_smallTexts.find(text);
    if (it == m_smallTexts.end()) {
        if (m_smallTexts.size() > 4000)
            m_smallTexts.clear(); // axis labels are few per window, but a long session sees many windows
        QStaticText shaped(text);
        shaped.setTextFormat(Qt::PlainText);
        shaped.prepare(QTransform(), m_style.smallFont);
        it = m_smallTexts.insert(text, shaped);
    }
    return it.value();
}

QColor TimelineRenderer::laneColor(int lane) const
{
    return m_style.adjusted(m_index.lanes()[lane].color);
}

void TimelineRenderer::paint(QPainter *p, const QRectF &target)
{
    ensureLayout(target);
    const Frame f = frame(target);
    p->save();
    p->setClipRect(target);
    p->fillRect(target, m_style.background);
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);

    paintLanes(p, f);
    paintAxis(p, f);
    if (m_state.showEras)
        paintEras(p, f);
    if (m_index.isEmpty()) {
        paintEmpty(p, f);
    } else {
        p->save();
        p->setClipRect(f.lanes);
        paintLaneContent(p);
        p->restore();
    }
    if (m_state.asOfDay)
        paintAsOfCursor(p, f);
    p->restore();
}

std::optional<double> TimelineRenderer::asOfX(const QRectF &target) const
{
    if (!m_state.asOfDay)
        return std::nullopt;
    const Frame f = frame(target);
    const double x = f.scale.x(double(*m_state.asOfDay + 1)); // the end of the day: that day is "before"
    if (x < f.lanes.left() || x > f.lanes.right())
        return std::nullopt;
    return x;
}

QRectF TimelineRenderer::asOfHandle(const QRectF &target) const
{
    const auto x = asOfX(target);
    if (!x)
        return {};
    const Frame f = frame(target);
    const QString text = asOfLabel();
    const double width = m_smallMetrics.horizontalAdvance(text) + 12;
    // On the axis's upper tier, kept inside the lanes' width so it never hides under the gutter.
    const double left = std::clamp(*x - width / 2, f.lanes.left(), f.lanes.right() - width);
    return QRectF(left, f.axis.top() + 1, width, f.axis.height() / 2 - 2);
}

QString TimelineRenderer::asOfLabel() const
{
    return m_state.asOfDay
               ? tr("As of %1")
                     .arg(QLocale().toString(QDate::fromJulianDay(*m_state.asOfDay), QLocale::ShortFormat))
               : QString();
}

void TimelineRenderer::paintAsOfCursor(QPainter *p, const Frame &f) const
{
    // Later events are dimmed (by paintMarker and paintLabel) under a light veil rather than hidden, so
    // a class still sees that more is to come.
    const double cut = std::max(f.scale.x(double(*m_state.asOfDay + 1)), f.lanes.left());
    if (cut < f.lanes.right())
        p->fillRect(QRectF(QPointF(cut, f.axis.bottom()), f.lanes.bottomRight()),
                    ViewStyle::withAlpha(m_style.dimOverlay, 0.3));
    const auto x = asOfX(f.target);
    if (!x)
        return;
    p->setPen(QPen(m_style.text, 2));
    p->drawLine(QPointF(*x, f.axis.top()), QPointF(*x, f.lanes.bottom()));
    const QRectF handle = asOfHandle(f.target);
    p->setPen(Qt::NoPen);
    p->setBrush(m_style.text);
    p->drawRoundedRect(handle, 4, 4);
    p->setPen(m_style.background);
    p->setFont(m_style.smallFont);
    p->drawText(handle, Qt::AlignCenter, asOfLabel());
}

void TimelineRenderer::paintEras(QPainter *p, const Frame &f) const
{
    if (m_eraGroups.isEmpty() || !m_corpus)
        return;
    const double rowHeight = f.eras.height() / double(m_eraGroups.size());
    const QFontMetricsF &small = m_smallMetrics;
    p->setFont(m_style.smallFont);
    for (int g = 0; g < m_eraGroups.size(); ++g) {
        const QRectF row(f.eras.left(), f.eras.top() + g * rowHeight, f.eras.width(), rowHeight);
        p->setPen(m_style.mutedText);
        p->drawText(QRectF(row.left() + 6, row.top(), f.gutter.width() - 8, row.height()),
                    Qt::AlignVCenter | Qt::AlignLeft,
                    small.elidedText(m_eraGroups[g], Qt::ElideRight, f.gutter.width() - 10));
        int parity = 0;
        for (const Era &era : m_corpus->eras) {
            if (era.group != m_eraGroups[g])
                continue;
            const double x0 = std::max(f.scale.x(double(era.date.date.firstDay())), f.lanes.left());
            const double x1 = std::min(f.scale.x(double(era.date.date.lastDay() + 1)), f.lanes.right());
            ++parity;
            if (x1 <= x0)
                continue;
            const QRectF band(x0, row.top() + 1, x1 - x0, row.height() - 2);
            const QColor fill = era.color.isValid()
                                    ? ViewStyle::withAlpha(m_style.adjusted(era.color), 0.35)
                                    : (parity % 2 ? m_style.alternateBackground : m_style.grid);
            p->fillRect(band, fill);
            p->setPen(QPen(m_style.strongGrid, m_style.lineWidth));
            p->drawLine(QPointF(x0, band.top()), QPointF(x0, band.bottom()));
            if (band.width() > 24) {
                p->setPen(m_style.text);
                p->drawText(band.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                            small.elidedText(era.title, Qt::ElideRight, band.width() - 6));
            }
        }
    }
}

void TimelineRenderer::paintAxis(QPainter *p, const Frame &f) const
{
    const double tier = f.axis.height() / 2;
    p->fillRect(f.axis, m_style.alternateBackground);
    // Compressed stretches of a density-balanced axis: hatched, so nobody mistakes them for linear time.
    for (const auto &[x0, x1] : m_axis.compressed) {
        const QRectF band(x0, f.axis.top() + tier, x1 - x0, tier);
        // Hatching as one batch of short diagonal lines (a pattern brush costs far more to fill).
        QList<QLineF> hatch;
        for (double x = x0 - tier; x < x1; x += 6) {
            QLineF line(x, band.bottom(), x + tier, band.top());
            if (line.p1().x() < x0)
                line.setP1(QPointF(x0, band.bottom() - (x0 - line.p1().x())));
            if (line.p2().x() > x1)
                line.setP2(QPointF(x1, band.top() + (line.p2().x() - x1)));
            hatch.append(line);
        }
        p->setPen(QPen(m_style.strongGrid, 1));
        p->drawLines(hatch);
        p->setPen(QPen(m_style.mutedText, 1.5 * m_style.lineWidth));
        for (double x : {x0, x1}) { // break marks: two short slanted strokes on the axis line
            if (x <= f.lanes.left() + 1 || x >= f.lanes.right() - 1)
                continue;
            const double y = f.axis.bottom();
            p->drawLine(QPointF(x - 4, y + 3), QPointF(x, y - 5));
            p->drawLine(QPointF(x, y + 3), QPointF(x + 4, y - 5));
        }
        const QString text = tr("compressed");
        const double textWidth = m_smallMetrics.horizontalAdvance(text);
        const QRectF textRect(x0 + 3, f.axis.top() + tier + 2, textWidth + 6, tier - 4);
        const bool hidesATick =
            std::any_of(m_axis.lower.ticks.begin(), m_axis.lower.ticks.end(),
                        [&](const AxisTick &t) { return t.labelRect.intersects(textRect); });
        if (x1 - x0 > textWidth + 12 && !hidesATick) {
            p->setFont(m_style.smallFont);
            p->setPen(m_style.mutedText);
            p->fillRect(QRectF(x0 + 3, f.axis.top() + tier + 2, textWidth + 6, tier - 4),
                        m_style.alternateBackground);
            p->drawText(QRectF(x0 + 6, f.axis.top() + tier, x1 - x0 - 6, tier),
                        Qt::AlignVCenter | Qt::AlignLeft, text);
        }
    }

    // Grid lines through the lanes: upper-tier boundaries strong, lower-tier ones faint when spaced out.
    p->setRenderHint(QPainter::Antialiasing, false);
    const bool lowerGrid =
        m_axis.lower.ticks.size() < 2 || (m_axis.lower.ticks[1].x - m_axis.lower.ticks[0].x) >= 8;
    if (lowerGrid) {
        p->setPen(QPen(m_style.grid, 1));
        for (const AxisTick &tick : m_axis.lower.ticks) {
            if (tick.x >= f.lanes.left() && tick.x <= f.lanes.right())
                p->drawLine(QPointF(tick.x, f.axis.top() + tier), QPointF(tick.x, f.lanes.bottom()));
        }
    }
    p->setPen(QPen(m_style.strongGrid, m_style.lineWidth));
    for (const AxisTick &tick : m_axis.upper.ticks) {
        if (tick.x >= f.lanes.left() && tick.x <= f.lanes.right())
            p->drawLine(QPointF(tick.x, f.axis.top()), QPointF(tick.x, f.lanes.bottom()));
    }
    p->drawLine(QPointF(f.lanes.left(), f.axis.bottom()), QPointF(f.lanes.right(), f.axis.bottom()));
    p->setRenderHint(QPainter::Antialiasing, true);

    p->setFont(m_style.smallFont);
    for (const AxisTier *t : {&m_axis.upper, &m_axis.lower}) {
        p->setPen(t == &m_axis.upper ? m_style.text : m_style.mutedText);
        for (const AxisTick &tick : t->ticks) {
            if (tick.hasLabel())
                p->drawStaticText(tick.labelRect.topLeft(), smallText(tick.label));
        }
    }
}

void TimelineRenderer::paintLanes(QPainter *p, const Frame &f) const
{
    p->fillRect(f.gutter, m_style.alternateBackground);
    const QFontMetricsF &bold = m_boldMetrics;
    const QFontMetricsF &small = m_smallMetrics;
    for (const TimelineLaneBox &box : m_layout.lanes) {
        if (box.rect.bottom() < f.lanes.top() || box.rect.top() > f.lanes.bottom())
            continue;
        if (box.lane % 2)
            p->fillRect(box.rect.intersected(f.lanes), m_style.alternateBackground);
        const QColor color = laneColor(box.lane);
        // The gutter: disclosure triangle, colour swatch, name, number of events.
        const QRectF header(f.gutter.left(), box.rect.top(), f.gutter.width(), box.rect.height());
        if (header.bottom() < f.gutter.top())
            continue;
        p->save();
        p->setClipRect(f.gutter);
        const double cy = box.rect.top() + m_metrics.lanePadding + m_metrics.rowHeight / 2;
        QPainterPath triangle;
        if (box.collapsed) {
            triangle.moveTo(header.left() + 7, cy - 4);
            triangle.lineTo(header.left() + 12, cy);
            triangle.lineTo(header.left() + 7, cy + 4);
        } else {
            triangle.moveTo(header.left() + 6, cy - 3);
            triangle.lineTo(header.left() + 14, cy - 3);
            triangle.lineTo(header.left() + 10, cy + 2);
        }
        p->fillPath(triangle, m_style.mutedText);
        p->fillRect(QRectF(header.left() + 19, cy - 5, 10, 10), color);
        prepareLaneTexts(f.gutter.width());
        const bool empty = m_laneCounts.value(box.lane) == 0; // nothing in this window
        const double countWidth =
            box.lane < m_laneCountTexts.size() ? m_laneCountTexts[box.lane].size().width() : 0;
        p->setFont(m_style.boldFont);
        p->setPen(empty ? m_style.mutedText : m_style.text);
        if (box.lane < m_laneNameTexts.size())
            p->drawStaticText(QPointF(header.left() + 34, cy - bold.height() / 2), m_laneNameTexts[box.lane]);
        p->setFont(m_style.smallFont);
        p->setPen(m_style.mutedText);
        if (box.lane < m_laneCountTexts.size())
            p->drawStaticText(QPointF(header.right() - countWidth - 6, cy - small.height() / 2),
                              m_laneCountTexts[box.lane]);
        p->restore();
        p->setPen(QPen(m_style.grid, 1));
        p->drawLine(QPointF(f.target.left(), box.rect.bottom() + 1),
                    QPointF(f.target.right(), box.rect.bottom() + 1));
    }
    p->setPen(QPen(m_style.strongGrid, m_style.lineWidth));
    p->drawLine(QPointF(f.gutter.right(), f.axis.top()), QPointF(f.gutter.right(), f.target.bottom()));
}

void TimelineRenderer::paintEmpty(QPainter *p, const Frame &f) const
{
    p->setFont(m_style.font);
    p->setPen(m_style.mutedText);
    p->drawText(f.lanes, Qt::AlignCenter | Qt::TextWordWrap,
                m_corpus && !m_corpus->events.isEmpty() ? tr("No events match the current filters.")
                                                        : tr("This corpus has no events."));
}

int TimelineRenderer::laneHeaderAt(const QRectF &target, QPointF point) const
{
    const Frame f = frame(target);
    if (!f.gutter.contains(point))
        return -1;
    ensureLayout(target);
    for (const TimelineLaneBox &box : m_layout.lanes) {
        if (point.y() >= box.rect.top() && point.y() < box.rect.bottom())
            return box.lane;
    }
    return -1;
}

int TimelineRenderer::focusRingLane() const
{
    if (!m_state.focusVisible || !m_corpus)
        return -1;
    const int event = m_corpus->indexOf(ItemKind::Event, m_state.focused);
    if (event < 0)
        return -1;
    // Where the event is shown in full: its one label, else its marker that is not an echo.
    int lane = -1;
    for (const TimelineMarker &marker : m_layout.markers) {
        if (marker.event != event)
            continue;
        if (marker.labelled)
            return marker.lane;
        if (!marker.echo && lane < 0)
            lane = marker.lane;
    }
    return lane;
}

QString TimelineRenderer::tooltip(int eventIndex) const
{
    if (!m_corpus || eventIndex < 0)
        return {};
    const Event &event = m_corpus->events[eventIndex];
    const DateInfo &date = event.date;
    QStringList actors;
    for (const QString &id : event.actors) {
        const Facet *actor = m_corpus->actor(id);
        actors.append(actor ? actor->name : id);
    }
    QStringList sources;
    for (const Quote &quote : event.evidence) {
        const Article *article = m_corpus->article(quote.articleId);
        const QString label = article ? article->label : quote.articleId;
        if (!sources.contains(label))
            sources.append(label);
    }
    QString html = u"<b>%1</b>"_s.arg(event.title.toHtmlEscaped());
    QString when = date.date.displayText();
    if (!date.asWritten.isEmpty())
        when += u" — “%1”"_s.arg(date.asWritten.toHtmlEscaped());
    html += u"<br>%1 <i>(%2)</i>"_s.arg(when, dateBasisDisplayName(date.basis));
    if (event.status == EventStatus::Planned)
        html += u" · "_s + tr("planned");
    if (!date.note.isEmpty())
        html += u"<br><small>%1</small>"_s.arg(date.note.toHtmlEscaped());
    if (!actors.isEmpty())
        html += u"<br>"_s + tr("Actors: %1").arg(actors.join(u", "_s).toHtmlEscaped());
    if (sources.isEmpty() && !event.importedFrom.isEmpty())
        html += u"<br><i>%1</i>"_s.arg(Citation::withoutQuote(event.importedFrom).toHtmlEscaped());
    else
        html += u"<br>"_s + tr("Sources: %1").arg(sources.join(u"; "_s).toHtmlEscaped());
    return html;
}

} // namespace argline
