// Developer tool: renders Argline's views offscreen to PNG, to look at them and to make the screenshots
// in docs/. Not installed.
//
//   argline_snapshot [--corpus FILE] [--range 2007..2019] [--theme light|dark|high-contrast|print]
//                    [--lanes actor|theme] [--balanced] [--select ID] [--size 1600x900] -o out.png
#include "corpusdocument.h"
#include "corpusreader.h"
#include "timelinepane.h"
#include "timelinewidget.h"
#include "timerange.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace argline;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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
    parser.addOptions({corpus, range, theme, lanes, balanced, select, size, output});
    parser.process(app);

    CorpusDocument document;
    const ReadResult result = document.open(parser.value(corpus));
    if (!result.ok()) {
        for (const Diagnostic &d : result.diagnostics)
            qWarning("%s", qPrintable(d.toString()));
        return 1;
    }
    TimelinePane pane(&document);
    const QStringList wh = parser.value(size).split(u'x');
    pane.resize(wh.value(0).toInt(), wh.value(1).toInt());
    pane.setTheme(ViewStyle::themeFromKey(parser.value(theme)));
    pane.show();
    pane.timeline()->setLaneMode(parser.value(lanes) == u"theme" ? LaneMode::Theme : LaneMode::Actor);
    pane.timeline()->setDensityBalanced(parser.isSet(balanced));
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
