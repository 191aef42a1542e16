// Import benchmark: the plain events table the vis-timeline comparison writes (bench.mjs --dump-data:
// id, group, type, start_ms, end_ms, title), generated here at 10,000 and 100,000 rows, read into a
// document. Reading must grow linearly with the file: the ratio of the two times stays near 10.
//
// Prints: import.csv.10k.time, import.csv.100k.time (medians of 3), import.csv.ratio.
#include "models/explore/corpusdocument.h"
#include "tests/bench/benchsupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

QString writeTable(const QString &folder, int rows)
{
    const QString path = folder + u"/dataset-"_s + QString::number(rows) + u".csv"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("id,group,type,start_ms,end_ms,title\n");
    const qint64 start = QDateTime(QDate(1983, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 day = 86400000;
    quint32 seed = 20250101;
    const auto next = [&seed] { return (seed = seed * 1664525u + 1013904223u) >> 8; };
    for (int i = 0; i < rows; ++i) {
        const qint64 begin = start + qint64(next() % 15700) * day + qint64(next() % 86400) * 1000;
        const bool range = next() % 5 == 0;
        QByteArray line = QByteArray::number(i) + ',' + QByteArray::number(next() % 8) + ',' +
                          (range ? "range," : "point,") + QByteArray::number(begin) + ',';
        if (range)
            line += QByteArray::number(begin + qint64(1 + next() % 365) * day);
        line += ",\"E" + QByteArray::number(i) + " annual budget review meeting with regional partners\"\n";
        file.write(line);
    }
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString small = writeTable(dir.path(), 10000);
    const QString large = writeTable(dir.path(), 100000);
    CorpusDocument document;
    const auto time = [&](const QString &path) {
        return bench::medianMs(3, [&] {
            if (!document.open(path).ok())
                qFatal("cannot read %s", qPrintable(path));
        });
    };
    const double smallMs = time(small);
    const double largeMs = time(large);
    bench::report(u"import.csv.10k.time"_s, smallMs, u"ms"_s);
    bench::report(u"import.csv.100k.time"_s, largeMs, u"ms"_s);
    bench::report(u"import.csv.ratio"_s, largeMs / smallMs, u"x"_s);
    return 0;
}
