#include "models/layout/timelinelabelplanner.h"

#include <algorithm>
#include <limits>

namespace argline {

namespace {

constexpr double leaderClearance = 2; // a leader line keeps this far from labels and other leaders

} // namespace

bool TimelineLabelPlanner::Row::isFree(double left, double right, double ownX) const
{
    const auto next = std::lower_bound(m_spans.begin(), m_spans.end(), std::pair(left, left));
    if (next != m_spans.end() && next->first < right)
        return false;
    if (next != m_spans.begin() && std::prev(next)->second > left)
        return false;
    auto leader = std::lower_bound(m_leaders.begin(), m_leaders.end(), left - leaderClearance);
    for (; leader != m_leaders.end() && *leader <= right + leaderClearance; ++leader) {
        if (*leader != ownX)
            return false;
    }
    return true;
}

bool TimelineLabelPlanner::Row::leaderFree(double x) const
{
    if (!isFree(x - leaderClearance, x + leaderClearance, x))
        return false;
    // Another marker's leader right beside this one would read as one line.
    const auto near = std::lower_bound(m_leaders.begin(), m_leaders.end(), x - 2 * leaderClearance);
    return near == m_leaders.end() || *near > x + 2 * leaderClearance || *near == x;
}

void TimelineLabelPlanner::Row::occupy(double left, double right)
{
    m_spans.insert(std::lower_bound(m_spans.begin(), m_spans.end(), std::pair(left, left)), {left, right});
}

void TimelineLabelPlanner::Row::addLeader(double x)
{
    const auto at = std::lower_bound(m_leaders.begin(), m_leaders.end(), x);
    if (at == m_leaders.end() || *at != x)
        m_leaders.insert(at, x);
}

double TimelineLabelPlanner::Row::roomRight(double x, double limit, double ownX) const
{
    if (!isFree(x, x, ownX))
        return 0;
    const auto next = std::lower_bound(m_spans.begin(), m_spans.end(), std::pair(x, x));
    double end = next == m_spans.end() ? limit : std::min(limit, next->first);
    const auto leader = std::upper_bound(m_leaders.begin(), m_leaders.end(), x);
    for (auto it = leader; it != m_leaders.end(); ++it) {
        if (*it != ownX) {
            end = std::min(end, *it - leaderClearance);
            break;
        }
    }
    return std::max(0.0, end - x);
}

double TimelineLabelPlanner::Row::roomLeft(double x, double limit, double ownX) const
{
    if (!isFree(x, x, ownX))
        return 0;
    const auto next = std::lower_bound(m_spans.begin(), m_spans.end(), std::pair(x, x));
    double start = next == m_spans.begin() ? limit : std::max(limit, std::prev(next)->second);
    auto leader = std::lower_bound(m_leaders.begin(), m_leaders.end(), x);
    while (leader != m_leaders.begin()) {
        --leader;
        if (*leader != ownX) {
            start = std::max(start, *leader + leaderClearance);
            break;
        }
    }
    return std::max(0.0, x - start);
}

TimelineLabelPlanner::TimelineLabelPlanner(const TimelineMetrics &metrics, double viewLeft, double viewRight,
                                           int laneCount)
    : m_m(metrics)
    , m_left(viewLeft)
    , m_right(viewRight)
    , m_lanes(laneCount)
{}

void TimelineLabelPlanner::setLane(int lane, int rows, QList<double> markerXs)
{
    m_lanes[lane].rows = QList<Row>(std::max(rows, 0));
    m_lanes[lane].markerXs = std::move(markerXs);
}

void TimelineLabelPlanner::addPending(int lane, double x, int weight)
{
    QList<std::pair<double, int>> &pending = m_lanes[lane].pending;
    pending.insert(std::lower_bound(pending.begin(), pending.end(), std::pair(x, weight)), {x, weight});
}

void TimelineLabelPlanner::removePending(int lane, double x)
{
    QList<std::pair<double, int>> &pending = m_lanes[lane].pending;
    const auto it = std::lower_bound(pending.begin(), pending.end(), std::pair(x, 0));
    if (it != pending.end() && it->first == x)
        pending.erase(it);
}

double TimelineLabelPlanner::covered(const LaneRows &lane, double left, double right, double ownX) const
{
    const auto begin = std::lower_bound(lane.pending.begin(), lane.pending.end(), std::pair(left - 2, 0));
    double weight = 0;
    for (auto it = begin; it != lane.pending.end() && it->first <= right + 2; ++it)
        weight += it->first != ownX ? it->second : 0;
    return weight;
}

double TimelineLabelPlanner::offset(int row) const
{
    // Beside the marker in its own row; just right (or left) of the leader line below it.
    return row == 0 ? m_m.markerRadius + m_m.labelGap : 3;
}

bool TimelineLabelPlanner::markerFree(const LaneRows &lane, double left, double right, double ownX) const
{
    // Labels in the marker row keep clear of other markers by half a cluster badge.
    const double margin = m_m.markerRadius + m_m.clusterDistance / 2;
    auto it = std::lower_bound(lane.markerXs.begin(), lane.markerXs.end(), left - margin);
    for (; it != lane.markerXs.end() && *it < right + margin; ++it) {
        if (*it != ownX)
            return false;
    }
    return true;
}

std::pair<double, double> TimelineLabelPlanner::span(int row, double left, double width, double x) const
{
    // A label keeps a gap to its neighbours, except on the side of its own leader line in the rows below
    // the marker: labels hanging from one marker stack down one leader, like a list.
    const bool hangsRight = row > 0 && left > x;
    const bool hangsLeft = row > 0 && left < x;
    return {left - (hangsRight ? 0.5 : m_m.labelGap), left + width + (hangsLeft ? 0.5 : m_m.labelGap)};
}

bool TimelineLabelPlanner::fits(const LaneRows &lane, int row, int lines, double left, double width,
                                double x) const
{
    if (row + lines > lane.rows.size() || left < m_left - 1e-9 || left + width > m_right + 1e-9)
        return false;
    const auto [from, to] = span(row, left, width, x);
    for (int r = row; r < row + lines; ++r) {
        if (!lane.rows[r].isFree(from, to, x))
            return false;
    }
    if (row == 0 && !markerFree(lane, left, left + width, x))
        return false;
    for (int between = 1; between < row; ++between) { // the leader line down to the label
        if (!lane.rows[between].leaderFree(x))
            return false;
    }
    return true;
}

void TimelineLabelPlanner::occupy(LaneRows &lane, int row, int lines, double left, double width, double x)
{
    const auto [from, to] = span(row, left, width, x);
    for (int r = row; r < row + lines; ++r)
        lane.rows[r].occupy(from, to);
    for (int between = 1; between <= row; ++between) // down to the label's own row
        lane.rows[between].addLeader(x);
}

std::optional<TimelineLabelPlanner::Placement> TimelineLabelPlanner::place(int laneIndex, double x,
                                                                           const Widths &widths, int firstRow)
{
    LaneRows &lane = m_lanes[laneIndex];
    // Every row, one to three lines, right of the marker or left of it: the place that covers the least
    // weight of markers still waiting for a label wins (a covered marker's leader line cannot pass).
    // Among those, the nearest row, so a label stays close to its event; then fewer lines; then the
    // right side. A third line costs a little, so it is taken only where it saves a marker that
    // matters.
    std::optional<Placement> best;
    double bestCost = 0;
    for (int row = firstRow; row < lane.rows.size() && !(best && bestCost == 0); ++row) {
        for (int lines = 1; lines <= maxLines; ++lines) {
            const double width = widths[lines - 1];
            if (lines > 1 && (width <= 0 || width >= widths[lines - 2] - 1))
                break; // no narrower than with one line fewer
            for (const double left : {x + offset(row), x - offset(row) - width}) {
                if (!fits(lane, row, lines, left, width, x))
                    continue;
                // Covering a marker in row r still leaves it rows 1 … r-1 to hang its label in: the
                // deeper the cover, the less it costs.
                const double cost =
                    covered(lane, left - m_m.labelGap, left + width + m_m.labelGap, x) / std::max(row, 1) +
                    (lines == maxLines ? 2.0 : 0.0);
                if (!best || cost < bestCost) {
                    best = Placement{laneIndex, row, lines, left, width, false};
                    bestCost = cost;
                }
            }
        }
    }
    if (best)
        occupy(lane, best->row, best->lines, best->left, best->width, x);
    return best;
}

std::optional<TimelineLabelPlanner::Placement>
TimelineLabelPlanner::placeShortened(int laneIndex, double x, double fullWidth, int firstRow)
{
    LaneRows &lane = m_lanes[laneIndex];
    const double markerMargin = m_m.markerRadius + m_m.clusterDistance / 2;
    for (int row = firstRow; row < lane.rows.size(); ++row) {
        bool leaderClear = true;
        for (int between = 1; between < row && leaderClear; ++between)
            leaderClear = lane.rows[between].leaderFree(x);
        if (!leaderClear)
            continue;
        double rightLimit = m_right;
        double leftLimit = m_left;
        if (row == 0) { // stop short of the neighbouring markers
            const auto next = std::upper_bound(lane.markerXs.begin(), lane.markerXs.end(), x);
            if (next != lane.markerXs.end())
                rightLimit = std::min(rightLimit, *next - markerMargin);
            auto previous = std::lower_bound(lane.markerXs.begin(), lane.markerXs.end(), x);
            if (previous != lane.markerXs.begin())
                leftLimit = std::max(leftLimit, *std::prev(previous) + markerMargin);
        }
        const double start = x + offset(row);
        const double end = x - offset(row);
        const double right = lane.rows[row].roomRight(start, rightLimit, x) - 2 * m_m.labelGap;
        const double left = lane.rows[row].roomLeft(end, leftLimit, x) - 2 * m_m.labelGap;
        const double width = std::min(fullWidth, std::max(right, left));
        if (width < m_m.minLabelWidth)
            continue;
        const double labelLeft = right >= left ? start : end - width;
        if (!fits(lane, row, 1, labelLeft, width, x))
            continue;
        occupy(lane, row, 1, labelLeft, width, x);
        return Placement{laneIndex, row, 1, labelLeft, width, true};
    }
    return std::nullopt;
}

} // namespace argline
