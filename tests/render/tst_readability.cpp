// Readable at a glance: the timeline labels what it shows. On the built-in corpus, a 1920×1080 export of
// the whole story labels nearly every event, most with their whole title, and 2022–2025 labels every
// event with its whole title (the targets of the "readable at a glance" work; the benchmark
// readability_bench prints the same figures).
#include "tests/support/readability.h"
#include "tests/support/testcorpus.h"

#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestReadability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeStoryExport();
    void recentYearsExport();
};

void TestReadability::wholeStoryExport()
{
    const test::LabelCount count =
        test::exportedTimelineLabels(test::builtInCorpus(), std::nullopt, QSize(1920, 1080));
    qInfo("whole range, 1920x1080: %s", qPrintable(count.toString()));
    QCOMPARE(count.events, int(test::builtInCorpus()->events.size()));
    QVERIFY2(count.labelled >= count.events - 4, qPrintable(count.toString()));
    QVERIFY2(count.whole >= count.events - 11, qPrintable(count.toString()));
}

void TestReadability::recentYearsExport()
{
    const TimeRange recent{QDate(2022, 1, 1).toJulianDay(), QDate(2026, 1, 1).toJulianDay()};
    const test::LabelCount count =
        test::exportedTimelineLabels(test::builtInCorpus(), recent, QSize(1920, 1080));
    qInfo("2022-2025, 1920x1080: %s", qPrintable(count.toString()));
    QVERIFY(count.events >= 27);
    QCOMPARE(count.labelled, count.events);
    QCOMPARE(count.whole, count.events);
}

QTEST_MAIN(TestReadability)
#include "tst_readability.moc"
