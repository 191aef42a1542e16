// Years before AD 1 (issue 15): the date grammar ("-0300" is 300 BC, no year 0), day spans across AD 1,
// the wording ("300 BC"), and a time axis that runs from BC into AD with sensible ticks and labels.
#include "models/time/axislayout.h"
#include "models/time/fuzzydate.h"
#include "models/time/timescale.h"
#include "models/time/timewarp.h"

#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestDatesBeforeChrist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesYearsBeforeChrist_data();
    void parsesYearsBeforeChrist();
    void rejects_data();
    void rejects();
    void roundTripsCanonicalText_data();
    void roundTripsCanonicalText();
    void displayText_data();
    void displayText();
    void circaSkipsTheMissingYearZero();
    void axisAcrossAdOne();
    void densityWarpAcrossAdOne();
};

static qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

void TestDatesBeforeChrist::parsesYearsBeforeChrist_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::newRow("300 BC") << u"-0300"_s << jd(-300, 1, 1) << jd(-300, 12, 31);
    QTest::newRow("1 BC is a leap year") << u"-0001-02"_s << jd(-1, 2, 1) << jd(-1, 2, 29);
    QTest::newRow("the Ides of March") << u"-0044-03-15"_s << jd(-44, 3, 15) << jd(-44, 3, 15);
    QTest::newRow("9999 BC") << u"-9999"_s << jd(-9999, 1, 1) << jd(-9999, 12, 31);
    QTest::newRow("range across AD 1") << u"-0004/0030"_s << jd(-4, 1, 1) << jd(30, 12, 31);
    QTest::newRow("early year BC") << u"early -0300"_s << jd(-300, 1, 1) << jd(-300, 4, 30);
}

void TestDatesBeforeChrist::parsesYearsBeforeChrist()
{
    QFETCH(QString, text);
    QString error;
    const auto date = FuzzyDate::parse(text, &error);
    QVERIFY2(date, qPrintable(error));
    QVERIFY(date->isValid());
    QTEST(date->firstDay(), "first");
    QTEST(date->lastDay(), "last");
    // The span is one year long across AD 1: 1 BC runs straight into AD 1.
    QCOMPARE(jd(-1, 12, 31) + 1, jd(1, 1, 1));
}

void TestDatesBeforeChrist::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("minus zero") << u"-0000"_s << u"year 0 is out of range (1–9999)"_s;
    QTest::newRow("five digits") << u"-13800"_s << u"\"-13800\" is not a date (the year needs four digits)"_s;
    QTest::newRow("a lone minus") << u"-"_s
                                  << u"\"-\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"_s;
    QTest::newRow("30 February BC") << u"-0044-02-30"_s << u"day 30 does not exist in -0044-02"_s;
    QTest::newRow("range backwards") << u"-0100/-0200"_s
                                     << u"the range ends (-0200) before it starts (-0100)"_s;
}

void TestDatesBeforeChrist::rejects()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!FuzzyDate::parse(text, &error));
    QTEST(error, "error");
}

void TestDatesBeforeChrist::roundTripsCanonicalText_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"-0300", "-0044-03", "-0044-03-15", "circa -0005", "-0004/0030", "late -1200"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestDatesBeforeChrist::roundTripsCanonicalText()
{
    QFETCH(QString, text);
    const auto date = FuzzyDate::parse(text);
    QVERIFY(date);
    QCOMPARE(date->toString(), text);
    QCOMPARE(FuzzyDate::parse(date->toString()), date);
}

void TestDatesBeforeChrist::displayText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");
    QTest::newRow("year") << u"-0300"_s << u"300 BC"_s;
    QTest::newRow("month") << u"-0044-03"_s << u"March 44 BC"_s;
    QTest::newRow("day") << u"-0044-03-15"_s << u"15 March 44 BC"_s;
    QTest::newRow("range") << u"-0004/0030"_s << u"4 BC – 30"_s;
    QTest::newRow("circa") << u"circa -0300"_s << u"c. 300 BC"_s;
    QTest::newRow("AD unchanged") << u"1983"_s << u"1983"_s;
}

void TestDatesBeforeChrist::displayText()
{
    QFETCH(QString, text);
    const auto date = FuzzyDate::parse(text);
    QVERIFY(date);
    QTEST(date->displayText(), "display");
}

void TestDatesBeforeChrist::circaSkipsTheMissingYearZero()
{
    const auto circaOne = FuzzyDate::parse(u"circa 0001");
    QVERIFY(circaOne);
    QCOMPARE(circaOne->firstDay(), jd(-1, 1, 1)); // 1 BC, not a year 0
    QCOMPARE(circaOne->lastDay(), jd(2, 12, 31));
    const auto circaOneBc = FuzzyDate::parse(u"circa -0001");
    QVERIFY(circaOneBc);
    QCOMPARE(circaOneBc->firstDay(), jd(-2, 1, 1));
    QCOMPARE(circaOneBc->lastDay(), jd(1, 12, 31));
}

void TestDatesBeforeChrist::axisAcrossAdOne()
{
    // 400 BC to AD 300 on 1400 pixels: half centuries below, centuries above, on the round years of either
    // era, with AD 1 where the 1st century BC ends.
    const TimeScale scale(TimeWarp(), double(jd(-400, 1, 1)), double(jd(300, 1, 1)), 0, 1400);
    const auto measure = [](const QString &text) { return 7.0 * text.size(); };
    const AxisLayout axis = AxisLayout::build(scale, measure, 0, 20, 16);
    QCOMPARE(axis.lower.unit, TickUnit::HalfCentury);
    QCOMPARE(axis.upper.unit, TickUnit::Century);
    QVERIFY(axis.lower.ticks.size() >= 6);
    QStringList labels;
    qint64 previous = std::numeric_limits<qint64>::min();
    bool adOne = false;
    for (const AxisTick &tick : axis.lower.ticks) {
        QVERIFY2(tick.day > previous, "ticks run forward");
        previous = tick.day;
        adOne = adOne || tick.day == jd(1, 1, 1);
        labels.append(tick.label);
    }
    for (const AxisTick &tick : axis.upper.ticks)
        labels.append(tick.label);
    QVERIFY(adOne);
    for (const QString &label : std::as_const(labels))
        QVERIFY2(!label.startsWith(u'-'), qPrintable(label)); // "3rd century BC", never "-300"
    const QString all = labels.join(u'|');
    QVERIFY2(all.contains(u"4th century BC"_s) && all.contains(u"1st century"_s), qPrintable(all));
    QVERIFY2(all.contains(u"350 BC"_s) && all.contains(u"|1|"_s), qPrintable(all));
    // Thousands of years on a narrow view: millennia, labelled on both sides of AD 1.
    const TimeScale long_(TimeWarp(), double(jd(-3500, 1, 1)), double(jd(2000, 1, 1)), 0, 1500);
    const AxisLayout millennia = AxisLayout::build(long_, measure, 0, 20, 16);
    QStringList placed;
    for (const AxisTick &tick : millennia.upper.ticks + millennia.lower.ticks) {
        if (tick.hasLabel())
            placed.append(tick.label);
    }
    QVERIFY2(placed.contains(u"2nd millennium BC"_s) && placed.contains(u"1st millennium"_s),
             qPrintable(placed.join(u'|')));
    // Century labels in BC read "3rd century BC" (300 to 201 BC).
    QCOMPARE(AxisLayout::labelFor(TickUnit::Century, jd(-300, 1, 1), true), u"3rd century BC"_s);
    QCOMPARE(AxisLayout::labelFor(TickUnit::Year, jd(-44, 1, 1), false), u"44 BC"_s);
    QCOMPARE(AxisLayout::labelFor(TickUnit::Month, jd(-44, 3, 1), true), u"March 44 BC"_s);
    // The unit before AD 1 ends where AD 1 begins.
    QCOMPARE(AxisLayout::nextUnit(TickUnit::Century, AxisLayout::unitStart(TickUnit::Century, jd(-50, 6, 1))),
             jd(1, 1, 1));
    QCOMPARE(AxisLayout::unitStart(TickUnit::Decade, jd(-15, 6, 1)), jd(-20, 1, 1));
    QCOMPARE(AxisLayout::nextUnit(TickUnit::Year, jd(-1, 1, 1)), jd(1, 1, 1));
}

void TestDatesBeforeChrist::densityWarpAcrossAdOne()
{
    const QList<double> days{double(jd(-50, 1, 1)), double(jd(-10, 1, 1)), double(jd(20, 1, 1)),
                             double(jd(21, 1, 1))};
    const TimeWarp warp = TimeWarp::densityBalanced(days, jd(-60, 1, 1), jd(30, 12, 31));
    double previous = -1e300;
    for (qint64 day = jd(-60, 1, 1); day <= jd(30, 12, 31); day += 100) {
        const double x = warp.toUnits(double(day));
        QVERIFY2(x > previous, "the warp stays monotonic across AD 1");
        previous = x;
    }
}

QTEST_GUILESS_MAIN(TestDatesBeforeChrist)
#include "tst_datesbeforechrist.moc"
