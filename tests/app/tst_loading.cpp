// Loading off the GUI thread (issue 16): a 100,000-event corpus read through the real window while a
// watchdog timer on the GUI thread measures the longest stall of the event loop; Cancel (Esc) keeping the
// open corpus; a newer open winning over an older one still running; a broken file keeping what was open.
//
// Prints load.100k.gui-max-stall (and, in optimised builds, reload.100k.gui-max-stall). The 100 ms ceiling
// is asserted in optimised builds only: a debug build's figure is printed, not held to it.
#include "app/corpusloader.h"
#include "app/loadprogress.h"
#include "tests/app/windowtest.h"
#include "tests/support/stallwatchdog.h"
#include "tests/support/syntheticcorpus.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestLoading : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { openWindow(QSize(1280, 800)); }
    void cleanup()
    {
        closeWindow();
        QThreadPool::globalInstance()->waitForDone(); // no read left over from one test in the next
    }

    void largeFileLoadsAndReloadsWithoutStalling();
    void cancelKeepsTheOpenCorpus_data();
    void cancelKeepsTheOpenCorpus();
    void cancelAfterTheLoadEndedChangesNothing();
    void newerOpenWins();
    void brokenFileKeepsTheOpenCorpus();

private:
    // Opens `path` and waits for it while the watchdog runs; returns the longest stall, -1 on failure.
    qint64 loadWatched(const std::function<void()> &start, bool *sawProgress);

    QString m_large; // 100,000 events
    QString m_small; // 300 events
};

void TestLoading::initTestCase()
{
    startUp();
    test::SyntheticSpec spec;
    spec.events = 100000;
    spec.arguments = 20000;
    spec.articles = 120;
    spec.claims = 40;
    m_large = m_dir.filePath(u"synthetic-100k.json"_s);
    QVERIFY(writeFile(m_large, test::makeSyntheticCorpusJson(spec)));
    spec = {};
    spec.events = 300;
    spec.arguments = 60;
    m_small = m_dir.filePath(u"synthetic-300.json"_s);
    QVERIFY(writeFile(m_small, test::makeSyntheticCorpusJson(spec)));
}

qint64 TestLoading::loadWatched(const std::function<void()> &start, bool *sawProgress)
{
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    QProgressBar *bar = m_window->loadProgress()->bar();
    test::StallWatchdog watchdog;
    start();
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && clock.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        *sawProgress = *sawProgress || (bar->isVisible() && bar->value() > 0);
    }
    // The views lay out and paint the new corpus after the swap: that belongs to the load too.
    QTest::qWait(300);
    if (finished.isEmpty() || !finished.last().at(1).toBool())
        return -1;
    return watchdog.maxGapMs();
}

void TestLoading::largeFileLoadsAndReloadsWithoutStalling()
{
    QTest::qWait(200); // the first frame's panels and layout are not the load's
    bool sawProgress = false;
    QElapsedTimer clock;
    clock.start();
    const qint64 loadStall = loadWatched([this] { m_window->openCorpus(m_large); }, &sawProgress);
    const qint64 loadMs = clock.elapsed();
    QVERIFY(loadStall >= 0);
    QCOMPARE(m_document->corpus().events.size(), 100000);
    QCOMPARE(m_window->corpusPath(), m_large);
    QVERIFY(!m_window->loadProgress()->isVisible());
    qInfo("load.100k.gui-max-stall: %lld ms (load and show: %lld ms)", loadStall, loadMs);

    if (loadMs > LoadProgress::showAfterMs + 200)
        QVERIFY(sawProgress); // a load past half a second shows how far it is
#ifdef ARGLINE_OPTIMISED
    // A reload goes the same way; a debug build skips it to keep the test short.
    m_document->selection()->select(m_document->corpus().events.at(500).id);
    bool sawReloadProgress = false;
    const qint64 reloadStall = loadWatched([this] { QVERIFY(m_window->reloadCorpus()); }, &sawReloadProgress);
    QVERIFY(reloadStall >= 0);
    QCOMPARE(m_document->corpus().events.size(), 100000);
    QCOMPARE(m_document->selection()->ids().size(), 1); // kept across the reload
    qInfo("reload.100k.gui-max-stall: %lld ms", reloadStall);
    QVERIFY2(loadStall < 100, qPrintable(u"opening stalled the GUI thread for %1 ms"_s.arg(loadStall)));
    QVERIFY2(reloadStall < 100, qPrintable(u"reloading stalled the GUI thread for %1 ms"_s.arg(reloadStall)));
#endif
}

void TestLoading::cancelKeepsTheOpenCorpus()
{
    QFETCH(bool, straightAway);
    const QString title = m_document->corpus().title;
    m_document->selection()->select(u"a-con-india"_s);
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    // The worker is held before it reads: whatever the build's speed, the load is still pending when Esc
    // is pressed, whether or not its progress bar has appeared yet.
    CorpusLoader::holdWorkersForTesting(true);
    m_window->openCorpus(m_large);
    QVERIFY(m_window->isLoading());
    QVERIFY(m_window->loadProgress()->cancelAction()->isEnabled());
    if (!straightAway)
        QTRY_VERIFY(m_window->loadProgress()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    CorpusLoader::holdWorkersForTesting(false);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.last().at(1).toBool(), false);
    QVERIFY(!m_window->isLoading());
    QVERIFY(!m_window->loadProgress()->isVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"cancelled"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    // The read stops in the background and what it built goes nowhere.
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_document->corpus().title, title);
    QCOMPARE(m_document->corpus().events.size(), 42);
    QCOMPARE(m_document->selection()->ids(), QStringList{u"a-con-india"_s});
    QVERIFY(!m_window->diagnosticsDialog());
}

void TestLoading::cancelKeepsTheOpenCorpus_data()
{
    QTest::addColumn<bool>("straightAway");
    QTest::newRow("Esc straight after opening") << true;
    QTest::newRow("Esc with the progress bar shown") << false;
}

void TestLoading::cancelAfterTheLoadEndedChangesNothing()
{
    // Once the new corpus has been adopted there is nothing left to cancel: Esc leaves it open.
    QVERIFY(openAndWait(m_small));
    QVERIFY(!m_window->isLoading());
    QVERIFY(!m_window->loadProgress()->cancelAction()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(m_document->corpus().events.size(), 300);
    QCOMPARE(m_window->corpusPath(), m_small);
}

void TestLoading::newerOpenWins()
{
    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    m_window->openCorpus(m_large);
    m_window->openCorpus(m_small); // the large file is still being read: the newer choice wins
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toString(), m_small);
    QVERIFY(finished.last().at(1).toBool());
    QCOMPARE(m_document->corpus().events.size(), 300);
    // The large read ends in the background; it must not land on top of the newer file.
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_document->corpus().events.size(), 300);
    QCOMPARE(m_window->corpusPath(), m_small);

    // The other way round: a quick file superseded by a slower one still ends with the slower one.
    m_window->openCorpus(m_small);
    m_window->openCorpus(test::builtInCorpusFile());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(m_document->corpus().events.size(), 42);
}

void TestLoading::brokenFileKeepsTheOpenCorpus()
{
    QFile large(m_large);
    QVERIFY(large.open(QIODevice::ReadOnly));
    const QByteArray head = large.read(3 * 1024 * 1024); // cut off mid-record: a save cut short
    const QString broken = m_dir.filePath(u"cut-short.json"_s);
    QVERIFY(writeFile(broken, head));
    const QString title = m_document->corpus().title;

    QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
    m_window->openCorpus(broken);
    QCOMPARE(m_document->corpus().title, title); // usable while the file is read
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).toBool(), false);
    QCOMPARE(m_document->corpus().title, title);
    QCOMPARE(m_document->corpus().events.size(), 42);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"the open corpus is unchanged"_s));
    // Reported as every error is: the file, line:column.
    DiagnosticsDialog *dialog = m_window->diagnosticsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString report = dialog->plainText();
    QVERIFY2(report.contains(QRegularExpression(u"cut-short\\.json:\\d+:\\d+"_s)), qPrintable(report));
}

QTEST_MAIN(TestLoading)
#include "tst_loading.moc"
