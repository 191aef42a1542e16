// RecordPipeline hands a sink exactly what the parser would have handed it directly: the same calls in
// the same order, the same records, and the same byte positions for every value (found in the copy of
// the document each batch carries). Batches from one record each to many records, documents the fast
// scanner parses and documents it gives up on (the parse restarts with nlohmann's lexer), documents that
// stop with a syntax error, and a sink that throws.
#include "models/io/recordpipeline.h"
#include "tests/support/syntheticcorpus.h"

#include <QRegularExpression>
#include <QTest>

#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

// Writes down every call, and each record node by node with its positions.
class RecordingSink final : public JsonRecordSink
{
public:
    QStringList log;
    int throwAtRecord = -1; // record() throws when it gets this record (counted from 0)

    void rootMember(std::string_view key, qint64 keyOffset) override
    {
        log.append(u"member %1 at %2"_s.arg(QString::fromUtf8(key)).arg(keyOffset));
    }
    bool isRecordArray(std::string_view key) const override { return key != "single"; }
    bool wantsRootMember(std::string_view key) const override { return key != "unwanted"; }
    bool isKnownField(std::string_view key) const override { return key != "unknown"; }
    void record(std::string_view key, int index, const JsonRecord &record) override
    {
        if (m_records++ == throwAtRecord)
            throw std::runtime_error("sink failed");
        QString line =
            u"record %1[%2] to %3:"_s.arg(QString::fromUtf8(key)).arg(index).arg(record.endOffset());
        for (int i = 0; i < record.nodeCount(); ++i) {
            const JsonValue value(&record, i);
            line += u" %1@%2/%3 %4 %5"_s.arg(int(value.type()))
                        .arg(value.offset())
                        .arg(value.keyOffset())
                        .arg(QString::fromUtf8(value.key()), value.isString() ? value.toString() : QString());
        }
        log.append(line);
    }
    bool canRestart() const override { return true; }
    void restart() override
    {
        log.append(u"restart"_s);
        m_records = 0;
    }
    bool progress(qint64 consumed) override
    {
        m_progress = consumed;
        return true;
    }

private:
    int m_records = 0;
    qint64 m_progress = 0;
};

QString parseResult(const std::optional<JsonParseError> &error)
{
    return error ? u"error at %1 %2: %3"_s.arg(error->offset).arg(error->path, error->message) : u"parsed"_s;
}

QStringList direct(const QByteArray &json)
{
    RecordingSink sink;
    const auto error = JsonRecordParser(sink).parse(json.constData(), json.size());
    return sink.log << parseResult(error);
}

QStringList pipelined(const QByteArray &json, qint64 batchBytes)
{
    RecordingSink sink;
    std::optional<JsonParseError> error;
    {
        RecordPipeline pipeline(sink, batchBytes);
        error = JsonRecordParser(pipeline).parse(json.constData(), json.size());
        pipeline.finish();
    }
    return sink.log << parseResult(error);
}

} // namespace

class TestRecordPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversWhatTheParserWould_data();
    void deliversWhatTheParserWould();
    void rethrowsWhatTheSinkThrew();
};

void TestRecordPipeline::deliversWhatTheParserWould_data()
{
    QTest::addColumn<QByteArray>("json");
    test::SyntheticSpec spec;
    spec.events = 300;
    spec.arguments = 80;
    spec.articles = 6;
    QTest::newRow("synthetic corpus") << test::makeSyntheticCorpusJson(spec);
    QTest::newRow("scalars, escapes, unread members")
        << R"({"title": "a \"quoted\" \\ title", "single": {"x": [1, 2.5, true, null]},
              "events": [{"id": "e1", "n": -12, "unknown": {"deep": [1, 2]}, "s": "\u00e9\"\\"},
                         {"id": "e2"}, 7, "text", [1, [2]], {"unknown": 1}],
              "unwanted": [{"id": "skipped"}, "big"], "after": false, "events2": []})"_ba;
    QTest::newRow("scanner gives up: lexer restarts") // a number form the scanner leaves to nlohmann
        << R"({"events": [{"a": 1}, {"b": 2}, {"c": 1E+400}], "tail": "x"})"_ba;
    QTest::newRow("syntax error after records") << R"({"events": [{"a": 1}, {"b": "x"}, {"c": ]}]})"_ba;
    QTest::newRow("duplicate root members") << R"({"events": [{"a": 1}], "events": [{"a": 2}], "x": 1})"_ba;
    QTest::newRow("empty") << "{}"_ba;
}

void TestRecordPipeline::deliversWhatTheParserWould()
{
    QFETCH(QByteArray, json);
    const QStringList expected = direct(json);
    QVERIFY(expected.size() > 1 || json == "{}");
    if (QByteArray(QTest::currentDataTag()).contains("restarts"))
        QVERIFY(expected.contains(u"restart"_s)); // the case tests what it says
    for (const qint64 batchBytes : {qint64(1), qint64(100), qint64(4096), qint64(1) << 20})
        QCOMPARE(pipelined(json, batchBytes), expected);
}

void TestRecordPipeline::rethrowsWhatTheSinkThrew()
{
    test::SyntheticSpec spec;
    spec.events = 2000;
    const QByteArray json = test::makeSyntheticCorpusJson(spec);
    RecordingSink sink;
    sink.throwAtRecord = 100;
    RecordPipeline pipeline(sink, 256);
    const auto error = JsonRecordParser(pipeline).parse(json.constData(), json.size());
    // The parse stops soon after (progress() says so) rather than reading the whole document.
    QVERIFY(error.has_value());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, pipeline.finish());
    QCOMPARE(sink.log.filter(QRegularExpression(u"^record "_s)).size(), 100);
}

QTEST_GUILESS_MAIN(TestRecordPipeline)
#include "tst_recordpipeline.moc"
