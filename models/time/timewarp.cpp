#include "models/time/timewarp.h"

#include "models/time/fuzzydate.h"

#include <QDate>

#include <algorithm>
#include <numeric>

namespace argline {

namespace {

// Linear interpolation in a piecewise-linear table. Beyond its ends the map has slope 1, so time before
// the first event or after the last keeps its linear width.
double interpolate(const QList<double> &from, const QList<double> &to, double value)
{
    if (value <= from.first())
        return to.first() + (value - from.first());
    if (value >= from.last())
        return to.last() + (value - from.last());
    const auto upper = std::upper_bound(from.begin(), from.end(), value);
    const qsizetype i = upper - from.begin();
    const double t = (value - from[i - 1]) / (from[i] - from[i - 1]);
    return to[i - 1] + t * (to[i] - to[i - 1]);
}

} // namespace

bool TimeWarp::eventsBunch(QList<double> days)
{
    if (days.size() < 8)
        return false;
    std::sort(days.begin(), days.end());
    const double span = days.last() - days.first();
    if (span <= 0)
        return false;
    const qsizetype half = (days.size() + 1) / 2;
    double tightest = span;
    for (qsizetype i = 0; i + half - 1 < days.size(); ++i)
        tightest = std::min(tightest, days[i + half - 1] - days[i]);
    return tightest < span / 5;
}

TimeWarp TimeWarp::densityBalanced(const QList<double> &eventDays, qint64 firstDay, qint64 lastDay)
{
    TimeWarp warp;
    if (eventDays.isEmpty() || lastDay <= firstDay)
        return warp;
    const int firstYear = astronomicalYear(QDate::fromJulianDay(firstDay).year());
    const int lastYear = astronomicalYear(QDate::fromJulianDay(lastDay).year());
    const int years = lastYear - firstYear + 1;
    if (years < 2)
        return warp; // one year: nothing to balance

    QList<double> edges(years + 1);
    for (int y = 0; y <= years; ++y)
        edges[y] = double(QDate(yearFromAstronomical(firstYear + y), 1, 1).toJulianDay());
    QList<double> counts(years, 0.0);
    for (double day : eventDays) {
        const auto bin = std::upper_bound(edges.begin(), edges.end(), day) - edges.begin() - 1;
        if (bin >= 0 && bin < years)
            counts[bin] += 1;
    }
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    const double totalDays = edges.last() - edges.first();
    if (total <= 0)
        return warp;

    // Each year gets a share of the width: mostly by its events, partly by its length, so that no
    // span of time ever collapses to nothing.
    warp.m_days = edges;
    warp.m_units.resize(edges.size());
    warp.m_units[0] = edges.first();
    for (int y = 0; y < years; ++y) {
        const double length = edges[y + 1] - edges[y];
        const double share = (1 - linearShare) * counts[y] / total + linearShare * length / totalDays;
        warp.m_units[y + 1] = warp.m_units[y] + share * totalDays;
    }
    return warp;
}

double TimeWarp::toUnits(double day) const
{
    return isLinear() ? day : interpolate(m_days, m_units, day);
}

double TimeWarp::toDay(double units) const
{
    return isLinear() ? units : interpolate(m_units, m_days, units);
}

double TimeWarp::factorAt(double day) const
{
    if (isLinear() || day < m_days.first() || day >= m_days.last())
        return 1;
    const qsizetype i = std::upper_bound(m_days.begin(), m_days.end(), day) - m_days.begin();
    return (m_units[i] - m_units[i - 1]) / (m_days[i] - m_days[i - 1]);
}

QList<TimeWarp::Span> TimeWarp::compressedSpans() const
{
    QList<Span> spans;
    for (qsizetype i = 0; i + 1 < m_days.size(); ++i) {
        const double factor = (m_units[i + 1] - m_units[i]) / (m_days[i + 1] - m_days[i]);
        if (factor >= compressedBelow)
            continue;
        if (!spans.isEmpty() && spans.last().endDay == m_days[i]) {
            Span &run = spans.last(); // merge, keeping the run's overall factor
            const double units = run.factor * (run.endDay - run.firstDay) + (m_units[i + 1] - m_units[i]);
            run.endDay = m_days[i + 1];
            run.factor = units / (run.endDay - run.firstDay);
        } else {
            spans.append({m_days[i], m_days[i + 1], factor});
        }
    }
    return spans;
}

} // namespace argline
