// The real `argline` binary, run the way a user or CI runs it: no display, real files, exit codes.
#include "tests/support/arglinerun.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfCheckOfTheBuiltInCorpus();
    void selfCheckOfAValidFile();
    void selfCheckOfABrokenFileListsEveryProblem();
    void selfCheckOfAMissingFile();
    void badArgumentsExitWithUsageError_data();
    void badArgumentsExitWithUsageError();
    void helpAndVersion();

private:
    using Run = argline::test::ArglineRun;
    static Run run(const QStringList &arguments)
    {
        return Run::of(QStringLiteral(ARGLINE_BINARY), arguments);
    }
};

static const QString dataDir = QStringLiteral(ARGLINE_TEST_DATA_DIR);

void TestCommandLine::selfCheckOfTheBuiltInCorpus()
{
    const Run result = run({u"--self-check"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY2(result.out.startsWith(u"built-in corpus: NATO and Japan"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"5 articles · 42 events (1983–2025)"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"every quote occurs verbatim in its article; 0 warnings"_s));
}

void TestCommandLine::selfCheckOfAValidFile()
{
    const Run result = run({u"--self-check"_s, dataDir + u"/corpora/small.json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"1 article · 2 events (2024–2025) · 4 arguments (1 claim, 1 for, 2 against, "
                                "1 objection, 0 rebuttals)"_s));
}

void TestCommandLine::selfCheckOfABrokenFileListsEveryProblem()
{
    const QString file = dataDir + u"/bad/dangling-references.json"_s;
    const Run result = run({u"--self-check"_s, file});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, file + u": INVALID (7 errors)\n"_s);
    QFile expected(dataDir + u"/bad/dangling-references.expected"_s);
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QString expectedErr = QString::fromUtf8(expected.readAll());
    expectedErr.replace(u"dangling-references.json:"_s, file + u':');
    QCOMPARE(result.err, expectedErr);
}

void TestCommandLine::selfCheckOfAMissingFile()
{
    const Run result = run({u"--self-check"_s, u"/nonexistent/corpus.json"_s});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, u"/nonexistent/corpus.json: error: No such file or directory\n"_s);
}

void TestCommandLine::badArgumentsExitWithUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown flag") << QStringList{u"--bogus"_s} << u"argline: Unknown option 'bogus'."_s;
    QTest::newRow("two files") << QStringList{u"a.json"_s, u"b.json"_s}
                               << u"argline: Only one corpus file can be opened at a time (got 2)."_s;
    QTest::newRow("empty file name") << QStringList{u"--self-check"_s, u""_s}
                                     << u"argline: The corpus file name is empty."_s;
    QTest::newRow("unknown flag with self-check")
        << QStringList{u"--self-check"_s, u"--fast"_s} << u"argline: Unknown option 'fast'."_s;
}

void TestCommandLine::badArgumentsExitWithUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, message + u"\nTry 'argline --help'.\n"_s);
    QCOMPARE(result.out, QString());
}

void TestCommandLine::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--self-check"_s));
    QVERIFY(help.out.contains(u"[FILE]"_s));
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"argline "_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
