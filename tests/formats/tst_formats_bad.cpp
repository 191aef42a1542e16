// Bad input in every imported format gets the corpus reader's treatment: file, line:column (row:column
// for CSV), path and message; errors mean no corpus at all; nothing crashes. Golden cases live in
// tests/data/bad/<format>/, each with the exact diagnostics it must produce in <name>.expected.
#include "models/formats/corpusformats.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestFormatsBad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenCases_data();
    void goldenCases();
    void everyFormatHasGoldenCases();
    void encodingProblems_data();
    void encodingProblems();
    void truncatedFilesNeverCrash_data();
    void truncatedFilesNeverCrash();
    void mutatedFilesNeverCrash();
    void deepNestingEverywhere();
};

static const QString badDir = QStringLiteral(ARGLINE_TEST_DATA_DIR) + u"/bad"_s;
static const QStringList formatFolders{u"timelinejs"_s, u"timelinejs-csv"_s, u"csv"_s, u"argdown"_s,
                                       u"aif"_s,        u"timeline"_s};

static QStringList lines(const Diagnostics &diagnostics, const QString &stripPrefix)
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

// Translations are not installed: the expected texts do not depend on the plural forms a translator
// fills in later.
void TestFormatsBad::goldenCases_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &folder : formatFolders) {
        const QDir dir(badDir + u'/' + folder);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (!name.endsWith(u".expected"_s))
                QTest::newRow(qPrintable(folder + u'/' + name)) << folder + u'/' + name;
        }
    }
}

void TestFormatsBad::goldenCases()
{
    QFETCH(QString, file);
    const QString expectedPath = badDir + u'/' + file.left(file.lastIndexOf(u'.')) + u".expected"_s;
    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(u"every case needs "_s + expectedPath));
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);

    const ReadResult result = CorpusFormats::read(badDir + u'/' + file);
    QCOMPARE(lines(result.diagnostics, badDir + u'/'), expected);
    const bool expectsErrors = std::any_of(expected.begin(), expected.end(),
                                           [](const QString &line) { return line.contains(u": error: "_s); });
    QCOMPARE(result.ok(), !expectsErrors); // never half-loaded
}

void TestFormatsBad::everyFormatHasGoldenCases()
{
    for (const QString &folder : formatFolders) {
        const QStringList cases = QDir(badDir + u'/' + folder).entryList({u"*.expected"_s}, QDir::Files);
        QVERIFY2(cases.size() >= 3, qPrintable(folder));
    }
}

void TestFormatsBad::encodingProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray latin1 = "[Caf\xe9]: A statement.\n";
    QTest::newRow("argdown in Latin-1") << u"x.argdown"_s << latin1 << u"not valid UTF-8"_s;
    QTest::newRow("csv in Latin-1") << u"x.csv"_s << QByteArray("id,title,start\n1,Caf\xe9,2023\n")
                                    << u"not valid UTF-8"_s;
    QTest::newRow("timelinejs string in Latin-1")
        << u"x.json"_s
        << QByteArray(
               "{\"events\": [{\"start_date\": {\"year\": \"1\"}, \"text\": {\"headline\": \"Caf\xe9\"}}]}")
        << u"not valid UTF-8"_s;
    QByteArray utf16 = QByteArray("\xff\xfe");
    for (char c : QByteArray("id,title,start\n"))
        utf16.append(c).append('\0');
    QTest::newRow("utf-16 csv") << u"x.csv"_s << utf16 << u"UTF-16"_s;
    QTest::newRow("empty argdown") << u"x.argdown"_s << QByteArray("\n  \n") << u"empty"_s;
    QTest::newRow("empty csv") << u"x.csv"_s << QByteArray() << u"empty"_s;
}

void TestFormatsBad::encodingProblems()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const ReadResult result = CorpusFormats::readData(data, name);
    QVERIFY(!result.ok());
    QVERIFY(!result.diagnostics.isEmpty());
    QVERIFY2(result.diagnostics.first().message.contains(message),
             qPrintable(result.diagnostics.first().toString()));
}

static QList<std::pair<QString, QByteArray>> samples()
{
    QList<std::pair<QString, QByteArray>> list;
    for (const QString &folder : formatFolders) {
        const QDir dir(badDir + u'/' + folder);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name.endsWith(u".expected"_s))
                continue;
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                list.append({folder + u'/' + name, file.readAll()});
        }
    }
    return list;
}

void TestFormatsBad::truncatedFilesNeverCrash_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    for (const auto &[name, data] : samples())
        QTest::newRow(qPrintable(name)) << name << data;
}

// Every prefix of every sample: a file cut short anywhere is reported, never half-read.
void TestFormatsBad::truncatedFilesNeverCrash()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    for (qsizetype size = 0; size < data.size(); size += std::max<qsizetype>(1, data.size() / 97)) {
        const ReadResult result = CorpusFormats::readData(data.left(size), name);
        QVERIFY(result.ok() || hasErrors(result.diagnostics));
        if (!result.ok())
            QVERIFY(result.corpus == nullptr);
    }
}

// Random byte edits (a poor man's fuzzer, until libFuzzer runs): no crash, no half-load.
void TestFormatsBad::mutatedFilesNeverCrash()
{
    QRandomGenerator random(15);
    const QByteArray alphabet = "{}[]<>()\"':,-+_/#@*\n\t \\0123456789abcXYZ=\xc3\xa9\xff";
    for (const auto &[name, original] : samples()) {
        for (int round = 0; round < 40; ++round) {
            QByteArray data = original;
            const int edits = 1 + int(random.bounded(6));
            for (int e = 0; e < edits && !data.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(data.size()));
                switch (random.bounded(3)) {
                case 0:
                    data[at] = alphabet[random.bounded(int(alphabet.size()))];
                    break;
                case 1:
                    data.insert(at, alphabet[random.bounded(int(alphabet.size()))]);
                    break;
                default:
                    data.remove(at, 1 + random.bounded(8));
                }
            }
            const ReadResult result = CorpusFormats::readData(data, name);
            QVERIFY(result.ok() != hasErrors(result.diagnostics) || result.ok());
        }
    }
}

void TestFormatsBad::deepNestingEverywhere()
{
    // Far past any depth limit: refused, not recursed into.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    for (const QString &name : {u"x.json"_s}) {
        const ReadResult tljs = CorpusFormats::readData("{\"events\": " + deep + "}", name);
        QVERIFY(!tljs.ok());
        const ReadResult aif = CorpusFormats::readData("{\"nodes\": " + deep + ", \"edges\": []}", name);
        QVERIFY(!aif.ok());
    }
    // Argdown nests by indentation: two thousand levels of relations are a chain, not a recursion.
    QString argdown = u"[Root]: The root.\n"_s;
    for (int i = 1; i < 2000; ++i)
        argdown += QString(i * 2, u' ') + u"+ [S%1]: Statement %1.\n"_s.arg(i);
    const ReadResult chain = CorpusFormats::readData(argdown.toUtf8(), u"chain.argdown"_s);
    QVERIFY(chain.ok());
    QCOMPARE(chain.corpus->arguments.size(), 2000);
}

QTEST_GUILESS_MAIN(TestFormatsBad)
#include "tst_formats_bad.moc"
