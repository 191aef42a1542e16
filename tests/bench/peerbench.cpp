// Peer benchmark: Argline on the vis-timeline comparison's own data (../shared/peer-vis-timeline,
// `bench.mjs --dump-data DIR` writes dataset-N.csv), figures to set beside vis-timeline's from the same
// run. `./dev bench peer` runs both sides in one go; on its own, with no datasets, it says so and leaves.
//
//   peer_bench [--data DIR] [--n 1000,5000,...] [--reps R] [--vis FILE]
//
// DIR defaults to $ARGLINE_PEER_DATA. For each dataset-N.csv:
//   peer.N.first-frame   launch of `argline FILE` to the timeline's first painted frame (the start-up
//                        benchmark's ARGLINE_QUIT_AFTER_FIRST_FRAME report), offscreen on a 1920×1080
//                        screen with no saved layout (a first run: the window fills the screen) and the
//                        timeline window set to 1983-01-01 … 2026-01-01, as vis-timeline's page shows it
//   peer.N.panels-ready  … until every dock panel is filled in
//   peer.N.self-check    `argline --self-check FILE`, launch to exit
//   peer.N.zoom          median over the harness's ten zoom windows (1/1.2 per step about 2024-07-01)
//                        of one step in the real window: TimelineWidget::setWindow, then events are
//                        processed until the timeline has repainted (relayout + repaint + whatever the
//                        window repaints with it, such as the overview chart)
//   peer.N.zoom-max, peer.N.full-range-redraw (one step straight back to 1983 … 2026, as the harness)
//   peer.N.zoom.1920x1080  the same steps drawn by the renderer alone into a 1920×1080 image: the
//                        page size vis-timeline draws
// Launch figures are medians of R runs after one warm-up (R = 3, as the harness); zoom figures are
// medians of the ten steps, then over R rounds. With --vis (the harness's stdout), ratios follow:
// peer.N.first-frame-ratio.<variant> = vis first paint / Argline first frame, the same for zoom, and
// peer.N.panels-ready-ratio.self-check; then a Markdown table of everything.
#include "app/mainwindow.h"
#include "models/explore/corpusdocument.h"
#include "render/timeline/timelinerenderer.h"
#include "tests/bench/benchsupport.h"
#include "widgets/timeline/timelinepane.h"
#include "widgets/timeline/timelinewidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

// The harness's time constants (bench.mjs): the whole window and the zoom anchor, in Unix ms.
const qint64 windowStartMs = QDateTime(QDate(1983, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 windowEndMs = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 zoomAnchorMs = QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

// Argline's days are Julian day numbers, day d covering [d, d + 1).
double dayOf(double ms)
{
    return double(QDate(1970, 1, 1).toJulianDay()) + ms / 86400000.0;
}

using Window = std::pair<double, double>; // [firstDay, endDay)

Window wholeWindow()
{
    return {dayOf(double(windowStartMs)), dayOf(double(windowEndMs))};
}

// zoomWindows() in bench.mjs: step k narrows the window by 1/1.2^k about 2024-07-01.
QList<Window> zoomWindows()
{
    QList<Window> windows;
    for (int k = 1; k <= 10; ++k) {
        const double f = std::pow(1.2, -k);
        const double start = std::round(double(zoomAnchorMs) - double(zoomAnchorMs - windowStartMs) * f);
        const double end = std::round(double(zoomAnchorMs) + double(windowEndMs - zoomAnchorMs) * f);
        windows.append({dayOf(start), dayOf(end)});
    }
    return windows;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype m = values.size() / 2;
    return values.size() % 2 ? values[m] : (values[m - 1] + values[m]) / 2;
}

// What a settings file holds for a first run that shows 1983 … 2026: no window geometry (so the window
// takes the first-run layout and fills the screen), only the timeline window.
void writeSettings(QSettings &settings)
{
    settings.clear();
    settings.setValue(u"version"_s, 1);
    settings.setValue(u"timeline/firstDay"_s, wholeWindow().first);
    settings.setValue(u"timeline/endDay"_s, wholeWindow().second);
    settings.sync();
}

class Runner
{
public:
    explicit Runner(const QString &screenConfig)
        : m_screenConfig(screenConfig)
    {}

    bench::Launch launch(const QString &csv) const
    {
        QSettings settings(m_config.filePath(u"Argline/Argline.conf"_s), QSettings::NativeFormat);
        writeSettings(settings); // the app may have saved its own since the last launch
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, m_screenConfig);
        env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        return bench::launchUntilPanelsReady(QStringLiteral(ARGLINE_BINARY), {csv}, env, timeoutMs);
    }

    double selfCheck(const QString &csv) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        process.setProcessEnvironment(env);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(ARGLINE_BINARY), {u"--self-check"_s, csv});
        if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            return -1;
        }
        return double(timer.nsecsElapsed()) / 1e6;
    }

private:
    static constexpr int timeoutMs = 120000;
    QString m_screenConfig;
    QTemporaryDir m_config;
};

struct Zoom
{
    double step = -1;      // median of the ten steps
    double stepMax = -1;   // slowest of them
    double fullRange = -1; // back to 1983 … 2026
    double image = -1;     // the renderer alone into 1920×1080, median of the ten steps
    QSize timelineSize;
    Window shown; // the timeline's window once the panels are ready, before the first step
};

// Counts the paints of one widget, so a step can wait for its repaint.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// One zoom step in the real window: from setWindow until the timeline's repaint is done.
double windowStep(TimelineWidget *timeline, const PaintCounter &counter, const Window &window)
{
    QTest::qWait(30); // idle time before each step, as the harness leaves (untimed)
    QElapsedTimer timer;
    timer.start();
    const int before = counter.paints;
    timeline->setWindow(window.first, window.second);
    timeline->update(); // a step to the window already shown still paints once
    while (counter.paints == before && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::processEvents(QEventLoop::AllEvents); // what repaints with it
    return double(timer.nsecsElapsed()) / 1e6;
}

Zoom zoom(const QString &csv, int rounds)
{
    Zoom result;
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat);
    writeSettings(settings);
    CorpusDocument document;
    if (!document.open(csv).ok())
        return result;
    MainWindow window(&document, &settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return result;
    for (int waited = 0; !window.detailsPanel() && waited < 60000; waited += 20)
        QTest::qWait(20);
    QTest::qWait(300); // queued layout work settles
    TimelineWidget *timeline = window.timelinePane()->timeline();
    result.timelineSize = timeline->size();
    result.shown = timeline->window();
    PaintCounter counter;
    timeline->installEventFilter(&counter);
    QList<double> medians;
    QList<double> maxima;
    QList<double> fullRange;
    for (int round = 0; round < rounds; ++round) {
        windowStep(timeline, counter, wholeWindow());
        QList<double> steps;
        for (const Window &w : zoomWindows())
            steps.append(windowStep(timeline, counter, w));
        medians.append(median(steps));
        maxima.append(*std::max_element(steps.cbegin(), steps.cend()));
        fullRange.append(windowStep(timeline, counter, wholeWindow()));
    }
    result.step = median(medians);
    result.stepMax = median(maxima);
    result.fullRange = median(fullRange);

    // The renderer alone at vis-timeline's page size, with the window's view options.
    TimelineRenderer renderer;
    renderer.setData(document.corpusPointer(), document.result().events);
    TimelineViewState state = timeline->state();
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QList<double> imageMedians;
    for (int round = 0; round < rounds; ++round) {
        QList<double> steps;
        for (const Window &w : zoomWindows()) {
            state.firstDay = w.first;
            state.endDay = w.second;
            steps.append(bench::elapsedMs([&] {
                renderer.setState(state);
                QPainter painter(&image);
                renderer.paint(&painter, QRectF(image.rect()));
            }));
        }
        imageMedians.append(median(steps));
    }
    result.image = median(imageMedians);
    return result;
}

// The harness's figures, `vis[.cluster|.fit].<figure>.<N>: <value> ms`, and its hang notes.
struct VisFigures
{
    QMap<QString, double> values; // "vis.fit.first-paint.5000" → ms
    QStringList notes;            // `#` lines about hung or crashed runs

    static VisFigures read(const QString &path)
    {
        VisFigures vis;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return vis;
        static const QRegularExpression figure(u"^(vis[a-z.-]*\\.\\d+): ([0-9.]+) ms$"_s);
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (const auto m = figure.match(line); m.hasMatch())
                vis.values.insert(m.captured(1), m.captured(2).toDouble());
            else if (line.startsWith(u"# vis"_s))
                vis.notes.append(line);
        }
        return vis;
    }

    double value(const QString &prefix, const QString &name, int n) const
    {
        return values.value(u"%1.%2.%3"_s.arg(prefix, name).arg(n), -1);
    }

    // A table cell for a variant that hung or crashed at N (or at a smaller N, after which the
    // harness skips it): empty when it did not.
    QString failure(const QString &prefix, int n, bool firstPaint) const
    {
        static const QRegularExpression note(u"^# (\\S+) N=(\\d+) rep \\d+: (\\w+)"_s);
        static const QRegularExpression painted(u"first paint had taken (\\d+) ms"_s);
        for (const QString &line : notes) {
            const auto m = note.match(line);
            if (!m.hasMatch() || m.captured(1) != prefix || m.captured(2).toInt() > n)
                continue;
            if (m.captured(2).toInt() < n)
                return u"skipped"_s;
            const QString what = m.captured(3) == u"HUNG"_s ? u"hung"_s : u"failed"_s;
            const auto p = painted.match(line);
            return firstPaint && p.hasMatch() ? u"%1 (then %2)"_s.arg(p.captured(1), what) : what;
        }
        return {};
    }
};

struct Peer
{
    int n = 0;
    double firstFrame = -1;
    double panelsReady = -1;
    double selfCheck = -1;
    Zoom zoom;
};

QString cell(double ms)
{
    if (ms < 0)
        return u"–"_s;
    return ms >= 100 ? QString::number(qRound(ms)) : QString::number(ms, 'f', 1);
}

QString ratioCell(double vis, double peer)
{
    return vis > 0 && peer > 0 ? QString::number(vis / peer, 'f', vis / peer < 10 ? 1 : 0) + u"×"_s : u"–"_s;
}

void reportRatios(const Peer &p, const VisFigures &vis)
{
    const QString n = QString::number(p.n);
    if (p.selfCheck > 0)
        bench::report(u"peer.%1.panels-ready-ratio.self-check"_s.arg(n), p.panelsReady / p.selfCheck, u"x"_s);
    for (const auto &[variant, prefix] :
         {std::pair(u"window"_s, u"vis"_s), std::pair(u"cluster"_s, u"vis.cluster"_s),
          std::pair(u"fit"_s, u"vis.fit"_s)}) {
        const double paint = vis.value(prefix, u"first-paint"_s, p.n);
        const double step = vis.value(prefix, u"zoom"_s, p.n);
        if (paint > 0 && p.firstFrame > 0)
            bench::report(u"peer.%1.first-frame-ratio.%2"_s.arg(n, variant), paint / p.firstFrame, u"x"_s);
        if (step > 0 && p.zoom.step > 0)
            bench::report(u"peer.%1.zoom-ratio.%2"_s.arg(n, variant), step / p.zoom.step, u"x"_s);
    }
}

// The whole comparison as Markdown, for the README.
void printTable(const QList<Peer> &peers, const VisFigures &vis)
{
    QTextStream out(stdout);
    const auto visCell = [&](const QString &prefix, const QString &name, int n) {
        const double v = vis.value(prefix, name, n);
        if (v >= 0)
            return cell(v);
        const QString failure = vis.failure(prefix, n, name == u"first-paint"_s);
        return failure.isEmpty() ? u"–"_s : failure;
    };
    out << "#\n# | N | Argline first frame, ms | vis first paint window / cluster / fit, ms | ratio (fit) "
           "| Argline panels ready, ms | --self-check, ms | ratio | Argline zoom (max), ms "
           "| 1920×1080 render, ms | vis zoom window / cluster / fit, ms | ratio (fit) |\n"
           "# |---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const Peer &p : peers) {
        out << "# | " << p.n << " | " << cell(p.firstFrame) << " | "
            << visCell(u"vis"_s, u"first-paint"_s, p.n) << " / "
            << visCell(u"vis.cluster"_s, u"first-paint"_s, p.n) << " / "
            << visCell(u"vis.fit"_s, u"first-paint"_s, p.n) << " | "
            << ratioCell(vis.value(u"vis.fit"_s, u"first-paint"_s, p.n), p.firstFrame) << " | "
            << cell(p.panelsReady) << " | " << cell(p.selfCheck) << " | "
            << QString::number(p.panelsReady / p.selfCheck, 'f', 2) << "× | " << cell(p.zoom.step) << " ("
            << cell(p.zoom.stepMax) << ") | " << cell(p.zoom.image) << " | "
            << visCell(u"vis"_s, u"zoom"_s, p.n) << " / " << visCell(u"vis.cluster"_s, u"zoom"_s, p.n)
            << " / " << visCell(u"vis.fit"_s, u"zoom"_s, p.n) << " | "
            << ratioCell(vis.value(u"vis.fit"_s, u"zoom"_s, p.n), p.zoom.step) << " |\n";
    }
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    // A 1920×1080 offscreen screen, for the launched app and for the window built here: the size of
    // vis-timeline's page. Set before QApplication reads the platform.
    QTemporaryDir screenDir;
    const QString screenFile = screenDir.filePath(u"screen.json"_s);
    {
        QFile file(screenFile);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(R"({"screens": [{"name": "peer", "x": 0, "y": 0, "width": 1920, "height": 1080}]})");
    }
    const QString platform = u"offscreen:configfile="_s + screenFile;
    qputenv("QT_QPA_PLATFORM", platform.toLocal8Bit());
    QApplication app(argc, argv);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Argline beside vis-timeline on the harness's datasets."_s);
    parser.addHelpOption();
    const QCommandLineOption dataOption(u"data"_s, u"Folder of dataset-N.csv (default $ARGLINE_PEER_DATA)."_s,
                                        u"dir"_s, qEnvironmentVariable("ARGLINE_PEER_DATA"));
    const QCommandLineOption sizesOption(u"n"_s, u"Sizes to run (default: every dataset in the folder)."_s,
                                         u"list"_s);
    const QCommandLineOption repsOption(u"reps"_s, u"Runs per figure (default 3)."_s, u"count"_s, u"3"_s);
    const QCommandLineOption visOption(u"vis"_s, u"The harness's stdout, for the ratios."_s, u"file"_s);
    parser.addOptions({dataOption, sizesOption, repsOption, visOption});
    parser.process(app);

    const QDir data(parser.value(dataOption));
    QList<int> sizes;
    if (parser.isSet(sizesOption)) {
        for (const QString &n : parser.value(sizesOption).split(u','))
            sizes.append(n.toInt());
    } else if (!parser.value(dataOption).isEmpty()) {
        for (const QString &name : data.entryList({u"dataset-*.csv"_s}, QDir::Files))
            sizes.append(name.section(u'-', 1).section(u'.', 0, 0).toInt());
        std::sort(sizes.begin(), sizes.end());
    }
    sizes.removeIf([&](int n) { return !data.exists(u"dataset-%1.csv"_s.arg(n)); });
    if (parser.value(dataOption).isEmpty() || sizes.isEmpty()) {
        std::printf("# peer_bench: no datasets (dataset-N.csv from the vis-timeline harness); "
                    "`./dev bench peer` writes them and runs both sides. Skipped.\n");
        return 0;
    }
    const int reps = std::max(1, parser.value(repsOption).toInt());
    const VisFigures vis = VisFigures::read(parser.value(visOption));

    Runner runner(platform);
    QList<Peer> peers;
    for (int n : std::as_const(sizes)) {
        const QString csv = data.absoluteFilePath(u"dataset-%1.csv"_s.arg(n));
        Peer p;
        p.n = n;
        runner.selfCheck(csv); // warm the file cache, as any second run would be
        QList<double> checks;
        for (int i = 0; i < reps; ++i)
            checks.append(runner.selfCheck(csv));
        runner.launch(csv);
        QList<double> frames;
        QList<double> panels;
        for (int i = 0; i < reps; ++i) {
            const bench::Launch run = runner.launch(csv);
            if (run.firstFrame < 0 || run.panelsReady < 0) {
                std::fprintf(stderr, "peer_bench: argline did not report its first frame and panels on %s\n",
                             qPrintable(csv));
                return 1;
            }
            frames.append(run.firstFrame);
            panels.append(run.panelsReady);
        }
        p.selfCheck = median(checks);
        p.firstFrame = median(frames);
        p.panelsReady = median(panels);
        p.zoom = zoom(csv, reps);
        if (p.zoom.step < 0 || p.selfCheck < 0) {
            std::fprintf(stderr, "peer_bench: %s did not open in the window or failed --self-check\n",
                         qPrintable(csv));
            return 1;
        }
        const QString name = u"peer.%1."_s.arg(n);
        bench::report(name + u"first-frame"_s, p.firstFrame, u"ms"_s);
        bench::report(name + u"panels-ready"_s, p.panelsReady, u"ms"_s);
        bench::report(name + u"self-check"_s, p.selfCheck, u"ms"_s);
        bench::report(name + u"zoom"_s, p.zoom.step, u"ms"_s);
        bench::report(name + u"zoom-max"_s, p.zoom.stepMax, u"ms"_s);
        bench::report(name + u"full-range-redraw"_s, p.zoom.fullRange, u"ms"_s);
        bench::report(name + u"zoom.1920x1080"_s, p.zoom.image, u"ms"_s);
        const auto list = [](const QList<double> &values) {
            QStringList cells;
            for (double v : values)
                cells.append(cell(v));
            return cells.join(u", "_s);
        };
        const auto date = [](double day) {
            return QDate::fromJulianDay(qint64(std::floor(day))).toString(Qt::ISODate);
        };
        QTextStream(stdout) << "#   " << reps << " runs: first-frame [" << list(frames) << "], panels-ready ["
                            << list(panels) << "], self-check [" << list(checks) << "]; timeline widget "
                            << p.zoom.timelineSize.width() << 'x' << p.zoom.timelineSize.height()
                            << " showing " << date(p.zoom.shown.first) << " .. " << date(p.zoom.shown.second)
                            << Qt::endl;
        if (!vis.values.isEmpty())
            reportRatios(p, vis);
        peers.append(p);
    }
    if (!vis.values.isEmpty())
        printTable(peers, vis);
    return 0;
}
