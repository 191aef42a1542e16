// Presentation mode from the real main window, offscreen, animations off: F5 presents, the clicker's keys
// walk the story, B blanks, a number jumps, a click explores, Escape gives the window back as it was.
#include "app/mainwindow.h"
#include "app/presentationsession.h"
#include "models/corpus/linkindex.h"
#include "models/explore/corpusdocument.h"
#include "models/present/storypresenter.h"
#include "render/export/storydeck.h"
#include "resources/translations.h"
#include "tests/app/windowtest.h"
#include "tests/support/testcorpus.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/present/presentationview.h"
#include "widgets/present/presenterview.h"
#include "widgets/timeline/timelinepane.h"
#include "widgets/timeline/timelinewidget.h"

#include <QDockWidget>
#include <QMap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace argline;

class TestPresentation : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void f5PresentsTheStoryFullScreen();
    void keysWalkTheStoryForwardAndBack();
    void eachStepShowsItsEventItsArgumentsAndItsQuote();
    void argumentsComeInOneByOneWhenAnimated();
    void blankingAndJumpingToAStep();
    void clickingExploresAndResumingReturns();
    void largerTypeAndHighContrast();
    void presentationFollowsTheWindowsTheme();
    void escapeGivesTheWindowBackAsItWas();
    void closingThePresentationWindowEndsIt();
    void presenterViewShowsCurrentNextAndTime();

private:
    PresentationView *audience() const { return m_window->presentation()->audience(); }
    StoryPresenter *story() const { return m_window->presentation()->story(); }
    void key(int k, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(audience(), Qt::Key(k), modifiers);
    }
    QString panelFacts(QDockWidget *dock) const
    {
        QStringList tabs;
        for (QDockWidget *other : m_window->tabifiedDockWidgets(dock))
            tabs.append(other->objectName());
        tabs.sort();
        return u"%1 visible=%2 area=%3 floating=%4 tabs=%5 size=%6x%7"_s.arg(dock->objectName())
            .arg(dock->isVisible())
            .arg(int(m_window->dockWidgetArea(dock)))
            .arg(dock->isFloating())
            .arg(tabs.join(u","_s))
            .arg(dock->isVisible() ? dock->width() : 0)
            .arg(dock->isVisible() ? dock->height() : 0);
    }
};

void TestPresentation::initTestCase()
{
    startUp();
}

void TestPresentation::init()
{
    // Animations off: each step shows at once.
    openWindow(QSize(1400, 900),
               [](QSettings &settings) { settings.setValue(u"presentation/animate"_s, false); });
}

void TestPresentation::cleanup()
{
    closeWindow();
}

// Alt+F4 or the window manager's close button on the room's view ends the presentation like Escape;
// the main window must not stay hidden.
void TestPresentation::closingThePresentationWindowEndsIt()
{
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(audience() && audience()->isVisible());
    QVERIFY(!m_window->isVisible());
    QVERIFY(!audience()->close()); // refused: the session closes it
    QTRY_VERIFY(m_window->isVisible());
    QVERIFY(!m_window->presentation() || !m_window->presentation()->isRunning());
}

void TestPresentation::f5PresentsTheStoryFullScreen()
{
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(m_window->presentation());
    QTRY_VERIFY(audience()->isVisible());
    QVERIFY(audience()->isFullScreen());
    QVERIFY(!m_window->isVisible());
    // One screen offscreen: the room's view only.
    QCOMPARE(m_window->presentation()->screens().audience, 0);
    QVERIFY(!m_window->presentation()->presenterView());
    QCOMPARE(story()->step(), 0);
    QCOMPARE(audience()->pageOptions().title, m_document->corpus().story.steps[0].caption);
    QVERIFY(audience()->pageOptions().subtitle.startsWith(u"Step 1 of 18 · "_s));
}

void TestPresentation::keysWalkTheStoryForwardAndBack()
{
    m_window->present();
    const QList<StoryStep> &steps = m_document->corpus().story.steps;
    for (int i = 1; i < steps.size(); ++i) {
        key(i % 2 ? Qt::Key_Right : Qt::Key_PageDown);
        QCOMPARE(story()->step(), i);
        QCOMPARE(audience()->pageOptions().title, steps[i].caption);
        QVERIFY(audience()->scene().timeline.selected.contains(steps[i].item));
    }
    for (int i = int(steps.size()) - 2; i >= 0; --i) {
        key(i % 2 ? Qt::Key_Left : Qt::Key_Backspace);
        QCOMPARE(story()->step(), i);
        QCOMPARE(audience()->pageOptions().title, steps[i].caption);
    }
    key(Qt::Key_End);
    QCOMPARE(story()->step(), int(steps.size()) - 1);
    key(Qt::Key_Home);
    QCOMPARE(story()->step(), 0);
}

void TestPresentation::eachStepShowsItsEventItsArgumentsAndItsQuote()
{
    m_window->present();
    const Corpus &corpus = m_document->corpus();
    const LinkIndex links(corpus);
    key(Qt::Key_1);
    key(Qt::Key_1);
    key(Qt::Key_Return); // step 11: Nikkei Asia reports the office plan
    const QString event = corpus.story.steps[10].item;
    const int index = corpus.indexOf(ItemKind::Event, event);
    QVERIFY(index >= 0);
    const FuzzyDate &date = corpus.events[index].date.date;
    // The timeline is there, with no glide (animations are off).
    const auto [first, end] = audience()->timelineWindow();
    QVERIFY(first < date.firstDay() && end > date.lastDay() + 1);
    QVERIFY(end - first < 5 * 366);
    // The arguments citing it are on the map, with every one the story brought in before.
    const ExportScene &scene = audience()->scene();
    for (int argument : links.argumentsCitingEvent(index))
        QVERIFY(scene.arguments.contains(argument));
    QCOMPARE(scene.arguments, PresentationView::revealedBy(corpus, links, 10));
    QVERIFY(PresentationView::revealedBy(corpus, links, 9).size() < scene.arguments.size());
    QVERIFY(audience()->ghosts().isEmpty());
    // The quote, with its source.
    QCOMPARE(scene.quote, u"“%1”"_s.arg(corpus.events[index].evidence.first().text));
    QVERIFY(scene.quoteCitation.contains(u"June 2023"_s));
    // And it is on the screen: the page is drawn, not blank.
    const QImage shot = audience()->grab().toImage();
    QVERIFY(shot.pixel(shot.width() / 2, shot.height() / 2) != qRgb(0, 0, 0));
}

void TestPresentation::argumentsComeInOneByOneWhenAnimated()
{
    m_window->present();
    const Corpus &corpus = m_document->corpus();
    const LinkIndex links(corpus);
    // The first step that brings in new arguments.
    int step = 1;
    while (PresentationView::revealedBy(corpus, links, step).size() ==
           PresentationView::revealedBy(corpus, links, step - 1).size())
        ++step;
    const int added = int(PresentationView::revealedBy(corpus, links, step).size() -
                          PresentationView::revealedBy(corpus, links, step - 1).size());
    story()->goTo(step - 1);
    audience()->setAnimated(true);
    key(Qt::Key_Right);
    QCOMPARE(story()->step(), step);
    QCOMPARE(audience()->ghosts().size(), added); // laid out, not yet shown
    QTRY_VERIFY_WITH_TIMEOUT(audience()->ghosts().isEmpty(), added * PresentationView::revealMs + 2000);
    audience()->setAnimated(false);
}

void TestPresentation::blankingAndJumpingToAStep()
{
    m_window->present();
    key(Qt::Key_B);
    QVERIFY(story()->isBlanked());
    QImage shot = audience()->grab().toImage();
    QCOMPARE(shot.pixel(10, 10), qRgb(0, 0, 0));
    QCOMPARE(shot.pixel(shot.width() / 2, shot.height() / 2), qRgb(0, 0, 0));
    key(Qt::Key_B);
    QVERIFY(!story()->isBlanked());
    shot = audience()->grab().toImage();
    QVERIFY(shot.pixel(shot.width() / 2, shot.height() / 2) != qRgb(0, 0, 0));

    key(Qt::Key_7);
    QCOMPARE(story()->typedNumber(), u"7"_s);
    key(Qt::Key_Enter);
    QCOMPARE(story()->step(), 6);
    key(Qt::Key_4);
    key(Qt::Key_0);
    key(Qt::Key_Return);
    QCOMPARE(story()->step(), 6);
    QVERIFY(story()->notice().contains(u"no step 40"_s));
}

void TestPresentation::clickingExploresAndResumingReturns()
{
    m_window->present();
    key(Qt::Key_End); // the last step: several arguments on the map
    const int step = story()->step();
    audience()->grab(); // laid out as the room sees it
    // Find a card on the page and click it.
    QPoint target;
    const QRect map = audience()->rect();
    for (int y = map.top() + 5; y < map.bottom() && target.isNull(); y += 9) {
        for (int x = map.width() / 2; x < map.right() && target.isNull(); x += 9) {
            if (audience()->itemAt(QPointF(x, y)).startsWith(u"a-"_s) ||
                audience()->itemAt(QPointF(x, y)).startsWith(u"claim"_s))
                target = QPoint(x, y);
        }
    }
    QVERIFY2(!target.isNull(), "no card on the map");
    const QString clicked = audience()->itemAt(target);
    QTest::mouseClick(audience(), Qt::LeftButton, {}, target);
    QVERIFY(story()->isPaused());
    QCOMPARE(story()->exploring(), clicked);
    QVERIFY(audience()->pageOptions().subtitle.startsWith(u"Exploring"_s));
    QVERIFY(audience()->scene().map.selected.contains(clicked));
    key(Qt::Key_R);
    QVERIFY(!story()->isPaused());
    QCOMPARE(story()->step(), step);
    QCOMPARE(audience()->pageOptions().title, m_document->corpus().story.steps[step].caption);
}

void TestPresentation::largerTypeAndHighContrast()
{
    m_window->present();
    const double before = audience()->pageOptions().typeScale;
    key(Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(audience()->pageOptions().typeScale, before * 1.15);
    key(Qt::Key_H);
    QCOMPARE(audience()->pageOptions().theme, Theme::HighContrast);
    const QImage shot = audience()->grab().toImage();
    QCOMPARE(shot.pixel(2, 2), qRgb(0, 0, 0)); // the high-contrast page is black
}

void TestPresentation::presentationFollowsTheWindowsTheme()
{
    m_window->setTheme(Theme::Dark);
    m_window->present();
    QCOMPARE(audience()->pageOptions().theme, Theme::Dark);
    const QImage shot = audience()->grab().toImage();
    QVERIFY(qGray(shot.pixel(2, 2)) < 60); // a dark page, as the window was
    key(Qt::Key_H);                        // high contrast still wins for a washed-out projector
    QCOMPARE(audience()->pageOptions().theme, Theme::HighContrast);
    key(Qt::Key_H);
    QCOMPARE(audience()->pageOptions().theme, Theme::Dark);
}

void TestPresentation::escapeGivesTheWindowBackAsItWas()
{
    // A window with a history: zoomed in, an argument selected, a panel opened and one closed, stacked
    // views.
    m_window->dock(u"detailsDock"_s)->show();
    m_document->selection()->select(u"a-con-no-united-front"_s);
    TimelineWidget *timeline = m_window->timelinePane()->timeline();
    timeline->setWindow(QDate(2020, 1, 1).toJulianDay(), QDate(2024, 1, 1).toJulianDay());
    m_window->dock(u"storyDock"_s)->close();
    m_window->setStacked(true);
    const auto window = timeline->window();
    const QByteArray geometry = m_window->saveGeometry();
    QMap<QString, QString> panels;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        panels.insert(dock->objectName(), panelFacts(dock));
    const QRect central = m_window->centralWidget()->geometry();

    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(audience()->isVisible());
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    key(Qt::Key_B);
    key(Qt::Key_Escape);
    QTRY_VERIFY(!m_window->presentation());
    QVERIFY(m_window->isVisible());
    QCOMPARE(timeline->window(), window);
    QCOMPARE(m_document->selection()->ids(), QStringList{u"a-con-no-united-front"_s});
    QVERIFY(!m_window->dock(u"storyDock"_s)->isVisible());
    QVERIFY(m_window->dock(u"detailsDock"_s)->isVisible());
    QVERIFY(m_window->isStacked());
    QCOMPARE(m_window->saveGeometry(), geometry);
    // Every panel where it was, as big as it was, in the same tab group. (Not saveState()'s bytes: they
    // also hold the last size of tabs never shown, which Qt recomputes when the window is shown again.)
    for (const auto &[name, before] : panels.asKeyValueRange()) {
        QDockWidget *dock = m_window->dock(name);
        QCOMPARE(panelFacts(dock), before);
    }
    QCOMPARE(m_window->centralWidget()->geometry(), central);
}

void TestPresentation::presenterViewShowsCurrentNextAndTime()
{
    // The laptop's view, as it would be with a projector attached.
    const auto corpus = m_document->corpusPointer();
    StoryPresenter presenter(int(corpus->story.steps.size()));
    PresentationView audience(corpus, &presenter);
    audience.setAnimated(false);
    audience.resize(1280, 720);
    PresenterView view(*corpus, &presenter, &audience);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.currentText(), u"1. "_s + corpus->story.steps[0].caption);
    QCOMPARE(view.nextText(), u"Next: 2. "_s + corpus->story.steps[1].caption);
    QCOMPARE(view.elapsedText(), u"0:00"_s);
    QTest::keyClick(&view, Qt::Key_End); // the presenter's keys drive the story too
    QCOMPARE(presenter.step(), int(corpus->story.steps.size()) - 1);
    QCOMPARE(view.nextText(), u"This is the last step."_s);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
