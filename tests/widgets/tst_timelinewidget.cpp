// The real timeline widget on the offscreen platform, driven the way a user drives it.
#include "models/explore/corpusdocument.h"
#include "models/itemmodels/eventsperyearmodel.h"
#include "tests/support/testcorpus.h"
#include "widgets/common/barchart.h"
#include "widgets/timeline/timelineoverview.h"
#include "widgets/timeline/timelinepane.h"
#include "widgets/timeline/timelinewidget.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QDate>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace argline;

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensFittedToTheWholeStory();
    void wheelZoomKeepsTheDateUnderTheCursor_data();
    void wheelZoomKeepsTheDateUnderTheCursor();
    void dragPans();
    void clickSelectsTheRightEvent();
    void ctrlClickAddsAndEmptyClickClears();
    void keyboardMovesInTimeOrder();
    void upAndDownMoveAcrossLanes();
    void enterActivatesAndSpaceSelects();
    void doubleClickZoomsToTheEvent();
    void clusterClickZoomsIn();
    void laneHeaderCollapses();
    void focusedEventHasAnAccessibleName();
    void zoomStaysWithinLimits();
    void filtersUpdateTheTimeline();
    void typedRangesAndPresets();
    void overviewDragMovesTheWindow();
    void overviewFollowsEveryFilter();
    void selectionElsewhereHighlightsHere();

private:
    static double jd(int y, int m = 1, int d = 1) { return double(QDate(y, m, d).toJulianDay()); }
    const TimelineLayout &layout() { return timeline()->renderer().layout(timeline()->renderArea()); }
    TimeScale scale() const { return timeline()->renderer().frame(timeline()->renderArea()).scale; }
    QString focused() const { return m_pane->timeline()->focusedEvent(); }
    TimelineWidget *timeline() const { return m_pane->timeline(); }

    std::unique_ptr<CorpusDocument> m_document;
    std::unique_ptr<TimelinePane> m_pane;
};

void TestTimelineWidget::init()
{
    m_document = std::make_unique<CorpusDocument>();
    m_document->setCorpus(test::builtInCorpus());
    m_pane = std::make_unique<TimelinePane>(m_document.get());
    m_pane->resize(1400, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QCoreApplication::processEvents();
}

void TestTimelineWidget::cleanup()
{
    m_pane.reset();
    m_document.reset();
}

void TestTimelineWidget::opensFittedToTheWholeStory()
{
    const auto [first, end] = timeline()->window();
    QVERIFY(first < jd(1983) && first > jd(1980));
    QVERIFY(end > jd(2025, 8) && end < jd(2027));
    QVERIFY(timeline()->markerPosition(u"e-1983-consultation-attempt"_s));
    QVERIFY(timeline()->markerPosition(u"e-2025-rutte-visits-japan"_s));
}

void TestTimelineWidget::wheelZoomKeepsTheDateUnderTheCursor_data()
{
    QTest::addColumn<bool>("balanced");
    QTest::addColumn<int>("delta");
    QTest::addColumn<double>("x");
    QTest::newRow("in, linear") << false << 120 << 900.0;
    QTest::newRow("out, linear") << false << -240 << 500.0;
    QTest::newRow("in, balanced") << true << 360 << 1100.0;
    QTest::newRow("touchpad step") << false << 15 << 700.0;
}

void TestTimelineWidget::wheelZoomKeepsTheDateUnderTheCursor()
{
    QFETCH(bool, balanced);
    QFETCH(int, delta);
    QFETCH(double, x);
    timeline()->setDensityBalanced(balanced);
    timeline()->setWindow(jd(2000), jd(2026));
    const double before = scale().day(x);
    const QPointF pos(x, 400);
    QWheelEvent wheel(pos, timeline()->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(timeline(), &wheel);
    const TimeScale after = scale();
    QVERIFY2(std::abs(after.day(x) - before) < 1e-6, qPrintable(u"%1 vs %2"_s.arg(after.day(x)).arg(before)));
    const double span = timeline()->window().second - timeline()->window().first;
    if (!balanced)
        QVERIFY(delta > 0 ? span < jd(2026) - jd(2000) : span > jd(2026) - jd(2000));
}

void TestTimelineWidget::dragPans()
{
    timeline()->setScaleMode(ScaleMode::Linear); // on a balanced axis a pan keeps the warped span, not days
    timeline()->setWindow(jd(2010), jd(2020));
    const auto [first, end] = timeline()->window();
    // Drag on empty space in a lane with no events in this window (Netherlands has only 2021).
    const QPoint from(600, 260);
    QTest::mousePress(timeline(), Qt::LeftButton, {}, from);
    for (int dx = 10; dx <= 200; dx += 10) {
        QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(dx, 0)),
                         timeline()->mapToGlobal(QPointF(from + QPoint(dx, 0))), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(timeline(), &move);
    }
    QTest::mouseRelease(timeline(), Qt::LeftButton, {}, from + QPoint(200, 0));
    const auto [newFirst, newEnd] = timeline()->window();
    QVERIFY2(newFirst < first, "dragging right moves back in time");
    QVERIFY(std::abs((newEnd - newFirst) - (end - first)) < 1e-6); // panning keeps the span
    QVERIFY(m_document->selection()->isEmpty());                   // a drag is not a click
}

void TestTimelineWidget::clickSelectsTheRightEvent()
{
    timeline()->setWindow(jd(2006), jd(2012));
    const QString id = u"e-2010-information-security-agreement"_s;
    const auto position = timeline()->markerPosition(id);
    QVERIFY(position);
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, position->toPoint());
    QCOMPARE(m_document->selection()->ids(), QStringList{id});
    QCOMPARE(focused(), id);
}

void TestTimelineWidget::ctrlClickAddsAndEmptyClickClears()
{
    timeline()->setWindow(jd(2006), jd(2015));
    const auto first = timeline()->markerPosition(u"e-2010-information-security-agreement"_s);
    const auto second = timeline()->markerPosition(u"e-2007-abe-at-nato-hq"_s);
    QVERIFY(first && second);
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, first->toPoint());
    QTest::mouseClick(timeline(), Qt::LeftButton, Qt::ControlModifier, second->toPoint());
    QCOMPARE(m_document->selection()->ids().size(), 2);
    QTest::mouseClick(timeline(), Qt::LeftButton, Qt::ControlModifier, second->toPoint()); // toggles off
    QCOMPARE(m_document->selection()->ids(), QStringList{u"e-2010-information-security-agreement"_s});
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, QPoint(700, 880 - 130)); // empty lane space
    QVERIFY(m_document->selection()->isEmpty());
}

void TestTimelineWidget::keyboardMovesInTimeOrder()
{
    timeline()->setFocus();
    QTest::keyClick(timeline(), Qt::Key_Home);
    const QList<int> &order = timeline()->renderer().index().chronological();
    const Corpus &corpus = m_document->corpus();
    QCOMPARE(focused(), corpus.events[order.first()].id);
    QCOMPARE(focused(), u"e-1983-consultation-attempt"_s);
    for (int i = 1; i < 6; ++i) {
        QTest::keyClick(timeline(), Qt::Key_Right);
        QCOMPARE(focused(), corpus.events[order[i]].id);
        // The focused event stays in view.
        const FuzzyDate &date = corpus.events[order[i]].date.date;
        QVERIFY(double(date.lastDay() + 1) > timeline()->window().first &&
                double(date.firstDay()) < timeline()->window().second);
    }
    QTest::keyClick(timeline(), Qt::Key_Left);
    QCOMPARE(focused(), corpus.events[order[4]].id);
    QTest::keyClick(timeline(), Qt::Key_End);
    QCOMPARE(focused(), corpus.events[order.last()].id);
    QTest::keyClick(timeline(), Qt::Key_Right); // stays on the last
    QCOMPARE(focused(), corpus.events[order.last()].id);
}

void TestTimelineWidget::upAndDownMoveAcrossLanes()
{
    timeline()->setFocus();
    timeline()->setWindow(jd(2022), jd(2026));
    const auto japanEvent = timeline()->markerPosition(u"e-2025-japan-mission-to-nato"_s);
    QVERIFY(japanEvent);
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, japanEvent->toPoint()); // in the Japan lane (first)
    QTest::keyClick(timeline(), Qt::Key_Down);
    const Event *next = m_document->corpus().event(focused());
    QVERIFY(next);
    QVERIFY2(next->actors.contains(u"nato"_s), qPrintable(focused())); // the NATO lane is next
    QTest::keyClick(timeline(), Qt::Key_Up);
    QVERIFY(m_document->corpus().event(focused())->actors.contains(u"japan"_s));
}

void TestTimelineWidget::enterActivatesAndSpaceSelects()
{
    QSignalSpy activated(timeline(), &TimelineWidget::activated);
    timeline()->setFocus();
    QTest::keyClick(timeline(), Qt::Key_Home);
    QTest::keyClick(timeline(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), u"e-1983-consultation-attempt"_s);
    QTest::keyClick(timeline(), Qt::Key_Space);
    QCOMPARE(m_document->selection()->ids(), QStringList{u"e-1983-consultation-attempt"_s});
    QTest::keyClick(timeline(), Qt::Key_Escape);
    QVERIFY(m_document->selection()->isEmpty());
}

void TestTimelineWidget::doubleClickZoomsToTheEvent()
{
    const QString id = u"e-2025-uk-carrier-group-announced"_s;
    const auto position = timeline()->markerPosition(id);
    QVERIFY(position);
    const double before = timeline()->window().second - timeline()->window().first;
    QTest::mouseDClick(timeline(), Qt::LeftButton, {}, position->toPoint());
    QTRY_VERIFY(timeline()->window().second - timeline()->window().first < before / 50); // animated
    const double day = jd(2025, 4, 9);
    QVERIFY(timeline()->window().first < day && timeline()->window().second > day + 1);
}

void TestTimelineWidget::clusterClickZoomsIn()
{
    // At the whole-story zoom in a narrow pane, 2022–2025 is crowded: find a cluster badge and click it.
    m_pane->resize(460, 700);
    QCoreApplication::processEvents();
    timeline()->fitAll();
    const TimelineLayout &current = layout();
    const auto cluster = std::find_if(current.clusters.begin(), current.clusters.end(),
                                      [](const TimelineCluster &c) { return c.events.size() > 1; });
    QVERIFY(cluster != current.clusters.end());
    const double span = timeline()->window().second - timeline()->window().first;
    const QList<int> members = cluster->events;
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, cluster->rect.center().toPoint());
    QTRY_VERIFY(timeline()->window().second - timeline()->window().first < span / 4);
    for (int event : members) { // everything that was in the badge is now in view
        const FuzzyDate &date = m_document->corpus().events[event].date.date;
        QVERIFY(double(date.lastDay() + 1) > timeline()->window().first &&
                double(date.firstDay()) < timeline()->window().second);
    }
}

void TestTimelineWidget::laneHeaderCollapses()
{
    const TimelineRenderer::Frame frame = timeline()->renderer().frame(timeline()->renderArea());
    const TimelineLaneBox japan = layout().lanes.first();
    QVERIFY(!japan.collapsed);
    const QPoint header(int(frame.gutter.left() + 40), int(japan.rect.top() + 10));
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, header);
    QVERIFY(timeline()->state().collapsedLanes.contains(u"japan"_s));
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, header);
    QVERIFY(!timeline()->state().collapsedLanes.contains(u"japan"_s));
}

void TestTimelineWidget::focusedEventHasAnAccessibleName()
{
    timeline()->setFocus();
    QTest::keyClick(timeline(), Qt::Key_Home);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(timeline());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QVERIFY(list->childCount() > 10);
    QAccessibleInterface *item = list->focusChild();
    QVERIFY(item);
    const QString name = item->text(QAccessible::Name);
    QVERIFY2(name.startsWith(
                 u"Abe’s father seeks a Japan–NATO consultation mechanism, 1983 (stated in the text)"_s),
             qPrintable(name));
    QVERIFY(name.contains(u"France"_s));
    QVERIFY(item->state().focused);
    QCOMPARE(list->indexOfChild(item), 0);
}

void TestTimelineWidget::zoomStaysWithinLimits()
{
    for (int i = 0; i < 80; ++i)
        timeline()->zoomBy(2.0);
    QVERIFY(timeline()->window().second - timeline()->window().first >=
            TimelineWidget::minimumSpanDays - 1e-9);
    for (int i = 0; i < 80; ++i)
        timeline()->zoomBy(0.5);
    QVERIFY(timeline()->window().second - timeline()->window().first <=
            TimelineWidget::maximumSpanDays + 1e-6);
    QCoreApplication::processEvents(); // and it still paints
    QVERIFY(!timeline()->grab().isNull());
}

void TestTimelineWidget::filtersUpdateTheTimeline()
{
    FilterSpec spec;
    spec.actors = {u"france"_s};
    m_document->setFilter(spec);
    QTRY_COMPARE(timeline()->renderer().events().size(), 4);
    QVERIFY(timeline()->markerPosition(u"e-2023-france-blocks-office"_s));
    QVERIFY(!timeline()->markerPosition(u"e-2007-abe-at-nato-hq"_s));
    m_document->setFilter({});
    QTRY_COMPARE(timeline()->renderer().events().size(), m_document->corpus().events.size());
}

void TestTimelineWidget::typedRangesAndPresets()
{
    QVERIFY(m_pane->goToRange(u"2007..2017"_s));
    QTRY_COMPARE(timeline()->window().first, jd(2007));
    QTRY_COMPARE(timeline()->window().second, jd(2018));
    QVERIFY(!m_pane->goToRange(u"twenty-ten"_s));
    QVERIFY(!m_pane->rangeEdit()->toolTip().isEmpty());
    QCOMPARE(timeline()->window().first, jd(2007)); // a typing error changes nothing
    timeline()->fitAll();
    QVERIFY(timeline()->window().first < jd(1983));
}

void TestTimelineWidget::overviewFollowsEveryFilter()
{
    // The bars count what the filter keeps, even when a filter change leaves the number of lanes as it
    // was (which the old overview, fed from the timeline's own index, missed).
    const EventsPerYearModel *bars = m_pane->overview()->model();
    const auto total = [&] {
        int sum = 0;
        for (int row = 0; row < bars->rowCount(); ++row)
            for (int column = 0; column < bars->columnCount(); ++column)
                sum += bars->index(row, column).data().toInt();
        return sum;
    };
    const int everything = total();
    const int lanes = bars->columnCount();
    FilterSpec spec;
    spec.minImportance = 4; // fewer events, every lane still there
    m_document->setFilter(spec);
    const Corpus &corpus = m_document->corpus();
    int expected = 0;
    for (const Event &event : corpus.events)
        expected += event.importance >= 4 ? int(event.actors.size()) : 0;
    QCOMPARE(total(), expected);
    QVERIFY(total() < everything);
    QVERIFY(bars->columnCount() <= lanes);
    m_document->setFilter({});
    QCOMPARE(total(), everything);
}

void TestTimelineWidget::overviewDragMovesTheWindow()
{
    timeline()->setWindow(jd(2000), jd(2005));
    TimelineOverview *overview = m_pane->overview();
    QCOMPARE(overview->dayOfCategory(overview->categoryOfDay(jd(2003, 7, 14))), jd(2003, 7, 14));
    auto *chart = overview->findChild<BarChart *>();
    QVERIFY(chart);
    QWidget *viewport = chart->findChild<QAbstractScrollArea *>()->viewport();
    const double span = timeline()->window().second - timeline()->window().first;
    // Grab the shaded window in the middle and drag it about ten years to the right.
    const double y = chart->plotArea().center().y();
    const QPoint from = viewport->mapFrom(
        chart, QPointF(chart->positionOf(overview->categoryOfDay(jd(2002, 7))), y).toPoint());
    const QPoint to = viewport->mapFrom(
        chart, QPointF(chart->positionOf(overview->categoryOfDay(jd(2012, 7))), y).toPoint());
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    const auto [first, end] = timeline()->window();
    QVERIFY2(std::abs(first - jd(2010)) < 120,
             qPrintable(QDate::fromJulianDay(qint64(first)).toString(Qt::ISODate)));
    QVERIFY(std::abs((end - first) - span) < 1e-6); // moving keeps the span
    // Dragging the window's right edge resizes it.
    const QPoint edge =
        viewport->mapFrom(chart, QPointF(chart->positionOf(overview->categoryOfDay(end)), y).toPoint());
    const QPoint further = edge + QPoint(40, 0);
    QTest::mousePress(viewport, Qt::LeftButton, {}, edge);
    QMouseEvent stretch(QEvent::MouseMove, QPointF(further), viewport->mapToGlobal(QPointF(further)),
                        Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &stretch);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, further);
    QVERIFY(timeline()->window().second - timeline()->window().first > span * 1.2);
    QVERIFY(std::abs(timeline()->window().first - first) < 1e-6);
}

void TestTimelineWidget::selectionElsewhereHighlightsHere()
{
    // Selecting an argument (e.g. in the map) highlights the events it rests on.
    m_document->selection()->select(u"a-con-no-united-front"_s);
    QVERIFY(timeline()->state().linked.contains(u"e-2023-france-blocks-office"_s));
    QVERIFY(timeline()->state().selected.contains(u"a-con-no-united-front"_s));
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
