#include "tests/bench/benchsupport.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace argline::bench {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianMs(int repeats, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i)
        times.append(elapsedMs(work));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const QString &name, double value, const QString &unit)
{
    QTextStream out(stdout);
    out << name << ": " << QString::number(value, 'f', value < 10 ? 2 : 1) << ' ' << unit << Qt::endl;
}

} // namespace argline::bench
