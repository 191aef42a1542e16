// Timeline layout invariants over random corpora, windows and sizes: no two labels overlap, labels keep
// clear of markers and cluster badges, and every event in view is labelled, in a cluster, or in its
// lane's density strip. Plus the geometry of fuzzy dates.
#include "models/layout/timelinelayout.h"
#include "tests/support/syntheticcorpus.h"
#include "tests/support/testcorpus.h"

#include <QDate>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace argline;

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariantsHoldOnRandomCorpora();
    void denseLanesBecomeDensityStrips();
    void countsPerSpanMatchOneByOne();
    void boostedEventsWinLabelSpace();
    void fuzzyDatesSpanTheirPeriod();
    void collapsedLanesShowMarkersOnly();
    void hitTestingFindsWhatWasDrawn();

private:
    static TimelineLayout::Input input(const Corpus &corpus, const TimeIndex &index, double first, double end,
                                       QRectF rect);
    static void checkInvariants(const Corpus &corpus, const TimeIndex &index, const TimelineLayout::Input &in,
                                const TimelineLayout &layout);
};

static double jd(int y, int m = 1, int d = 1)
{
    return double(QDate(y, m, d).toJulianDay());
}

static QList<int> allEvents(const Corpus &corpus)
{
    QList<int> events(corpus.events.size());
    std::iota(events.begin(), events.end(), 0);
    return events;
}

TimelineLayout::Input TestTimelineLayout::input(const Corpus &corpus, const TimeIndex &index, double first,
                                                double end, QRectF rect)
{
    TimelineLayout::Input in;
    in.corpus = &corpus;
    in.index = &index;
    in.scale = TimeScale(TimeWarp(), first, end, rect.left(), rect.width());
    in.lanesRect = rect;
    in.labelWidth = [&corpus](int event, int lines) {
        return std::ceil(6.5 * double(corpus.events[event].title.size()) *
                         (lines == 1   ? 1.0
                          : lines == 2 ? 0.55
                                       : 0.4));
    };
    return in;
}

void TestTimelineLayout::checkInvariants(const Corpus &corpus, const TimeIndex &index,
                                         const TimelineLayout::Input &in, const TimelineLayout &layout)
{
    const TimeScale &s = in.scale;
    // 1. No two labels overlap, and every label lies in the view.
    for (qsizetype i = 0; i < layout.labels.size(); ++i) {
        const QRectF &a = layout.labels[i].rect;
        QVERIFY(a.left() >= s.left() - 1e-6 && a.right() <= s.right() + 1e-6);
        for (qsizetype j = i + 1; j < layout.labels.size(); ++j)
            QVERIFY2(!a.intersects(layout.labels[j].rect), "two labels overlap");
    }
    // 2. Labels keep off other markers' row positions and off cluster badges.
    for (const TimelineLabel &label : layout.labels) {
        for (const TimelineCluster &cluster : layout.clusters) {
            if (cluster.lane == label.lane && cluster.events.size() > 1)
                QVERIFY2(!label.rect.intersects(cluster.rect), "a label covers a cluster badge");
        }
        if (label.row != 0)
            continue;
        for (const TimelineMarker &marker : layout.markers) {
            if (marker.lane == label.lane && marker.event != label.event)
                QVERIFY2(marker.x + in.metrics.markerRadius <= label.rect.left() ||
                             marker.x - in.metrics.markerRadius >= label.rect.right(),
                         "a label covers another event's marker");
        }
    }
    // 3. One label per event, in one of its lanes. In every lane it belongs to, an event in view is
    //    exactly one of: labelled there, a linked mark (labelled in another lane), or in a cluster —
    //    unless the lane is a density strip.
    QHash<int, int> labelsOf;
    for (const TimelineLabel &label : layout.labels)
        ++labelsOf[label.event];
    // A label may sit in a lane scrolled out of view, leaving only its linked marks in view.
    const bool allLanesInView =
        std::all_of(layout.lanes.begin(), layout.lanes.end(), [&](const TimelineLaneBox &b) {
            return b.rect.bottom() >= in.lanesRect.top() && b.rect.top() <= in.lanesRect.bottom();
        });
    for (auto it = labelsOf.cbegin(); it != labelsOf.cend(); ++it)
        QVERIFY2(it.value() == 1,
                 qPrintable(u"event %1 has %2 labels"_s.arg(corpus.events[it.key()].id).arg(it.value())));
    for (const TimelineLaneBox &box : layout.lanes) {
        if (box.rect.bottom() < in.lanesRect.top() || box.rect.top() > in.lanesRect.bottom())
            continue; // scrolled out, not laid out
        const Lane &lane = index.lanes()[box.lane];
        QHash<int, int> seen;
        for (const TimelineLabel &label : layout.labels)
            seen[label.event] += label.lane == box.lane;
        for (const TimelineMarker &marker : layout.markers) {
            if (marker.lane == box.lane && marker.echo) {
                QVERIFY2(labelsOf.value(marker.event) == 1 || !allLanesInView,
                         "a linked mark for an event labelled nowhere");
                seen[marker.event] += 1;
            }
        }
        for (const TimelineCluster &cluster : layout.clusters) {
            if (cluster.lane == box.lane) {
                for (int event : cluster.events) {
                    QVERIFY2(!labelsOf.contains(event), "a labelled event in a cluster");
                    seen[event] += 1;
                }
            }
        }
        for (const LaneEntry &entry : lane.entries) {
            const bool visible = double(entry.endDay) > s.firstDay() && double(entry.firstDay) < s.endDay();
            if (!visible)
                continue;
            if (box.density) {
                QVERIFY(seen.value(entry.event) <= 1); // at most a landmark label
                continue;
            }
            QVERIFY2(seen.value(entry.event) == 1,
                     qPrintable(
                         u"event %1 in lane %2 shown %3 times"_s.arg(corpus.events[entry.event].id, lane.name)
                             .arg(seen.value(entry.event))));
        }
    }
    // 3b. Labels stay inside their lane.
    for (const TimelineLabel &label : layout.labels) {
        const QRectF &lane = layout.lanes[label.lane].rect;
        QVERIFY2(label.rect.top() >= lane.top() - 1e-6 && label.rect.bottom() <= lane.bottom() + 1e-6,
                 "a label spills out of its lane");
    }
    // 4. Density buckets lie in the view and count real events.
    for (const TimelineDensity &bucket : layout.density) {
        QVERIFY(bucket.count > 0);
        QVERIFY(bucket.x0 >= s.left() - 1e-6 && bucket.x1 <= s.right() + 1e-6);
        QVERIFY(layout.lanes[bucket.lane].density);
    }
}

void TestTimelineLayout::invariantsHoldOnRandomCorpora()
{
    for (quint64 seed = 1; seed <= 30; ++seed) {
        test::Random random(seed * 977);
        test::SyntheticSpec spec;
        spec.events = random.between(5, 3000);
        spec.arguments = 10;
        spec.seed = seed;
        const Corpus corpus = test::makeSyntheticCorpus(spec);
        const TimeIndex index(corpus, allEvents(corpus), seed % 2 ? LaneMode::Actor : LaneMode::Theme);
        const double first = jd(1950) + random.unit() * 25000;
        const double span = std::pow(10.0, random.unit() * 4.4);
        const QRectF rect(120, 60, 300 + random.unit() * 1600, 200 + random.unit() * 900);
        TimelineLayout::Input in = input(corpus, index, first, first + span, rect);
        for (const Lane &lane : index.lanes()) {
            if (random.between(0, 4) == 0)
                in.collapsedLanes.insert(lane.id);
        }
        for (int i = 0; i < 5; ++i)
            in.boosted.insert(random.between(0, spec.events - 1));
        const TimelineLayout layout = TimelineLayout::build(in);
        checkInvariants(corpus, index, in, layout);
        if (QTest::currentTestFailed()) {
            qWarning("failed for seed %llu", seed);
            return;
        }
    }
}

void TestTimelineLayout::denseLanesBecomeDensityStrips()
{
    test::SyntheticSpec spec;
    spec.events = 20000;
    const Corpus corpus = test::makeSyntheticCorpus(spec);
    const TimeIndex index(corpus, allEvents(corpus), LaneMode::Actor);
    const TimelineLayout::Input in = input(corpus, index, jd(1950), jd(2026), QRectF(120, 60, 1000, 800));
    const TimelineLayout layout = TimelineLayout::build(in);
    QVERIFY(std::all_of(layout.lanes.begin(), layout.lanes.end(),
                        [](const TimelineLaneBox &b) { return b.density; }));
    QVERIFY(!layout.density.isEmpty());
    QVERIFY(!layout.labels.isEmpty()); // the landmarks keep their labels
    for (const TimelineLabel &label : layout.labels)
        QVERIFY(corpus.events[label.event].importance >= 4);
    checkInvariants(corpus, index, in, layout);
    // Zoomed in far enough, the same lanes turn back into individual events.
    const TimelineLayout zoomed =
        TimelineLayout::build(input(corpus, index, jd(2024, 3), jd(2024, 4), QRectF(120, 60, 1000, 800)));
    QVERIFY(std::none_of(zoomed.lanes.begin(), zoomed.lanes.end(),
                         [](const TimelineLaneBox &b) { return b.density; }));
}

void TestTimelineLayout::countsPerSpanMatchOneByOne()
{
    // Lane::countStartingEach (one galloping pass, as density strips use it) against a count of the entries
    // one by one, on random edges: crowded spans, empty ones, spans before and after every entry, repeated
    // edges.
    test::SyntheticSpec spec;
    spec.events = 3000;
    const Corpus corpus = test::makeSyntheticCorpus(spec);
    const TimeIndex index(corpus, allEvents(corpus), LaneMode::Theme);
    test::Random random(7);
    for (int round = 0; round < 200; ++round) {
        const Lane &lane = index.lanes()[random.between(0, int(index.lanes().size()) - 1)];
        QList<double> edges;
        double day = jd(random.between(1900, 2030)) + random.unit();
        for (int i = random.between(0, 300); i >= 0; --i) {
            edges.append(day);
            day += random.between(0, 3) == 0 ? 0 : random.unit() * std::pow(10, random.between(0, 4));
        }
        const QList<qsizetype> counts = lane.countStartingEach(edges);
        QCOMPARE(counts.size(), std::max<qsizetype>(0, edges.size() - 1));
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const auto starts = [&](const LaneEntry &e) {
                return double(e.firstDay) >= edges[i] && double(e.firstDay) < edges[i + 1];
            };
            QCOMPARE(counts[i], std::count_if(lane.entries.cbegin(), lane.entries.cend(), starts));
        }
    }
}

void TestTimelineLayout::boostedEventsWinLabelSpace()
{
    // A crowded stretch: the boosted (e.g. selected) event gets a label even though it is unimportant.
    test::SyntheticSpec spec;
    spec.events = 1500;
    const Corpus corpus = test::makeSyntheticCorpus(spec);
    const TimeIndex index(corpus, allEvents(corpus), LaneMode::Theme);
    TimelineLayout::Input in = input(corpus, index, jd(2015), jd(2020), QRectF(100, 0, 900, 600));
    const TimelineLayout plain = TimelineLayout::build(in);
    const auto labelled = [](const TimelineLayout &layout, int event) {
        return std::any_of(layout.labels.begin(), layout.labels.end(),
                           [&](const TimelineLabel &l) { return l.event == event; });
    };
    int unlabelled = -1;
    for (const TimelineCluster &cluster : plain.clusters) {
        if (!plain.lanes[cluster.lane].density && !cluster.events.isEmpty()) {
            unlabelled = cluster.events.first();
            break;
        }
    }
    QVERIFY(unlabelled >= 0);
    in.boosted = {unlabelled};
    QVERIFY(labelled(TimelineLayout::build(in), unlabelled));
}

void TestTimelineLayout::fuzzyDatesSpanTheirPeriod()
{
    const auto corpus = test::builtInCorpus();
    const TimeIndex index(*corpus, allEvents(*corpus), LaneMode::Actor);
    const TimelineLayout::Input in = input(*corpus, index, jd(1980), jd(2026), QRectF(100, 0, 1840, 3000));
    const TimelineLayout layout = TimelineLayout::build(in);
    const auto markerOf = [&](const QString &id) {
        const int event = corpus->indexOf(ItemKind::Event, id);
        return *std::find_if(layout.markers.begin(), layout.markers.end(),
                             [&](const TimelineMarker &m) { return m.event == event; });
    };
    const TimeScale &s = in.scale;
    // A year-only date covers its whole year, and its anchor sits mid-year, not on 1 January.
    const TimelineMarker year = markerOf(u"e-1983-consultation-attempt"_s);
    QCOMPARE(year.spanX0, s.x(jd(1983)));
    QCOMPARE(year.spanX1, s.x(jd(1984)));
    QCOMPARE(year.x, (s.x(jd(1983)) + s.x(jd(1984))) / 2);
    // "early 2023" covers January to April.
    const TimelineMarker early = markerOf(u"e-2023-stoltenberg-visits-japan"_s);
    QCOMPARE(early.spanX0, s.x(jd(2023)));
    QCOMPARE(early.spanX1, s.x(jd(2023, 5)));
    // A single day is one day wide.
    const TimelineMarker day = markerOf(u"e-2025-rutte-nakatani-nsatu"_s);
    QVERIFY(std::abs((day.spanX1 - day.spanX0) - s.pixelsPerDay(jd(2025, 4, 8))) < 1e-9);
}

void TestTimelineLayout::collapsedLanesShowMarkersOnly()
{
    const auto corpus = test::builtInCorpus();
    const TimeIndex index(*corpus, allEvents(*corpus), LaneMode::Actor);
    TimelineLayout::Input in = input(*corpus, index, jd(1980), jd(2026), QRectF(100, 0, 1800, 1400));
    in.collapsedLanes = {u"japan"_s};
    const TimelineLayout layout = TimelineLayout::build(in);
    const int japan = corpus->indexOf(ItemKind::Actor, u"japan"_s);
    QCOMPARE(layout.lanes[japan].rect.height(), in.metrics.collapsedHeight);
    QVERIFY(std::none_of(layout.labels.begin(), layout.labels.end(),
                         [&](const TimelineLabel &l) { return l.lane == japan; }));
    QVERIFY(std::any_of(layout.markers.begin(), layout.markers.end(),
                        [&](const TimelineMarker &m) { return m.lane == japan; }));
    checkInvariants(*corpus, index, in, layout);
}

void TestTimelineLayout::hitTestingFindsWhatWasDrawn()
{
    const auto corpus = test::builtInCorpus();
    const TimeIndex index(*corpus, allEvents(*corpus), LaneMode::Theme);
    const TimelineLayout layout =
        TimelineLayout::build(input(*corpus, index, jd(2022), jd(2026), QRectF(100, 0, 1800, 1000)));
    QVERIFY(!layout.labels.isEmpty());
    for (const TimelineLabel &label : layout.labels)
        QCOMPARE(layout.eventAt(label.rect.center()), label.event);
    for (const TimelineCluster &cluster : layout.clusters) {
        if (cluster.events.size() > 1)
            QCOMPARE(layout.clusterAt(cluster.rect.center()), int(&cluster - layout.clusters.data()));
    }
    QCOMPARE(layout.eventAt(QPointF(50, 5)), -1); // the lane header gutter
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
