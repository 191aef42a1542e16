// Bad input never crashes and never half-loads: each golden case in tests/data/bad/ must produce exactly
// its expected diagnostics, and a corpus only when it has no errors. Cases too large or too binary to
// commit are generated here.
#include "models/corpus/corpussummary.h"
#include "models/io/corpusreader.h"
#include "models/io/jsonrecordparser.h"
#include "resources/translations.h"
#include "tests/support/syntheticcorpus.h"
#include "tests/support/testcorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace argline;

class TestCorpusReaderBad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goldenCases_data();
    void goldenCases();
    void invalidUtf8();
    void deeplyNestedArrays();
    void fiftyMegabyteFile();
    void missingFile();
    void deviceIsNotRead();
    void utf16File();
    void tooManyProblemsAreCapped();
    void invalidUtf8InArticleText();
    void fileChangingDuringReadNeverCrashes();
    void longCycleIsReportedReadably();
    void datesAtTheEdgesOfTheGrammar();
    void utf16ArticleWithoutByteOrderMark();
    void fileNameStartingWithAColon();
    void unreadValuesAreNotBuilt();
    void limitsNameTheirVariable();

private:
    static QStringList lines(const Diagnostics &diagnostics, const QString &stripPrefix);
};

static const QString badDir = QStringLiteral(ARGLINE_TEST_DATA_DIR) + u"/bad"_s;

void TestCorpusReaderBad::initTestCase()
{
    installTranslations(*QCoreApplication::instance());
}

QStringList TestCorpusReaderBad::lines(const Diagnostics &diagnostics, const QString &stripPrefix)
{
    QStringList result;
    for (const Diagnostic &diagnostic : diagnostics) {
        QString line = diagnostic.toString();
        if (line.startsWith(stripPrefix))
            line.remove(0, stripPrefix.size());
        result.append(line);
    }
    return result;
}

void TestCorpusReaderBad::goldenCases_data()
{
    QTest::addColumn<QString>("file");
    const QStringList cases = QDir(badDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(cases.size() >= 18);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << name;
}

void TestCorpusReaderBad::goldenCases()
{
    QFETCH(QString, file);
    QFile expectedFile(badDir + u'/' + QString(file).replace(u".json"_s, u".expected"_s));
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), "every case needs its .expected file");
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);

    const ReadResult result = CorpusReader::readFile(badDir + u'/' + file);
    QCOMPARE(lines(result.diagnostics, badDir + u'/'), expected);

    const bool expectsErrors = std::any_of(expected.begin(), expected.end(),
                                           [](const QString &line) { return line.contains(u": error: "_s); });
    QCOMPARE(result.ok(), !expectsErrors); // never half-loaded: errors mean no corpus at all
}

void TestCorpusReaderBad::invalidUtf8()
{
    QByteArray json = R"({"format": "argline-corpus", "version": 1, "title": "Caf)";
    json += "\xC3\x28"; // a broken two-byte sequence
    json += R"(", "articles": []})";
    const ReadResult result = test::readJson(json);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.line, 1);
    QCOMPARE(d.column, 57); // the broken byte, counted in characters
    QVERIFY2(d.message.contains(u"ill-formed UTF-8"_s), qPrintable(d.message));
}

void TestCorpusReaderBad::deeplyNestedArrays()
{
    const int depth = 10000;
    QByteArray json =
        R"({"format": "argline-corpus", "version": 1, "title": "Deep", "articles": [], "events": )";
    json += QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
    const ReadResult result = test::readJson(json);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().message, u"arrays and objects are nested more than 64 levels deep"_s);
    QCOMPARE(result.diagnostics.first().column, 88 + 64); // the first bracket past the limit
}

void TestCorpusReaderBad::fiftyMegabyteFile()
{
    // 50 MB of valid corpus: it must load completely (there is no arbitrary size limit below 512 MB).
    test::SyntheticSpec spec;
    spec.events = 80000;
    spec.arguments = 8000;
    spec.articles = 60;
    const QByteArray json = test::makeSyntheticCorpusJson(spec);
    QVERIFY2(json.size() > 45'000'000, qPrintable(QString::number(json.size())));
    QTemporaryDir dir;
    QFile file(dir.filePath(u"big.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    const ReadResult result = CorpusReader::readFile(file.fileName());
    QVERIFY(result.ok());
    QCOMPARE(result.corpus->events.size(), spec.events);
    QCOMPARE(result.corpus->arguments.size(), spec.arguments);

    // And a 50 MB file that breaks at the very end reports one error at the right line, nothing loaded.
    QByteArray broken = json;
    broken.chop(3);
    const ReadResult truncated = test::readJson(broken);
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.diagnostics.last().line, int(json.count('\n')) - 1); // the chop took two line ends
}

void TestCorpusReaderBad::missingFile()
{
    const ReadResult result = CorpusReader::readFile(badDir + u"/no-such-file.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().toString(),
             badDir + u"/no-such-file.json: error: No such file or directory"_s);
}

// /dev/zero reports no size and never ends: reading it would eat all memory.
void TestCorpusReaderBad::deviceIsNotRead()
{
    const ReadResult result = CorpusReader::readFile(u"/dev/zero"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().toString(), u"/dev/zero: error: not a regular file"_s);
}

void TestCorpusReaderBad::utf16File()
{
    const QByteArray json = R"({"format": "argline-corpus", "version": 1})";
    for (const bool bom : {true, false}) {
        QByteArray utf16 = bom ? QByteArray("\xFF\xFE") : QByteArray();
        for (const char c : json)
            utf16 += QByteArray(1, c) + QByteArray(1, '\0');
        const ReadResult result = CorpusReader::readData(utf16, u"utf16.json"_s, badDir);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.first().toString(),
                 u"utf16.json: error: the file is UTF-16 text; save it as UTF-8"_s);
    }
}

void TestCorpusReaderBad::tooManyProblemsAreCapped()
{
    QByteArray json =
        R"({"format": "argline-corpus", "version": 1, "title": "Many", "articles": [], "events": [)";
    for (int i = 0; i < 2000; ++i)
        json += (i ? "," : "") + QByteArray(R"({"id": 5})");
    json += "]}";
    const ReadResult result = test::readJson(json);
    QVERIFY(!result.ok());
    // Five errors per event (an id of the wrong type, four missing fields): 10,000 in all, 500 listed.
    QCOMPARE(result.diagnostics.size(), 501);
    QCOMPARE(result.diagnostics.last().message, u"… and 9500 more problems"_s);
}

void TestCorpusReaderBad::invalidUtf8InArticleText()
{
    QTemporaryDir dir;
    QFile article(dir.filePath(u"latin1.txt"_s));
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write("Caf\xE9 au lait\n");
    article.close();
    const QByteArray json = R"({"format": "argline-corpus", "version": 1, "title": "T",
        "articles": [{"id": "a", "label": "A", "published": {"value": "2024", "basis": "stated"}, "file": "latin1.txt"}]})";
    const ReadResult result = test::readJson(json, dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.first().path, u"/articles/0/file"_s);
    QCOMPARE(result.diagnostics.first().message, u"\"latin1.txt\" is not valid UTF-8 text"_s);
}

// An editor or a generator rewriting the corpus while the window reloads it: the file is truncated and
// written again in a loop by another thread while it is read. A memory-mapped read died of SIGBUS here;
// every read must now end normally, with a corpus or with errors (usually "the file changed").
void TestCorpusReaderBad::fileChangingDuringReadNeverCrashes()
{
    test::SyntheticSpec spec;
    spec.events = 8000;
    spec.arguments = 800;
    const QByteArray json = test::makeSyntheticCorpusJson(spec);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"changing.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
    std::atomic<bool> stop = false;
    std::atomic<int> rewrites = 0;
    std::thread writer([&] {
        while (!stop) {
            QFile file(path);
            if (!file.open(QIODevice::ReadWrite))
                continue;
            file.resize(0); // in place, as a generator writing with O_TRUNC does
            for (qsizetype at = 0; at < json.size() && !stop; at += 256 * 1024)
                file.write(json.constData() + at, std::min<qsizetype>(256 * 1024, json.size() - at));
            file.close();
            if (++rewrites % 4 == 0) // now and then leave it alone long enough to be read whole
                std::this_thread::sleep_for(std::chrono::milliseconds(800));
        }
    });
    int loaded = 0;
    int refused = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 3000 || loaded + refused < 20) {
        const ReadResult result = CorpusReader::readFile(path);
        if (result.ok()) {
            ++loaded;
            QCOMPARE(result.corpus->events.size(), spec.events); // a whole corpus, never a mixture
        } else {
            ++refused;
            QVERIFY(!result.diagnostics.isEmpty());
        }
    }
    stop = true;
    writer.join();
    qInfo("%d reads loaded, %d refused, during %d rewrites", loaded, refused, rewrites.load());
    QVERIFY(rewrites > 0);
}

// 100,000 arguments whose parents form one cycle: one error, short enough to read.
void TestCorpusReaderBad::longCycleIsReportedReadably()
{
    const int count = 100000;
    QByteArray json = R"({"format": "argline-corpus", "version": 1, "title": "Cycle",
        "articles": [{"id": "r", "label": "R", "published": {"value": "2024", "basis": "stated"},
                      "text": "the two ministers met"}],
        "arguments": [)";
    for (int i = 0; i < count; ++i) {
        json += (i ? ",\n" : "") + QByteArray(R"({"id": "a)") + QByteArray::number(i) +
                R"(", "role": "pro", "parent": "a)" + QByteArray::number((i + 1) % count) +
                R"(", "title": "T", "text": "T", "evidence": [{"article": "r", "quote": "met"}]})";
    }
    json += "]}";
    const ReadResult result = test::readJson(json);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    const QString message = result.diagnostics.first().message;
    QVERIFY2(message.size() < 300, qPrintable(message.left(300)));
    QCOMPARE(message, u"the parents form a cycle of 100000 arguments: a0 → a1 → a2 → a3 → … 99992 more … → "
                      "a99996 → a99997 → a99998 → a99999 → a0 (each arrow points to a parent)"_s);
}

// "circa" around year 1 reaches 1 BC, which a date can name; after 9999 it stays inside the years the
// format allows.
void TestCorpusReaderBad::datesAtTheEdgesOfTheGrammar()
{
    const QByteArray json = R"({"format": "argline-corpus", "version": 1, "title": "Edges",
        "articles": [{"id": "r", "label": "R", "published": {"value": "2024", "basis": "stated"},
                      "text": "the two ministers met"}],
        "events": [
          {"id": "first", "title": "F", "summary": "F", "date": {"value": "circa 0001-01", "basis": "stated"},
           "evidence": [{"article": "r", "quote": "met"}]},
          {"id": "last", "title": "L", "summary": "L", "date": {"value": "circa 9999-12", "basis": "stated"},
           "evidence": [{"article": "r", "quote": "met"}]}]})";
    const ReadResult result = test::readJson(json);
    QVERIFY(result.ok());
    const CorpusSummary summary = CorpusSummary::of(*result.corpus);
    QCOMPARE(summary.firstYear, -1);
    QCOMPARE(summary.lastYear, 9999);
}

// A UTF-16 article decodes as "valid" UTF-8 full of NULs; without a byte-order mark it used to be
// accepted, and then every quote was "not found".
void TestCorpusReaderBad::utf16ArticleWithoutByteOrderMark()
{
    QTemporaryDir dir;
    const QString text = u"the two ministers met in Brussels"_s;
    const std::array<QByteArray, 2> encodings = {
        QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2), // UTF-16LE
        QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)};
    for (const QByteArray &bytes : encodings) {
        QFile article(dir.filePath(u"utf16.txt"_s));
        QVERIFY(article.open(QIODevice::WriteOnly | QIODevice::Truncate));
        article.write(bytes);
        article.close();
        const QByteArray json = R"({"format": "argline-corpus", "version": 1, "title": "T",
            "articles": [{"id": "a", "label": "A", "published": {"value": "2024", "basis": "stated"}, "file": "utf16.txt"}],
            "events": [{"id": "e", "title": "E", "summary": "E", "date": {"value": "2024", "basis": "stated"},
                        "evidence": [{"article": "a", "quote": "the two ministers met"}]}]})";
        const ReadResult result = test::readJson(json, dir.path());
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.first().path, u"/articles/0/file"_s);
        QCOMPARE(result.diagnostics.first().message, u"\"utf16.txt\" is UTF-16 text; save it as UTF-8"_s);
    }
}

// ":notes.json" is a file in the current folder, not a Qt resource.
void TestCorpusReaderBad::fileNameStartingWithAColon()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(ARGLINE_TEST_DATA_DIR) + u"/corpora/small.json"_s,
                        dir.path() + u"/:small.json"_s));
    QVERIFY(QDir().mkpath(dir.filePath(u"articles"_s)));
    QVERIFY(QFile::copy(QStringLiteral(ARGLINE_TEST_DATA_DIR) + u"/corpora/articles/report.txt"_s,
                        dir.filePath(u"articles/report.txt"_s)));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const ReadResult relative = CorpusReader::readFile(u":small.json"_s);
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY2(relative.ok(),
             relative.diagnostics.isEmpty() ? "" : qPrintable(relative.diagnostics[0].toString()));
    QCOMPARE(relative.corpus->title, u"A small corpus"_s);
    QVERIFY(CorpusReader::readFile(dir.path() + u"/:small.json"_s).ok());
}

namespace {

// Counts the nodes of each record the parser delivers, reading every field but "skip".
class CountingSink final : public JsonRecordSink
{
public:
    QStringList records;
    void rootMember(std::string_view, qint64) override {}
    bool isRecordArray(std::string_view key) const override { return key == "items"; }
    bool wantsRootMember(std::string_view key) const override { return key != "junk"; }
    bool isKnownField(std::string_view key) const override { return key != "skip"; }
    void record(std::string_view key, int index, const JsonRecord &record) override
    {
        QString line = QString::fromUtf8(key.data(), qsizetype(key.size())) + u'/' + QString::number(index) +
                       u": "_s + QString::number(record.nodeCount());
        for (JsonValue member : record.root().children()) {
            if (member.isUnread())
                line +=
                    u" unread:"_s + QString::fromUtf8(member.key().data(), qsizetype(member.key().size()));
        }
        records.append(line);
    }
};

struct EnvironmentVariable
{
    EnvironmentVariable(const char *variable, const QByteArray &value)
        : name(variable)
    {
        qputenv(name, value);
    }
    ~EnvironmentVariable() { qunsetenv(name); }
    const char *name;
};

} // namespace

// Values nobody reads are parsed but not built: a root member the sink does not want delivers nothing,
// and a member it does not know keeps one node (to be reported as unknown) with no children and no text.
// A 20 MB array in an unknown field took 1.3 GB when every element was built.
void TestCorpusReaderBad::unreadValuesAreNotBuilt()
{
    QByteArray big = "[";
    for (int i = 0; i < 100000; ++i)
        big += i ? ",[1,{\"a\":2}]" : "[1,{\"a\":2}]";
    big += "]";
    const QByteArray json = R"({"junk": )" + big + R"(, "items": [{"keep": [1, 2], "skip": )" + big +
                            R"(}, {"skip": ")" + QByteArray(100000, 'x') + R"("}], "head": {"skip": )" + big +
                            "}}";
    CountingSink sink;
    QVERIFY(!JsonRecordParser(sink).parse(json.constData(), json.size()));
    QCOMPARE(sink.records, (QStringList{u"items/0: 5 unread:skip"_s, u"items/1: 2 unread:skip"_s,
                                        u"head/-1: 2 unread:skip"_s}));
}

// A corpus over a limit is refused with a message that names the limit and how to raise it; inline and
// file articles share one limit.
void TestCorpusReaderBad::limitsNameTheirVariable()
{
    QTemporaryDir dir;
    const QByteArray text(1536 * 1024, 'a'); // 1.5 MB
    QFile article(dir.filePath(u"long.txt"_s));
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write(text);
    article.close();
    const QByteArray head = R"({"format": "argline-corpus", "version": 1, "title": "T", "articles": [)";
    const QByteArray tail =
        R"(], "actors": [{"id": "x", "name": "X"}], "events": [{"id": "e", "title": "E", "summary": "E", "date": {"value": "2024", "basis": "stated"},
        "actors": [)" +
        QByteArray("\"x\",").repeated(2000) + R"("x"], "evidence": [{"article": "a", "quote": "aaa"}]}]})";
    const QByteArray fileArticle =
        R"({"id": "a", "label": "A", "published": {"value": "2024", "basis": "stated"}, "file": "long.txt"})";
    const QByteArray inlineArticle =
        R"({"id": "a", "label": "A", "published": {"value": "2024", "basis": "stated"}, "text": ")" + text +
        R"("})";
    {
        const EnvironmentVariable limit("ARGLINE_MAX_ARTICLE_MB", "1");
        const ReadResult fromFile = test::readJson(head + fileArticle + tail, dir.path());
        QVERIFY(!fromFile.ok());
        QCOMPARE(fromFile.diagnostics.first().path, u"/articles/0/file"_s);
        QCOMPARE(fromFile.diagnostics.first().message,
                 u"\"long.txt\" is 1.5 MB, more than the 1 MB an article may have (set "
                 "ARGLINE_MAX_ARTICLE_MB to raise the limit)"_s);
        const ReadResult inlined = test::readJson(head + inlineArticle + tail, dir.path());
        QVERIFY(!inlined.ok());
        QCOMPARE(inlined.diagnostics.size(), 1);
        QCOMPARE(inlined.diagnostics.first().path, u"/articles/0/text"_s);
        QCOMPARE(inlined.diagnostics.first().message,
                 u"a string of 1.5 MB, more than the 1 MB an article may have (set "
                 "ARGLINE_MAX_ARTICLE_MB to raise the limit)"_s);
    }
    QVERIFY(test::readJson(head + fileArticle + tail, dir.path()).ok()); // within the default limit
    {
        const EnvironmentVariable limit("ARGLINE_MAX_ITEM_VALUES", "1000");
        const ReadResult result = test::readJson(head + fileArticle + tail, dir.path());
        QVERIFY(!result.ok());
        QCOMPARE(
            result.diagnostics.last().message,
            u"this item holds more than 1000 JSON values (set ARGLINE_MAX_ITEM_VALUES to raise the limit)"_s);
    }
    {
        QFile corpus(dir.filePath(u"corpus.json"_s));
        QVERIFY(corpus.open(QIODevice::WriteOnly));
        corpus.write(head + inlineArticle + tail);
        corpus.close();
        const EnvironmentVariable limit("ARGLINE_MAX_FILE_MB", "1");
        const ReadResult result = CorpusReader::readFile(corpus.fileName());
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY2(result.diagnostics.first().message.startsWith(
                     u"the file is 1.5 MB, more than the 1 MB a corpus file "
                     "may have (set ARGLINE_MAX_FILE_MB to raise the limit)"_s),
                 qPrintable(result.diagnostics.first().message));
    }
}

QTEST_GUILESS_MAIN(TestCorpusReaderBad)
#include "tst_corpusreader_bad.moc"
