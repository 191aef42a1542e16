// The linked exploration window, driven as a user would: clicks on the real views, the filter panel, the
// toolbar's actions and their shortcuts, files opened, broken and changed on disk.
#include "app/linkednavigation.h"
#include "app/mainwindow.h"
#include "models/explore/corpusdocument.h"
#include "models/explore/selectionhistory.h"
#include "models/itemmodels/facetmodel.h"
#include "resources/translations.h"
#include "tests/app/windowtest.h"
#include "tests/support/testcorpus.h"
#include "widgets/argmap/argumentmappane.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/export/exportdialog.h"
#include "widgets/panels/detailspanel.h"
#include "widgets/panels/diagnosticsdialog.h"
#include "widgets/panels/filterpanel.h"
#include "widgets/panels/searchbar.h"
#include "widgets/panels/storylist.h"
#include "widgets/timeline/timelinepane.h"
#include "widgets/timeline/timelinewidget.h"

#include <QAction>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

qint64 day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth).toJulianDay();
}

} // namespace

class TestMainWindow : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void panelsArriveAfterTheFirstFrame();
    void selectingAnEventHighlightsAndShowsTheArgumentsCitingIt();
    void selectingAnArgumentPansTheTimelineToItsEvents();
    void aFilterUpdatesBothViewsAndTheStatusLine();
    void showOnlyLinkedFollowsTheSelection();
    void asOfCursorHidesLaterArgumentsAndDimsLaterEvents();
    void draggingTheAsOfCursorMovesTheDate();
    void searchMarksBothViewsAndStepsThroughMatches();
    void backAndForwardRestoreSelections();
    void badFileKeepsTheOpenCorpusAndReportsWhere();
    void droppedFileOpens();
    void changedFileReloadsAndBrokenChangeIsReported();
    void exportDialogExportsTheCurrentView();
    void settingsRoundTrip();
    void corruptSettingsFallBackToDefaults();

private:
    QString copyOfBuiltInCorpus(const QString &name);
    TimelineWidget *timeline() const { return m_window->timelinePane()->timeline(); }
    ArgumentMapWidget *map() const { return m_window->mapPane()->map(); }
    QAction *action(const QString &text) const;
    static bool isInView(QWidget *view, const QRectF &rect)
    {
        return QRectF(view->rect()).intersects(rect) && !rect.isEmpty();
    }
};

void TestMainWindow::initTestCase()
{
    startUp();
}

void TestMainWindow::init()
{
    openWindow(QSize(1600, 1000));
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

QAction *TestMainWindow::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    qFatal("no action %s", qPrintable(text));
}

QString TestMainWindow::copyOfBuiltInCorpus(const QString &name)
{
    // The corpus and its article texts, in a folder of their own that the test may edit.
    const QDir target(m_dir.filePath(name));
    QDir().mkpath(target.filePath(u"articles"_s));
    const QDir source(QStringLiteral(ARGLINE_SOURCE_DIR "/corpus"));
    for (const QString &file : QDir(source.filePath(u"articles"_s)).entryList(QDir::Files)) {
        QFile::copy(source.filePath(u"articles/"_s + file), target.filePath(u"articles/"_s + file));
        QFile::setPermissions(target.filePath(u"articles/"_s + file), QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile::copy(source.filePath(u"argline-corpus.json"_s), target.filePath(u"argline-corpus.json"_s));
    QFile::setPermissions(target.filePath(u"argline-corpus.json"_s), QFile::ReadOwner | QFile::WriteOwner);
    return target.filePath(u"argline-corpus.json"_s);
}

void TestMainWindow::panelsArriveAfterTheFirstFrame()
{
    // init() waited for them: each dock holds its panel, and every panel is toggled from the View menu.
    for (const QString &name :
         {u"filtersDock"_s, u"storyDock"_s, u"sourcesDock"_s, u"detailsDock"_s, u"readerDock"_s}) {
        QDockWidget *dock = m_window->dock(name);
        QVERIFY2(dock && dock->widget(), qPrintable(name));
        QVERIFY(m_window->findChildren<QAction *>().contains(dock->toggleViewAction()));
    }
    QCOMPARE(m_window->statusText(), u"42 events · 45 arguments"_s);
}

void TestMainWindow::selectingAnEventHighlightsAndShowsTheArgumentsCitingIt()
{
    const QString event = u"e-2023-france-blocks-office"_s;
    const QStringList citing{u"a-con-no-united-front"_s, u"a-pro-france-spoiler"_s};
    // Look somewhere else on the map first: far into a corner, close up.
    map()->setView(1.6, QPointF(-5000, -5000));
    for (const QString &id : citing)
        QVERIFY(!isInView(map(), map()->cardRect(id)));

    timeline()->zoomToEvent(event);
    const auto marker = timeline()->markerPosition(event);
    QVERIFY(marker);
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, marker->toPoint());
    QCOMPARE(m_document->selection()->ids(), QStringList{event});
    for (const QString &id : citing) {
        QVERIFY2(map()->state().linked.contains(id), qPrintable(id));
        QTRY_VERIFY2(isInView(map(), map()->cardRect(id)), qPrintable(id));
    }
    QVERIFY(m_window->detailsPanel()->html(event).contains(u"France"_s));
}

void TestMainWindow::selectingAnArgumentPansTheTimelineToItsEvents()
{
    timeline()->setWindow(day(1983, 1, 1), day(1990, 1, 1));
    const QString argument = u"a-con-trump-bilateral"_s;
    const QString event = u"e-2025-trump-second-term"_s;
    QVERIFY(!timeline()->markerPosition(event));
    map()->fitAll();
    QTest::mouseClick(map(), Qt::LeftButton, {}, map()->cardRect(argument).center().toPoint());
    QCOMPARE(m_document->selection()->current(), argument);
    QVERIFY(timeline()->state().linked.contains(event));
    QTRY_VERIFY(timeline()->markerPosition(event) &&
                timeline()->renderArea().contains(*timeline()->markerPosition(event)));
}

void TestMainWindow::aFilterUpdatesBothViewsAndTheStatusLine()
{
    FacetModel *actors = m_window->filterPanel()->actors();
    const QModelIndexList france =
        actors->match(actors->index(0), Qt::DisplayRole, u"France"_s, -1, Qt::MatchExactly);
    QCOMPARE(france.size(), 1);
    QVERIFY(actors->setData(france.first(), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_document->filter().actors, QSet<QString>{u"france"_s});
    const int events = m_document->filteredEvents()->rowCount();
    QVERIFY(events > 0 && events < 40);
    QTRY_COMPARE(timeline()->renderer().events().size(), events);
    QTRY_VERIFY(map()->accessibleItems().size() < 40);
    QVERIFY(map()->accessibleItems().contains(u"a-pro-france-spoiler"_s));
    QTRY_VERIFY(m_window->statusText().endsWith(u"filtered by: France"_s));
    QVERIFY(m_window->statusText().startsWith(u"%1 of 42 events"_s.arg(events)));

    action(u"Reset Filters"_s)->trigger();
    QCOMPARE(france.first().data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QTRY_COMPARE(m_window->statusText(), u"42 events · 45 arguments"_s);
}

void TestMainWindow::showOnlyLinkedFollowsTheSelection()
{
    QAction *onlyLinked = action(u"Only Linked"_s);
    m_document->selection()->select(u"e-2023-france-blocks-office"_s);
    onlyLinked->trigger();
    QVERIFY(onlyLinked->isChecked());
    QTRY_COMPARE(timeline()->renderer().events().size(), 1);
    QTRY_VERIFY(map()->accessibleItems().contains(u"a-pro-france-spoiler"_s));
    QVERIFY(!map()->accessibleItems().contains(u"a-con-trump-bilateral"_s));
    QTRY_VERIFY(m_window->statusText().contains(u"only linked to the selection"_s));

    // Following a link narrows to the new selection.
    m_document->selection()->select(u"a-con-trump-bilateral"_s);
    QTRY_VERIFY(map()->accessibleItems().contains(u"a-con-trump-bilateral"_s));
    QTRY_COMPARE(timeline()->accessibleItems(), QStringList{u"e-2025-trump-second-term"_s});

    // Switched off with its shortcut: everything shows again.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!onlyLinked->isChecked());
    QTRY_COMPARE(timeline()->renderer().events().size(), 42);
}

void TestMainWindow::asOfCursorHidesLaterArgumentsAndDimsLaterEvents()
{
    m_window->navigation()->setAsOfDay(day(2023, 7, 1));
    QVERIFY(action(u"As Of…"_s)->isChecked());
    QCOMPARE(timeline()->asOfDay(), day(2023, 7, 1));
    // Only in the 2025 coverage: hidden. In an article dated June 2023: shown. In one that the text
    // dates only to February 2023 – September 2024: shown, and marked as uncertain.
    QTRY_VERIFY(!map()->accessibleItems().contains(u"a-con-trump-bilateral"_s));
    QVERIFY(map()->accessibleItems().contains(u"a-con-symbolic-office"_s));
    QVERIFY(map()->accessibleItems().contains(u"a-pro-political-signalling"_s));
    const int uncertain = m_document->corpus().indexOf(ItemKind::Argument, u"a-pro-political-signalling"_s);
    const int certain = m_document->corpus().indexOf(ItemKind::Argument, u"a-con-symbolic-office"_s);
    QVERIFY(map()->renderer().tooltip(uncertain).contains(u"inferred"_s));
    QVERIFY(!map()->renderer().tooltip(certain).contains(u"inferred"_s));
    // The claim's own sources came later, but it frames a debate already under way: not faded.
    QVERIFY(map()->accessibleItems().contains(u"claim-global-nato"_s));
    QVERIFY(!map()->state().context.contains(u"claim-global-nato"_s));
    QVERIFY(!map()->state().context.contains(u"a-con-symbolic-office"_s));
    // Later events stay on the timeline (dimmed), so the class sees what is to come.
    QCOMPARE(timeline()->renderer().events().size(), 42);
    QTRY_VERIFY(m_window->statusText().contains(u"as of"_s));

    // Removing the chip (here: through the filter) turns the cursor off everywhere.
    FilterSpec spec = m_document->filter();
    spec.asOfDay.reset();
    m_document->setFilter(spec);
    QVERIFY(!action(u"As Of…"_s)->isChecked());
    QVERIFY(!timeline()->asOfDay());
    QTRY_VERIFY(map()->accessibleItems().contains(u"a-con-trump-bilateral"_s));
}

void TestMainWindow::draggingTheAsOfCursorMovesTheDate()
{
    timeline()->setWindow(day(2020, 1, 1), day(2026, 1, 1));
    m_window->navigation()->setAsOfDay(day(2022, 1, 1));
    const QRectF handle = timeline()->renderer().asOfHandle(timeline()->renderArea());
    QVERIFY(!handle.isEmpty());
    const TimelineRenderer::Frame frame = timeline()->renderer().frame(timeline()->renderArea());
    const QPoint target(int(frame.scale.x(double(day(2024, 3, 15)))), handle.center().toPoint().y());
    QTest::mousePress(timeline(), Qt::LeftButton, {}, handle.center().toPoint());
    QTest::mouseMove(timeline(), (handle.center().toPoint() + target) / 2);
    QTest::mouseMove(timeline(), target);
    QTest::mouseRelease(timeline(), Qt::LeftButton, {}, target);
    const qint64 dropped = *m_document->filter().asOfDay;
    // The day that ends under the pointer (the cursor marks the end of its day).
    QCOMPARE(dropped, qint64(std::floor(frame.scale.day(target.x()))) - 1);
    QVERIFY2(std::abs(dropped - day(2024, 3, 15)) < 2 / frame.scale.pixelsPerDay(double(dropped)) + 1,
             qPrintable(QDate::fromJulianDay(dropped).toString()));
    QCOMPARE(timeline()->asOfDay(), dropped);
    QCOMPARE(map()->state().asOfDay, std::optional(dropped));
}

void TestMainWindow::searchMarksBothViewsAndStepsThroughMatches()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *field = m_window->searchBar()->field();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, u"frigate"_s);
    const QStringList matches = m_window->searchBar()->matches();
    QVERIFY(matches.size() >= 2);
    for (const QString &id : matches) {
        const bool isEvent = m_document->corpus().find(id).kind == ItemKind::Event;
        QVERIFY2((isEvent ? timeline()->state().matches : map()->state().matches).contains(id),
                 qPrintable(id));
    }
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_document->selection()->current(), matches[0]);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_document->selection()->current(), matches[1]);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_document->selection()->current(), matches[0]);
}

void TestMainWindow::backAndForwardRestoreSelections()
{
    SharedSelection *selection = m_document->selection();
    selection->select(u"e-2023-france-blocks-office"_s);
    selection->setSelection({u"a-pro-france-spoiler"_s, u"a-con-india"_s}, u"a-con-india"_s);
    selection->select(u"claim-global-nato"_s);
    QVERIFY(action(u"Back"_s)->isEnabled());
    QVERIFY(!action(u"Forward"_s)->isEnabled());

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(selection->ids(), (QStringList{u"a-pro-france-spoiler"_s, u"a-con-india"_s}));
    QCOMPARE(map()->state().selected, (QSet<QString>{u"a-pro-france-spoiler"_s, u"a-con-india"_s}));
    action(u"Back"_s)->trigger();
    QCOMPARE(selection->ids(), QStringList{u"e-2023-france-blocks-office"_s});
    QVERIFY(timeline()->state().selected.contains(u"e-2023-france-blocks-office"_s));
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(selection->current(), u"a-con-india"_s);
    action(u"Forward"_s)->trigger();
    QCOMPARE(selection->ids(), QStringList{u"claim-global-nato"_s});
    QVERIFY(!action(u"Forward"_s)->isEnabled());
}

void TestMainWindow::badFileKeepsTheOpenCorpusAndReportsWhere()
{
    const QString path = m_dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"argline-corpus\",\n  \"version\": 1,\n  \"title\": 42,\n");
    file.close();
    m_document->selection()->select(u"a-con-india"_s);
    const QString title = m_document->corpus().title;

    QVERIFY(!openAndWait(path));
    QCOMPARE(m_document->corpus().title, title);
    QCOMPARE(m_document->corpus().events.size(), 42);
    QCOMPARE(m_document->selection()->ids(), QStringList{u"a-con-india"_s});
    QVERIFY(m_window->windowTitle().startsWith(title));
    DiagnosticsDialog *dialog = m_window->diagnosticsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString report = dialog->plainText();
    QVERIFY2(report.contains(u"broken.json:"_s), qPrintable(report));
    QVERIFY2(report.contains(u"title"_s), qPrintable(report));
    dialog->close();

    // A file that is not there at all.
    QVERIFY(!openAndWait(m_dir.filePath(u"missing.json"_s)));
    QTRY_VERIFY(m_window->diagnosticsDialog() &&
                m_window->diagnosticsDialog()->plainText().contains(u"missing.json"_s));
    QCOMPARE(m_document->corpus().title, title);
}

void TestMainWindow::droppedFileOpens()
{
    const QString path = copyOfBuiltInCorpus(u"dropped"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE(m_window->corpusPath(), path); // read in the background
    QCOMPARE(m_window->currentSettings().recentFiles.value(0), path);
}

void TestMainWindow::changedFileReloadsAndBrokenChangeIsReported()
{
    const QString path = copyOfBuiltInCorpus(u"watched"_s);
    QVERIFY(openAndWait(path));
    m_document->selection()->select(u"a-con-india"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();

    const QByteArray oldTitle = "\"title\": \"" + m_document->corpus().title.toUtf8() + '"';
    QVERIFY(json.contains(oldTitle));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(json).replace(oldTitle, "\"title\": \"Edited on disk\""));
    file.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_document->corpus().title, u"Edited on disk"_s, 10000);
    QCOMPARE(m_document->selection()->ids(), QStringList{u"a-con-india"_s}); // kept across the reload

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json.left(json.size() / 2)); // a save cut short
    file.close();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->diagnosticsDialog() && m_window->diagnosticsDialog()->isVisible(),
                             10000);
    QCOMPARE(m_document->corpus().title, u"Edited on disk"_s);
    QCOMPARE(m_document->corpus().arguments.size(), 45);
    m_window->diagnosticsDialog()->close();

    // Deleted, then written anew a moment later (as a checkout does): picked up when it is back.
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"gone from the disk"_s),
                             10000);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(json).replace(oldTitle, "\"title\": \"Back again\""));
    file.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_document->corpus().title, u"Back again"_s, 10000);

    // An article's text changing is a change to the corpus too.
    QFile article(QFileInfo(path).absoluteDir().filePath(m_document->corpus().articles.first().file));
    QVERIFY(article.open(QIODevice::Append));
    article.write("\nA paragraph added later.\n");
    article.close();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_document->corpus().articles.first().text.contains(u"A paragraph added later."_s), 10000);
}

void TestMainWindow::exportDialogExportsTheCurrentView()
{
    // What the window shows: France only, its blocking of the Tokyo office selected, 2021–2025.
    FilterSpec spec;
    spec.actors = {u"france"_s};
    m_document->setFilter(spec);
    m_document->selection()->select(u"e-2023-france-blocks-office"_s);
    timeline()->setWindow(day(2021, 1, 1), day(2026, 1, 1));
    QTRY_COMPARE(timeline()->renderer().events().size(), 4);

    action(u"Export…"_s)->trigger();
    ExportDialog *dialog = m_window->exportDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->preview().isNull());
    ExportOptions options = dialog->options();
    options.format = ExportOptions::Format::Svg;
    options.title = u"France and the Tokyo office"_s;
    dialog->setOptions(options);
    const QString path = m_dir.filePath(u"current.svg"_s);
    QVERIFY(dialog->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(u">France and the Tokyo office</text>"_s));
    QVERIFY(svg.contains(u">France blocks NATO"_s));             // shown, and selected
    QVERIFY(!svg.contains(u">Trump’s second administration"_s)); // filtered out in the window
    QVERIFY2(svg.contains(u"Timeline · 2021 – 2025"_s), "the window's time range");
    dialog->close();

    // The choices are remembered for the next time.
    QCOMPARE(m_settings->value(u"export/format"_s).toString(), u"svg"_s);
    ExportDialog again([this] { return m_window->currentScene(); }, m_settings.get());
    QCOMPARE(again.options().format, ExportOptions::Format::Svg);
    QCOMPARE(again.options().title, u"France and the Tokyo office"_s);

    // A range that cannot be read says why and exports nothing.
    auto *range = again.findChild<QLineEdit *>();
    QVERIFY(range);
    range->setText(u"2025..2007"_s);
    QString error;
    QVERIFY(!again.scene(&error));
    QVERIFY2(error.startsWith(u"Time range: "_s), qPrintable(error));
    QVERIFY(!again.exportTo(m_dir.filePath(u"never.png"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"never.png"_s)));

    // Copy Image puts the same page on the clipboard.
    action(u"Copy Image"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->image().size(), again.options().pixelSize);
}

void TestMainWindow::settingsRoundTrip()
{
    m_window->setTheme(Theme::Dark);
    m_window->setStacked(true);
    timeline()->setLaneMode(LaneMode::Theme);
    timeline()->setDensityBalanced(true);
    timeline()->setWindow(day(2005, 1, 1), day(2015, 1, 1));
    map()->setOrientation(MapOrientation::TopDown);
    map()->setView(0.9, QPointF(120, 40));
    m_window->dock(u"sourcesDock"_s)->close();
    const WindowSettings before = m_window->currentSettings();
    m_window->close(); // saves

    MainWindow again(m_document.get(), m_settings.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.theme(), Theme::Dark);
    QVERIFY(again.isStacked());
    TimelineWidget *t = again.timelinePane()->timeline();
    QCOMPARE(t->state().laneMode, LaneMode::Theme);
    QCOMPARE(t->state().scaleMode, ScaleMode::Balanced);
    QCOMPARE(t->window().first, double(day(2005, 1, 1)));
    QCOMPARE(t->window().second, double(day(2015, 1, 1)));
    QCOMPARE(again.mapPane()->map()->state().orientation, MapOrientation::TopDown);
    QCOMPARE(again.mapPane()->map()->state().scale, 0.9);
    QVERIFY(!again.dock(u"sourcesDock"_s)->isVisible());
    QCOMPARE(again.currentSettings().splitterState, before.splitterState);
}

void TestMainWindow::corruptSettingsFallBackToDefaults()
{
    m_window.reset();
    m_settings->setValue(u"version"_s, 1);
    m_settings->setValue(u"timeline/firstDay"_s, u"soon"_s);
    m_settings->setValue(u"timeline/endDay"_s, 5);
    m_settings->setValue(u"timeline/lanes"_s, u"by colour"_s);
    m_settings->setValue(u"map/scale"_s, -3);
    m_settings->setValue(u"view/theme"_s, u"neon"_s);
    m_settings->setValue(u"window/docks"_s, QByteArray("not a dock state"));
    const WindowSettings read = WindowSettings::read(*m_settings);
    QVERIFY(!read.timelineWindow);
    QCOMPARE(read.laneMode, LaneMode::Actor);
    QVERIFY(!read.mapView);
    QCOMPARE(read.theme, Theme::Light);
    // Numbers that parse but no Argline wrote: an astronomically wide window, an absurd zoom.
    m_settings->setValue(u"timeline/firstDay"_s, -1e300);
    m_settings->setValue(u"timeline/endDay"_s, 1e300);
    m_settings->setValue(u"map/scale"_s, 1e300);
    m_settings->setValue(u"map/centerX"_s, 0);
    m_settings->setValue(u"map/centerY"_s, 0);
    QVERIFY(!WindowSettings::read(*m_settings).timelineWindow);
    QVERIFY(!WindowSettings::read(*m_settings).mapView);

    MainWindow window(m_document.get(), m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.timelinePane()->timeline()->window(),
             window.timelinePane()->timeline()->renderer().fullSpan());
    QTRY_VERIFY(window.dock(u"detailsDock"_s)->widget());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
