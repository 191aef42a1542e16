#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace argline {

// Places several trees (the bounding box of each claim with what is below it) in reading order, down
// columns, in as many columns as make the whole fit the view's shape best: an imported map of twenty
// small claims fills the view instead of running down one long column. Pure geometry; linear in the
// number of trees for each column count tried.
class ForestPacking final
{
public:
    static constexpr int maxColumns = 12;

    // The offset to add to each box. `aspect` is the view's width over its height; `gap` separates the
    // boxes. One box, or none, stays where it is.
    static QList<QPointF> pack(const QList<QRectF> &boxes, double aspect, double gap);
};

} // namespace argline
