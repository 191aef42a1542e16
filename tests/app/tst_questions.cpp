// The questions Argline exists to answer, asked of the real window on the built-in corpus as a new user
// would ask them (issue 13): which arguments are for or against a global NATO, which of those concern
// China and why, how many events are in view, what a search finds first, and how to get there by keyboard.
#include "app/mainwindow.h"
#include "models/explore/corpusdocument.h"
#include "models/explore/filterdescription.h"
#include "models/itemmodels/facetmodel.h"
#include "tests/app/windowtest.h"
#include "widgets/argmap/argumentmappane.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/common/safetextbrowser.h"
#include "widgets/panels/detailspanel.h"
#include "widgets/panels/diagnosticsdialog.h"
#include "widgets/panels/filterpanel.h"
#include "widgets/panels/searchbar.h"
#include "widgets/timeline/timelinepane.h"
#include "widgets/timeline/timelinewidget.h"

#include <QCheckBox>
#include <QDate>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

qint64 day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth).toJulianDay();
}

} // namespace

class TestQuestions : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startUp(); }
    void init() { openWindow(QSize(1600, 1000)); }
    void cleanup() { closeWindow(); }

    void franceSpoilerReadsAgainstTheClaim();
    void chinaAgainstGivesWhatTheRuleNames();
    void statusLineCountsWhatIsInView();
    void searchFranceOfficeFindsTheTokyoOfficeFirst();
    void viewsAreAFewTabsFromTheSearchField();
    void importanceSliderAtItsLowestAddsNoChip();
    void clearedSelectionLeavesNoFocusRing();
    void aMissingCommaIsShownInItsLine();

private:
    TimelineWidget *timeline() const { return m_window->timelinePane()->timeline(); }
    ArgumentMapWidget *map() const { return m_window->mapPane()->map(); }
    void checkActor(const QString &name);
    QStringList matchingArguments() const;
    QString toolTipOnCard(const QString &id);
};

void TestQuestions::checkActor(const QString &name)
{
    FacetModel *actors = m_window->filterPanel()->actors();
    const QModelIndexList items =
        actors->match(actors->index(0), Qt::DisplayRole, name, -1, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QVERIFY(actors->setData(items.first(), Qt::Checked, Qt::CheckStateRole)); // as a click on its box does
}

QStringList TestQuestions::matchingArguments() const
{
    QStringList ids;
    for (int a : m_document->result().arguments) {
        if (m_document->result().argumentMatches(a))
            ids.append(m_document->corpus().arguments[a].id);
    }
    ids.sort();
    return ids;
}

QString TestQuestions::toolTipOnCard(const QString &id)
{
    map()->showArguments({id});
    const QRectF card = map()->cardRect(id);
    if (!QRectF(map()->rect()).contains(card.center()))
        return {};
    const QPoint at = card.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, map()->mapToGlobal(at));
    QCoreApplication::sendEvent(map(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

void TestQuestions::franceSpoilerReadsAgainstTheClaim()
{
    // "France has occasionally played the spoiler" supports "NATO has no united front on China", which is
    // against the claim: it reads as against, and says what it does to its parent.
    const QString spoiler = u"a-pro-france-spoiler"_s;
    const Argument *argument = m_document->corpus().argument(spoiler);
    QVERIFY(argument && argument->title.startsWith(u"France has occasionally played the spoiler"_s));
    QTRY_VERIFY(!toolTipOnCard(spoiler).isEmpty());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(u"AGAINST · support"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"against the claim · supports “NATO has no united front on China”"_s),
             qPrintable(tip));
    QVERIFY(map()->accessibleItemName(spoiler).startsWith(u"Against the claim · supports"_s));
    QVERIFY(m_window->detailsPanel()->html(spoiler).contains(u"against the claim"_s));

    // Only "for the claim" shown: it goes, with everything else against.
    FilterPanel *filters = m_window->filterPanel();
    filters->showCon()->setChecked(false);
    QTRY_VERIFY(!map()->accessibleItems().contains(spoiler));
    for (const QString &id : matchingArguments())
        QVERIFY2(stanceOf(*m_document->corpus().argument(id)) != Stance::Against, qPrintable(id));
    // Only "against": it is there, among the matches.
    filters->showCon()->setChecked(true);
    filters->showPro()->setChecked(false);
    QTRY_VERIFY(map()->accessibleItems().contains(spoiler));
    QVERIFY(matchingArguments().contains(spoiler));
}

void TestQuestions::chinaAgainstGivesWhatTheRuleNames()
{
    // "Which arguments against a global NATO concern China, and what do they rest on?"
    checkActor(u"China"_s);
    m_window->filterPanel()->showPro()->setChecked(false);
    // The rule the panel states: an argument matches by the actors it names itself, not by its events.
    auto *rules = m_window->filterPanel()->findChild<QLabel *>(u"filterRules"_s);
    QVERIFY(rules && rules->text().contains(u"not by the events it cites"_s));
    QStringList byTheRule;
    for (const Argument &a : m_document->corpus().arguments) {
        if (stanceOf(a) == Stance::Against && a.actors.contains(u"china"_s))
            byTheRule.append(a.id);
    }
    byTheRule.sort();
    QCOMPARE(matchingArguments(), byTheRule);
    QCOMPARE(matchingArguments(), (QStringList{u"a-con-beijing-narrative"_s, u"a-con-distinct-challenges"_s,
                                               u"a-con-no-united-front"_s, u"a-obj-not-inseparable"_s}));
    QCOMPARE(m_document->corpus().argument(u"a-con-beijing-narrative"_s)->title,
             u"It feeds Beijing’s narrative and risks a dispute"_s);
    QCOMPARE(m_document->corpus().argument(u"a-con-distinct-challenges"_s)->title,
             u"Indo-Pacific threats are too diverse for NATO"_s);
    // "Asia sees NATO as an arm of US policy" cites AUKUS, which involves China; it does not name China.
    QTRY_VERIFY(map()->accessibleItems().contains(u"a-con-beijing-narrative"_s));
    QVERIFY(!map()->accessibleItems().contains(u"a-con-regional-unease"_s));

    // Why each matched: in the details panel and on the card.
    const QString unity = u"a-con-no-united-front"_s;
    m_document->selection()->select(unity);
    const QString details = m_window->detailsPanel()->browser()->toPlainText();
    QVERIFY2(details.contains(u"Matches China: names China; also cites “NATO’s Strategic Concept"_s),
             qPrintable(details));
    QVERIFY2(details.contains(u"Stance: against the claim"_s), qPrintable(details));
    QTRY_VERIFY(!toolTipOnCard(u"a-con-beijing-narrative"_s).isEmpty());
    QVERIFY2(QToolTip::text().contains(u"Why it is shown:"_s) && QToolTip::text().contains(u"names China"_s),
             qPrintable(QToolTip::text()));
}

void TestQuestions::statusLineCountsWhatIsInView()
{
    checkActor(u"China"_s);
    timeline()->setWindow(double(day(2022, 1, 1)), double(day(2026, 1, 1)));
    // Ten events involve China; seven of them are in 2022–2025, and the status line counts those.
    QCOMPARE(m_document->result().events.size(), 10);
    QTRY_COMPARE(m_window->statusText(),
                 u"7 of 42 events in 2022 – 2025 · 13 of 45 arguments · filtered by: China"_s);
    QCOMPARE(timeline()->accessibleItems().size(), 7); // what the timeline lays out in its window
    // Each lane counts what it shows in the window; lanes with nothing there say 0.
    const TimelineRenderer &renderer = timeline()->renderer();
    const QList<Lane> &lanes = renderer.index().lanes();
    QHash<QString, int> counts;
    for (int lane = 0; lane < lanes.size(); ++lane)
        counts.insert(lanes[lane].id, renderer.laneCount(lane));
    QCOMPARE(counts.value(u"china"_s), 7);
    QCOMPARE(counts.value(u"united-kingdom"_s, -1), 0); // AUKUS, 2021
    QCOMPARE(counts.value(u"australia"_s, -1), 0);
    QCOMPARE(counts.value(u"france"_s), 2);
    // Panning changes the count with the view.
    timeline()->setWindow(double(day(2016, 1, 1)), double(day(2026, 1, 1)));
    QTRY_VERIFY(m_window->statusText().startsWith(u"9 of 42 events in 2016 – 2025 · "_s));
}

void TestQuestions::searchFranceOfficeFindsTheTokyoOfficeFirst()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *field = m_window->searchBar()->field();
    QTRY_VERIFY(field->hasFocus());
    // The two words are not next to each other anywhere: every word, in any order.
    QTest::keyClicks(field, u"France office"_s);
    const QStringList matches = m_window->searchBar()->matches();
    QVERIFY(matches.size() >= 2);
    QCOMPARE(matches.first(), u"e-2023-france-blocks-office"_s);
    auto *count = m_window->searchBar()->findChild<QLabel *>();
    QVERIFY(count);
    QCOMPARE(count->text(), u"%1 matches"_s.arg(matches.size()));
    // Enter steps best first.
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_document->selection()->current(), u"e-2023-france-blocks-office"_s);
    QCOMPARE(count->text(), u"1 of %1"_s.arg(matches.size()));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_document->selection()->current(), matches[1]);
    // Matches are marked apart from what the selection links to.
    QVERIFY(timeline()->state().matches.contains(matches.first()));
    const ViewStyle &style = timeline()->renderer().style();
    QVERIFY(style.match != style.linked && style.match != style.selection);
}

void TestQuestions::viewsAreAFewTabsFromTheSearchField()
{
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        m_window->setTheme(theme);
        m_window->searchBar()->focusField();
        QTRY_VERIFY(m_window->searchBar()->field()->hasFocus());
        int toTimeline = 0;
        int toMap = 0;
        for (int tabs = 1; tabs <= 3; ++tabs) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == timeline() && !toTimeline)
                toTimeline = tabs;
            if (QApplication::focusWidget() == map() && !toMap)
                toMap = tabs;
        }
        QVERIFY2(toTimeline > 0 && toMap > 0, QApplication::focusWidget()->metaObject()->className());
        // The view with the keys frames itself in the theme's focus colour.
        for (QWidget *view : {static_cast<QWidget *>(timeline()), static_cast<QWidget *>(map())}) {
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
            const QImage image = view->grab().toImage();
            QCOMPARE(image.pixelColor(1, image.height() / 2), ViewStyle::forTheme(theme).focus);
            m_window->searchBar()->focusField();
            QTRY_VERIFY(!view->hasFocus());
            QVERIFY(view->grab().toImage().pixelColor(1, image.height() / 2) !=
                    ViewStyle::forTheme(theme).focus);
        }
    }
}

void TestQuestions::importanceSliderAtItsLowestAddsNoChip()
{
    QSlider *slider = m_window->filterPanel()->importance();
    // The slider starts at the least important event's importance: everything, no chip.
    QCOMPARE(slider->minimum(), 2);
    QCOMPARE(slider->value(), slider->minimum());
    slider->setFocus();
    QTRY_VERIFY(slider->hasFocus());
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(m_document->filter().minImportance, 3);
    const QList<FilterChip> chips = FilterDescription::chips(m_document->corpus(), m_document->filter());
    QCOMPARE(chips.size(), 1);
    QCOMPARE(chips.first().label, u"importance 3+"_s);
    QTRY_VERIFY(m_window->statusText().startsWith(u"33 of 42 events"_s)); // the chip filters something
    QTest::keyClick(slider, Qt::Key_Left);
    QCOMPARE(m_document->filter().minImportance, 1);
    QVERIFY(FilterDescription::chips(m_document->corpus(), m_document->filter()).isEmpty());
    QTRY_COMPARE(m_window->statusText(), u"42 events · 45 arguments"_s);
}

void TestQuestions::clearedSelectionLeavesNoFocusRing()
{
    // The Tokyo office event is in three lanes: France, NATO and Japan; it is labelled in one of them.
    const QString event = u"e-2023-france-blocks-office"_s;
    const int index = m_document->corpus().indexOf(ItemKind::Event, event);
    const TimelineRenderer &renderer = timeline()->renderer();
    QCOMPARE(renderer.index().lanesOf(index).size(), 3);
    timeline()->zoomToEvent(event);
    const auto marker = timeline()->markerPosition(event);
    QVERIFY(marker);
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, marker->toPoint());
    QTRY_VERIFY(timeline()->hasFocus());
    // One ring, where the event is shown in full (its one label), while the timeline has the keys.
    int lane = -1;
    for (const TimelineMarker &m : renderer.layout(timeline()->renderArea()).markers) {
        if (m.event == index && m.labelled)
            lane = m.lane;
    }
    QVERIFY(lane >= 0);
    QCOMPARE(renderer.focusRingLane(), lane);
    m_window->searchBar()->focusField();
    QTRY_COMPARE(renderer.focusRingLane(), -1);
    timeline()->setFocus();
    QTRY_COMPARE(renderer.focusRingLane(), lane);
    // A click on empty space clears the selection and leaves no ring in any lane.
    const TimelineRenderer::Frame frame = renderer.frame(timeline()->renderArea());
    const TimelineLayout &layout = renderer.layout(timeline()->renderArea());
    QPoint empty;
    for (int y = int(frame.lanes.bottom()) - 4; y > frame.lanes.top() && empty.isNull(); y -= 7) {
        for (int x = int(frame.lanes.left()) + 4; x < frame.lanes.right() && empty.isNull(); x += 9) {
            if (layout.eventAt(QPointF(x, y)) < 0 && layout.clusterAt(QPointF(x, y)) < 0)
                empty = QPoint(x, y);
        }
    }
    QVERIFY(!empty.isNull());
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, empty);
    QVERIFY(m_document->selection()->isEmpty());
    QVERIFY(timeline()->hasFocus());
    QCOMPARE(renderer.focusRingLane(), -1);
}

void TestQuestions::aMissingCommaIsShownInItsLine()
{
    // The built-in corpus with the comma at the end of line 24 (in the second article) deleted.
    QFile original(QStringLiteral(ARGLINE_SOURCE_DIR "/corpus/argline-corpus.json"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = original.readAll().split('\n');
    lines[23].chop(1);
    const QString path = m_dir.filePath(u"missing-comma.json"_s);
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(lines.join('\n'));
    broken.close();

    QVERIFY(!openAndWait(path));
    DiagnosticsDialog *dialog = m_window->diagnosticsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString report = dialog->plainText();
    QVERIFY2(report.contains(u"missing-comma.json:25:13: error: /articles/1: syntax error"_s),
             qPrintable(report));
    QVERIFY2(report.contains(u"in the second article\n"_s), qPrintable(report));
    QVERIFY2(report.contains(u"24 |       \"label\": \"War on the Rocks, February 2024\"\n"_s),
             qPrintable(report));
    QVERIFY2(report.contains(u"   |             ^\n"_s), qPrintable(report)); // under column 13
    QVERIFY2(report.contains(u"hint: a comma may be missing at the end of line 24"_s), qPrintable(report));
    // The list says where in words too, and the selected problem is shown in its line.
    auto *list = dialog->findChild<QTreeWidget *>();
    QTreeWidgetItem *syntax = nullptr;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(2).contains(u"syntax error"_s))
            syntax = list->topLevelItem(row);
    }
    QVERIFY(syntax);
    QCOMPARE(syntax->text(1), u"the second article (/articles/1)"_s);
    list->setCurrentItem(syntax);
    QVERIFY(dialog->findChild<QPlainTextEdit *>()->toPlainText().contains(u"hint: a comma may be missing"_s));
    dialog->close();
}

QTEST_MAIN(TestQuestions)
#include "tst_questions.moc"
