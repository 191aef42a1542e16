// ArgumentMapRenderer, continued: how one card reads. Its painting (header, title, text, badges, the
// dashed outline of an uncertain date), its opacity in focus and as-of modes, and the words a tooltip and a
// screen reader give it. The layout of the map and the painting of edges and boxes stay in
// argumentmaprenderer.cpp.
#include "models/corpus/citation.h"
#include "models/explore/itemfilter.h"
#include "render/argmap/argumentmaprenderer.h"
#include "render/style/stancestyle.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

constexpr double padding = ArgumentMapRenderer::cardPadding;

} // namespace

QString ArgumentMapRenderer::sourceBadge(int argument) const
{
    if (const QString badge = importBadge(argument); !badge.isEmpty())
        return badge;
    QStringList parts;
    for (const Quote &quote : m_corpus->arguments[argument].evidence) {
        const Article *article = m_corpus->article(quote.articleId);
        if (!article)
            continue;
        QString name = article->outlet;
        if (name.isEmpty()) // the text names no outlet: say which article, briefly, rather than invent one
            name = article->label.section(u',', 0, 0).section(u'(', 0, 0).trimmed();
        if (name.size() > 22) { // shorten at a word boundary
            const qsizetype cut = name.lastIndexOf(u' ', 20);
            name = name.left(cut > 8 ? cut : 20).trimmed() + u'…';
        }
        const int first = QDate::fromJulianDay(article->published.date.firstDay()).year();
        const int last = QDate::fromJulianDay(article->published.date.lastDay()).year();
        const QString year = first == last ? QString::number(first)
                                           : u"%1–%2"_s.arg(first).arg(last % 100, 2, 10, QLatin1Char('0'));
        const QString part = name + u' ' + year;
        if (!parts.contains(part))
            parts.append(part);
    }
    return parts.join(u" · "_s);
}

// "War on the Rocks 2024 · DW 2025" in the room a card header leaves: the first source, its name
// shortened but never its year, and "+1" for the others; a year is what a reader checks first.
QString ArgumentMapRenderer::fittedBadge(const QString &badge, double width, const QFontMetricsF &metrics)
{
    if (metrics.horizontalAdvance(badge) <= width)
        return badge;
    const QStringList parts = badge.split(u" · "_s);
    const QString more = parts.size() > 1 ? u" +%1"_s.arg(parts.size() - 1) : QString();
    const QString first = parts.first();
    const qsizetype space = first.lastIndexOf(u' ');
    const QString year = space > 0 ? first.mid(space) : QString();
    const QString name = space > 0 ? first.left(space) : first;
    const double room = width - metrics.horizontalAdvance(year + more);
    if (room < metrics.horizontalAdvance(u"W…"_s))
        return metrics.elidedText(year.trimmed() + more, Qt::ElideRight, width);
    return metrics.elidedText(name, Qt::ElideRight, room) + year + more;
}

void ArgumentMapRenderer::paintCard(QPainter *p, const Card &card, Detail detail, double opacity) const
{
    const Argument &a = m_corpus->arguments[card.argument];
    const CardText &text = cardText(card.argument, detail);
    const Stance stance = stanceOf(a);
    const QColor color = StanceStyle::color(stance, m_style);
    const QRectF r = card.rect;
    const QPainterPath shape = StanceStyle::shape(stance, r);
    p->setOpacity(opacity);

    const bool selected = m_state.selected.contains(a.id);
    const bool linked = !selected && m_state.linked.contains(a.id);
    if (m_state.matches.contains(a.id)) { // search match: a halo
        p->setPen(QPen(m_style.match, 10, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(shape);
    }
    // A copy is a reference to a card elsewhere: a dashed outline.
    p->setPen(QPen(color, 1.6 * m_style.lineWidth, a.copyOf.isEmpty() ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(StanceStyle::fill(stance, m_style));
    p->drawPath(shape);
    if (stance == Stance::Claim) { // the claim: a double border
        p->setBrush(Qt::NoBrush);
        p->drawRect(r.adjusted(3, 3, -3, -3));
    }
    if (selected || linked) {
        p->setBrush(Qt::NoBrush);
        p->setPen(
            QPen(selected ? m_style.selection : m_style.linked, 3.5, linked ? Qt::DotLine : Qt::SolidLine));
        p->drawPath(StanceStyle::shape(stance, r.adjusted(-5, -5, 5, 5)));
    }

    // Header: icon and stance on the left (then, muted, what the card does to its parent), sources on the
    // right.
    const QFont &labelFont = this->labelFont(detail);
    const QFontMetricsF label(labelFont);
    const double x = r.left() + padding;
    double y = r.top() + padding;
    StanceStyle::paintIcon(
        p, stance, QRectF(x, y + label.height() * 0.2, label.height() * 0.6, label.height() * 0.6), color);
    p->setFont(labelFont);
    p->setPen(StanceStyle::labelColor(stance, m_style));
    const QString stanceLabel = StanceStyle::label(stance);
    const QPointF labelAt(x + label.height() * 0.85, y + label.ascent());
    p->drawText(labelAt, stanceLabel);
    if (const QString header = StanceStyle::header(a); header.size() > stanceLabel.size()) {
        p->setPen(m_style.mutedText);
        p->drawText(labelAt + QPointF(label.horizontalAdvance(stanceLabel), 0),
                    header.mid(stanceLabel.size()));
    }
    const bool uncertain = publishedUncertain(card.argument);
    const QStaticText &badge = uncertain ? text.uncertainBadge : text.badge;
    p->setPen(m_style.mutedText);
    p->drawStaticText(QPointF(r.right() - padding - badge.size().width(), y), badge); // labelFont
    if (uncertain)
        paintUncertainMark(p, card, text, labelFont, color);
    y += label.height() + 2;
    p->setPen(QPen(ViewStyle::withAlpha(color, 0.35), 1));
    p->drawLine(QPointF(r.left() + padding, y), QPointF(r.right() - padding, y));
    y += 3;

    p->setPen(m_style.text);
    p->setFont(titleFont(detail));
    p->drawStaticText(QPointF(x, y), text.title);
    y += text.title.size().height();
    if (detail == Detail::Text || detail == Detail::Quotes) {
        y += 5;
        p->setFont(m_bodyFont);
        p->drawStaticText(QPointF(x, y), text.body);
        y += text.body.size().height();
    }
    if (detail == Detail::Quotes) {
        p->setPen(m_style.mutedText);
        p->setFont(m_quoteFont);
        for (const QStaticText &quote : text.quotes) {
            y += 6;
            p->fillRect(QRectF(x, y, 2, quote.size().height()), ViewStyle::withAlpha(color, 0.6));
            p->drawStaticText(QPointF(x + 6, y), quote);
            y += quote.size().height();
        }
    }

    if (!text.crossReference.text().isEmpty()) {
        y += 5;
        p->setPen(m_style.linked);
        p->setFont(m_labelFont);
        p->drawStaticText(QPointF(x, y), text.crossReference);
        y += text.crossReference.size().height();
    }

    // Footer: the balance of the reasons beneath, by their stance on the claim, and the collapse toggle.
    if (!a.children.isEmpty()) {
        int pro = 0;
        int con = 0;
        for (int child : a.children)
            (stanceOf(m_corpus->arguments[child]) == Stance::For ? pro : con) += 1;
        const double baseline = r.bottom() - padding - label.descent();
        const QColor green = StanceStyle::color(Stance::For, m_style);
        const QColor red = StanceStyle::color(Stance::Against, m_style);
        p->setFont(labelFont);
        double bx = x;
        StanceStyle::paintIcon(
            p, Stance::For,
            QRectF(bx, baseline - label.ascent() * 0.8, label.ascent() * 0.7, label.ascent() * 0.7), green);
        bx += label.ascent();
        p->setPen(green);
        const QString forText = tr("%n for", nullptr, pro);
        p->drawText(QPointF(bx, baseline), forText);
        bx += label.horizontalAdvance(forText) + 10;
        StanceStyle::paintIcon(
            p, Stance::Against,
            QRectF(bx, baseline - label.ascent() * 0.8, label.ascent() * 0.7, label.ascent() * 0.7), red);
        bx += label.ascent();
        p->setPen(red);
        p->drawText(QPointF(bx, baseline), tr("%n against", nullptr, con));
    }
    if (card.hasChildren) {
        const QPointF centre = card.togglePosition();
        const bool collapsed = m_state.collapsed.contains(a.id);
        const QString mark = collapsed ? u"+%1"_s.arg(card.hiddenDescendants) : u"−"_s;
        const double w = std::max(2 * toggleRadius, label.horizontalAdvance(mark) + 8);
        // A wide "+12" grows away from the card, never over it.
        const double left = card.growth == Growth::Right  ? centre.x() - toggleRadius
                            : card.growth == Growth::Left ? centre.x() + toggleRadius - w
                                                          : centre.x() - w / 2;
        const QRectF toggle(left, centre.y() - toggleRadius, w, 2 * toggleRadius);
        p->setPen(QPen(color, 1.4));
        p->setBrush(collapsed ? color : m_style.background);
        p->drawRoundedRect(toggle, toggleRadius, toggleRadius);
        p->setPen(collapsed ? m_style.textOn(color) : color);
        p->setFont(m_labelFont);
        p->drawText(toggle, Qt::AlignCenter, mark);
    }
    if (a.id == m_state.focused) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(m_style.focus, 1.5, Qt::DotLine));
        p->drawRect(r.adjusted(-9, -9, 9, 9));
    }
    p->setOpacity(1);
}

double ArgumentMapRenderer::cardOpacity(int argument, const QSet<int> &focus) const
{
    const QString &id = m_corpus->arguments[argument].id;
    if (m_state.ghosted.contains(id))
        return ghostOpacity;
    if (m_state.context.contains(id))
        return 0.4;
    return !focus.isEmpty() && !focus.contains(argument) ? 0.25 : 1.0;
}

bool ArgumentMapRenderer::publishedUncertain(int argument) const
{
    return m_state.asOfDay &&
           ItemFilter::shownAsOf(*m_corpus, argument, *m_state.asOfDay) == ItemFilter::Published::Possibly;
}

void ArgumentMapRenderer::paintUncertainMark(QPainter *p, const Card &card, const CardText &text,
                                             const QFont &labelFont, const QColor &color) const
{
    // The source's date is inferred and straddles the "as of" date: the card's outline goes dashed, and a
    // tab in its header, left of the sources, says so. Both stay inside the card.
    const QRectF r = card.rect;
    const QFontMetricsF label(labelFont);
    p->save();
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(m_style.background, 2));
    p->drawPath(StanceStyle::shape(stanceOf(m_corpus->arguments[card.argument]), r));
    p->setPen(QPen(color, 1.6 * m_style.lineWidth, Qt::DashLine));
    p->drawPath(StanceStyle::shape(stanceOf(m_corpus->arguments[card.argument]), r));
    const double width = label.horizontalAdvance(text.uncertainMark) + 8;
    const QRectF tab(r.right() - padding - text.uncertainBadge.size().width() - width - 2, r.top() + padding,
                     width, label.height());
    p->setPen(Qt::NoPen);
    p->setBrush(m_style.mutedText);
    p->drawRoundedRect(tab, 3, 3);
    p->setPen(m_style.textOn(m_style.mutedText));
    p->setFont(labelFont);
    p->drawText(tab, Qt::AlignCenter, text.uncertainMark);
    p->restore();
}

// Imported maps: an item without a quote says so where its sources would be.
QString ArgumentMapRenderer::importBadge(int argument) const
{
    const Argument &a = m_corpus->arguments[argument];
    if (a.copyOf.isEmpty() && a.evidence.isEmpty() && !a.importedFrom.isEmpty())
        return tr("no source quote");
    return {};
}

// A copy (the same statement under a second parent) says where the original stands with its reasons.
QString ArgumentMapRenderer::crossReference(int argument) const
{
    const Argument *original = m_corpus->argument(m_corpus->arguments[argument].copyOf);
    const Argument *parent =
        original && original->parent >= 0 ? &m_corpus->arguments[original->parent] : nullptr;
    return parent ? tr("↗ also under “%1”").arg(parent->title) : tr("↗ also a claim of its own");
}

QString ArgumentMapRenderer::tooltip(int argument) const
{
    if (!m_corpus || argument < 0)
        return {};
    const Argument &a = m_corpus->arguments[argument];
    QString html = u"<b>%1</b> — %2<br><i>%3</i><br>%4"_s.arg(
        StanceStyle::header(a).toHtmlEscaped(), a.title.toHtmlEscaped(),
        stanceSentence(argument).toHtmlEscaped(), a.text.toHtmlEscaped());
    if (!a.copyOf.isEmpty())
        html += u"<p>%1</p>"_s.arg(tr("The same statement stands elsewhere in the map (%1), with the reasons "
                                      "for and against it; click to go there.")
                                       .arg(crossReference(argument).toHtmlEscaped()));
    else if (a.evidence.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(Citation::withoutQuote(a.importedFrom).toHtmlEscaped());
    for (const Quote &quote : a.evidence) {
        const Article *article = m_corpus->article(quote.articleId);
        html +=
            u"<p><i>%1</i><br>— %2</p>"_s.arg(Citation::quoted(quote.text).toHtmlEscaped(),
                                              (article ? article->label : quote.articleId).toHtmlEscaped());
    }
    if (publishedUncertain(argument))
        html += u"<p>%1</p>"_s.arg(
            tr("The date of this argument's source is inferred, and may fall after %1.")
                .arg(QLocale().toString(QDate::fromJulianDay(*m_state.asOfDay), QLocale::LongFormat)));
    if (m_state.context.contains(a.id))
        html +=
            u"<p>%1</p>"_s.arg(tr("Shown faded for context: it does not match the filters (or was not yet "
                                  "published), but an argument beneath it does."));
    return html;
}

QString ArgumentMapRenderer::stanceSentence(int argument) const
{
    const Argument &a = m_corpus->arguments[argument];
    const QString relation = relationPhrase(*m_corpus, a);
    return relation.isEmpty() ? stanceName(stanceOf(a)) : stanceName(stanceOf(a)) + u" · "_s + relation;
}

QString ArgumentMapRenderer::accessibleName(int argument) const
{
    if (!m_corpus || argument < 0)
        return {};
    const Argument &a = m_corpus->arguments[argument];
    QString stance = stanceSentence(argument);
    if (!stance.isEmpty())
        stance[0] = stance[0].toUpper();
    return u"%1: %2. %3"_s.arg(stance, a.title, a.text);
}

} // namespace argline
