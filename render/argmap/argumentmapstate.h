#pragma once

#include <QPointF>
#include <QSet>
#include <QString>

#include <optional>

namespace argline {

// How much a card says, from far out to close up (semantic zoom): shapes only, titles, full text, and
// the verbatim quotes with their sources.
enum class MapDetail : quint8
{
    Boxes,
    Titles,
    Text,
    Quotes
};

enum class MapOrientation : quint8
{
    TwoSided,    // the claim in the middle, reasons for to its left and against to its right, growing outward
    TopDown,     // the claim on top
    LeftToRight, // the claim on the left
    Columns      // the claim on top, reasons for and against flowed into columns to fit the view's shape
};

// What decides how the map looks, apart from the data: zoom and position, orientation, ordering,
// collapsed subtrees, focus mode and highlights. Plain values, so export can build one.
struct ArgumentMapState
{
    // The zoom range every map view keeps to (and a saved view must be within).
    static constexpr double minimumScale = 0.04;
    static constexpr double maximumScale = 3.0;

    double scale = 1;
    QPointF center; // the layout point at the middle of the view
    MapOrientation orientation = MapOrientation::Columns;
    // The shape (width / height) of the view the Columns layout fills; set by whoever shows the map.
    double aspect = 16.0 / 9;
    bool groupByStance = true; // top-down/left-to-right: reasons for first, then against; else corpus order
    bool compact = false;      // pack the tree around collapsed nodes (else their space is kept)
    QSet<QString> collapsed;   // argument ids
    bool focusMode = false;    // dim all but the focused card's path to the root and its subtree
    QString focused;
    QSet<QString> selected;
    QSet<QString> linked;
    QSet<QString> matches;
    // The "as of" cursor: cards whose sources may or may not have been published by this day (an
    // inferred source date that straddles it) are marked as uncertain.
    std::optional<qint64> asOfDay;
    // Laid out but not yet revealed (presentation mode reveals a step's arguments one by one): drawn
    // as faint ghosts, so the map does not move as they appear.
    QSet<QString> ghosted;
    // Shown only because a matching argument lies beneath (the tree needs its ancestors): drawn faded.
    QSet<QString> context;
    // A page or a slide: cards that do not fit whole in the view are left out, never sliced by its edge.
    bool wholeCardsOnly = false;
    // The most a card says however close the zoom (a slide shows large titles, not paragraphs).
    MapDetail maxDetail = MapDetail::Quotes;

    bool operator==(const ArgumentMapState &) const = default;
};

} // namespace argline
