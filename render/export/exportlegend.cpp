#include "render/export/exportlegend.h"

#include "render/style/stancestyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace argline {

namespace {

constexpr double entryGap = 18;

} // namespace

ExportLegend::ExportLegend(const ViewStyle &style, const QList<Lane> &lanes, bool timeline,
                           const QList<Stance> &stances)
    : m_style(style)
    , m_rowHeight(std::ceil(QFontMetricsF(style.smallFont).height() + 6))
{
    for (const Lane &lane : lanes)
        m_entries.append({Mark::Swatch, lane.name, style.adjusted(lane.color)});
    if (timeline) {
        m_entries.append({Mark::ExactDate, tr("exact date"), style.text});
        m_entries.append({Mark::VagueDate, tr("approximate date (band: its span)"), style.text});
        m_entries.append({Mark::PlannedDate, tr("planned"), style.text});
    }
    for (Stance stance : stances) {
        const QString text = stance == Stance::For       ? tr("FOR: for the claim")
                             : stance == Stance::Against ? tr("AGAINST: against the claim")
                                                         : tr("CLAIM");
        m_entries.append({Mark::Stance, text, StanceStyle::color(stance, style), stance});
    }
    if (!stances.isEmpty()) {
        m_entries.append({Mark::Supports, tr("supports the card above"), StanceStyle::edgeColor(style)});
        m_entries.append({Mark::Attacks, tr("attacks the card above"), StanceStyle::edgeColor(style)});
    }
}

double ExportLegend::entryWidth(const Entry &entry) const
{
    return m_rowHeight * 1.4 + QFontMetricsF(m_style.smallFont).horizontalAdvance(entry.text);
}

QList<QRectF> ExportLegend::flow(double width) const
{
    QList<QRectF> boxes;
    double x = 0;
    double y = 0;
    for (const Entry &entry : m_entries) {
        const double w = entryWidth(entry);
        if (x > 0 && x + w > width) {
            x = 0;
            y += m_rowHeight;
        }
        boxes.append(QRectF(x, y, w, m_rowHeight));
        x += w + entryGap;
    }
    return boxes;
}

double ExportLegend::height(double width) const
{
    const QList<QRectF> boxes = flow(width);
    return boxes.isEmpty() ? 0 : boxes.last().bottom();
}

void ExportLegend::paint(QPainter *p, const QRectF &rect) const
{
    const QList<QRectF> boxes = flow(rect.width());
    p->save();
    p->setFont(m_style.smallFont);
    for (int i = 0; i < m_entries.size(); ++i) {
        const QRectF box = boxes[i].translated(rect.topLeft());
        const QRectF mark(box.left(), box.top(), m_rowHeight, m_rowHeight);
        paintMark(p, m_entries[i], mark.adjusted(3, 3, -3, -3));
        p->setPen(m_style.text);
        p->drawText(QRectF(box.left() + m_rowHeight * 1.4, box.top(), box.width(), box.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, m_entries[i].text);
    }
    p->restore();
}

void ExportLegend::paintMark(QPainter *p, const Entry &entry, const QRectF &box) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPointF c = box.center();
    const double r = box.height() / 2;
    switch (entry.mark) {
    case Mark::Swatch:
        p->fillRect(box, entry.color);
        break;
    case Mark::ExactDate: // as the timeline draws them
        p->setPen(QPen(entry.color, 1));
        p->setBrush(entry.color);
        p->drawEllipse(c, r * 0.7, r * 0.7);
        break;
    case Mark::VagueDate: {
        QColor band = entry.color;
        band.setAlphaF(0.25f);
        p->fillRect(QRectF(box.left() - r, c.y() - r * 0.35, box.width() + 2 * r, r * 0.7), band);
        p->setPen(QPen(entry.color, 2));
        p->setBrush(m_style.background);
        p->drawEllipse(c, r * 0.7, r * 0.7);
        break;
    }
    case Mark::PlannedDate:
        p->setPen(QPen(entry.color, 2, Qt::DashLine));
        p->setBrush(m_style.background);
        p->drawEllipse(c, r * 0.7, r * 0.7);
        break;
    case Mark::Stance:
        p->setPen(QPen(entry.color, 1.4));
        p->setBrush(m_style.background);
        p->drawPath(StanceStyle::shape(entry.stance, box.adjusted(-2, 0, 2, 0)));
        StanceStyle::paintIcon(p, entry.stance, box.adjusted(r * 0.5, r * 0.5, -r * 0.5, -r * 0.5),
                               entry.color);
        break;
    case Mark::Supports: // a solid line with an arrow
        p->setPen(QPen(entry.color, 1.8));
        p->drawLine(QPointF(box.left() - r, c.y()), QPointF(box.right(), c.y()));
        p->drawLine(QPointF(box.right(), c.y()), QPointF(box.right() - r * 0.6, c.y() - r * 0.5));
        p->drawLine(QPointF(box.right(), c.y()), QPointF(box.right() - r * 0.6, c.y() + r * 0.5));
        break;
    case Mark::Attacks: // dashed, ending in a bar
        p->setPen(QPen(entry.color, 1.8, Qt::DashLine));
        p->drawLine(QPointF(box.left() - r, c.y()), QPointF(box.right(), c.y()));
        p->setPen(QPen(entry.color, 2));
        p->drawLine(QPointF(box.right(), c.y() - r * 0.6), QPointF(box.right(), c.y() + r * 0.6));
        break;
    }
    p->restore();
}

} // namespace argline
