#pragma once

#include "models/corpus/corpus.h"
#include "render/style/viewstyle.h"

#include <QCoreApplication>
#include <QPainterPath>

class QPainter;

namespace argline {

// How each kind of argument looks: colour, label, outline and icon. Every kind differs in outline and
// icon as well as colour, so the map reads in greyscale print and for colour-blind readers. Shared by
// the map, its legend and the sources chart.
class ArgumentKindStyle final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ArgumentKindStyle)

public:
    static QColor color(ArgumentKind kind, const ViewStyle &style);
    // A card's fill: its colour, faint, over the background (opaque, so text contrast can be checked).
    static QColor fill(ArgumentKind kind, const ViewStyle &style);
    // The kind label's colour on a card ("FOR" in green): the kind's colour, made legible on its fill.
    static QColor labelColor(ArgumentKind kind, const ViewStyle &style);
    static QString label(ArgumentKind kind); // "FOR", "AGAINST", …
    static QPainterPath shape(ArgumentKind kind, const QRectF &rect);
    static void paintIcon(QPainter *p, ArgumentKind kind, const QRectF &box, const QColor &color);
};

} // namespace argline
