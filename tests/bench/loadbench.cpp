// Load benchmark: a deterministic 100,000-event + 20,000-argument synthetic corpus (about 58 MB of JSON)
// read into the models. Peak RSS is a per-process high-water mark, so the corpus is generated in one
// child process and every measurement runs in a fresh child of its own.
//
// Prints: load.100k.file-size, load.100k.time (median of 3), load.100k.peak-rss, load.builtin.time.
#include "models/explore/corpusdocument.h"
#include "models/io/corpusreader.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/syntheticcorpus.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

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
    return 0;
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
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == u"--generate")
        return generate(args[2]);
    if (args.size() == 3 && args[1] == u"--measure")
        return measure(args[2]);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"synthetic-100k.json"_s);
    runChild({u"--generate"_s, path});
    bench::report(u"load.100k.file-size"_s, double(QFileInfo(path).size()) / (1024.0 * 1024.0), u"MB"_s);

    QList<double> times;
    double peak = 0;
    for (int i = 0; i < 3; ++i) {
        const QStringList figures = runChild({u"--measure"_s, path});
        times.append(figures.value(0).toDouble());
        peak = std::max(peak, figures.value(1).toDouble());
    }
    std::sort(times.begin(), times.end());
    bench::report(u"load.100k.time"_s, times[1], u"ms"_s);
    bench::report(u"load.100k.peak-rss"_s, peak, u"MB"_s);

    CorpusDocument document;
    bench::report(u"load.builtin.time"_s,
                  bench::medianMs(9, [&] { document.open(CorpusReader::builtInCorpusPath()); }), u"ms"_s);
    return 0;
}
