// The time axis of the timeline: warps (linear and density-balanced), scales, zoom anchoring, typed
// ranges and the two tiers of ticks.
#include "models/time/axislayout.h"
#include "models/time/timerange.h"
#include "models/time/timescale.h"
#include "tests/support/syntheticcorpus.h"
#include "tests/support/testcorpus.h"

#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestTimeScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void densityWarpIsMonotonicAndInvertible();
    void densityWarpBreaksWhereTimeIsQuiet();
    void builtInCorpusOpensUpTheBusyYears();
    void zoomKeepsTheAnchorDay_data();
    void zoomKeepsTheAnchorDay();
    void panMovesByPixels();
    void typedRanges_data();
    void typedRanges();
    void tickTiersPerZoomLevel_data();
    void tickTiersPerZoomLevel();
    void axisLabelsNeverOverlap();
    void axisNeverExplodes();
};

static double jd(int y, int m = 1, int d = 1)
{
    return double(QDate(y, m, d).toJulianDay());
}

static double measure(const QString &text)
{
    return 7.0 * double(text.size()); // a fixed-pitch stand-in for font metrics
}

static TimeWarp warpFor(const Corpus &corpus)
{
    QList<double> days;
    for (const Event &event : corpus.events)
        days.append(double(event.date.date.firstDay()));
    const auto [first, last] = corpus.eventSpan();
    return TimeWarp::densityBalanced(days, first, last);
}

void TestTimeScale::densityWarpIsMonotonicAndInvertible()
{
    for (quint64 seed = 1; seed <= 6; ++seed) {
        test::SyntheticSpec spec;
        spec.events = 500;
        spec.seed = seed;
        const TimeWarp warp = warpFor(test::makeSyntheticCorpus(spec));
        QVERIFY(!warp.isLinear());
        test::Random random(seed);
        double previousDay = jd(1900);
        double previousUnits = warp.toUnits(previousDay);
        for (int i = 0; i < 2000; ++i) {
            const double day = previousDay + random.unit() * 40; // 1900 → about 2120, past both ends
            const double units = warp.toUnits(day);
            QVERIFY2(units > previousUnits || day == previousDay, "strictly increasing");
            QVERIFY(std::abs(warp.toDay(units) - day) < 1e-6);
            QVERIFY(warp.factorAt(day) > 0);
            previousDay = day;
            previousUnits = units;
        }
    }
}

void TestTimeScale::densityWarpBreaksWhereTimeIsQuiet()
{
    QList<double> days{jd(1990, 6)};
    for (int i = 0; i < 20; ++i)
        days.append(jd(2020, 1) + i * 50); // 2020 to late 2022
    const TimeWarp warp = TimeWarp::densityBalanced(days, qint64(jd(1990, 6)), qint64(jd(2022, 10)));
    const QList<TimeWarp::Span> spans = warp.compressedSpans();
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans[0].firstDay, jd(1991));
    QCOMPARE(spans[0].endDay, jd(2020));
    QCOMPARE(spans[0].factor, TimeWarp::linearShare); // empty years keep only the linear share
    QVERIFY(warp.factorAt(jd(2021, 5)) > 1);          // the busy years open up
    QVERIFY(warp.factorAt(jd(1990, 9)) > TimeWarp::compressedBelow);
    QCOMPARE(warp.factorAt(jd(1970)), 1.0); // outside the corpus, time is linear
    // The total width is unchanged: the warp redistributes time, it does not stretch the whole.
    QVERIFY(std::abs((warp.toUnits(jd(2023)) - warp.toUnits(jd(1990))) - (jd(2023) - jd(1990))) < 1e-6);
}

void TestTimeScale::builtInCorpusOpensUpTheBusyYears()
{
    const TimeWarp warp = warpFor(*test::builtInCorpus());
    const QList<TimeWarp::Span> spans = warp.compressedSpans();
    QVERIFY(!spans.isEmpty());
    QVERIFY(spans.first().firstDay >= jd(1983) && spans.last().endDay <= jd(2022));
    for (int year = 2022; year <= 2025; ++year)
        QVERIFY2(warp.factorAt(jd(year, 7)) > 1, qPrintable(QString::number(year)));
}

void TestTimeScale::zoomKeepsTheAnchorDay_data()
{
    QTest::addColumn<bool>("balanced");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("anchorX");
    QTest::newRow("linear, zoom in at the left third") << false << 1.25 << 333.0;
    QTest::newRow("linear, zoom out near the right") << false << 0.8 << 950.0;
    QTest::newRow("balanced, zoom in over 2023") << true << 2.0 << 800.0;
    QTest::newRow("balanced, zoom out over the 1990s") << true << 0.5 << 150.0;
}

void TestTimeScale::zoomKeepsTheAnchorDay()
{
    QFETCH(bool, balanced);
    QFETCH(double, factor);
    QFETCH(double, anchorX);
    const TimeWarp warp = balanced ? warpFor(*test::builtInCorpus()) : TimeWarp();
    const TimeScale before(warp, jd(1983), jd(2026), 0, 1000);
    const double anchorDay = before.day(anchorX);
    const auto [first, end] = before.zoomed(factor, anchorX);
    const TimeScale after(warp, first, end, 0, 1000);
    QVERIFY(std::abs(after.x(anchorDay) - anchorX) < 1e-6);
    QVERIFY(std::abs((after.warp().toUnits(end) - after.warp().toUnits(first)) * factor -
                     (warp.toUnits(jd(2026)) - warp.toUnits(jd(1983)))) < 1e-6);
}

void TestTimeScale::panMovesByPixels()
{
    const TimeScale scale(TimeWarp(), jd(2000), jd(2010), 100, 1000);
    const auto [first, end] = scale.panned(250);
    const TimeScale moved(TimeWarp(), first, end, 100, 1000);
    QVERIFY(std::abs(moved.x(jd(2005)) - (scale.x(jd(2005)) + 250)) < 1e-6);
}

void TestTimeScale::typedRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("end");
    QTest::newRow("a year") << u"2023"_s << jd(2023) << jd(2024);
    QTest::newRow("years") << u"2007..2017"_s << jd(2007) << jd(2018);
    QTest::newRow("spaced") << u" 2022 .. 2025 "_s << jd(2022) << jd(2026);
    QTest::newRow("a month") << u"2025-04"_s << jd(2025, 4) << jd(2025, 5);
    QTest::newRow("days") << u"2025-04-08..2025-04-09"_s << jd(2025, 4, 8) << jd(2025, 4, 10);
    QTest::newRow("qualified") << u"early 2023..2024"_s << jd(2023) << jd(2025);
    QTest::newRow("bad") << u"twenty"_s << -1.0 << -1.0;
    QTest::newRow("backwards") << u"2017..2007"_s << -1.0 << -1.0;
    QTest::newRow("open-ended") << u"2007.."_s << -1.0 << -1.0;
}

void TestTimeScale::typedRanges()
{
    QFETCH(QString, text);
    QFETCH(double, first);
    QString error;
    const auto range = TimeRange::parse(text, &error);
    QCOMPARE(range.has_value(), first >= 0);
    if (!range) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(double(range->firstDay), first);
    QTEST(double(range->endDay), "end");
}

void TestTimeScale::tickTiersPerZoomLevel_data()
{
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("lower");
    QTest::addColumn<int>("upper");
    QTest::addColumn<QString>("firstLowerLabel");
    QTest::addColumn<QString>("firstUpperLabel");

    const auto unit = [](TickUnit u) { return int(u); };
    QTest::newRow("whole story, wide") << jd(1983) << jd(2026) << 1920.0 << unit(TickUnit::Year)
                                       << unit(TickUnit::Decade) << u"1983"_s << u"1980s"_s;
    QTest::newRow("whole story, laptop") << jd(1983) << jd(2026) << 1200.0 << unit(TickUnit::FiveYears)
                                         << unit(TickUnit::Decade) << u"1985"_s << u"1980s"_s;
    QTest::newRow("sixty years") << jd(1965) << jd(2026) << 1000.0 << unit(TickUnit::FiveYears)
                                 << unit(TickUnit::Decade) << u"1965"_s << u"1960s"_s;
    QTest::newRow("2007–2017") << jd(2007) << jd(2018) << 1000.0 << unit(TickUnit::Year)
                               << unit(TickUnit::Decade) << u"2007"_s << u"2000s"_s;
    QTest::newRow("2007–2017, wide") << jd(2007) << jd(2018) << 1800.0 << unit(TickUnit::Quarter)
                                     << unit(TickUnit::Year) << u"Q1"_s << u"2007"_s;
    QTest::newRow("2022–2025") << jd(2022) << jd(2026) << 1600.0 << unit(TickUnit::Month)
                               << unit(TickUnit::Year) << u"Jan"_s << u"2022"_s;
    QTest::newRow("the April 2025 week") << jd(2025, 4, 6) << jd(2025, 4, 13) << 1600.0 << unit(TickUnit::Day)
                                         << unit(TickUnit::Month) << u"6"_s << u"April 2025"_s;
    QTest::newRow("one day") << jd(2025, 4, 9) << jd(2025, 4, 10) << 800.0 << unit(TickUnit::Day)
                             << unit(TickUnit::Month) << u"9"_s << u"April 2025"_s;
    QTest::newRow("two months") << jd(2023, 6) << jd(2023, 8) << 600.0 << unit(TickUnit::Week)
                                << unit(TickUnit::Month) << u"5"_s
                                << u"June 2023"_s; // the week of 29 May is mostly off-screen
}

void TestTimeScale::tickTiersPerZoomLevel()
{
    QFETCH(double, first);
    QFETCH(double, end);
    QFETCH(double, width);
    const AxisLayout axis =
        AxisLayout::build(TimeScale(TimeWarp(), first, end, 0, width), measure, 0, 20, 16);
    QTEST(int(axis.lower.unit), "lower");
    QTEST(int(axis.upper.unit), "upper");
    const auto firstLabelled = [](const AxisTier &tier) {
        for (const AxisTick &tick : tier.ticks) {
            if (tick.hasLabel())
                return tick.label;
        }
        return QString();
    };
    QTEST(firstLabelled(axis.lower), "firstLowerLabel");
    QTEST(firstLabelled(axis.upper), "firstUpperLabel");
}

// Property: over random windows, widths and both warps, no two labels of a tier overlap and every
// label lies inside the view.
void TestTimeScale::axisLabelsNeverOverlap()
{
    const TimeWarp balanced = warpFor(*test::builtInCorpus());
    test::Random random(7);
    for (int round = 0; round < 400; ++round) {
        const double first = jd(1975) + random.unit() * 18000;
        const double span = std::pow(10.0, random.unit() * 4.4); // a day to about 70 years
        const double width = 200 + random.unit() * 1800;
        const TimeScale scale(round % 2 ? balanced : TimeWarp(), first, first + span, 30, width);
        const AxisLayout axis = AxisLayout::build(scale, measure, 0, 20, 16);
        for (const AxisTier *tier : {&axis.lower, &axis.upper}) {
            QList<QRectF> rects;
            for (const AxisTick &tick : tier->ticks) {
                if (tick.hasLabel())
                    rects.append(tick.labelRect);
            }
            std::sort(rects.begin(), rects.end(),
                      [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
            for (qsizetype i = 0; i < rects.size(); ++i) {
                QVERIFY(rects[i].left() >= scale.left() - 1e-9 && rects[i].right() <= scale.right() + 1e-9);
                if (i > 0)
                    QVERIFY2(rects[i - 1].right() <= rects[i].left(), "labels overlap");
            }
        }
    }
}

void TestTimeScale::axisNeverExplodes()
{
    // A window far wider than any corpus still yields a bounded number of ticks.
    const AxisLayout axis =
        AxisLayout::build(TimeScale(TimeWarp(), jd(1), jd(9000), 0, 300), measure, 0, 20, 16);
    QVERIFY(axis.lower.ticks.size() <= AxisLayout::maxTicks);
    QVERIFY(axis.upper.ticks.size() <= AxisLayout::maxTicks);
}

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
