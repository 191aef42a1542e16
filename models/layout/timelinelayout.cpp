#include "models/layout/timelinelayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace argline {

namespace {

// The occupied stretches of one label row, kept sorted and disjoint.
class RowOccupancy
{
public:
    bool isFree(double left, double right) const
    {
        const auto next = std::lower_bound(m_spans.begin(), m_spans.end(), std::pair(left, left));
        if (next != m_spans.end() && next->first < right)
            return false;
        return next == m_spans.begin() || std::prev(next)->second <= left;
    }
    void occupy(double left, double right)
    {
        m_spans.insert(std::lower_bound(m_spans.begin(), m_spans.end(), std::pair(left, left)),
                       {left, right});
    }

private:
    QList<std::pair<double, double>> m_spans;
};

struct Candidate
{
    int marker; // index into the lane's markers
    bool boosted;
    bool primary; // the lane of the event's first actor/theme
    int importance;
    qint64 firstDay;
};

class LaneLayouter
{
public:
    LaneLayouter(const TimelineLayout::Input &input, TimelineLayout &out)
        : m_in(input)
        , m_out(out)
        , m_m(input.metrics)
    {}

    void layOut(int laneIndex, const TimelineLaneBox &box);

private:
    // Shorter than this, a shortened label says too little to be worth its room: about eight letters.
    double minimumLabelWidth() const { return 4 * m_m.rowHeight; }
    double rowY(const TimelineLaneBox &box, int row) const
    {
        return box.rect.top() + m_m.lanePadding + m_m.rowHeight / 2 + row * m_m.rowHeight;
    }
    TimelineMarker markerFor(const LaneEntry &entry, int lane, double y) const;
    QList<int> candidates(const Lane &lane, const QList<TimelineMarker> &markers,
                          const QList<int> &entryOf) const;
    bool place(TimelineMarker &marker, const TimelineLaneBox &box, int firstRow);
    bool markerFree(double left, double right, double ownX) const;
    void clusterUnlabelled(QList<TimelineMarker> &markers, const TimelineLaneBox &box);
    void density(const Lane &lane, const TimelineLaneBox &box);
    bool isPrimary(int event, const Lane &lane) const;

    const TimelineLayout::Input &m_in;
    TimelineLayout &m_out;
    const TimelineMetrics &m_m;
    QList<RowOccupancy> m_rows;
    QList<double> m_markerXs; // sorted, this lane's marker row
};

TimelineMarker LaneLayouter::markerFor(const LaneEntry &entry, int lane, double y) const
{
    const TimeScale &s = m_in.scale;
    TimelineMarker marker;
    marker.event = entry.event;
    marker.lane = lane;
    marker.spanX0 = s.x(double(entry.firstDay));
    marker.spanX1 = s.x(double(entry.endDay));
    const double r = m_m.markerRadius;
    marker.x = std::clamp((marker.spanX0 + marker.spanX1) / 2, s.left() + r, s.right() - r);
    marker.y = y;
    return marker;
}

bool LaneLayouter::isPrimary(int event, const Lane &lane) const
{
    const Event &e = m_in.corpus->events[event];
    const QStringList &ids = m_in.index->mode() == LaneMode::Actor ? e.actors : e.themes;
    return lane.id.isEmpty() || (!ids.isEmpty() && ids.first() == lane.id);
}

// Which markers may get a label, as indices into `markers` (`entryOf[i]` is marker i's lane entry).
QList<int> LaneLayouter::candidates(const Lane &lane, const QList<TimelineMarker> &markers,
                                    const QList<int> &entryOf) const
{
    QList<int> chosen; // marker indices
    if (markers.size() <= m_m.maxCandidates) {
        chosen.resize(markers.size());
        std::iota(chosen.begin(), chosen.end(), 0);
        return chosen;
    }
    // Too many to try them all: take the most important event of each bucket of a zoom band whose buckets
    // are about as wide as a short label, plus every boosted event.
    const TimeScale &s = m_in.scale;
    const double pixelsPerDay = s.width() / (s.endDay() - s.firstDay());
    size_t band = 0;
    while (band + 1 < TimeIndex::bandDays.size() && double(TimeIndex::bandDays[band]) * pixelsPerDay < 40)
        ++band;
    QHash<int, int> markerOfEntry;
    markerOfEntry.reserve(markers.size());
    for (int i = 0; i < markers.size(); ++i)
        markerOfEntry.insert(entryOf[i], i);
    const auto &buckets = lane.bestPerBucket[band];
    const qint64 from = qint64(std::floor(s.firstDay())) - TimeIndex::bandDays[band];
    auto bucket = std::lower_bound(buckets.begin(), buckets.end(), std::pair<qint64, int>(from, -1));
    for (; bucket != buckets.end() && double(bucket->first) < s.endDay(); ++bucket) {
        if (const auto it = markerOfEntry.constFind(bucket->second); it != markerOfEntry.cend())
            chosen.append(it.value());
    }
    if (!m_in.boosted.isEmpty()) {
        for (int i = 0; i < markers.size(); ++i) {
            if (m_in.boosted.contains(markers[i].event))
                chosen.append(i);
        }
    }
    return chosen;
}

bool LaneLayouter::markerFree(double left, double right, double ownX) const
{
    // Labels in the marker row keep clear of other markers by half a cluster badge.
    const double margin = m_m.markerRadius + m_m.clusterDistance / 2;
    auto it = std::lower_bound(m_markerXs.begin(), m_markerXs.end(), left - margin);
    for (; it != m_markerXs.end() && *it < right + margin; ++it) {
        if (*it != ownX)
            return false;
    }
    return true;
}

bool LaneLayouter::place(TimelineMarker &marker, const TimelineLaneBox &box, int firstRow)
{
    const TimeScale &s = m_in.scale;
    const double fullWidth = std::min(m_in.labelWidth(marker.event), m_m.maxLabelWidth);
    const double r = m_m.markerRadius;
    for (int row = firstRow; row < box.rows; ++row) {
        const double y = rowY(box, row);
        const double top = y - m_m.rowHeight / 2;
        // Beside the marker in its own row; hanging from a leader line (right of it) in lower rows. On
        // the right when it fits, else on the left; when neither side holds it whole (a narrow view,
        // large type), on the roomier side, shortened (the renderer elides it), if still worth reading.
        const double offset = row == 0 ? r + m_m.labelGap : 3;
        const double rightRoom = s.right() - (marker.x + offset);
        const double leftRoom = (marker.x - offset) - s.left();
        double width = fullWidth;
        double left = marker.x + offset;
        if (width > rightRoom) {
            if (width <= leftRoom) {
                left = marker.x - offset - width;
            } else {
                width = std::max(rightRoom, leftRoom);
                if (width < minimumLabelWidth())
                    continue;
                left = rightRoom >= leftRoom ? marker.x + offset : marker.x - offset - width;
            }
        }
        const double right = left + width;
        if (!m_rows[row].isFree(left - m_m.labelGap, right + m_m.labelGap))
            continue;
        if (row == 0 && !markerFree(left, right, marker.x))
            continue;
        bool leaderClear = true;
        for (int between = 1; between < row && leaderClear; ++between)
            leaderClear = m_rows[between].isFree(marker.x - 2, marker.x + 2);
        if (!leaderClear)
            continue;

        m_rows[row].occupy(left - m_m.labelGap, right + m_m.labelGap);
        for (int between = 1; between < row; ++between)
            m_rows[between].occupy(marker.x - 2, marker.x + 2);
        m_out.labels.append(
            {marker.event, marker.lane, QRectF(left, top, width, m_m.rowHeight), row, marker.x, marker.y});
        marker.labelled = true;
        return true;
    }
    return false;
}

void LaneLayouter::clusterUnlabelled(QList<TimelineMarker> &markers, const TimelineLaneBox &box)
{
    std::stable_sort(markers.begin(), markers.end(),
                     [](const TimelineMarker &a, const TimelineMarker &b) { return a.x < b.x; });
    const double r = m_m.markerRadius;
    const TimeScale &s = m_in.scale;
    for (qsizetype i = 0; i < markers.size();) {
        if (markers[i].labelled) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < markers.size() && !markers[j].labelled &&
               markers[j].x - markers[j - 1].x < m_m.clusterDistance)
            ++j;
        TimelineCluster cluster;
        cluster.lane = box.lane;
        const double y = markers[i].y;
        cluster.rect =
            QRectF(markers[i].x - r, y - r - 2, markers[j - 1].x - markers[i].x + 2 * r, 2 * r + 4);
        cluster.firstDay = s.day(markers[i].spanX0);
        cluster.endDay = s.day(markers[i].spanX1);
        for (qsizetype k = i; k < j; ++k) {
            markers[k].cluster = int(m_out.clusters.size());
            cluster.events.append(markers[k].event);
            cluster.firstDay = std::min(cluster.firstDay, s.day(markers[k].spanX0));
            cluster.endDay = std::max(cluster.endDay, s.day(markers[k].spanX1));
        }
        m_out.clusters.append(std::move(cluster));
        i = j;
    }
}

void LaneLayouter::density(const Lane &lane, const TimelineLaneBox &box)
{
    const TimeScale &s = m_in.scale;
    for (double x = s.left(); x < s.right(); x += m_m.densityBucket) {
        const double x1 = std::min(x + m_m.densityBucket, s.right());
        const qsizetype count = lane.countStarting(s.day(x), s.day(x1));
        if (count > 0)
            m_out.density.append({box.lane, x, x1, int(count)});
    }
}

void LaneLayouter::layOut(int laneIndex, const TimelineLaneBox &box)
{
    const Lane &lane = m_in.index->lanes()[laneIndex];
    const TimeScale &s = m_in.scale;
    m_rows = QList<RowOccupancy>(std::max(box.rows, 1));
    m_markerXs.clear();

    auto [begin, end] = lane.overlapping(s.firstDay(), s.endDay());
    while (begin < end && double(lane.entries[begin].endDay) <= s.firstDay())
        ++begin; // the few long entries the query over-includes that end before the window

    const double markerY = rowY(box, 0);
    if (box.density) {
        density(lane, box);
        // Landmarks: the most important events still get labels, hanging below the strip.
        if (box.rows < 2)
            return;
        QList<std::pair<int, int>> landmarks; // (priority, entry): boosted first, then by importance
        const double pixelsPerDay = s.width() / (s.endDay() - s.firstDay());
        size_t b = 0;
        while (b + 1 < TimeIndex::bandDays.size() && double(TimeIndex::bandDays[b]) * pixelsPerDay < 80)
            ++b;
        const auto &buckets = lane.bestPerBucket[b];
        auto bucket = std::lower_bound(
            buckets.begin(), buckets.end(),
            std::pair<qint64, int>(qint64(std::floor(s.firstDay())) - TimeIndex::bandDays[b], -1));
        for (; bucket != buckets.end() && double(bucket->first) < s.endDay(); ++bucket) {
            const LaneEntry &entry = lane.entries[bucket->second];
            if (bucket->second >= begin && bucket->second < end &&
                (entry.importance >= 4 || m_in.boosted.contains(entry.event)))
                landmarks.append(
                    {-int(entry.importance) - (m_in.boosted.contains(entry.event) ? 10 : 0), bucket->second});
        }
        std::stable_sort(landmarks.begin(), landmarks.end());
        for (const auto &[priority, entryIndex] : std::as_const(landmarks)) {
            TimelineMarker marker = markerFor(lane.entries[entryIndex], box.lane, markerY);
            if (place(marker, box, 1))
                m_out.markers.append(marker);
        }
        return;
    }

    QList<TimelineMarker> markers;
    QList<int> entryOf;
    markers.reserve(end - begin);
    entryOf.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        if (double(lane.entries[i].endDay) > s.firstDay()) {
            markers.append(markerFor(lane.entries[i], box.lane, markerY));
            entryOf.append(int(i));
        }
    }
    for (const TimelineMarker &marker : std::as_const(markers))
        m_markerXs.append(marker.x);
    std::sort(m_markerXs.begin(), m_markerXs.end());

    if (!box.collapsed) {
        const QList<int> order = candidates(lane, markers, entryOf);
        QList<Candidate> ranked;
        ranked.reserve(order.size());
        for (int i : std::as_const(order)) {
            const int event = markers[i].event;
            ranked.append({i, m_in.boosted.contains(event), isPrimary(event, lane),
                           m_in.corpus->events[event].importance,
                           m_in.corpus->events[event].date.date.firstDay()});
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const Candidate &a, const Candidate &b) {
            return std::tuple(!a.boosted, !a.primary, -a.importance, a.firstDay) <
                   std::tuple(!b.boosted, !b.primary, -b.importance, b.firstDay);
        });
        for (const Candidate &candidate : std::as_const(ranked)) {
            if (!markers[candidate.marker].labelled)
                place(markers[candidate.marker], box, 0);
        }
    }
    clusterUnlabelled(markers, box);
    for (const TimelineMarker &marker : std::as_const(markers))
        m_out.markers.append(marker);
}

} // namespace

TimelineLayout TimelineLayout::build(const Input &in)
{
    TimelineLayout out;
    if (!in.index || !in.corpus)
        return out;
    const TimelineMetrics &m = in.metrics;
    const QList<Lane> &lanes = in.index->lanes();

    int collapsed = 0;
    for (const Lane &lane : lanes)
        collapsed += in.collapsedLanes.contains(lane.id);
    const int expanded = int(lanes.size()) - collapsed;
    const double fixed = collapsed * m.collapsedHeight + std::max<qsizetype>(lanes.size() - 1, 0) * m.laneGap;
    // Lanes share the height, but never grow past their last label row: a filtered timeline with a few
    // lanes keeps them together at the top rather than stretched apart.
    const double tallest = std::max(m.minLaneHeight, 2 * m.lanePadding + m.maxRows * m.rowHeight);
    const double share =
        expanded > 0 ? std::clamp((in.lanesRect.height() - fixed) / expanded, m.minLaneHeight, tallest) : 0;
    const int rows = std::clamp(int((share - 2 * m.lanePadding) / m.rowHeight), 1, m.maxRows);

    const TimeScale &s = in.scale;
    double y = in.lanesRect.top() - in.scrollY;
    for (int i = 0; i < lanes.size(); ++i) {
        TimelineLaneBox box;
        box.lane = i;
        box.collapsed = in.collapsedLanes.contains(lanes[i].id);
        box.rows = box.collapsed ? 0 : rows;
        box.rect =
            QRectF(in.lanesRect.left(), y, in.lanesRect.width(), box.collapsed ? m.collapsedHeight : share);
        const auto [begin, end] = lanes[i].overlapping(s.firstDay(), s.endDay());
        box.visibleEvents = int(end - begin);
        box.density = double(box.visibleEvents) > s.width() / m.pixelsPerEvent;
        out.lanes.append(box);
        y += box.rect.height() + m.laneGap;
    }
    out.contentHeight = y - m.laneGap - (in.lanesRect.top() - in.scrollY);

    LaneLayouter layouter(in, out);
    for (const TimelineLaneBox &box : std::as_const(out.lanes)) {
        if (box.rect.bottom() >= in.lanesRect.top() && box.rect.top() <= in.lanesRect.bottom())
            layouter.layOut(box.lane, box); // lanes scrolled out of view are not laid out
    }
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
        const int cluster = clusterAt(point);
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
