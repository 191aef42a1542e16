#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace argline::test {

// Ticks every 10 ms on the thread it lives in (the GUI thread, in the window tests and the load
// benchmark) and keeps the longest gap between two ticks: how long that thread's event loop went
// without turning. A loop that keeps up shows a gap of about 10 ms.
class StallWatchdog final
{
public:
    StallWatchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_maxGapMs = std::max(m_maxGapMs, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGapMs = 0;
};

} // namespace argline::test
