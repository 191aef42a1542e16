// A syntax error shown as a compiler shows it: the offending line, a caret under the column, and a plain
// hint where a common mistake is likely; and the JSON path in words.
#include "models/io/corpusreader.h"
#include "models/io/sourcesnippet.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestSourceSnippet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingCommaInTheBuiltInCorpus();
    void hints_data();
    void hints();
    void caretKeepsTabsAndStaysOnTheLine();
    void pathInWords_data();
    void pathInWords();
};

void TestSourceSnippet::missingCommaInTheBuiltInCorpus()
{
    // The case: the comma at the end of line 24 (in the second article) deleted.
    QFile file(QStringLiteral(ARGLINE_SOURCE_DIR "/corpus/argline-corpus.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines[23].endsWith(','));
    lines[23].chop(1);
    const QByteArray broken = lines.join('\n');
    const ReadResult result = CorpusReader::readData(broken, u"argline-corpus.json"_s,
                                                     QStringLiteral(ARGLINE_SOURCE_DIR "/corpus"));
    QVERIFY(!result.ok());
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.line, 25);
    QCOMPARE(d.path, u"/articles/1"_s);
    const SourceSnippet snippet = SourceSnippet::make(broken, d.line, d.column, d.message);
    QCOMPARE(snippet.hint, u"a comma may be missing at the end of line 24"_s);
    const QStringList shown = snippet.toLines();
    QCOMPARE(shown.size(), 4); // line 24, line 25, the caret, the hint
    QVERIFY(shown[0].startsWith(u"24 |       \"label\": \"War on the Rocks, February 2024\""_s));
    QVERIFY(shown[1].startsWith(u"25 |       \"title\""_s));
    QCOMPARE(shown[2].indexOf(u'^') - shown[2].indexOf(u'|') - 2, d.column - 1);
    QCOMPARE(shown[3], u"hint: a comma may be missing at the end of line 24"_s);
    QCOMPARE(jsonPathInWords(d.path), u"the second article"_s);
}

void TestSourceSnippet::hints_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("hint");
    QTest::newRow("comma on the same line")
        << QByteArray("{\n  \"format\": \"argline-corpus\" \"version\": 1\n}\n")
        << u"a comma may be missing before column 30"_s;
    QTest::newRow("comma before an object") << QByteArray("{\n  \"articles\": [\n    {}\n    {}\n  ]\n}\n")
                                            << u"a comma may be missing at the end of line 3"_s;
    QTest::newRow("trailing comma in an object")
        << QByteArray("{\n  \"format\": \"argline-corpus\",\n}\n")
        << u"the comma at the end of line 2 may be one too many: JSON allows none before a closing bracket"_s;
    QTest::newRow("trailing comma in an array")
        << QByteArray("{\n  \"articles\": [ {}, ]\n}\n")
        << u"the comma at column 19 may be one too many: JSON allows none before a closing bracket"_s;
    QTest::newRow("missing colon") << QByteArray("{\n  \"format\" \"argline-corpus\"\n}\n")
                                   << u"a colon may be missing after the key on line 2"_s;
    QTest::newRow("unclosed string") << QByteArray(
                                            "{\n  \"format\": \"argline-corpus,\n  \"version\": 1\n}\n")
                                     << u"a closing quote may be missing on line 2"_s;
    QTest::newRow("file ends early")
        << QByteArray("{\n  \"format\": \"argline-corpus\",\n  \"articles\": [\n")
        << u"the file ends before every { and [ is closed: a } or ] may be missing"_s;
    QTest::newRow("single quotes") << QByteArray("{\n  'format': 1\n}\n")
                                   << u"JSON strings take double quotes (\"), not single quotes (')"_s;
    QTest::newRow("no likely cause") << QByteArray("{\n  \"version\": 1x\n}\n") << QString();
}

void TestSourceSnippet::hints()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, hint);
    const ReadResult result = CorpusReader::readData(json, u"t.json"_s, QString());
    QVERIFY(!result.ok());
    // The syntax error (records before it may have been checked and reported too).
    const auto syntax =
        std::find_if(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic &d) {
            return d.message.contains(u"syntax error"_s) || d.message.contains(u"parse error"_s);
        });
    const Diagnostic &d = syntax != result.diagnostics.end() ? *syntax : result.diagnostics.first();
    QVERIFY2(d.line > 0, qPrintable(d.toString()));
    const SourceSnippet snippet = SourceSnippet::make(json, d.line, d.column, d.message);
    QVERIFY2(snippet.hint == hint, qPrintable(d.toString() + u" → "_s + snippet.hint));
    QCOMPARE(snippet.lines.last().number, d.line);
}

void TestSourceSnippet::caretKeepsTabsAndStaysOnTheLine()
{
    const QByteArray text("{\n\t\t\"a\": x\n}\n");
    const SourceSnippet snippet = SourceSnippet::make(text, 2, 9);
    QCOMPARE(snippet.toLines().last(), u"  | \t\t      ^"_s);
    QCOMPARE(SourceSnippet::make(text, 2, 400).column, 9); // just past the line's end
    QVERIFY(SourceSnippet::make(text, 9, 1).isEmpty());    // no such line
    QVERIFY(SourceSnippet::make(text, 0, 0).isEmpty());
    // Columns count characters, not bytes.
    const QByteArray japanese("{\"題名\": x}");
    QCOMPARE(SourceSnippet::make(japanese, 1, 8).toLines().last(), u"  |        ^"_s);
}

void TestSourceSnippet::pathInWords_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("words");
    QTest::newRow("document") << QString() << QString();
    QTest::newRow("an article") << u"/articles/1"_s << u"the second article"_s;
    QTest::newRow("deep") << u"/events/12/date/value"_s << u"the 13th event › “date” › “value”"_s;
    QTest::newRow("evidence") << u"/arguments/0/evidence/2/quote"_s
                              << u"the first argument › “evidence” › the third item › “quote”"_s;
    QTest::newRow("story") << u"/story/steps/21"_s << u"the 22nd story step"_s;
    QTest::newRow("root member") << u"/version"_s << u"“version”"_s;
    QTest::newRow("escaped") << u"/events/0/a~1b"_s << u"the first event › “a/b”"_s;
}

void TestSourceSnippet::pathInWords()
{
    QFETCH(QString, pointer);
    QFETCH(QString, words);
    QCOMPARE(jsonPathInWords(pointer), words);
}

QTEST_GUILESS_MAIN(TestSourceSnippet)
#include "tst_sourcesnippet.moc"
