#include "render/timeline/timelinelabeltext.h"

#include <QPainter>

namespace argline {

void TimelineLabelText::setFont(const QFont &font)
{
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
    // Candidate breaks: after each space. Titles are short (a dozen words), so trying every split is
    // cheap and finds the most even one exactly.
    QList<qsizetype> starts; // where a line may start (after a space)
    for (qsizetype space = title.indexOf(u' '); space >= 0; space = title.indexOf(u' ', space + 1))
        starts.append(space + 1);
    const auto lineWidth = [&](qsizetype from, qsizetype to) { // [from, to) without the trailing space
        QStringView line = QStringView(title).mid(from, to - from).trimmed();
        return m_metrics.horizontalAdvance(line.toString());
    };
    Measure m;
    m.widths[0] = m_metrics.horizontalAdvance(title);
    m.widths[1] = m.widths[2] = m.widths[0];
    for (qsizetype a = 0; a < starts.size(); ++a) {
        const double first = lineWidth(0, starts[a]);
        const double two = std::max(first, lineWidth(starts[a], title.size()));
        if (two < m.widths[1]) {
            m.widths[1] = two;
            m.breaks[1] = {starts[a]};
        }
        for (qsizetype b = a + 1; b < starts.size(); ++b) {
            const double three =
                std::max({first, lineWidth(starts[a], starts[b]), lineWidth(starts[b], title.size())});
            if (three < m.widths[2]) {
                m.widths[2] = three;
                m.breaks[2] = {starts[a], starts[b]};
            }
        }
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
