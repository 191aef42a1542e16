// The real `argline` binary on other formats: --self-check prints the counts the source has, `convert`
// writes any format and says what it could not keep, `export --corpus` takes an imported file, and
// bad arguments or bad input leave nothing behind.
#include "tests/support/arglinerun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfCheckCountsWhatTheSourceHas_data();
    void selfCheckCountsWhatTheSourceHas();
    void selfCheckOfABrokenImport();
    void convertWritesEveryFormat_data();
    void convertWritesEveryFormat();
    void convertSaysWhatWasLost();
    void convertBadArguments_data();
    void convertBadArguments();
    void convertRefusesABrokenInput();
    void convertCannotWrite();
    void exportTakesAnImportedFile();

private:
    using Run = argline::test::ArglineRun;
    static Run run(const QStringList &arguments)
    {
        return Run::of(QStringLiteral(ARGLINE_BINARY), arguments);
    }
    QTemporaryDir m_dir;
};

static const QString interopDir = QStringLiteral(ARGLINE_INTEROP_DIR);
static const QString dataDir = QStringLiteral(ARGLINE_TEST_DATA_DIR);

static void needInterop()
{
    if (!QDir(interopDir).exists())
        QSKIP(qPrintable(u"the interop files are not here: "_s + interopDir));
}

// Phrases without plural forms, so the test holds whether or not the translator has filled them in.
void TestImportCommands::selfCheckCountsWhatTheSourceHas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("eras") << u"tljs_eras.json"_s
                          << QStringList{u"TimelineJS (JSON): the file holds 20 "_s, u" and 3 era"_s};
    QTest::newRow("hundred years") << u"tljs_hundred_years_war.json"_s
                                   << QStringList{u"the file holds 42 "_s, u"42 events (900–1461)"_s};
    QTest::newRow("cosmo") << u"tljs_cosmo-mixed.json"_s
                           << QStringList{u"the file holds 11 "_s, u"; 4 left out"_s,
                                          u"7 events (3500 BC–1990)"_s};
    QTest::newRow("qt30") << u"aif_qt30_nodeset23515.json"_s
                          << QStringList{u"AIF (Argument Interchange Format, JSON): the file holds 24 "_s,
                                         u" and 16 relation"_s};
    QTest::newRow("legalisation") << u"argdown_legalisation-softdrugs.argdown"_s
                                  << QStringList{u"Argdown: the file holds 18 "_s,
                                                 u"18 arguments (1 claim"_s};
}

void TestImportCommands::selfCheckCountsWhatTheSourceHas()
{
    needInterop();
    QFETCH(QString, file);
    QFETCH(QStringList, phrases);
    const Run result = run({u"--self-check"_s, interopDir + u'/' + file});
    QCOMPARE(result.exitCode, 0);
    for (const QString &phrase : phrases)
        QVERIFY2(result.out.contains(phrase), qPrintable(phrase + u"\n in: "_s + result.out));
}

void TestImportCommands::selfCheckOfABrokenImport()
{
    const QString file = dataDir + u"/bad/argdown/bad-titles.argdown"_s;
    const Run result = run({u"--self-check"_s, file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(file + u":1:1: error: a statement's title needs a closing ]"_s),
             qPrintable(result.err));
    QVERIFY(result.out.contains(u"INVALID"_s));
}

void TestImportCommands::convertWritesEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("extension");
    QTest::newRow("argline") << u"argline"_s << u"json"_s;
    QTest::newRow("timelinejs") << u"timelinejs"_s << u"json"_s;
    QTest::newRow("timelinejs-csv") << u"timelinejs-csv"_s << u"csv"_s;
    QTest::newRow("csv") << u"csv"_s << u"csv"_s;
    QTest::newRow("argdown") << u"argdown"_s << u"argdown"_s;
    QTest::newRow("aif") << u"aif"_s << u"json"_s;
}

// The built-in corpus to every format, and each result passes --self-check.
void TestImportCommands::convertWritesEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, extension);
    const QString output = m_dir.filePath(u"built-in-"_s + format + u'.' + extension);
    const Run result =
        run({u"convert"_s, u":/corpus/argline-corpus.json"_s, u"-o"_s, output, u"--to"_s, format});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Wrote "_s + output), qPrintable(result.out + result.err));
    QVERIFY(QFileInfo::exists(output));
    const Run check = run({u"--self-check"_s, output});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestImportCommands::convertSaysWhatWasLost()
{
    const QString output = m_dir.filePath(u"lost.json"_s);
    const Run result =
        run({u"convert"_s, u":/corpus/argline-corpus.json"_s, u"-o"_s, output, u"--to"_s, u"timelinejs"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"Kept in the nearest place the format offers:\n  - "_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"Not kept (the format has no place for it):\n  - "_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u": TimelineJS has no argument map"_s), qPrintable(result.out));
}

void TestImportCommands::convertBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{u"convert"_s, u"x.json"_s, u"--to"_s, u"aif"_s}
                               << u"-o FILE is required"_s;
    QTest::newRow("no format") << QStringList{u"convert"_s, u"x.json"_s, u"-o"_s, u"y.json"_s}
                               << u"--to FORMAT is required"_s;
    QTest::newRow("unknown format") << QStringList{u"convert"_s, u"x.json"_s, u"-o"_s,
                                                   u"y.json"_s,  u"--to"_s,   u"xml"_s}
                                    << u"--to xml: unknown format"_s;
    QTest::newRow("no input") << QStringList{u"convert"_s, u"-o"_s, u"y.json"_s, u"--to"_s, u"aif"_s}
                              << u"name the file to convert"_s;
}

void TestImportCommands::convertBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestImportCommands::convertRefusesABrokenInput()
{
    const QString output = m_dir.filePath(u"never.json"_s);
    const Run result = run({u"convert"_s, dataDir + u"/bad/timelinejs/bad-dates.json"_s, u"-o"_s, output,
                            u"--to"_s, u"argline"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(u"month \"13\" is not a month"_s));
    QVERIFY(!QFileInfo::exists(output)); // nothing half-written
}

void TestImportCommands::convertCannotWrite()
{
    const Run result = run({u"convert"_s, u":/corpus/argline-corpus.json"_s, u"-o"_s,
                            m_dir.filePath(u"no/such/folder/x.json"_s), u"--to"_s, u"aif"_s});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains(u"cannot write"_s));
}

void TestImportCommands::exportTakesAnImportedFile()
{
    needInterop();
    const QString output = m_dir.filePath(u"eras.png"_s);
    const Run result = run({u"export"_s, u"--corpus"_s, interopDir + u"/tljs_eras.json"_s, u"-o"_s, output,
                            u"--view"_s, u"timeline"_s, u"--width"_s, u"800"_s, u"--height"_s, u"400"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(QFileInfo(output).size() > 1000);
}

QTEST_GUILESS_MAIN(TestImportCommands)
#include "tst_importcommands.moc"
