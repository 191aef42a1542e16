#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace argline::bench {

// Peak resident set size of this process so far, in MB (getrusage's ru_maxrss).
double peakRssMb();
// Runs `work` `repeats` times and returns the median duration in ms.
double medianMs(int repeats, const std::function<void()> &work);
double elapsedMs(const std::function<void()> &work);
// Prints one figure as `name: value unit` (the format every Argline benchmark uses).
void report(const QString &name, double value, const QString &unit);

// One launch of the app, timed from process start to the lines it prints with
// ARGLINE_QUIT_AFTER_FIRST_FRAME set.
struct Launch
{
    double firstFrame = -1;  // ms to "first-frame", the window's first painted frame; negative: none came
    double panelsReady = -1; // ms to "panels-ready", every dock filled in
};
// Starts `program` with `arguments` in `environment` (plus ARGLINE_QUIT_AFTER_FIRST_FRAME) and reads its
// output until "panels-ready", its end or `timeoutMs`; then waits for it to quit (or kills it).
Launch launchUntilPanelsReady(const QString &program, const QStringList &arguments,
                              QProcessEnvironment environment, int timeoutMs);

} // namespace argline::bench
