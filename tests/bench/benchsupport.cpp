#include "tests/bench/benchsupport.h"

#include <QElapsedTimer>
#include <QProcess>
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

Launch launchUntilPanelsReady(const QString &program, const QStringList &arguments,
                              QProcessEnvironment environment, int timeoutMs)
{
    QProcess process;
    environment.insert(QStringLiteral("ARGLINE_QUIT_AFTER_FIRST_FRAME"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Launch result;
    while (process.state() != QProcess::NotRunning || process.canReadLine()) {
        if (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (line == "first-frame")
                result.firstFrame = ms;
            if (line == "panels-ready") {
                result.panelsReady = ms;
                break;
            }
            continue;
        }
        process.waitForReadyRead(1000);
        if (timer.elapsed() > timeoutMs)
            break;
    }
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    return result;
}

} // namespace argline::bench
