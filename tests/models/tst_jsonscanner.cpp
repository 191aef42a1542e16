// The fast JSON scanner against nlohmann's parser: on every input, the scanner parses exactly what
// nlohmann accepts, with the same events, values and positions, and gives up on everything else (where
// the reader lets nlohmann report the error). Windows of a few bytes make every token straddle a refill.
// The fuzz target fuzz_jsonscanner runs the same comparison on generated inputs.
#include "tests/support/jsondifferential.h"
#include "tests/support/syntheticcorpus.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <clocale>

using namespace Qt::StringLiterals;
using namespace argline;

class TestJsonScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithNlohmann_data();
    void agreesWithNlohmann();
    void agreesOnGoldenFiles();
    void agreesOnMutations();
    void agreesUnderACommaDecimalLocale();
};

static void compare(const QByteArray &json)
{
    for (const qsizetype window : {1, 2, 3, 7, 64, 1 << 20}) {
        const QString difference = test::compareScannerWithNlohmann(json, window);
        QVERIFY2(difference.isEmpty(), qPrintable(u"window %1: %2 in %3"_s.arg(window).arg(
                                           difference, QString::fromLatin1(json.toHex()))));
    }
}

void TestJsonScanner::agreesWithNlohmann_data()
{
    QTest::addColumn<QByteArray>("json");
    const QList<QByteArray> cases = {
        "{}",
        "[]",
        " \t\r\n{ } ",
        "{\"a\":1}",
        "{\"a\":[1,2,{\"b\":null}],\"c\":true,\"d\":false}",
        "[0,-0,1,-1,12,9223372036854775807,9223372036854775808,18446744073709551615,18446744073709551616]",
        "[-9223372036854775808,-9223372036854775809,0.5,-0.0,1e5,1E+5,1e-5,2.5E-3,1.7976931348623157e308]",
        "[1e400]",
        "[-1e400]",
        "[01]",
        "[1.]",
        "[.5]",
        "[-]",
        "[1e]",
        "[1e+]",
        "[+1]",
        "[0x10]",
        "[1,]",
        "[,1]",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "[\"\\u0041\\u00e9\\u20ac\\ud83d\\ude00\"]",
        "[\"\\u0000\"]",
        "[\"\\ud800\"]",
        "[\"\\udc00\"]",
        "[\"\\ud800\\u0041\"]",
        "[\"\\uD83D\\uDE00\"]",
        "[\"\\u12\"]",
        "[\"\\x\"]",
        "[\"caf\xC3\xA9\"]",
        "[\"\xE2\x82\xAC\"]",
        "[\"\xF0\x9F\x98\x80\"]",
        "[\"\xC3\x28\"]",
        "[\"\xC0\x80\"]",
        "[\"\xED\xA0\x80\"]",
        "[\"\xF4\x90\x80\x80\"]",
        "[\"\xE0\x80\x80\"]",
        "[\"\xFF\"]",
        "[\"a\x01\"]",
        "[\"\x7F\"]",
        "\xEF\xBB\xBF{}",
        "\xEF\xBB{}",
        "\xEF{}",
        "",
        " ",
        "{",
        "}",
        "[",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\" 1}",
        "{1:2}",
        "{\"a\":1,}",
        "{\"a\":1 \"b\":2}",
        "[true,false,null]",
        "[tru]",
        "[nul]",
        "[True]",
        "{} {}",
        "{}x",
        "[1]]",
        "\"unterminated",
        "[\"a\"\n,\n\"b\"]",
        "{\"\":\"\"}",
        "[[[[[[[[[[]]]]]]]]]]",
        "{\"a\":{\"a\":{\"a\":{}}}}",
        "123",
        "\"text\"",
        "null",
        "[1 2]",
        "[\"a\" \"b\"]",
        "[1\n]",
    };
    for (const QByteArray &json : cases)
        QTest::newRow(json.toHex().left(60).constData()) << json;
    // nlohmann takes a NUL byte for the end of the input (found by fuzz_jsonscanner).
    QTest::newRow("NUL after a number") << QByteArray("2\0 \"format\": \"x\" } ]", 20);
    QTest::newRow("NUL after an object") << QByteArray("{}\0{", 4);
    QTest::newRow("NUL instead of a value") << QByteArray("[\0]", 3);
    QTest::newRow("NUL in a string") << QByteArray("[\"a\0\"]", 6);
    QTest::newRow("escape at the end") << QByteArray("[ [ [\"mpYn#e \\"); // found by fuzz_jsonscanner (UBSan)
    QByteArray deep(5000, '[');
    deep += QByteArray(5000, ']');
    QTest::newRow("nested 5000 deep") << deep;
}

void TestJsonScanner::agreesWithNlohmann()
{
    QFETCH(QByteArray, json);
    compare(json);
}

void TestJsonScanner::agreesOnGoldenFiles()
{
    const QString data = QStringLiteral(ARGLINE_TEST_DATA_DIR);
    const QStringList files = {data + u"/corpora/small.json"_s,
                               QStringLiteral(ARGLINE_SOURCE_DIR) + u"/corpus/argline-corpus.json"_s};
    QStringList all = files;
    for (const QString &name : QDir(data + u"/bad"_s).entryList({u"*.json"_s}, QDir::Files))
        all.append(data + u"/bad/"_s + name);
    for (const QString &path : std::as_const(all)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        for (const qsizetype window : {5, 4096}) {
            const QString difference = test::compareScannerWithNlohmann(json, window);
            QVERIFY2(difference.isEmpty(), qPrintable(path + u": "_s + difference));
        }
    }
}

// Random damage to a real corpus: flipped, dropped and repeated bytes, and bytes from JSON's alphabet.
void TestJsonScanner::agreesOnMutations()
{
    test::SyntheticSpec spec;
    spec.events = 20;
    spec.arguments = 10;
    spec.articles = 2;
    const QByteArray base = test::makeSyntheticCorpusJson(spec);
    const QByteArray alphabet = "{}[]\",:\\/ \n0123456789-+.eEtrufalsn\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
    test::Random random(99);
    for (int round = 0; round < 300; ++round) {
        QByteArray json = base.left(random.between(100, int(base.size())));
        for (int edits = random.between(1, 6); edits > 0; --edits) {
            const int at = random.between(0, int(json.size()) - 1);
            switch (random.between(0, 3)) {
            case 0:
                json[at] = alphabet[random.between(0, int(alphabet.size()) - 1)];
                break;
            case 1:
                json.remove(at, random.between(1, 8));
                break;
            case 2:
                json.insert(at, json.mid(at, random.between(1, 16)));
                break;
            default:
                json[at] = char(random.between(0, 255));
                break;
            }
        }
        const QString difference = test::compareScannerWithNlohmann(json, random.between(1, 300));
        QVERIFY2(difference.isEmpty(),
                 qPrintable(difference + u" in "_s + QString::fromLatin1(json.toHex())));
    }
}

// nlohmann writes the locale's decimal point into a number before strtod(); the scanner does the same.
void TestJsonScanner::agreesUnderACommaDecimalLocale()
{
    const QByteArray previous = std::setlocale(LC_NUMERIC, nullptr);
    bool tried = false;
    for (const char *locale : {"de_DE.UTF-8", "fr_FR.UTF-8", "de_DE.utf8", "fr_FR.utf8"}) {
        if (!std::setlocale(LC_NUMERIC, locale))
            continue;
        tried = true;
        compare("[0.5,-2.25e3,1.0]");
    }
    std::setlocale(LC_NUMERIC, previous.constData());
    if (!tried)
        QSKIP("no locale with a decimal comma is installed");
}

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
