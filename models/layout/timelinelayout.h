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
    double rowHeight = 18;       // one row of labels
    double lanePadding = 4;      // above the marker row and below the last label row
    double laneGap = 3;          // between lanes
    double collapsedHeight = 20; // a collapsed lane: markers only
    double minLaneHeight = 44;   // an expanded lane never gets less (then the view scrolls)
    int maxRows = 4;             // label rows per expanded lane
    double labelGap = 4;         // between a marker and its label
    double maxLabelWidth = 260;  // longer titles are elided
    double clusterDistance = 12; // unlabelled markers closer than this merge into a cluster
    double pixelsPerEvent = 3;   // a lane with more events in view than width / this becomes a density strip
    double densityBucket = 2;    // pixels per density-strip bucket
    int maxCandidates = 300;     // beyond this many visible events, label candidates come from the zoom bands
};

// What a lane shows of one event that has its own marker.
struct TimelineMarker
{
    int event = -1;
    int lane = -1;
    double x = 0;      // the anchor: the middle of the date's span (clamped into the view)
    double spanX0 = 0; // the date's whole span (a year-only date spans its year)
    double spanX1 = 0;
    double y = 0; // the marker row's centre
    bool labelled = false;
    int cluster = -1; // the cluster it belongs to, when unlabelled
};

struct TimelineLabel
{
    int event = -1;
    int lane = -1;
    QRectF rect;
    int row = 0; // 0: beside the marker; higher rows hang below it on a leader line
    double markerX = 0;
    double markerY = 0;
};

// Unlabelled events whose markers sit too close to draw apart; drawn as a badge with their count
// (a single event is drawn as its bare marker). Clicking one zooms to its span.
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
    int rows = 0;
    int visibleEvents = 0;
};

// The timeline laid out for one window and one size: where every lane, marker, label, cluster and
// density bucket goes. Pure geometry, no painting: the renderer draws it, the widget hit-tests it, and
// the tests check its invariants (no two labels overlap; every event in view is labelled, in a cluster
// or in a density strip).
struct TimelineLayout
{
    struct Input
    {
        const Corpus *corpus = nullptr;
        const TimeIndex *index = nullptr;
        TimeScale scale;
        QRectF lanesRect;             // where lanes go; x from scale.left() to scale.right()
        double scrollY = 0;           // vertical scroll of the lanes
        QSet<QString> collapsedLanes; // by lane id
        QSet<int> boosted;            // events whose labels win space first (selected, linked, matches)
        TimelineMetrics metrics;
        std::function<double(int event)> labelWidth; // the title's width, unclipped
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
