#pragma once

#include "models/time/timeindex.h"

#include <QSet>
#include <QString>

#include <optional>

namespace argline {

// How time maps onto width. Density-balanced gives busy years more width and quiet ones less (hatching
// the compressed stretches on the axis); automatic chooses it when a corpus's events bunch up.
enum class ScaleMode : quint8
{
    Automatic,
    Linear,
    Balanced
};

// Everything that decides what the timeline shows, apart from the data: the window of time, lanes,
// scale mode, scrolling and highlights. Plain values, so export and presentation can build one without
// any widget.
struct TimelineViewState
{
    // The zoom range every timeline view keeps to, in days (and a saved window must be within).
    static constexpr double minimumSpanDays = 1;
    static constexpr double maximumSpanDays = 70 * 365.25;

    double firstDay = 0;
    double endDay = 1; // exclusive
    LaneMode laneMode = LaneMode::Actor;
    ScaleMode scaleMode = ScaleMode::Automatic;
    QSet<QString> collapsedLanes; // lane ids
    double scrollY = 0;
    QSet<QString> selected;        // item ids (arguments among them are ignored here)
    QString focused;               // the event with keyboard focus
    bool focusVisible = false;     // draw the focus ring: only while the view has keyboard focus
    QSet<QString> linked;          // items linked to the selection
    QSet<QString> matches;         // search matches
    std::optional<qint64> asOfDay; // later events are dimmed
    bool showEras = true;
    bool fitLanes = false;        // export: squeeze lanes to fit the height rather than scroll
    QSet<QString> onlyLanes;      // when not empty, only these lanes (a slide shows its event's actors)
    bool wholeLabelsOnly = false; // a slide: a label shows its whole title or is left out, never cut short

    bool operator==(const TimelineViewState &) const = default;
};

} // namespace argline
