// The interface language: the system's by default, chosen in View ▸ Language, remembered, and applied
// at once by building the window anew — menus, docks, panels, the status line, tooltips and dates all in
// the new language, while the corpus, the selection, the filters, the search and the layout stay.
#include "app/linkednavigation.h"
#include "app/mainwindow.h"
#include "app/mainwindowhost.h"
#include "app/toolbartext.h"
#include "models/explore/corpusdocument.h"
#include "models/itemmodels/facetmodel.h"
#include "resources/translations.h"
#include "tests/app/windowtest.h"
#include "tests/support/testcorpus.h"
#include "widgets/panels/filterpanel.h"
#include "widgets/panels/searchbar.h"

#include <QDate>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace argline;

class TestLanguage : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void resolvedLanguage_data();
    void resolvedLanguage();
    void datesFollowTheInterfaceLanguage();
    void withoutMnemonic_data();
    void withoutMnemonic();

    void startsInTheSavedLanguage();
    void englishToolbarReadsCleanly();
    void choosingJapaneseRebuildsTheWindowAndKeepsTheWork();
    void theChoiceIsRememberedAndSystemDefaultReturns();
    void windowHasTheAppIcon();

private:
    // A host (and its first window) on the built-in corpus, with settings in the scratch file.
    MainWindow *start(const QString &savedLanguage = {});
    MainWindow *window() const { return m_host->window(); }
    QStringList menuTitles() const;
    QAction *languageAction(const QString &choice) const;
    void checkToolbarIsClean(MainWindow *window);

    std::unique_ptr<MainWindowHost> m_host;
};

void TestLanguage::initTestCase()
{
    startUp();
}

void TestLanguage::init()
{
    using namespace Qt::StringLiterals;
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_document = std::make_unique<CorpusDocument>();
    m_document->setCorpus(test::builtInCorpus());
}

void TestLanguage::cleanup()
{
    m_host.reset();
    m_document.reset();
    m_settings->clear();
    m_settings.reset();
    installTranslations(*QCoreApplication::instance()); // the system's (English: the tests run in C)
}

MainWindow *TestLanguage::start(const QString &savedLanguage)
{
    if (!savedLanguage.isEmpty()) {
        WindowSettings saved;
        saved.language = savedLanguage;
        saved.write(*m_settings);
    }
    m_host = std::make_unique<MainWindowHost>(m_document.get(), m_settings.get());
    MainWindow *window = m_host->createWindow();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    window->ensurePanels();
    return window;
}

QStringList TestLanguage::menuTitles() const
{
    QStringList titles;
    for (QAction *menu : window()->menuBar()->actions())
        titles.append(menu->text());
    return titles;
}

QAction *TestLanguage::languageAction(const QString &choice) const
{
    auto *menu = window()->findChild<QMenu *>(u"languageMenu"_s);
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == choice)
            return action;
    }
    return nullptr;
}

void TestLanguage::checkToolbarIsClean(MainWindow *window)
{
    auto *bar = window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(bar);
    int buttons = 0;
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (!button->defaultAction() || button->defaultAction()->isSeparator())
            continue;
        ++buttons;
        const QString text = button->text();
        QVERIFY2(!text.contains(u'&') && !text.contains(u'(') && !text.contains(u'（'), qPrintable(text));
        QVERIFY2(!text.endsWith(u'…'), qPrintable(text));
        QVERIFY2(!button->toolTip().contains(u'&'), qPrintable(button->toolTip()));
    }
    QVERIFY(buttons >= 5); // open, back, forward, only linked, as of, stack
}

void TestLanguage::resolvedLanguage_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale::Language>("locale");
    QTest::newRow("system: Japanese") << QString() << u"ja_JP"_s << u"ja"_s << QLocale::Japanese;
    QTest::newRow("system: British English") << QString() << u"en_GB"_s << u"en"_s << QLocale::English;
    QTest::newRow("system: C") << QString() << u"C"_s << u"en"_s << QLocale::C;
    // No German translation: English, and dates in English too, not German months in English text.
    QTest::newRow("system: German") << QString() << u"de_DE"_s << u"en"_s << QLocale::English;
    QTest::newRow("English on a Japanese system") << u"en"_s << u"ja_JP"_s << u"en"_s << QLocale::English;
    QTest::newRow("Japanese on an English system") << u"ja"_s << u"en_US"_s << u"ja"_s << QLocale::Japanese;
    QTest::newRow("a language there is none of") << u"xx"_s << u"ja_JP"_s << u"ja"_s << QLocale::Japanese;
}

void TestLanguage::resolvedLanguage()
{
    QFETCH(QString, choice);
    QFETCH(QString, system);
    QFETCH(QString, language);
    QFETCH(QLocale::Language, locale);
    QCOMPARE(UiLanguage::resolved(choice, QLocale(system)), language);
    QCOMPARE(UiLanguage::locale(choice, QLocale(system)).language(), locale);
    QVERIFY(UiLanguage::available().contains(u"ja"_s));
    QCOMPARE(UiLanguage::available().first(), u"en"_s);
    QCOMPARE(UiLanguage::nativeName(u"ja"_s), u"日本語"_s);
    QCOMPARE(UiLanguage::sanitized(u"../../etc"_s), QString());
}

void TestLanguage::datesFollowTheInterfaceLanguage()
{
    const QDate date(2023, 7, 1);
    installTranslations(*QCoreApplication::instance(), u"ja"_s);
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QCOMPARE(QLocale().toString(date, QLocale::LongFormat), u"2023年7月1日土曜日"_s);
    QCOMPARE(QCoreApplication::translate("argline::MainWindow", "&File"), u"ファイル(&F)"_s);
    installTranslations(*QCoreApplication::instance(), u"en"_s);
    QCOMPARE(QLocale().language(), QLocale::C); // the system's own: the tests run in LC_ALL=C
    QCOMPARE(QCoreApplication::translate("argline::MainWindow", "&File"), u"&File"_s);
}

void TestLanguage::withoutMnemonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("clean");
    QTest::newRow("English") << u"&Back"_s << u"Back"_s;
    QTest::newRow("English, mid-word") << u"Only &Linked"_s << u"Only Linked"_s;
    QTest::newRow("English, dialog") << u"&Open Corpus…"_s << u"Open Corpus"_s;
    QTest::newRow("literal ampersand") << u"Q&&A"_s << u"Q&A"_s;
    QTest::newRow("Japanese") << u"戻る(&B)"_s << u"戻る"_s;
    QTest::newRow("Japanese, dialog") << u"コーパスを開く(&O)…"_s << u"コーパスを開く"_s;
    QTest::newRow("full-width brackets") << u"進む（&F）"_s << u"進む"_s;
    QTest::newRow("space before") << u"開く (&O)"_s << u"開く"_s;
    QTest::newRow("brackets that are text") << u"2022 (&2025)"_s << u"2022 (2025)"_s;
    QTest::newRow("nothing to strip") << u"Fit"_s << u"Fit"_s;
}

void TestLanguage::withoutMnemonic()
{
    QFETCH(QString, text);
    QFETCH(QString, clean);
    QCOMPARE(argline::withoutMnemonic(text), clean);
}

void TestLanguage::startsInTheSavedLanguage()
{
    MainWindow *w = start(u"ja"_s);
    QVERIFY(w);
    QCOMPARE(m_host->language(), u"ja"_s);
    const QStringList titles = menuTitles();
    QVERIFY2(titles.contains(u"ファイル(&F)"_s) && titles.contains(u"表示(&V)"_s) &&
                 titles.contains(u"ヘルプ(&H)"_s),
             qPrintable(titles.join(u", "_s)));
    QCOMPARE(w->dock(u"filtersDock"_s)->windowTitle(), u"絞り込み"_s);
    QCOMPARE(w->dock(u"detailsDock"_s)->windowTitle(), u"詳細"_s);
    QTRY_COMPARE(w->statusText(), u"出来事%1件 · 論証%2件"_s.arg(m_document->corpus().events.size())
                                      .arg(m_document->corpus().arguments.size()));
    QVERIFY(w->searchBar()->field()->placeholderText().contains(u"検索"_s));
    checkToolbarIsClean(w);
    QVERIFY(languageAction(u"ja"_s)->isChecked());
}

void TestLanguage::englishToolbarReadsCleanly()
{
    MainWindow *w = start();
    QVERIFY(w);
    QCOMPARE(m_host->language(), u"en"_s);
    QVERIFY(menuTitles().contains(u"&File"_s));
    checkToolbarIsClean(w);
    QVERIFY(languageAction(QString())->isChecked());
}

void TestLanguage::choosingJapaneseRebuildsTheWindowAndKeepsTheWork()
{
    MainWindow *english = start();
    QVERIFY(english);
    // Some work to keep: a filter, a selection, a search, an as-of date, stacked views.
    FacetModel *actors = english->filterPanel()->actors();
    QVERIFY(actors->setData(actors->indexOf(u"france"_s), Qt::Checked, Qt::CheckStateRole));
    m_document->selection()->select(u"e-2023-france-blocks-office"_s);
    english->searchBar()->field()->setText(u"office"_s);
    english->navigation()->setAsOfDay(QDate(2023, 7, 1).toJulianDay());
    english->setStacked(true);
    QTRY_VERIFY(english->statusText().contains(u"France"_s));

    QSignalSpy replaced(m_host.get(), &MainWindowHost::windowReplaced);
    QPointer<MainWindow> previous(english);
    languageAction(u"ja"_s)->trigger(); // View ▸ Language ▸ 日本語
    QCOMPARE(replaced.size(), 1);
    MainWindow *japanese = window();
    QVERIFY(japanese != english);
    QTRY_VERIFY(!previous); // the old window is gone once its menu action has returned
    QVERIFY(QTest::qWaitForWindowExposed(japanese));
    japanese->ensurePanels();

    QVERIFY(menuTitles().contains(u"ファイル(&F)"_s));
    QCOMPARE(japanese->dock(u"storyDock"_s)->windowTitle(), u"ストーリー"_s);
    checkToolbarIsClean(japanese);
    // The work is all there, and the status line and its dates speak Japanese.
    QCOMPARE(m_document->filter().actors, QSet<QString>{u"france"_s});
    FacetModel *japaneseActors = japanese->filterPanel()->actors();
    QCOMPARE(japaneseActors->data(japaneseActors->indexOf(u"france"_s), Qt::CheckStateRole), Qt::Checked);
    QCOMPARE(m_document->selection()->current(), u"e-2023-france-blocks-office"_s);
    QCOMPARE(japanese->searchBar()->field()->text(), u"office"_s);
    QVERIFY(!japanese->searchBar()->matches().isEmpty());
    QVERIFY(japanese->isStacked());
    QCOMPARE(japanese->navigation()->asOfDay(), QDate(2023, 7, 1).toJulianDay());
    QTRY_VERIFY2(
        japanese->statusText().contains(
            QLocale(QLocale::Japanese, QLocale::Japan).toString(QDate(2023, 7, 1), QLocale::ShortFormat)),
        qPrintable(japanese->statusText()));
    QVERIFY2(japanese->statusText().contains(u"出来事"_s), qPrintable(japanese->statusText()));
    QCOMPARE(m_settings->value(u"ui/language"_s).toString(), u"ja"_s);
}

void TestLanguage::theChoiceIsRememberedAndSystemDefaultReturns()
{
    QVERIFY(start());
    languageAction(u"ja"_s)->trigger();
    QVERIFY(menuTitles().contains(u"ファイル(&F)"_s));
    window()->saveSettings();
    m_host.reset();
    installTranslations(*QCoreApplication::instance());

    // The next start speaks Japanese from its first frame.
    MainWindow *again = start();
    QVERIFY(again);
    QCOMPARE(m_host->language(), u"ja"_s);
    QVERIFY(menuTitles().contains(u"ファイル(&F)"_s));
    QVERIFY(languageAction(u"ja"_s)->isChecked());

    // System Default: the tests' system is C, so English.
    languageAction(QString())->trigger();
    QCOMPARE(m_host->language(), u"en"_s);
    QVERIFY(menuTitles().contains(u"&File"_s));
    QVERIFY(languageAction(QString())->isChecked());
    QCOMPARE(m_settings->value(u"ui/language"_s).toString(), QString());
    QCOMPARE(QLocale().language(), QLocale::C);
}

void TestLanguage::windowHasTheAppIcon()
{
    MainWindow *w = start();
    QVERIFY(w);
    QVERIFY(!w->windowIcon().isNull());
    QVERIFY(!w->windowIcon().pixmap(32, 32).isNull());
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
