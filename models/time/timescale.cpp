#include "models/time/timescale.h"

#include <algorithm>

namespace argline {

TimeScale::TimeScale(const TimeWarp &warp, double firstDay, double endDay, double left, double width)
    : m_warp(warp)
    , m_firstDay(firstDay)
    , m_endDay(std::max(endDay, firstDay + 1e-6))
    , m_left(left)
    , m_width(std::max(width, 1.0))
{
    m_firstUnits = m_warp.toUnits(m_firstDay);
    m_pixelsPerUnit = m_width / (m_warp.toUnits(m_endDay) - m_firstUnits);
}

std::pair<double, double> TimeScale::zoomed(double factor, double anchorX) const
{
    const double firstUnits = m_firstUnits;
    const double endUnits = m_warp.toUnits(m_endDay);
    const double anchorUnits = firstUnits + (anchorX - m_left) / m_pixelsPerUnit;
    const double newFirst = anchorUnits - (anchorUnits - firstUnits) / factor;
    const double newEnd = anchorUnits + (endUnits - anchorUnits) / factor;
    return {m_warp.toDay(newFirst), m_warp.toDay(newEnd)};
}

std::pair<double, double> TimeScale::panned(double dx) const
{
    const double shift = dx / m_pixelsPerUnit;
    return {m_warp.toDay(m_firstUnits - shift), m_warp.toDay(m_warp.toUnits(m_endDay) - shift)};
}

} // namespace argline
