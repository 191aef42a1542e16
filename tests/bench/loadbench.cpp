// Load benchmark: a deterministic 100,000-event + 20,000-argument synthetic corpus (about 58 MB of JSON)
// read into the models. Peak RSS is a per-process high-water mark, so the corpus is generated in one
// child process and every measurement runs in a fresh child of its own.
//
// The parse floor is nlohmann's SAX parse of the same file (read into memory, events ignored), timed the
// same way in a fresh child: the load is meant to stay within twice that (issue 16).
//
// The GUI side of a load: the real window (offscreen) opens the same file, read in the background, while a
// timer on the GUI thread measures the longest stall of its event loop, from the open to the new corpus
// laid out and painted (at most 100 ms, issue 16).
//
// Prints: load.100k.file-size, load.100k.sax-floor (median of 3), load.100k.time (median of 3),
// load.100k.ratio (time / floor), load.100k.peak-rss, load.100k.gui-max-stall (median of 3),
// load.builtin.time.
#include "app/mainwindow.h"
#include "models/explore/corpusdocument.h"
#include "models/io/corpusreader.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/stallwatchdog.h"
#include "tests/support/syntheticcorpus.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

constexpr int eventCount = 100000;
constexpr int argumentCount = 20000;

int generate(const QString &path)
{
    test::SyntheticSpec spec;
    spec.events = eventCount;
    spec.arguments = argumentCount;
    spec.articles = 120;
    spec.claims = 40;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(test::makeSyntheticCorpusJson(spec));
    return 0;
}

// Runs in a fresh process: load the file into a document (reader + models + link index), print
// "<ms> <peak MB>".
int measure(const QString &path)
{
    CorpusDocument document;
    bool ok = false;
    const double ms = bench::elapsedMs([&] { ok = document.open(path).ok(); });
    if (!ok || document.events()->rowCount() == 0)
        return 1;
    QTextStream(stdout) << ms << ' ' << bench::peakRssMb() << Qt::endl;
    std::_Exit(0); // tearing the corpus down is not measured: leave without it (and profile without it)
}

// Every SAX event accepted and dropped: what parsing alone costs.
struct NullSax
{
    using Json = nlohmann::json;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t) { return true; }
    bool number_unsigned(Json::number_unsigned_t) { return true; }
    bool number_float(Json::number_float_t, const Json::string_t &) { return true; }
    bool string(Json::string_t &) { return true; }
    bool binary(Json::binary_t &) { return true; }
    bool start_object(std::size_t) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool key(Json::string_t &) { return true; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }
};

// Runs in a fresh process: read the file and SAX-parse it, print "<ms> <peak MB>".
int saxFloor(const QString &path)
{
    bool ok = false;
    const double ms = bench::elapsedMs([&] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray bytes = file.readAll();
        NullSax sax;
        ok = nlohmann::json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &sax);
    });
    if (!ok)
        return 1;
    QTextStream(stdout) << ms << ' ' << bench::peakRssMb() << Qt::endl;
    return 0;
}

// Runs in a fresh process: the window on the built-in corpus opens the file; print the longest stall of
// the GUI thread, in ms, from the open until the new corpus has been shown for a moment.
int guiStall(int argc, char **argv, const QString &path)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat);
    CorpusDocument document;
    document.open(CorpusReader::builtInCorpusPath());
    MainWindow window(&document, &settings);
    window.resize(1600, 900);
    window.show();
    QSignalSpy shown(&window, &MainWindow::firstFrameShown);
    if (!shown.wait(10000))
        return 1;
    QTest::qWait(300); // the panels and their first layout are not the load's
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    test::StallWatchdog watchdog;
    window.openCorpus(path);
    if (!finished.wait(120000) || !finished.last().at(1).toBool())
        return 1;
    QTest::qWait(300); // the views lay out and paint the new corpus: part of the load
    QTextStream(stdout) << watchdog.maxGapMs() << Qt::endl;
    std::_Exit(0);
}

QStringList runChild(const QStringList &arguments)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        qFatal("benchmark child failed: %s", child.readAllStandardError().constData());
    return QString::fromUtf8(child.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--gui-stall") == 0)
        return guiStall(argc, argv, QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == u"--generate")
        return generate(args[2]);
    if (args.size() == 3 && args[1] == u"--measure")
        return measure(args[2]);
    if (args.size() == 3 && args[1] == u"--sax-floor")
        return saxFloor(args[2]);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"synthetic-100k.json"_s);
    runChild({u"--generate"_s, path});
    bench::report(u"load.100k.file-size"_s, double(QFileInfo(path).size()) / (1024.0 * 1024.0), u"MB"_s);

    // Alternate the two, so that both see the same machine.
    QList<double> floors;
    QList<double> times;
    double peak = 0;
    for (int i = 0; i < 3; ++i) {
        floors.append(runChild({u"--sax-floor"_s, path}).value(0).toDouble());
        const QStringList figures = runChild({u"--measure"_s, path});
        times.append(figures.value(0).toDouble());
        peak = std::max(peak, figures.value(1).toDouble());
    }
    std::sort(floors.begin(), floors.end());
    std::sort(times.begin(), times.end());
    bench::report(u"load.100k.sax-floor"_s, floors[1], u"ms"_s);
    bench::report(u"load.100k.time"_s, times[1], u"ms"_s);
    bench::report(u"load.100k.ratio"_s, times[1] / floors[1], u"x"_s);
    bench::report(u"load.100k.peak-rss"_s, peak, u"MB"_s);

    QList<double> stalls;
    for (int i = 0; i < 3; ++i)
        stalls.append(runChild({u"--gui-stall"_s, path}).value(0).toDouble());
    std::sort(stalls.begin(), stalls.end());
    bench::report(u"load.100k.gui-max-stall"_s, stalls[1], u"ms"_s);

    CorpusDocument document;
    bench::report(u"load.builtin.time"_s,
                  bench::medianMs(9, [&] { document.open(CorpusReader::builtInCorpusPath()); }), u"ms"_s);
    return 0;
}
