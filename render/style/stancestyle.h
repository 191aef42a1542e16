#pragma once

#include "models/corpus/corpus.h"
#include "render/style/viewstyle.h"

#include <QCoreApplication>
#include <QPainterPath>

class QPainter;

namespace argline {

// How an argument's stance on the claim looks: what a reader takes "for" and "against" to mean. Colour,
// outline, icon and label all say the stance relative to the root claim — for: green, rounded corners, a
// plus, "FOR"; against: red, square corners, a minus, "AGAINST"; the claim: slate, a double border, a
// diamond — so the map reads the same in greyscale print and for colour-blind readers. What an argument
// does to its parent is a second fact, drawn by the edge between them (supports: a solid line with an
// arrow; attacks: a dashed line ending in a bar, both in a neutral colour) and named after the stance on
// deeper cards ("AGAINST · support", "FOR · objection"). Shared by the map, its legend, the sources chart,
// exports and presentation.
class StanceStyle final
{
    Q_DECLARE_TR_FUNCTIONS(argline::StanceStyle)

public:
    static QColor color(Stance stance, const ViewStyle &style);
    // A card's fill: its colour, faint, over the background (opaque, so text contrast can be checked).
    static QColor fill(Stance stance, const ViewStyle &style);
    // The stance label's colour on a card ("FOR" in green): the stance's colour, made legible on its fill.
    static QColor labelColor(Stance stance, const ViewStyle &style);
    // The colour of the edges: neutral, since colour means stance.
    static QColor edgeColor(const ViewStyle &style);
    static QString label(Stance stance); // "FOR", "AGAINST", "CLAIM"
    // The card's header: the stance label, and the relation word when there is one ("AGAINST · support").
    static QString header(const Argument &argument);
    static QPainterPath shape(Stance stance, const QRectF &rect);
    static void paintIcon(QPainter *p, Stance stance, const QRectF &box, const QColor &color);
};

} // namespace argline
