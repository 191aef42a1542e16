#include "models/layout/forestpacking.h"

#include <algorithm>
#include <numeric>

namespace argline {

namespace {

// Boxes split into `columns` runs in order, each run about the same height.
QList<qsizetype> columnStarts(const QList<QRectF> &boxes, int columns, double gap)
{
    const double total = std::accumulate(boxes.begin(), boxes.end(), 0.0, [&](double sum, const QRectF &box) {
        return sum + box.height() + gap;
    });
    const double target = total / columns;
    QList<qsizetype> starts{0};
    double height = 0;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const double next = boxes[i].height() + gap;
        const bool roomLeft = starts.size() < columns && boxes.size() - i >= columns - starts.size();
        if (height > 0 && height + next / 2 > target && roomLeft) {
            starts.append(i);
            height = 0;
        }
        height += next;
    }
    return starts;
}

} // namespace

QList<QPointF> ForestPacking::pack(const QList<QRectF> &boxes, double aspect, double gap)
{
    QList<QPointF> offsets(boxes.size());
    if (boxes.size() < 2)
        return offsets;
    aspect = std::clamp(aspect, 0.25, 6.0);
    QList<qsizetype> best;
    double bestScale = -1;
    const int most = int(std::min<qsizetype>(boxes.size(), maxColumns));
    for (int columns = 1; columns <= most; ++columns) {
        const QList<qsizetype> starts = columnStarts(boxes, columns, gap);
        double width = 0, height = 0;
        for (qsizetype c = 0; c < starts.size(); ++c) {
            const qsizetype end = c + 1 < starts.size() ? starts[c + 1] : boxes.size();
            double columnWidth = 0, columnHeight = 0;
            for (qsizetype i = starts[c]; i < end; ++i) {
                columnWidth = std::max(columnWidth, boxes[i].width());
                columnHeight += boxes[i].height() + (i > starts[c] ? gap : 0);
            }
            width += columnWidth + (c > 0 ? gap : 0);
            height = std::max(height, columnHeight);
        }
        // The scale at which the whole fits a view of this shape: larger is better; ties go to fewer columns.
        const double scale = std::min(aspect / std::max(width, 1.0), 1 / std::max(height, 1.0));
        if (scale > bestScale * 1.0001) {
            bestScale = scale;
            best = starts;
        }
    }
    // Columns left to right, each filled top down, boxes centred in their column.
    const QRectF first = boxes.first();
    double x = first.left();
    for (qsizetype c = 0; c < best.size(); ++c) {
        const qsizetype end = c + 1 < best.size() ? best[c + 1] : boxes.size();
        double columnWidth = 0;
        for (qsizetype i = best[c]; i < end; ++i)
            columnWidth = std::max(columnWidth, boxes[i].width());
        double y = first.top();
        for (qsizetype i = best[c]; i < end; ++i) {
            const QPointF topLeft(x + (columnWidth - boxes[i].width()) / 2, y);
            offsets[i] = topLeft - boxes[i].topLeft();
            y += boxes[i].height() + gap;
        }
        x += columnWidth + gap;
    }
    return offsets;
}

} // namespace argline
