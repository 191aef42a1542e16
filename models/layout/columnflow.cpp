#include "models/layout/columnflow.h"

#include <algorithm>
#include <numeric>

namespace argline {

QList<double> ColumnFlow::blockHeights(const Input &input)
{
    QList<double> heights;
    heights.reserve(input.blocks.size());
    for (const QList<Item> &block : input.blocks) {
        double height = 0;
        for (const Item &item : block)
            height += item.size.height();
        heights.append(height + input.itemGap * std::max<qsizetype>(0, block.size() - 1));
    }
    return heights;
}

namespace {

// Greedy fill: the column starts that keep every column within `limit` (a block taller than the
// limit stands alone), or nothing when more than `columns` columns would be needed.
QList<int> fill(const QList<double> &heights, double blockGap, int columns, double limit)
{
    QList<int> starts;
    double used = 0;
    for (int i = 0; i < heights.size(); ++i) {
        const double wanted = starts.isEmpty() || used == 0 ? heights[i] : used + blockGap + heights[i];
        if (starts.isEmpty() || (wanted > limit && used > 0)) {
            if (starts.size() == columns)
                return {};
            starts.append(i);
            used = heights[i];
        } else {
            used = wanted;
        }
    }
    return starts;
}

} // namespace

QList<int> ColumnFlow::columnStarts(const QList<double> &heights, double blockGap, int columns)
{
    if (heights.isEmpty())
        return {};
    columns = std::clamp(columns, 1, int(heights.size()));
    // The shortest feasible tallest column lies between the tallest block and everything in one
    // column; feasibility only grows with the limit, so bisect.
    double low = *std::max_element(heights.begin(), heights.end());
    double high = std::accumulate(heights.begin(), heights.end(), 0.0) + blockGap * double(heights.size());
    QList<int> best = fill(heights, blockGap, columns, high);
    for (int step = 0; step < 48 && high - low > 0.5; ++step) {
        const double middle = (low + high) / 2;
        if (QList<int> starts = fill(heights, blockGap, columns, middle); !starts.isEmpty()) {
            best = std::move(starts);
            high = middle;
        } else {
            low = middle;
        }
    }
    return best;
}

ColumnFlow::Result ColumnFlow::layout(const Input &input)
{
    Result result;
    const QList<double> heights = blockHeights(input);
    const QList<int> starts = columnStarts(heights, input.blockGap, input.columns);
    result.rects.resize(input.blocks.size());
    result.columnOf.resize(input.blocks.size());
    double x = 0;
    for (int column = 0; column < starts.size(); ++column) {
        const int first = starts[column];
        const int end = column + 1 < starts.size() ? starts[column + 1] : int(input.blocks.size());
        double width = 0;
        double y = 0;
        for (int block = first; block < end; ++block) {
            result.columnOf[block] = column;
            if (block > first)
                y += input.blockGap;
            for (const Item &item : input.blocks[block]) {
                const QRectF rect(x + input.indent * item.depth, y, item.size.width(), item.size.height());
                result.rects[block].append(rect);
                result.bounds = result.bounds.isNull() ? rect : result.bounds.united(rect);
                width = std::max(width, rect.right() - x);
                y = rect.bottom() + input.itemGap;
            }
            y -= input.itemGap;
        }
        x += width + input.columnGap;
    }
    return result;
}

} // namespace argline
