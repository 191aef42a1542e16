#pragma once

#include <QList>

namespace argline {

// A monotonic map from days (Julian day numbers, fractional) to "warped units" in which the timeline
// is laid out linearly. The identity gives a linear time axis. The density-balanced warp gives busy
// years more width and quiet years less, so 2022–2025 opens up while 1983–2019 stays readable; it is
// piecewise linear with positive slopes, so it is strictly increasing and exactly invertible.
class TimeWarp final
{
public:
    // A stretch drawn at `factor` times its linear width (factor < 1: compressed).
    struct Span
    {
        double firstDay = 0;
        double endDay = 0; // exclusive
        double factor = 1;
        bool operator==(const Span &) const = default;
    };

    // Below this factor a stretch is marked on the axis as compressed.
    static constexpr double compressedBelow = 0.5;
    // The share of the width that stays proportional to time in a density-balanced warp.
    static constexpr double linearShare = 0.25;

    TimeWarp() = default; // the identity
    // Yearly bins over [firstDay, lastDay] weighted by how many of `eventDays` fall in each.
    static TimeWarp densityBalanced(const QList<double> &eventDays, qint64 firstDay, qint64 lastDay);
    // Whether events bunch up enough that a linear axis would crowd them: half of them fall within a
    // fifth of their whole span (the built-in corpus: two thirds in the last 5 of 42 years).
    static bool eventsBunch(QList<double> eventDays);

    bool isLinear() const { return m_days.size() < 2; }
    double toUnits(double day) const;
    double toDay(double units) const;
    // The local stretch factor at `day` (1 for the identity).
    double factorAt(double day) const;
    // Maximal runs of whole bins drawn narrower than compressedBelow, in time order.
    QList<Span> compressedSpans() const;

private:
    QList<double> m_days;  // knots, strictly ascending
    QList<double> m_units; // warped value at each knot, strictly ascending
};

} // namespace argline
