#pragma once

#include "models/layout/timelinelayout.h"

#include <QList>

#include <array>
#include <optional>

namespace argline {

// Places timeline labels in the label rows of lanes so that none overlaps another label, another
// marker in the marker row, or a leader line. Rows are counted from the marker row (0); a label in a
// lower row hangs from its marker on a leader line. Positions are lane-relative (row numbers), so the
// same planner sizes the lanes (how many rows would each use?) and then places the labels in the rows
// each lane got. Part of TimelineLayout; pure geometry.
class TimelineLabelPlanner final
{
public:
    static constexpr int maxLines = 3;
    // The narrowest width of a title on 1, 2 and 3 lines.
    using Widths = std::array<double, maxLines>;

    struct Placement
    {
        int lane = -1;
        int row = 0;
        int lines = 1;
        double left = 0;
        double width = 0;
        bool elided = false;
    };

    TimelineLabelPlanner(const TimelineMetrics &metrics, double viewLeft, double viewRight, int laneCount);

    // `rows` label rows for `lane` (0: the lane takes no labels); `markerXs` its markers' x, sorted.
    void setLane(int lane, int rows, QList<double> markerXs);
    // Markers whose labels are still to be placed, by lane. A label that would cover one's x blocks its
    // leader line for good, so among equally near places the one covering fewest of them wins.
    void addPending(int lane, double x, int weight);
    void removePending(int lane, double x);

    // The best place for the whole label of an event whose marker in `lane` is at `x`, its title
    // `widths` wide on one, two or three lines, in row `firstRow` or below; the place is taken. None
    // when the whole title fits nowhere.
    std::optional<Placement> place(int lane, double x, const Widths &widths, int firstRow = 0);
    // The widest room beside the marker for a shortened label, if it is worth reading; taken.
    std::optional<Placement> placeShortened(int lane, double x, double fullWidth, int firstRow = 0);

private:
    // One label row: the stretches labels occupy (sorted, disjoint) and the leader lines passing down
    // through it. Labels hanging from one marker share its leader.
    class Row
    {
    public:
        // Whether a label may take [left, right]: no label there, and no leader line but its own.
        bool isFree(double left, double right, double ownX) const;
        // Whether a leader line may pass at `x`: no label over it, no other leader too close.
        bool leaderFree(double x) const;
        void occupy(double left, double right);
        void addLeader(double x);
        // Free room from `x` to the next occupied stretch or leader on that side (0 when `x` is occupied).
        double roomRight(double x, double limit, double ownX) const;
        double roomLeft(double x, double limit, double ownX) const;

    private:
        QList<std::pair<double, double>> m_spans;
        QList<double> m_leaders; // sorted
    };

    struct LaneRows
    {
        QList<Row> rows;
        QList<double> markerXs;
        QList<std::pair<double, int>> pending; // (x, weight), sorted
    };
    double covered(const LaneRows &lane, double left, double right, double ownX) const;

    double offset(int row) const;
    std::pair<double, double> span(int row, double left, double width, double x) const;
    bool markerFree(const LaneRows &lane, double left, double right, double ownX) const;
    bool fits(const LaneRows &lane, int row, int lines, double left, double width, double x) const;
    void occupy(LaneRows &lane, int row, int lines, double left, double width, double x);

    const TimelineMetrics &m_m;
    double m_left;
    double m_right;
    QList<LaneRows> m_lanes;
};

} // namespace argline
