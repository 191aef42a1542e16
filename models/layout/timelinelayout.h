#pragma once

#include "models/time/timeindex.h"
#include "models/time/timescale.h"

#include <QList>
#include <QRectF>
#include <QSet>

#include <functional>

namespace argline {

// Sizes the layout works with, in pixels (the renderer derives them from its fonts).
struct TimelineMetrics
{
    double markerRadius = 5;
    double rowHeight = 18;       // one line of label text
    double lanePadding = 4;      // above the marker row and below the last label row
    double laneGap = 3;          // between lanes
    double collapsedHeight = 20; // a collapsed lane: markers only
    double densityHeight = 44;   // a density strip with a row of landmark labels below it
    int maxRows = 8;             // the rows (marker row included) a lane may grow to
    int scrollRows = 5;          // when even one row per lane overflows the view: rows per lane, scrolled
    double labelGap = 4;         // between a marker and its label, and between labels
    double minLabelWidth = 72;   // narrower, a shortened label says too little to be worth its room
    double clusterDistance = 12; // unlabelled markers closer than this merge into a cluster
    double pixelsPerEvent = 3;   // a lane with more events in view than width / this becomes a density strip
    double densityBucket = 2;    // pixels per density-strip bucket
    int maxCandidates = 300;     // beyond this many events in view, a lane's label candidates come from
                                 // the zoom bands
};

// One event's mark in one lane.
struct TimelineMarker
{
    int event = -1;
    int lane = -1;
    double x = 0;      // the anchor: the middle of the date's span (clamped into the view)
    double spanX0 = 0; // the date's whole span (a year-only date spans its year)
    double spanX1 = 0;
    double y = 0;          // the marker row's centre
    bool labelled = false; // the event's one label is in this lane
    bool echo = false;     // the event is labelled in another lane: drawn as a small linked mark
    int cluster = -1;      // the cluster it belongs to, when the event has no label anywhere
};

struct TimelineLabel
{
    int event = -1;
    int lane = -1;
    QRectF rect;
    int row = 0;   // 0: beside the marker; higher rows hang below it on a leader line
    int lines = 1; // 1, or up to 3 when the title is wrapped
    bool elided = false;
    double markerX = 0;
    double markerY = 0;
};

// Events without a label anywhere whose markers sit too close to draw apart; drawn as a badge with their
// count (a single event is drawn as its bare marker). Clicking one zooms to its span.
struct TimelineCluster
{
    int lane = -1;
    QRectF rect;
    QList<int> events;
    double firstDay = 0;
    double endDay = 0;
};

struct TimelineDensity
{
    int lane = -1;
    double x0 = 0;
    double x1 = 0;
    int count = 0;
};

struct TimelineLaneBox
{
    int lane = -1;
    QRectF rect;
    bool collapsed = false;
    bool density = false; // more events in view than pixels: drawn as a density strip
    int rows = 0;         // label rows, the marker row included
    int visibleEvents = 0;
};

// The timeline laid out for one window and one size: where every lane, marker, label, cluster and
// density bucket goes. Pure geometry, no painting: the renderer draws it, the widget hit-tests it, and
// the tests check its invariants.
//
// The rules:
// - One label per event. An event in several lanes (an event with several actors) is labelled in the
//   first of its lanes, in the order the corpus lists its actors (or themes), that has room for the
//   label; its other lanes show a small linked mark, and either mark selects it.
// - Labels take the room they have: the whole title on one line when the space before the next label
//   allows, else wrapped onto two lines (three at most), and shortened only when nothing else fits. A
//   label sits beside its marker or hangs below it on a leader line; labels hanging from one marker
//   stack down one leader. Of the places that fit, the one that covers the fewest (and least important)
//   markers still waiting for a label wins, then the nearest row, then fewer lines, then the right side.
// - Lanes share the height by demand: each gets the rows its labels need, and when the view is too
//   short, the rows go where they label the most events. When not even one row per lane fits, lanes
//   get a few rows each and the view scrolls.
// - Labels are placed in order of importance: selected, linked and matching events first, then by the
//   event's importance, then in time order. An event left without a label in every lane is drawn as a
//   marker, and unlabelled markers too close to tell apart merge into a badge with their count.
// - A lane with more events in view than pixels is drawn as a density strip with its landmark events
//   labelled.
struct TimelineLayout
{
    struct Input
    {
        const Corpus *corpus = nullptr;
        const TimeIndex *index = nullptr;
        TimeScale scale;
        QRectF lanesRect;             // where lanes go; x from scale.left() to scale.right()
        double scrollY = 0;           // vertical scroll of the lanes
        bool fit = false;             // a page: lanes share the height and never scroll
        bool shortenLabels = true;    // false: a label shows its whole title or is not drawn
        QSet<QString> collapsedLanes; // by lane id
        QSet<int> boosted;            // events whose labels win space first (selected, linked, matches)
        TimelineMetrics metrics;
        // The narrowest width that holds the event's title on `lines` lines (1, 2 or 3).
        std::function<double(int event, int lines)> labelWidth;
    };

    QList<TimelineLaneBox> lanes;
    QList<TimelineMarker> markers;
    QList<TimelineLabel> labels;
    QList<TimelineCluster> clusters;
    QList<TimelineDensity> density;
    double contentHeight = 0; // all lanes, for scrolling

    static TimelineLayout build(const Input &input);

    // Hit testing, topmost first: a label or marker gives its event; a cluster its index.
    int eventAt(QPointF point) const;
    int clusterAt(QPointF point) const;
    int laneAt(QPointF point) const;
};

} // namespace argline
