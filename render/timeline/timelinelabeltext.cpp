#include "render/timeline/timelinelabeltext.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace argline {

void TimelineLabelText::setFont(const QFont &font)
{
    if (font == m_font && !m_measures.isEmpty())
        return; // the same font again (a theme change): what was measured still holds
    m_font = font;
    m_metrics = QFontMetricsF(font);
    clear();
}

void TimelineLabelText::clear()
{
    m_measures.clear();
    m_shaped.clear();
}

const TimelineLabelText::Measure &TimelineLabelText::measure(int event, const QString &title) const
{
    auto it = m_measures.constFind(event);
    if (it != m_measures.cend())
        return it.value();
    // Candidate breaks: after each space. Every split is tried, on widths summed from the words' own
    // (each word shaped once: shaping every candidate line made a launch with 1,000 events spend three
    // quarters of its time here); the best split is then measured exactly, so a label is never a pixel
    // short of its text.
    QList<qsizetype> starts{0}; // where each word starts
    for (qsizetype space = title.indexOf(u' '); space >= 0; space = title.indexOf(u' ', space + 1))
        starts.append(space + 1);
    const qsizetype words = starts.size();
    const double space = m_metrics.horizontalAdvance(u' ');
    QList<double> before(words + 1, 0); // before[i]: the words before word i, each with a space after
    for (qsizetype i = 0; i < words; ++i) {
        const qsizetype end = i + 1 < words ? starts[i + 1] - 1 : title.size();
        before[i + 1] =
            before[i] + m_metrics.horizontalAdvance(title.mid(starts[i], end - starts[i])) + space;
    }
    const auto estimate = [&](qsizetype from, qsizetype to) { return before[to] - before[from] - space; };
    const auto exact = [&](qsizetype from, qsizetype to) { // words [from, to), as one shaped line
        const qsizetype end = to < words ? starts[to] : title.size();
        return m_metrics.horizontalAdvance(
            QStringView(title).mid(starts[from], end - starts[from]).trimmed().toString());
    };
    Measure m;
    m.widths[0] = m_metrics.horizontalAdvance(title);
    m.widths[1] = m.widths[2] = m.widths[0];
    double bestTwo = m.widths[0];
    double bestThree = m.widths[0];
    qsizetype two = 0;
    qsizetype threeA = 0;
    qsizetype threeB = 0;
    for (qsizetype a = 1; a < words; ++a) { // the second line starts at word a
        const double first = estimate(0, a);
        if (const double w = std::max(first, estimate(a, words)); w < bestTwo) {
            bestTwo = w;
            two = a;
        }
        for (qsizetype b = a + 1; b < words; ++b) { // and the third at word b
            if (const double w = std::max({first, estimate(a, b), estimate(b, words)}); w < bestThree) {
                bestThree = w;
                threeA = a;
                threeB = b;
            }
        }
    }
    if (two > 0) {
        m.widths[1] = std::max(exact(0, two), exact(two, words));
        m.breaks[1] = {starts[two]};
    }
    if (threeA > 0) {
        m.widths[2] = std::max({exact(0, threeA), exact(threeA, threeB), exact(threeB, words)});
        m.breaks[2] = {starts[threeA], starts[threeB]};
    }
    if (m.widths[1] > m.widths[0]) { // never wider on two lines than on one
        m.widths[1] = m.widths[0];
        m.breaks[1].clear();
    }
    if (m.widths[2] > m.widths[1]) { // one or two words: three lines are no narrower than two
        m.widths[2] = m.widths[1];
        m.breaks[2] = m.breaks[1];
    }
    return m_measures.insert(event, m).value();
}

double TimelineLabelText::width(int event, const QString &title, int lines) const
{
    return std::ceil(measure(event, title).widths[std::clamp(lines, 1, maxLines) - 1]);
}

QStaticText TimelineLabelText::shape(const QString &text) const
{
    QStaticText shaped(text);
    shaped.setTextFormat(Qt::PlainText);
    shaped.prepare(QTransform(), m_font);
    return shaped;
}

void TimelineLabelText::paint(QPainter *painter, const QRectF &rect, double rowHeight, int event,
                              const QString &title, int lines) const
{
    lines = std::clamp(lines, 1, maxLines);
    auto shaped = m_shaped.find(event);
    if (shaped == m_shaped.end() || shaped->width != rect.width() || shaped->lines != lines) {
        const Measure &m = measure(event, title);
        Shaped next{rect.width(), lines, {}};
        const auto fitted = [&](const QString &text) {
            return m_metrics.horizontalAdvance(text) <= rect.width() + 0.5
                       ? text
                       : m_metrics.elidedText(text, Qt::ElideRight, rect.width());
        };
        QList<qsizetype> bounds{0};
        bounds.append(m.breaks[lines - 1]);
        bounds.append(title.size());
        for (qsizetype i = 0; i + 1 < bounds.size(); ++i)
            next.text.append(shape(fitted(title.mid(bounds[i], bounds[i + 1] - bounds[i]).trimmed())));
        shaped = m_shaped.insert(event, next);
    }
    const double top = rect.top() + (rowHeight - m_metrics.height()) / 2;
    for (qsizetype i = 0; i < shaped->text.size(); ++i)
        painter->drawStaticText(QPointF(rect.left(), top + double(i) * rowHeight), shaped->text[i]);
}

} // namespace argline
