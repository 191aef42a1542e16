#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace argline {

// A tidy tree layout (Buchheim, Jünger and Leipert's linear-time form of Walker's algorithm) for nodes
// of different sizes, top-down or left-to-right. Parents are centred over their children, siblings keep
// their order, subtrees are packed as close as the gaps allow, and the same input always gives the same
// layout. Several roots are laid out side by side. Iterative throughout, so a corpus whose arguments
// form a chain 10,000 deep cannot overflow the stack.
class TidyTree final
{
public:
    enum class Orientation
    {
        TopDown,
        LeftToRight
    };

    struct Input
    {
        QList<QList<int>> children; // per node, in the order they are to be drawn
        QList<int> roots;           // in order
        QList<QSizeF> sizes;        // per node
        Orientation orientation = Orientation::TopDown;
        double levelGap = 56;   // between a parent's level and its children's
        double siblingGap = 20; // between siblings
        double subtreeGap = 40; // between neighbours of different parents
    };

    struct Result
    {
        QList<QRectF> rects; // per node; nodes not reachable from a root get an empty rect
        QList<int> depth;    // per node, -1 when unreachable
        QRectF bounds;
    };

    static Result layout(const Input &input);
};

} // namespace argline
