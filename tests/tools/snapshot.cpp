// Developer tool: renders Argline's views offscreen to PNG, to look at them and to make the screenshots
// in docs/. Not installed.
//
//   argline_snapshot [--view timeline|map|sources] [--corpus FILE] [--range 2007..2019] [--scale 1.2]
//                    [--center ID] [--orientation two-sided|top-down|left-to-right] [--focus-mode] [--theme
//                    light|dark|high-contrast|print]
//                    [--lanes actor|theme] [--balanced] [--select ID] [--size 1600x900] -o out.png
//   argline_snapshot --view present --step N [--theme high-contrast] [--size WxH] -o out.png
//   argline_snapshot --render-svg FILE -o out.png      (how QtSvg reads an exported SVG)
//   argline_snapshot --view window [--range R] [--select ID] [--actor ID] [--as-of 2023-07-01]
//   [--only-linked] [--search TEXT] [--only for|against] [--scale S --center ID] [--focus
//   search|timeline|map]
//                    [--stacked] [--theme T] [--size WxH] -o out.png   (the whole main window, default
//                    layout)
#include "app/linkednavigation.h"
#include "app/mainwindow.h"
#include "models/explore/corpusdocument.h"
#include "models/io/corpusreader.h"
#include "models/present/storypresenter.h"
#include "models/time/timerange.h"
#include "render/style/viewoptionkeys.h"
#include "resources/translations.h"
#include "widgets/argmap/argumentmappane.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/common/readableindicatorstyle.h"
#include "widgets/export/exportdialog.h"
#include "widgets/panels/searchbar.h"
#include "widgets/panels/sourceschart.h"
#include "widgets/present/presentationview.h"
#include "widgets/timeline/timelinepane.h"
#include "widgets/timeline/timelinewidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace argline;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setStyle(new ReadableIndicatorStyle); // as the app does
    installTranslations(app);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption corpus(u"corpus"_s, u"Corpus file."_s, u"file"_s,
                                    CorpusReader::builtInCorpusPath());
    const QCommandLineOption range(u"range"_s, u"Time range."_s, u"range"_s);
    const QCommandLineOption theme(u"theme"_s, u"Theme."_s, u"theme"_s, u"light"_s);
    const QCommandLineOption lanes(u"lanes"_s, u"actor or theme."_s, u"mode"_s, u"actor"_s);
    const QCommandLineOption balanced(u"balanced"_s, u"Density-balanced scale."_s);
    const QCommandLineOption select(u"select"_s, u"Select an item."_s, u"id"_s);
    const QCommandLineOption size(u"size"_s, u"Size."_s, u"WxH"_s, u"1600x900"_s);
    const QCommandLineOption output(u"o"_s, u"Output PNG."_s, u"file"_s);
    const QCommandLineOption view(u"view"_s, u"timeline, map or sources."_s, u"view"_s, u"timeline"_s);
    const QCommandLineOption scale(u"scale"_s, u"Map zoom."_s, u"scale"_s);
    const QCommandLineOption center(u"center"_s, u"Map card to centre on."_s, u"id"_s);
    const QCommandLineOption orientation(
        u"orientation"_s, u"columns, two-sided, top-down or left-to-right."_s, u"o"_s, u"columns"_s);
    const QCommandLineOption focusMode(u"focus-mode"_s, u"Map focus mode."_s);
    const QCommandLineOption actor(u"actor"_s, u"Window: filter to an actor."_s, u"id"_s);
    const QCommandLineOption asOf(u"as-of"_s, u"Window: the as-of cursor at a date."_s, u"yyyy-mm-dd"_s);
    const QCommandLineOption onlyLinked(u"only-linked"_s, u"Window: show only linked."_s);
    const QCommandLineOption stacked(u"stacked"_s, u"Window: stack the views."_s);
    const QCommandLineOption step(u"step"_s, u"Present: the story step (from 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption exportDialog(u"export-dialog"_s, u"Window: grab the export dialog instead."_s);
    const QCommandLineOption search(u"search"_s, u"Window: type into the search field, then Enter."_s,
                                    u"text"_s);
    const QCommandLineOption only(u"only"_s, u"Window: show only arguments for or against."_s, u"stance"_s);
    const QCommandLineOption focus(u"focus"_s, u"Window: give keyboard focus to search, timeline or map."_s,
                                   u"what"_s);
    const QCommandLineOption renderSvg(u"render-svg"_s, u"Render an SVG file (as QtSvg reads it) to -o."_s,
                                       u"file"_s);
    parser.addOptions({corpus,  range,        theme,     lanes,       balanced,  select, size, output,
                       view,    scale,        center,    orientation, focusMode, actor,  asOf, onlyLinked,
                       stacked, exportDialog, renderSvg, step,        search,    only,   focus});
    parser.process(app);
    if (parser.isSet(renderSvg)) {
        QSvgRenderer svg(parser.value(renderSvg));
        QImage image(svg.defaultSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        return svg.isValid() && image.save(parser.value(output)) ? 0 : 3;
    }

    CorpusDocument document;
    const ReadResult result = document.open(parser.value(corpus));
    if (!result.ok()) {
        for (const Diagnostic &d : result.diagnostics)
            qWarning("%s", qPrintable(d.toString()));
        return 1;
    }
    const QStringList wh = parser.value(size).split(u'x');
    const Theme chosenTheme = ViewStyle::themeFromKey(parser.value(theme));
    if (parser.value(view) == u"present") {
        StoryPresenter presenter(int(document.corpus().story.steps.size()));
        presenter.setHighContrast(chosenTheme == Theme::HighContrast);
        PresentationView audience(document.corpusPointer(), &presenter);
        audience.setAnimated(false);
        audience.resize(wh.value(0).toInt(), wh.value(1).toInt());
        audience.show();
        presenter.goTo(parser.value(step).toInt() - 1);
        QCoreApplication::processEvents();
        return audience.grab().save(parser.value(output)) ? 0 : 3;
    }
    if (parser.value(view) == u"window") {
        QTemporaryDir scratch; // fresh settings: the layout a first-time user sees
        QSettings settings(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow window(&document, &settings);
        window.setCorpusPath(parser.value(corpus));
        window.resize(wh.value(0).toInt(), wh.value(1).toInt());
        window.setTheme(chosenTheme);
        window.setStacked(parser.isSet(stacked));
        window.show();
        window.ensurePanels();
        QTest::qWait(100);
        if (parser.isSet(actor) || parser.isSet(only)) {
            FilterSpec spec = document.filter();
            if (parser.isSet(actor))
                spec.actors = {parser.value(actor)};
            spec.showPro = parser.value(only) != u"against";
            spec.showCon = parser.value(only) != u"for";
            document.setFilter(spec);
        }
        if (parser.isSet(range)) {
            const auto r = TimeRange::parse(parser.value(range));
            if (!r)
                return 2;
            window.timelinePane()->timeline()->showRange(*r);
        }
        if (parser.isSet(asOf))
            window.navigation()->setAsOfDay(QDate::fromString(parser.value(asOf), Qt::ISODate).toJulianDay());
        if (parser.isSet(select))
            document.selection()->select(parser.value(select));
        window.navigation()->setOnlyLinked(parser.isSet(onlyLinked));
        if (parser.isSet(search)) {
            window.searchBar()->focusField();
            QTest::keyClicks(window.searchBar()->field(), parser.value(search));
            QTest::keyClick(window.searchBar()->field(), Qt::Key_Return);
        }
        QTest::qWait(800); // let the linked views finish their animated moves
        ArgumentMapWidget *windowMap = window.mapPane()->map();
        if (parser.isSet(scale))
            windowMap->setScale(parser.value(scale).toDouble());
        if (parser.isSet(center)) {
            const QRectF card = windowMap->cardRect(parser.value(center));
            windowMap->panBy(QPointF(windowMap->rect().center()) - card.center());
        }
        if (parser.value(focus) == u"search")
            window.searchBar()->focusField();
        else if (parser.value(focus) == u"timeline")
            window.timelinePane()->timeline()->setFocus();
        else if (parser.value(focus) == u"map")
            windowMap->setFocus();
        QTest::qWait(100);
        if (parser.isSet(exportDialog)) {
            ExportDialog *dialog = window.exportDialog();
            dialog->show();
            QTest::qWait(400);
            return dialog->grab().save(parser.value(output)) ? 0 : 3;
        }
        return window.grab().save(parser.value(output)) ? 0 : 3;
    }
    if (parser.value(view) == u"sources") {
        SourcesChart chart(&document);
        chart.resize(wh.value(0).toInt(), wh.value(1).toInt());
        chart.setTheme(ViewStyle::forTheme(chosenTheme, chart.font()));
        chart.show();
        QCoreApplication::processEvents();
        return chart.grab().save(parser.value(output)) ? 0 : 3;
    }
    if (parser.value(view) == u"map") {
        ArgumentMapPane pane(&document);
        pane.resize(wh.value(0).toInt(), wh.value(1).toInt());
        pane.setTheme(chosenTheme);
        pane.show();
        QCoreApplication::processEvents();
        ArgumentMapWidget *map = pane.map();
        const QString o = parser.value(orientation);
        map->setOrientation(ViewOptionKeys::orientation(o).value_or(MapOrientation::Columns));
        map->fitAll();
        if (parser.isSet(select)) {
            document.selection()->select(parser.value(select));
            map->setFocusedArgument(parser.value(select));
        }
        map->setFocusMode(parser.isSet(focusMode));
        if (parser.isSet(scale))
            map->setScale(parser.value(scale).toDouble());
        if (parser.isSet(center)) {
            const QRectF card = map->cardRect(parser.value(center));
            map->panBy(QPointF(map->rect().center()) - card.center());
        }
        QCoreApplication::processEvents();
        return pane.grab().save(parser.value(output)) ? 0 : 3;
    }
    TimelinePane pane(&document);
    pane.resize(wh.value(0).toInt(), wh.value(1).toInt());
    pane.setTheme(chosenTheme);
    pane.show();
    pane.timeline()->setLaneMode(parser.value(lanes) == u"theme" ? LaneMode::Theme : LaneMode::Actor);
    if (parser.isSet(balanced))
        pane.timeline()->setDensityBalanced(true);
    if (parser.isSet(select)) {
        document.selection()->select(parser.value(select));
        pane.timeline()->setFocusedEvent(parser.value(select));
    }
    QCoreApplication::processEvents();
    if (parser.isSet(range)) {
        const auto r = TimeRange::parse(parser.value(range));
        if (!r)
            return 2;
        pane.timeline()->showRange(*r);
    } else {
        pane.timeline()->fitAll();
    }
    QCoreApplication::processEvents();
    return pane.grab().save(parser.value(output)) ? 0 : 3;
}
