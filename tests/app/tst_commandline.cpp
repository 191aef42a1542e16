// The real `argline` binary, run the way a user or CI runs it: no display, real files, exit codes.
#include "tests/support/arglinerun.h"

#include <QFile>
#include <QRegularExpression>
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
    void versionNamesLicenceQtAndSources();
    void japaneseHelpAndMessages();
    void japaneseDiagnosticsKeepTheirPosition();

private:
    using Run = argline::test::ArglineRun;
    static Run run(const QStringList &arguments)
    {
        return Run::of(QStringLiteral(ARGLINE_BINARY), arguments);
    }
    // As a user whose desktop speaks Japanese runs it.
    static Run runInJapanese(const QStringList &arguments)
    {
        return Run::of(QStringLiteral(ARGLINE_BINARY), arguments,
                       {u"LC_ALL=ja_JP.UTF-8"_s, u"LANGUAGE=ja"_s});
    }
    // The columns a terminal gives `line` (CJK characters take two).
    static int columns(const QString &line)
    {
        int width = 0;
        for (const uint c : line.toUcs4())
            width += (c >= 0x1100 &&
                      (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                       (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)))
                         ? 2
                         : 1;
        return width;
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

void TestCommandLine::versionNamesLicenceQtAndSources()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"argline %1\n"_s.arg(QStringLiteral(ARGLINE_VERSION))));
    QVERIFY(version.out.contains(u"GPL-3.0-or-later"_s));
    QVERIFY(version.out.contains(u"Qt %1"_s.arg(QLatin1StringView(qVersion()))));
    QVERIFY(version.out.contains(u"belong to their publishers"_s));
    // Every built-in article, as the corpus names it.
    for (const QString &source :
         {u"War on the Rocks"_s, u"Smoke or Substance?"_s, u"DW"_s, u"Global Times"_s,
          u"East is East and West is West"_s, u"Untitled analysis of a NATO office"_s})
        QVERIFY2(version.out.contains(source), qPrintable(source));
}

void TestCommandLine::japaneseHelpAndMessages()
{
    const Run help = runInJapanese({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"使い方: argline [オプション]"_s), qPrintable(help.out));
    QVERIFY(help.out.contains(u"バージョンを表示して終了します。"_s));
    QVERIFY(help.out.contains(u"オプション:"_s));
    for (const QString &line : help.out.split(u'\n'))
        QVERIFY2(columns(line) <= 80, qPrintable(line));
    const Run exportHelp = runInJapanese({u"export"_s, u"--help"_s});
    QVERIFY(exportHelp.out.startsWith(u"使い方: argline export"_s));
    QVERIFY(exportHelp.out.contains(u"2022-02-24"_s)); // wrapped around, never cut in half
    for (const QString &line : exportHelp.out.split(u'\n'))
        QVERIFY2(columns(line) <= 80, qPrintable(line));

    const Run bogus = runInJapanese({u"--bogus"_s});
    QCOMPARE(bogus.exitCode, 2);
    QCOMPARE(
        bogus.err,
        u"argline: 'bogus' は未知のオプションです。\n詳しくは「argline --help」を実行してください。\n"_s);
    const Run badExport = runInJapanese({u"export"_s, u"--bogus"_s});
    QCOMPARE(badExport.exitCode, 2);
    QVERIFY2(badExport.err.endsWith(u"\n詳しくは「argline export --help」を実行してください。\n"_s),
             qPrintable(badExport.err));
    const Run version = runInJapanese({u"--version"_s});
    QVERIFY(version.out.contains(u"GPL-3.0-or-later"_s));
    QVERIFY(version.out.contains(u"出版元"_s));
}

void TestCommandLine::japaneseDiagnosticsKeepTheirPosition()
{
    // Editors and CI jump to "file:line:column:"; the Japanese words come after it.
    const QString file = dataDir + u"/bad/dangling-references.json"_s;
    const Run result = runInJapanese({u"--self-check"_s, file});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    static const QRegularExpression position(u"^(.+):(\\d+):(\\d+): エラー: /\\S+: \\S"_s);
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = position.match(line);
        QVERIFY2(match.hasMatch() && match.captured(1) == file, qPrintable(line));
    }
    QVERIFY2(result.out.contains(u"無効"_s), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
