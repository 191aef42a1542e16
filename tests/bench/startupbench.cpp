// Start-up: from launching `argline` to its first painted frame, with the built-in corpus, on the
// offscreen platform and with no saved settings (a first run). The app reports the frame itself
// (ARGLINE_QUIT_AFTER_FIRST_FRAME) and leaves; the time includes process start, library loading,
// reading the corpus and laying out both views. Target: at most 300 ms.
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace argline::bench;

namespace {

struct Launch
{
    double firstFrame = -1;  // ms from start to the "first-frame" line; negative when the run failed
    double panelsReady = -1; // ... to "panels-ready": every dock filled in
};

Launch launch(const QString &configHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ARGLINE_QUIT_AFTER_FIRST_FRAME"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, configHome); // no saved window: the first-run layout
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ARGLINE_BINARY), {});
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
        process.waitForReadyRead(5000);
        if (timer.elapsed() > 20000)
            break;
    }
    process.waitForFinished(10000);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir configHome;
    launch(configHome.path()); // warm the file cache, as any second launch would be
    QList<double> frames;
    QList<double> panels;
    for (int i = 0; i < 9; ++i) {
        const Launch run = launch(configHome.path());
        if (run.firstFrame < 0 || run.panelsReady < 0) {
            std::fprintf(stderr, "startup_bench: argline did not report its first frame and panels\n");
            return 1;
        }
        frames.append(run.firstFrame);
        panels.append(run.panelsReady);
    }
    std::sort(frames.begin(), frames.end());
    std::sort(panels.begin(), panels.end());
    report(u"startup.first-frame"_s, frames[frames.size() / 2], u"ms"_s);
    report(u"startup.first-frame.max"_s, frames.last(), u"ms"_s);
    report(u"startup.panels-ready"_s, panels[panels.size() / 2], u"ms"_s);
    return 0;
}
