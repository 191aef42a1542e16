#include "models/layout/timelinelayout.h"

#include "models/layout/timelinelabelplanner.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace argline {

namespace {

// What one lane shows in the current window, before it has a place on screen.
struct LaneView
{
    bool collapsed = false;
    bool density = false;
    int visible = 0;
    QList<TimelineMarker> markers; // y not yet known
    QList<int> entryOf;            // markers[i] is lane.entries[entryOf[i]]
};

// An event that may get a label, and the lanes it may take it in (in the order of its actors/themes).
struct Candidate
{
    int event = -1;
    bool boosted = false;
    int importance = 3;
    qint64 firstDay = 0;
    QList<std::pair<int, int>> options; // (lane, marker index in that lane's view)
};

class LayoutBuilder
{
public:
    LayoutBuilder(const TimelineLayout::Input &input, TimelineLayout &out)
        : m_in(input)
        , m_out(out)
        , m_m(input.metrics)
        , m_lanes(input.index->lanes())
        , m_views(m_lanes.size())
    {}

    void build();

private:
    TimelineMarker markerFor(const LaneEntry &entry, int lane) const;
    void viewLanes();
    QList<int> candidateMarkers(int lane) const;
    void collectCandidates();
    TimelineLabelPlanner::Widths widths(int event) const;
    QHash<int, TimelineLabelPlanner::Placement> plan(const QList<int> &rows) const;
    QList<int> rowsPerLane();
    int wholeLabelsInView(const QList<int> &rows, double height) const;
    void placeBoxes(const QList<int> &rows);
    void placeLabels(const QList<int> &rows);
    void emitLane(int lane);
    void clusterUnlabelled(QList<TimelineMarker> &markers, const TimelineLaneBox &box);
    void densityLane(int lane, const TimelineLaneBox &box);
    double rowTop(const TimelineLaneBox &box, int row) const
    {
        return box.rect.top() + m_m.lanePadding + row * m_m.rowHeight;
    }
    bool laysOutLabels(int lane) const { return !m_views[lane].collapsed && !m_views[lane].density; }

    const TimelineLayout::Input &m_in;
    TimelineLayout &m_out;
    const TimelineMetrics &m_m;
    const QList<Lane> &m_lanes;
    QList<LaneView> m_views;
    QList<Candidate> m_candidates;                        // in the order labels are placed
    QHash<int, TimelineLabelPlanner::Placement> m_placed; // by event
    QSet<int> m_landmarks;                                // events labelled on a density strip
};

TimelineMarker LayoutBuilder::markerFor(const LaneEntry &entry, int lane) const
{
    const TimeScale &s = m_in.scale;
    TimelineMarker marker;
    marker.event = entry.event;
    marker.lane = lane;
    marker.spanX0 = s.x(double(entry.firstDay));
    marker.spanX1 = s.x(double(entry.endDay));
    const double r = m_m.markerRadius;
    marker.x = std::clamp((marker.spanX0 + marker.spanX1) / 2, s.left() + r, s.right() - r);
    return marker;
}

void LayoutBuilder::viewLanes()
{
    const TimeScale &s = m_in.scale;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane &lane = m_lanes[i];
        LaneView &view = m_views[i];
        view.collapsed = m_in.collapsedLanes.contains(lane.id);
        const auto [begin, end] = lane.overlapping(s.firstDay(), s.endDay());
        view.visible = int(end - begin);
        view.density = double(view.visible) > s.width() / m_m.pixelsPerEvent;
        if (view.density)
            continue;
        for (qsizetype k = begin; k < end; ++k) {
            if (double(lane.entries[k].endDay) > s.firstDay()) { // the query over-includes long spans
                view.markers.append(markerFor(lane.entries[k], i));
                view.entryOf.append(int(k));
            }
        }
    }
}

// Which markers of a lane may get a label, as indices into its view's markers.
QList<int> LayoutBuilder::candidateMarkers(int laneIndex) const
{
    const LaneView &view = m_views[laneIndex];
    QList<int> chosen;
    if (view.markers.size() <= m_m.maxCandidates) {
        chosen.resize(view.markers.size());
        std::iota(chosen.begin(), chosen.end(), 0);
        return chosen;
    }
    // Too many to try them all: the most important event of each bucket of a zoom band whose buckets are
    // about as wide as a short label, plus every boosted event.
    const Lane &lane = m_lanes[laneIndex];
    const TimeScale &s = m_in.scale;
    const double pixelsPerDay = s.width() / (s.endDay() - s.firstDay());
    size_t band = 0;
    while (band + 1 < TimeIndex::bandDays.size() && double(TimeIndex::bandDays[band]) * pixelsPerDay < 40)
        ++band;
    QHash<int, int> markerOfEntry;
    markerOfEntry.reserve(view.markers.size());
    for (int i = 0; i < view.markers.size(); ++i)
        markerOfEntry.insert(view.entryOf[i], i);
    const auto &buckets = lane.bestPerBucket[band];
    const qint64 from = qint64(std::floor(s.firstDay())) - TimeIndex::bandDays[band];
    auto bucket = std::lower_bound(buckets.begin(), buckets.end(), std::pair<qint64, int>(from, -1));
    for (; bucket != buckets.end() && double(bucket->first) < s.endDay(); ++bucket) {
        if (const auto it = markerOfEntry.constFind(bucket->second); it != markerOfEntry.cend())
            chosen.append(it.value());
    }
    if (!m_in.boosted.isEmpty()) {
        for (int i = 0; i < view.markers.size(); ++i) {
            if (m_in.boosted.contains(view.markers[i].event) && !chosen.contains(i))
                chosen.append(i);
        }
    }
    return chosen;
}

void LayoutBuilder::collectCandidates()
{
    QHash<int, int> candidateOf;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        if (!laysOutLabels(lane))
            continue;
        for (int marker : candidateMarkers(lane)) {
            const int event = m_views[lane].markers[marker].event;
            auto it = candidateOf.find(event);
            if (it == candidateOf.end()) {
                const Event &e = m_in.corpus->events[event];
                it = candidateOf.insert(event, int(m_candidates.size()));
                m_candidates.append(
                    {event, m_in.boosted.contains(event), e.importance, e.date.date.firstDay(), {}});
            }
            m_candidates[it.value()].options.append({lane, marker});
        }
    }
    // An event's lanes in the order the corpus lists its actors (or themes): the first is its own.
    const bool byActor = m_in.index->mode() == LaneMode::Actor;
    for (Candidate &candidate : m_candidates) {
        if (candidate.options.size() < 2)
            continue;
        const Event &e = m_in.corpus->events[candidate.event];
        const QStringList &ids = byActor ? e.actors : e.themes;
        std::stable_sort(candidate.options.begin(), candidate.options.end(),
                         [&](const auto &a, const auto &b) {
                             const qsizetype x = ids.indexOf(m_lanes[a.first].id);
                             const qsizetype y = ids.indexOf(m_lanes[b.first].id);
                             return (x < 0 ? ids.size() : x) < (y < 0 ? ids.size() : y);
                         });
    }
    std::stable_sort(m_candidates.begin(), m_candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tuple(!a.boosted, -a.importance, a.firstDay, a.event) <
               std::tuple(!b.boosted, -b.importance, b.firstDay, b.event);
    });
}

TimelineLabelPlanner::Widths LayoutBuilder::widths(int event) const
{
    TimelineLabelPlanner::Widths widths;
    for (int lines = 1; lines <= TimelineLabelPlanner::maxLines; ++lines)
        widths[lines - 1] = m_in.labelWidth(event, lines);
    return widths;
}

// Plans every candidate's label with `rows` rows per lane: each event in the first of its lanes that has
// room. Events that fit nowhere are left out.
QHash<int, TimelineLabelPlanner::Placement> LayoutBuilder::plan(const QList<int> &rows) const
{
    TimelineLabelPlanner planner(m_m, m_in.scale.left(), m_in.scale.right(), int(m_lanes.size()));
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        QList<double> xs;
        for (const TimelineMarker &marker : m_views[lane].markers)
            xs.append(marker.x);
        std::sort(xs.begin(), xs.end());
        planner.setLane(lane, laysOutLabels(lane) ? rows[lane] : 0, std::move(xs));
    }
    for (const Candidate &candidate : m_candidates) {
        // Waiting in its own lane (the first of its lanes; the others will show a linked mark). A boosted
        // event's marker weighs most: covering it costs more than any ordinary one.
        const int weight = candidate.boosted ? 20 : std::max(candidate.importance, 1);
        const auto [lane, marker] = candidate.options.first();
        planner.addPending(lane, m_views[lane].markers[marker].x, weight);
    }
    QHash<int, TimelineLabelPlanner::Placement> placed;
    placed.reserve(m_candidates.size());
    for (const Candidate &candidate : m_candidates) {
        // Its turn has come: its marker no longer waits (whether it gets a label or not).
        planner.removePending(
            candidate.options.first().first,
            m_views[candidate.options.first().first].markers[candidate.options.first().second].x);
        // The whole title in any of its lanes before a shortened one in the first.
        const TimelineLabelPlanner::Widths w = widths(candidate.event);
        std::optional<TimelineLabelPlanner::Placement> p;
        for (auto option = candidate.options.cbegin(); !p && option != candidate.options.cend(); ++option)
            p = planner.place(option->first, m_views[option->first].markers[option->second].x, w);
        for (auto option = candidate.options.cbegin();
             !p && m_in.shortenLabels && option != candidate.options.cend(); ++option)
            p = planner.placeShortened(option->first, m_views[option->first].markers[option->second].x, w[0]);
        if (p)
            placed.insert(candidate.event, *p);
    }
    return placed;
}

QList<int> LayoutBuilder::rowsPerLane()
{
    // What each lane would use if it could have as many rows as it likes, and how many labels end at
    // each row: the demand the height is shared by.
    const int maxRows = std::max(m_m.maxRows, 1);
    QList<int> demand(m_lanes.size(), 1);
    QList<QList<int>> labelsByBottom(m_lanes.size(), QList<int>(maxRows + 1, 0));
    const QHash<int, TimelineLabelPlanner::Placement> unconstrained =
        plan(QList<int>(m_lanes.size(), maxRows));
    for (const TimelineLabelPlanner::Placement &p : unconstrained) {
        demand[p.lane] = std::max(demand[p.lane], p.row + p.lines);
        ++labelsByBottom[p.lane][p.row + p.lines];
    }
    QList<int> rows(m_lanes.size(), 0);
    double fixed = std::max<qsizetype>(m_lanes.size() - 1, 0) * m_m.laneGap;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const LaneView &view = m_views[lane];
        rows[lane] = view.collapsed ? 0 : view.density ? 2 : 1;
        fixed += view.collapsed ? m_m.collapsedHeight
                 : view.density ? m_m.densityHeight
                                : 2 * m_m.lanePadding + m_m.rowHeight;
    }
    const double height = m_in.lanesRect.height();
    // When lanes cannot all have even one row, they get a few rows each and the view scrolls.
    QList<int> scrolling = rows;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        if (laysOutLabels(lane))
            scrolling[lane] = std::clamp(demand[lane], 1, std::max(m_m.scrollRows, 1));
    }
    if (fixed > height && !m_in.fit)
        return scrolling;
    // Otherwise every lane is in view and the spare rows go by demand: each to the lane where it labels
    // the most events.
    const int spareRows = int(std::floor((height - fixed) / m_m.rowHeight));
    int spare = spareRows;
    while (spare > 0) {
        int best = -1;
        int bestGain = 0;
        for (int lane = 0; lane < m_lanes.size(); ++lane) {
            if (!laysOutLabels(lane) || rows[lane] >= demand[lane])
                continue;
            const int gain = labelsByBottom[lane][rows[lane] + 1];
            if (best < 0 || gain > bestGain) {
                best = lane;
                bestGain = gain;
            }
        }
        if (best < 0)
            break; // every lane has all it asked for
        ++rows[best];
        --spare;
    }
    // Barely room for every lane (a laptop): busy lanes squeezed to a row or two may label fewer events
    // than busy lanes given their rows and the quiet ones scrolled below. Show whichever reads more.
    const int laidOut = int(std::count_if(m_views.begin(), m_views.end(),
                                          [](const LaneView &v) { return !v.collapsed && !v.density; }));
    if (m_in.fit || spareRows >= laidOut || scrolling == rows)
        return rows;
    return wholeLabelsInView(scrolling, height) > wholeLabelsInView(rows, height) ? scrolling : rows;
}

// How many whole labels `rows` per lane put within `height` of the top (scrolled to the top).
int LayoutBuilder::wholeLabelsInView(const QList<int> &rows, double height) const
{
    QList<double> tops(m_lanes.size(), 0);
    double y = 0;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        tops[lane] = y;
        const LaneView &view = m_views[lane];
        y += (view.collapsed ? m_m.collapsedHeight
              : view.density ? m_m.densityHeight
                             : 2 * m_m.lanePadding + rows[lane] * m_m.rowHeight) +
             m_m.laneGap;
    }
    int whole = 0;
    for (const TimelineLabelPlanner::Placement &p : plan(rows)) {
        const double bottom = tops[p.lane] + m_m.lanePadding + (p.row + p.lines) * m_m.rowHeight;
        whole += !p.elided && bottom <= height ? 1 : 0;
    }
    return whole;
}

void LayoutBuilder::placeBoxes(const QList<int> &rows)
{
    double y = m_in.lanesRect.top() - m_in.scrollY;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const LaneView &view = m_views[i];
        TimelineLaneBox box;
        box.lane = i;
        box.collapsed = view.collapsed;
        box.density = view.density && !view.collapsed;
        box.rows = rows[i];
        box.visibleEvents = view.visible;
        const double height = view.collapsed ? m_m.collapsedHeight
                              : box.density  ? m_m.densityHeight
                                             : 2 * m_m.lanePadding + rows[i] * m_m.rowHeight;
        box.rect = QRectF(m_in.lanesRect.left(), y, m_in.lanesRect.width(), height);
        m_out.lanes.append(box);
        y += height + m_m.laneGap;
    }
    m_out.contentHeight = y - m_m.laneGap - (m_in.lanesRect.top() - m_in.scrollY);
}

void LayoutBuilder::placeLabels(const QList<int> &rows)
{
    m_placed = plan(rows);
    for (auto it = m_placed.cbegin(); it != m_placed.cend(); ++it) {
        LaneView &view = m_views[it->lane];
        for (TimelineMarker &marker : view.markers) {
            if (marker.event == it.key()) {
                marker.labelled = true;
                break;
            }
        }
    }
}

void LayoutBuilder::clusterUnlabelled(QList<TimelineMarker> &markers, const TimelineLaneBox &box)
{
    // Markers of events labelled nowhere, left to right; echo marks (labelled in another lane) are drawn
    // small and neither join nor break a cluster.
    std::stable_sort(markers.begin(), markers.end(),
                     [](const TimelineMarker &a, const TimelineMarker &b) { return a.x < b.x; });
    QList<qsizetype> unlabelled;
    for (qsizetype k = 0; k < markers.size(); ++k) {
        if (!markers[k].labelled && !markers[k].echo)
            unlabelled.append(k);
    }
    const double r = m_m.markerRadius;
    const TimeScale &s = m_in.scale;
    for (qsizetype i = 0; i < unlabelled.size();) {
        qsizetype j = i + 1;
        while (j < unlabelled.size() &&
               markers[unlabelled[j]].x - markers[unlabelled[j - 1]].x < m_m.clusterDistance)
            ++j;
        const TimelineMarker &first = markers[unlabelled[i]];
        const TimelineMarker &last = markers[unlabelled[j - 1]];
        TimelineCluster cluster;
        cluster.lane = box.lane;
        cluster.rect = QRectF(first.x - r, first.y - r - 2, last.x - first.x + 2 * r, 2 * r + 4);
        cluster.firstDay = s.day(first.spanX0);
        cluster.endDay = s.day(first.spanX1);
        for (qsizetype k = i; k < j; ++k) {
            TimelineMarker &marker = markers[unlabelled[k]];
            marker.cluster = int(m_out.clusters.size());
            cluster.events.append(marker.event);
            cluster.firstDay = std::min(cluster.firstDay, s.day(marker.spanX0));
            cluster.endDay = std::max(cluster.endDay, s.day(marker.spanX1));
        }
        m_out.clusters.append(std::move(cluster));
        i = j;
    }
}

void LayoutBuilder::densityLane(int laneIndex, const TimelineLaneBox &box)
{
    const Lane &lane = m_lanes[laneIndex];
    const TimeScale &s = m_in.scale;
    QList<double> xs; // bucket edges
    for (double x = s.left(); x < s.right(); x += m_m.densityBucket)
        xs.append(x);
    xs.append(s.right());
    QList<double> days(xs.size());
    std::transform(xs.cbegin(), xs.cend(), days.begin(), [&s](double x) { return s.day(x); });
    const QList<qsizetype> counts = lane.countStartingEach(days);
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0)
            m_out.density.append({box.lane, xs[i], xs[i + 1], int(counts[i])});
    }
    // Landmarks: the most important events still get labels, hanging below the strip.
    const double markerY = rowTop(box, 0) + m_m.rowHeight / 2;
    const double pixelsPerDay = s.width() / (s.endDay() - s.firstDay());
    size_t band = 0;
    while (band + 1 < TimeIndex::bandDays.size() && double(TimeIndex::bandDays[band]) * pixelsPerDay < 80)
        ++band;
    const auto [begin, end] = lane.overlapping(s.firstDay(), s.endDay());
    QList<std::pair<int, int>> landmarks; // (priority, entry): boosted first, then by importance
    const auto &buckets = lane.bestPerBucket[band];
    auto bucket = std::lower_bound(
        buckets.begin(), buckets.end(),
        std::pair<qint64, int>(qint64(std::floor(s.firstDay())) - TimeIndex::bandDays[band], -1));
    for (; bucket != buckets.end() && double(bucket->first) < s.endDay(); ++bucket) {
        const LaneEntry &entry = lane.entries[bucket->second];
        if (bucket->second >= begin && bucket->second < end && !m_placed.contains(entry.event) &&
            !m_landmarks.contains(entry.event) &&
            (entry.importance >= 4 || m_in.boosted.contains(entry.event)))
            landmarks.append(
                {-int(entry.importance) - (m_in.boosted.contains(entry.event) ? 10 : 0), bucket->second});
    }
    std::stable_sort(landmarks.begin(), landmarks.end());
    TimelineLabelPlanner planner(m_m, s.left(), s.right(), 1);
    planner.setLane(0, box.rows, {});
    for (const auto &[priority, entryIndex] : std::as_const(landmarks)) {
        TimelineMarker marker = markerFor(lane.entries[entryIndex], laneIndex);
        marker.y = markerY;
        // The strip fills the marker row: landmarks hang below it.
        const TimelineLabelPlanner::Widths w = widths(marker.event);
        auto placed = planner.place(0, marker.x, w, 1);
        if (!placed && m_in.shortenLabels)
            placed = planner.placeShortened(0, marker.x, w[0], 1);
        if (!placed)
            continue;
        marker.labelled = true;
        m_landmarks.insert(marker.event);
        m_out.markers.append(marker);
        m_out.labels.append(
            {marker.event, laneIndex,
             QRectF(placed->left, rowTop(box, placed->row), placed->width, placed->lines * m_m.rowHeight),
             placed->row, placed->lines, placed->elided, marker.x, marker.y});
    }
}

void LayoutBuilder::emitLane(int laneIndex)
{
    const TimelineLaneBox &box = m_out.lanes[laneIndex];
    if (box.density) {
        densityLane(laneIndex, box);
        return;
    }
    QList<TimelineMarker> markers = m_views[laneIndex].markers;
    const double markerY = rowTop(box, 0) + m_m.rowHeight / 2;
    for (TimelineMarker &marker : markers) {
        marker.y = markerY;
        marker.echo = !marker.labelled && m_placed.contains(marker.event);
        if (!marker.labelled)
            continue;
        const TimelineLabelPlanner::Placement &p = m_placed[marker.event];
        m_out.labels.append({marker.event, laneIndex,
                             QRectF(p.left, rowTop(box, p.row), p.width, p.lines * m_m.rowHeight), p.row,
                             p.lines, p.elided, marker.x, marker.y});
    }
    clusterUnlabelled(markers, box);
    m_out.markers.append(markers);
}

void LayoutBuilder::build()
{
    viewLanes();
    collectCandidates();
    const QList<int> rows = rowsPerLane();
    placeBoxes(rows);
    placeLabels(rows);
    for (const TimelineLaneBox &box : std::as_const(m_out.lanes)) {
        // Lanes scrolled out of view are planned (so labels do not jump as they scroll in) but not drawn.
        if (box.rect.bottom() >= m_in.lanesRect.top() && box.rect.top() <= m_in.lanesRect.bottom())
            emitLane(box.lane);
    }
}

} // namespace

TimelineLayout TimelineLayout::build(const Input &in)
{
    TimelineLayout out;
    if (!in.index || !in.corpus || !in.labelWidth)
        return out;
    LayoutBuilder(in, out).build();
    return out;
}

int TimelineLayout::eventAt(QPointF point) const
{
    for (const TimelineLabel &label : labels) {
        if (label.rect.contains(point))
            return label.event;
    }
    const TimelineMarker *best = nullptr;
    double bestDistance = 0;
    for (const TimelineMarker &marker : markers) {
        const double distance = std::hypot(marker.x - point.x(), marker.y - point.y());
        if (distance <= 8 && (!best || distance < bestDistance)) {
            best = &marker;
            bestDistance = distance;
        }
    }
    if (best) {
        // A marker hidden inside a cluster badge belongs to the cluster, not to itself.
        const int cluster = best->echo ? -1 : clusterAt(point);
        if (cluster < 0 || clusters[cluster].events.size() == 1)
            return best->event;
    }
    return -1;
}

int TimelineLayout::clusterAt(QPointF point) const
{
    for (int i = 0; i < clusters.size(); ++i) {
        if (clusters[i].rect.adjusted(-2, -2, 2, 2).contains(point))
            return i;
    }
    return -1;
}

int TimelineLayout::laneAt(QPointF point) const
{
    for (const TimelineLaneBox &lane : lanes) {
        if (point.y() >= lane.rect.top() && point.y() < lane.rect.bottom())
            return lane.lane;
    }
    return -1;
}

} // namespace argline
