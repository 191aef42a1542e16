#include "render/style/stancestyle.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace argline {

QColor StanceStyle::color(Stance stance, const ViewStyle &style)
{
    QColor color;
    switch (stance) {
    case Stance::Claim:
        color = QColor(0x3d, 0x55, 0x6b);
        break;
    case Stance::For:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case Stance::Against:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    }
    if (style.theme == Theme::Dark)
        return color.lighter(175);
    return style.adjusted(color);
}

QColor StanceStyle::fill(Stance stance, const ViewStyle &style)
{
    return ViewStyle::blend(color(stance, style), style.theme == Theme::Dark ? 0.16 : 0.09, style.background);
}

QColor StanceStyle::labelColor(Stance stance, const ViewStyle &style)
{
    return ViewStyle::legibleOn(color(stance, style), fill(stance, style));
}

QColor StanceStyle::edgeColor(const ViewStyle &style)
{
    return style.mutedText;
}

QString StanceStyle::label(Stance stance)
{
    switch (stance) {
    case Stance::Claim:
        return tr("CLAIM");
    case Stance::For:
        return tr("FOR");
    case Stance::Against:
        return tr("AGAINST");
    }
    return {};
}

QString StanceStyle::header(const Argument &argument)
{
    const QString stance = label(stanceOf(argument));
    const QString relation = relationWord(argument);
    return relation.isEmpty() ? stance : stance + u" · "_s + relation;
}

QPainterPath StanceStyle::shape(Stance stance, const QRectF &r)
{
    QPainterPath path;
    if (stance == Stance::For)
        path.addRoundedRect(r, 12, 12);
    else
        path.addRect(r); // square corners (the claim also gets a double border)
    return path;
}

void StanceStyle::paintIcon(QPainter *p, Stance stance, const QRectF &box, const QColor &color)
{
    p->save();
    p->setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
    p->setBrush(color);
    const QPointF c = box.center();
    const double h = box.height() / 2;
    switch (stance) {
    case Stance::Claim: {
        const QPointF diamond[] = {
            {c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}};
        p->setPen(Qt::NoPen);
        p->drawPolygon(diamond, 4);
        break;
    }
    case Stance::For: // plus
        p->drawLine(QPointF(c.x() - h, c.y()), QPointF(c.x() + h, c.y()));
        p->drawLine(QPointF(c.x(), c.y() - h), QPointF(c.x(), c.y() + h));
        break;
    case Stance::Against: // minus
        p->drawLine(QPointF(c.x() - h, c.y()), QPointF(c.x() + h, c.y()));
        break;
    }
    p->restore();
}

} // namespace argline
