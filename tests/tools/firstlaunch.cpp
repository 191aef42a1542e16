// Developer and test tool: opens the window as a new user's first launch does (no saved settings) on the
// screen the platform gives it, waits for the first frame and the panels, and prints what a reader can
// read there without changing anything:
//
//   window: 1280x720
//   timeline-labels: 24 of 42, 21 whole
//   map-title-px: 13.4
//
// With `-o FILE.png` it also saves what the window shows.
// Run it on a screen of a given size with QT_QPA_PLATFORM="offscreen:configfile=screen.json", where the
// file says {"screens": [{"name": "s", "x": 0, "y": 0, "width": 1280, "height": 720}]}.
#include "app/mainwindow.h"
#include "models/explore/corpusdocument.h"
#include "resources/translations.h"
#include "tests/support/readability.h"
#include "tests/support/testcorpus.h"
#include "widgets/argmap/argumentmappane.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/timeline/timelinepane.h"
#include "widgets/timeline/timelinewidget.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace argline;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslations(app);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat);
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    MainWindow window(&document, &settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    for (int waited = 0; !window.detailsPanel() && waited < 5000; waited += 20)
        QTest::qWait(20); // the panels come just after the first frame
    QTest::qWait(100);    // queued layout work settles
    QTextStream out(stdout);
    out << u"window: %1x%2"_s.arg(window.width()).arg(window.height()) << Qt::endl;
    TimelineWidget *timeline = window.timelinePane()->timeline();
    const QRectF area = timeline->renderArea();
    const QRectF lanes = timeline->renderer().frame(area).lanes;
    out << u"timeline-labels: "_s << test::countLabels(timeline->renderer(), area, lanes).toString()
        << Qt::endl;
    ArgumentMapWidget *map = window.mapPane()->map();
    const ArgumentMapRenderer &renderer = map->renderer();
    const bool words = renderer.detailAt(map->state().scale) != ArgumentMapRenderer::Detail::Boxes;
    out << u"map-title-px: "_s << (words ? renderer.titlePixelSize(map->state().scale) : 0.0) << Qt::endl;
    if (const QStringList args = app.arguments(); args.size() == 3 && args[1] == u"-o"_s)
        window.grab().save(args[2]); // to look at it
    return 0;
}
