// Presentation without widgets: what each key a clicker sends does to the story, and which screen gets
// which view, over simulated screen lists.
#include "models/present/presentationscreens.h"
#include "models/present/storypresenter.h"
#include "resources/translations.h"

#include <QSignalSpy>
#include <QTest>

using namespace argline;

class TestStoryPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void clickerKeysWalkThroughEveryStepAndBack();
    void homeEndAndTheEdges();
    void typedNumbersJump();
    void blankingAndBack();
    void exploringPausesAndAnyStepKeyResumes();
    void typeSizeAndContrast();
    void escapeLeavesUnlessANumberIsBeingTyped();
    void screens_data();
    void screens();

private:
    static void press(StoryPresenter &p, int key, Qt::KeyboardModifiers modifiers = {})
    {
        QVERIFY(p.handleKey(key, modifiers));
    }
};

void TestStoryPresenter::clickerKeysWalkThroughEveryStepAndBack()
{
    StoryPresenter p(18);
    QSignalSpy steps(&p, &StoryPresenter::stepChanged);
    // Clickers send Right, PageDown or Space for "next" and Left, PageUp or Backspace for "back".
    const int forward[] = {Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Space};
    for (int i = 1; i < 18; ++i) {
        press(p, forward[i % 3]);
        QCOMPARE(p.step(), i);
    }
    press(p, Qt::Key_Right); // no step 19: stays on the last
    QCOMPARE(p.step(), 17);
    const int back[] = {Qt::Key_Left, Qt::Key_PageUp, Qt::Key_Backspace};
    for (int i = 16; i >= 0; --i) {
        press(p, back[i % 3]);
        QCOMPARE(p.step(), i);
    }
    QCOMPARE(steps.size(), 34);
    QCOMPARE(steps.last().at(1).toInt(), 1); // from step 2 back to step 1
}

void TestStoryPresenter::homeEndAndTheEdges()
{
    StoryPresenter p(5);
    press(p, Qt::Key_End);
    QCOMPARE(p.step(), 4);
    press(p, Qt::Key_Home);
    QCOMPARE(p.step(), 0);
    press(p, Qt::Key_Left);
    QCOMPARE(p.step(), 0);
    StoryPresenter empty(0);
    empty.next();
    QCOMPARE(empty.step(), 0);
}

void TestStoryPresenter::typedNumbersJump()
{
    StoryPresenter p(18);
    press(p, Qt::Key_1);
    press(p, Qt::Key_2);
    QCOMPARE(p.typedNumber(), QStringLiteral("12"));
    press(p, Qt::Key_Return);
    QCOMPARE(p.step(), 11);
    QVERIFY(p.typedNumber().isEmpty());
    // Backspace edits the number rather than going back a step.
    press(p, Qt::Key_3);
    press(p, Qt::Key_4);
    press(p, Qt::Key_Backspace);
    press(p, Qt::Key_Enter);
    QCOMPARE(p.step(), 2);
    // A step that does not exist: nothing moves, and the presenter is told why.
    press(p, Qt::Key_9);
    press(p, Qt::Key_9);
    press(p, Qt::Key_Return);
    QCOMPARE(p.step(), 2);
    QCOMPARE(p.notice(), QStringLiteral("There is no step 99: the story has 18 steps."));
    press(p, Qt::Key_Right);
    QVERIFY(p.notice().isEmpty());
}

void TestStoryPresenter::blankingAndBack()
{
    StoryPresenter p(3);
    press(p, Qt::Key_B);
    QVERIFY(p.isBlanked());
    press(p, Qt::Key_B);
    QVERIFY(!p.isBlanked());
    press(p, Qt::Key_Period); // what many clickers send for "blank"
    QVERIFY(p.isBlanked());
    press(p, Qt::Key_Right); // a step shows the screen again
    QVERIFY(!p.isBlanked());
    QCOMPARE(p.step(), 1);
}

void TestStoryPresenter::exploringPausesAndAnyStepKeyResumes()
{
    StoryPresenter p(5);
    p.goTo(2);
    p.explore(QStringLiteral("a-con-india"));
    QVERIFY(p.isPaused());
    press(p, Qt::Key_Right); // back to the story where it was, not on to the next step
    QVERIFY(!p.isPaused());
    QCOMPARE(p.step(), 2);
    p.explore(QStringLiteral("a-con-india"));
    press(p, Qt::Key_R);
    QVERIFY(!p.isPaused());
    QCOMPARE(p.step(), 2);
}

void TestStoryPresenter::typeSizeAndContrast()
{
    StoryPresenter p(3);
    press(p, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(p.typeScale(), 1.15);
    press(p, Qt::Key_Minus, Qt::ControlModifier);
    press(p, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(p.typeScale() < 1);
    for (int i = 0; i < 30; ++i)
        press(p, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(p.typeScale(), StoryPresenter::maximumTypeScale);
    press(p, Qt::Key_H);
    QVERIFY(p.isHighContrast());
}

void TestStoryPresenter::escapeLeavesUnlessANumberIsBeingTyped()
{
    StoryPresenter p(3);
    QSignalSpy finished(&p, &StoryPresenter::finished);
    press(p, Qt::Key_2);
    press(p, Qt::Key_Escape);
    QCOMPARE(finished.size(), 0);
    QVERIFY(p.typedNumber().isEmpty());
    press(p, Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!p.handleKey(Qt::Key_Q, {}));
}

void TestStoryPresenter::screens_data()
{
    using Screen = PresentationScreens::Screen;
    QTest::addColumn<QList<Screen>>("screens");
    QTest::addColumn<int>("windowScreen");
    QTest::addColumn<int>("audience");
    QTest::addColumn<int>("presenter"); // -1: none
    const Screen laptop{QRect(0, 0, 1920, 1080), true};
    const Screen projector{QRect(1920, 0, 1280, 720), false};
    const Screen bigProjector{QRect(1920, 0, 3840, 2160), false};
    QTest::newRow("one screen: the room only") << QList<Screen>{laptop} << 0 << 0 << -1;
    QTest::newRow("laptop and projector") << QList<Screen>{laptop, projector} << 0 << 1 << 0;
    QTest::newRow("projector listed first") << QList<Screen>{projector, laptop} << 1 << 0 << 1;
    QTest::newRow("window on the second screen") << QList<Screen>{laptop, projector} << 1 << 0 << 1;
    QTest::newRow("unknown window screen: the primary") << QList<Screen>{projector, laptop} << -1 << 0 << 1;
    QTest::newRow("three screens: the largest other")
        << QList<Screen>{laptop, projector, bigProjector} << 0 << 2 << 0;
    const Screen twin{QRect(1920, 0, 1920, 1080), false};
    const Screen primaryTwin{QRect(3840, 0, 1920, 1080), true};
    QTest::newRow("equal sizes: not the primary") << QList<Screen>{laptop, primaryTwin, twin} << 0 << 2 << 0;
}

void TestStoryPresenter::screens()
{
    QFETCH(QList<PresentationScreens::Screen>, screens);
    QFETCH(int, windowScreen);
    QFETCH(int, audience);
    QFETCH(int, presenter);
    const PresentationScreens chosen = PresentationScreens::choose(screens, windowScreen);
    QCOMPARE(chosen.audience, audience);
    QCOMPARE(chosen.presenter.value_or(-1), presenter);
    QCOMPARE(PresentationScreens::choose({}, 0).audience, -1);
}

QTEST_GUILESS_MAIN(TestStoryPresenter)
#include "tst_storypresenter.moc"
