#pragma once

#include "models/time/timewarp.h"

namespace argline {

// Maps a window of time onto a horizontal pixel range through a TimeWarp: the window is linear in
// warped units, so zooming and panning stay smooth in both linear and density-balanced modes, and the
// painter is never scaled (text stays crisp). Days are Julian day numbers; a day covers [d, d + 1).
class TimeScale final
{
public:
    TimeScale() = default;
    TimeScale(const TimeWarp &warp, double firstDay, double endDay, double left, double width);

    const TimeWarp &warp() const { return m_warp; }
    double firstDay() const { return m_firstDay; }
    double endDay() const { return m_endDay; } // exclusive
    double left() const { return m_left; }
    double width() const { return m_width; }
    double right() const { return m_left + m_width; }

    double x(double day) const { return m_left + (m_warp.toUnits(day) - m_firstUnits) * m_pixelsPerUnit; }
    double day(double x) const { return m_warp.toDay(m_firstUnits + (x - m_left) / m_pixelsPerUnit); }
    // Pixels per day around `day`.
    double pixelsPerDay(double day) const { return m_pixelsPerUnit * m_warp.factorAt(day); }
    double pixelsPerUnit() const { return m_pixelsPerUnit; }

    // The window after zooming by `factor` (> 1 zooms in) around pixel `anchorX`, whose day stays put.
    std::pair<double, double> zoomed(double factor, double anchorX) const;
    // The window after panning by `dx` pixels (positive moves the content right, i.e. back in time).
    std::pair<double, double> panned(double dx) const;

private:
    TimeWarp m_warp;
    double m_firstDay = 0;
    double m_endDay = 1;
    double m_left = 0;
    double m_width = 1;
    double m_firstUnits = 0;
    double m_pixelsPerUnit = 1;
};

} // namespace argline
