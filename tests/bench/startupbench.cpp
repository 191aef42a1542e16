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

Launch launch(const QString &configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, configHome); // no saved window: the first-run layout
    return launchUntilPanelsReady(QStringLiteral(ARGLINE_BINARY), {}, env, 20000);
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
