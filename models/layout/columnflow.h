#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace argline {

// Flows blocks of cards into newspaper columns: each block is a reason with its objections and
// rebuttals indented beneath it, in outline order, and blocks fill the columns in order, top to
// bottom, left to right. A map of forty cards laid out as a tree is a tall ribbon or a wide frieze;
// flowed into columns it takes the shape of the screen or page it is shown on, so its text stays
// readable. Pure and deterministic: the same input always gives the same layout.
class ColumnFlow final
{
public:
    struct Item
    {
        QSizeF size;
        int depth = 0; // within its block: 0 is the block's head, 1 its children, …
    };

    struct Input
    {
        QList<QList<Item>> blocks; // in order; each in outline (depth-first) order
        int columns = 1;
        double indent = 24;    // per depth level
        double itemGap = 8;    // between cards of one block
        double blockGap = 20;  // between blocks in a column
        double columnGap = 40; // between columns
    };

    struct Result
    {
        QList<QList<QRectF>> rects; // per block, per item; the flow's top-left corner is (0, 0)
        QList<int> columnOf;        // per block
        QRectF bounds;
    };

    static Result layout(const Input &input);

    // The height of each block as laid out (its cards, gaps between them).
    static QList<double> blockHeights(const Input &input);
    // Which blocks start each column when `heights` are cut into at most `columns` contiguous runs
    // with the tallest run as short as it can be.
    static QList<int> columnStarts(const QList<double> &heights, double blockGap, int columns);
};

} // namespace argline
