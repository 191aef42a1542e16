#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace argline::bench {

// Peak resident set size of this process so far, in MB (getrusage's ru_maxrss).
double peakRssMb();
// Runs `work` `repeats` times and returns the median duration in ms.
double medianMs(int repeats, const std::function<void()> &work);
double elapsedMs(const std::function<void()> &work);
// Prints one figure as `name: value unit` (the format every Argline benchmark uses).
void report(const QString &name, double value, const QString &unit);

} // namespace argline::bench
