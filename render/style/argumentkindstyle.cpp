#include "render/style/argumentkindstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace argline {

QColor ArgumentKindStyle::color(ArgumentKind kind, const ViewStyle &style)
{
    QColor color;
    switch (kind) {
    case ArgumentKind::Claim:
        color = QColor(0x3d, 0x55, 0x6b);
        break;
    case ArgumentKind::Pro:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case ArgumentKind::Con:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case ArgumentKind::Objection:
        color = QColor(0x8e, 0x24, 0xaa);
        break;
    case ArgumentKind::Rebuttal:
        color = QColor(0x00, 0x78, 0x8a);
        break;
    }
    if (style.theme == Theme::Dark)
        return color.lighter(175);
    return style.adjusted(color);
}

QColor ArgumentKindStyle::fill(ArgumentKind kind, const ViewStyle &style)
{
    return ViewStyle::blend(color(kind, style), style.theme == Theme::Dark ? 0.16 : 0.09, style.background);
}

QColor ArgumentKindStyle::labelColor(ArgumentKind kind, const ViewStyle &style)
{
    return ViewStyle::legibleOn(color(kind, style), fill(kind, style));
}

QString ArgumentKindStyle::label(ArgumentKind kind)
{
    switch (kind) {
    case ArgumentKind::Claim:
        return tr("CLAIM");
    case ArgumentKind::Pro:
        return tr("FOR");
    case ArgumentKind::Con:
        return tr("AGAINST");
    case ArgumentKind::Objection:
        return tr("OBJECTION");
    case ArgumentKind::Rebuttal:
        return tr("REBUTTAL");
    }
    return {};
}

QPainterPath ArgumentKindStyle::shape(ArgumentKind kind, const QRectF &r)
{
    // Each kind has its own outline, so the map reads in greyscale and for colour-blind readers.
    QPainterPath path;
    switch (kind) {
    case ArgumentKind::Claim:
    case ArgumentKind::Con:
        path.addRect(r); // square corners (the claim also gets a double border)
        break;
    case ArgumentKind::Pro:
        path.addRoundedRect(r, 12, 12);
        break;
    case ArgumentKind::Objection: { // cut corners
        const double c = 10;
        path.moveTo(r.left() + c, r.top());
        path.lineTo(r.right() - c, r.top());
        path.lineTo(r.right(), r.top() + c);
        path.lineTo(r.right(), r.bottom() - c);
        path.lineTo(r.right() - c, r.bottom());
        path.lineTo(r.left() + c, r.bottom());
        path.lineTo(r.left(), r.bottom() - c);
        path.lineTo(r.left(), r.top() + c);
        path.closeSubpath();
        break;
    }
    case ArgumentKind::Rebuttal: { // rounded on one diagonal only
        const double c = 14;
        path.moveTo(r.left() + c, r.top());
        path.lineTo(r.right(), r.top());
        path.lineTo(r.right(), r.bottom() - c);
        path.quadTo(r.bottomRight(), QPointF(r.right() - c, r.bottom()));
        path.lineTo(r.left(), r.bottom());
        path.lineTo(r.left(), r.top() + c);
        path.quadTo(r.topLeft(), QPointF(r.left() + c, r.top()));
        path.closeSubpath();
        break;
    }
    }
    return path;
}

void ArgumentKindStyle::paintIcon(QPainter *p, ArgumentKind kind, const QRectF &box, const QColor &color)
{
    p->save();
    p->setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
    p->setBrush(color);
    const QPointF c = box.center();
    const double h = box.height() / 2;
    switch (kind) {
    case ArgumentKind::Claim: {
        const QPointF diamond[] = {
            {c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}};
        p->setPen(Qt::NoPen);
        p->drawPolygon(diamond, 4);
        break;
    }
    case ArgumentKind::Pro: // plus
        p->drawLine(QPointF(c.x() - h, c.y()), QPointF(c.x() + h, c.y()));
        p->drawLine(QPointF(c.x(), c.y() - h), QPointF(c.x(), c.y() + h));
        break;
    case ArgumentKind::Con: // minus
        p->drawLine(QPointF(c.x() - h, c.y()), QPointF(c.x() + h, c.y()));
        break;
    case ArgumentKind::Objection: // a lightning-like zigzag: "but"
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(QList<QPointF>{{c.x() - h * 0.4, c.y() - h},
                                       {c.x() + h * 0.2, c.y() - h * 0.05},
                                       {c.x() - h * 0.2, c.y() + h * 0.05},
                                       {c.x() + h * 0.4, c.y() + h}});
        break;
    case ArgumentKind::Rebuttal: { // a turning-back arrow
        p->setBrush(Qt::NoBrush);
        QPainterPath arc;
        arc.arcMoveTo(QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h), 120);
        arc.arcTo(QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h), 120, -270);
        p->drawPath(arc);
        const QPointF tip = arc.currentPosition();
        p->drawLine(tip, tip + QPointF(-h * 0.7, -h * 0.1));
        p->drawLine(tip, tip + QPointF(h * 0.05, -h * 0.7));
        break;
    }
    }
    p->restore();
}

} // namespace argline
