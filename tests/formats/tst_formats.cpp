// The pieces of models/formats one by one: the JSON tree and CSV table with positions, HTML made plain,
// format detection, TimelineJS dates (negative years, times of day), the graph-to-tree rule (copies for
// second parents, cycles kept undrawn, several roots), the provenance rule, and a 100,000-row table.
#include "models/corpus/corpussummary.h"
#include "models/formats/argumentgraph.h"
#include "models/formats/corpusformats.h"
#include "models/formats/csvtable.h"
#include "models/formats/importbuilder.h"
#include "models/formats/importdiagnostics.h"
#include "models/formats/jsontree.h"
#include "models/formats/plaintext.h"
#include "models/io/corpuswriter.h"
#include "tests/support/testcorpus.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonTreeRemembersPositions();
    void jsonTreeRejects_data();
    void jsonTreeRejects();
    void csvTable();
    void csvTableCountsSpreadsheetRows();
    void htmlMadePlain_data();
    void htmlMadePlain();
    void detection_data();
    void detection();
    void timelineJsNegativeYearsAndTimes();
    void timelineJsMediaAndGroups();
    void graphCopiesASecondParent();
    void graphKeepsCyclesUndrawn();
    void graphWithSeveralRootsAndStance();
    void provenanceRule();
    void aifQuotesAreVerbatimWithTheirSpeaker();
    void importedCorpusReadsBackAsArglineJson();
    void argdownEquivalentTitlesAreOneStatement();
    void writersReportWhatTheyCannotHold();
    void hundredThousandRowTable();
};

void TestFormats::jsonTreeRemembersPositions()
{
    const QByteArray json =
        "{\n  \"a\": [1, -13800000000, \"x\\u00e9\\ud83d\\ude00\"],\n  \"b\": {\"c\": null}\n}";
    JsonTree tree;
    QVERIFY(!tree.parse(json));
    const JsonRef a = tree.root()[u"a"];
    QVERIFY(a.isArray());
    QCOMPARE(a.size(), 3);
    QCOMPARE(a.keyOffset(), json.indexOf("\"a\""));
    QCOMPARE(a.offset(), json.indexOf('['));
    const QList<JsonRef> items = a.children();
    QCOMPARE(items[1].toString(), u"-13800000000"_s); // the number as written, beyond any int
    QCOMPARE(items[2].toString(), u"xé😀"_s);
    QVERIFY(tree.root()[u"b"][u"c"].isNull());
    QVERIFY(!tree.root()[u"missing"].isValid());
    QCOMPARE(tree.root()[u"missing"][u"deeper"].toString(), QString());
}

void TestFormats::jsonTreeRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("trailing comma") << QByteArray("[1,]") << qint64(3);
    QTest::newRow("unclosed string") << QByteArray("{\"a\": \"b}") << qint64(6);
    QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << qint64(2);
    QTest::newRow("leading zero") << QByteArray("[01]") << qint64(2);
    QTest::newRow("control character") << QByteArray("[\"a\nb\"]") << qint64(3);
    QTest::newRow("two documents") << QByteArray("{} {}") << qint64(3);
    QTest::newRow("too deep") << QByteArray(200, '[') << qint64(65);
    QTest::newRow("empty") << QByteArray("  ") << qint64(2);
}

void TestFormats::jsonTreeRejects()
{
    QFETCH(QByteArray, json);
    JsonTree tree;
    const auto error = tree.parse(json);
    QVERIFY(error);
    QTEST(error->offset, "offset");
    QVERIFY(!error->message.isEmpty());
}

void TestFormats::csvTable()
{
    CsvTable table;
    QVERIFY(!table.parse("Year;Headline;Text\n1900;\"A; b\";\"two\nlines, and \"\"quotes\"\"\"\n"));
    QCOMPARE(table.separator(), u';');
    QCOMPARE(table.header(), (QStringList{u"Year"_s, u"Headline"_s, u"Text"_s}));
    QCOMPARE(table.rows().size(), 1);
    QCOMPARE(table.rows()[0].fields, (QStringList{u"1900"_s, u"A; b"_s, u"two\nlines, and \"quotes\""_s}));
    QCOMPARE(table.column({u"headline"}), 1);
    QCOMPARE(table.column({u"nothing", u"TEXT"}), 2);
    QVERIFY(!table.parse("a\tb\n1\t2\n"));
    QCOMPARE(table.separator(), u'\t');
    // Writing quotes what needs quoting, and reads back the same.
    const QByteArray line = CsvTable::line({u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s});
    QVERIFY(!table.parse("h1,h2,h3,h4\n" + line));
    QCOMPARE(table.rows()[0].fields, (QStringList{u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s}));
}

void TestFormats::csvTableCountsSpreadsheetRows()
{
    CsvTable table;
    QVERIFY(!table.parse("h\n\nfirst\n\"multi\nline\"\nlast\n"));
    QCOMPARE(table.rows().size(), 3);
    QCOMPARE(table.rows()[0].number, 3); // the blank row 2 still counts, as in the sheet
    QCOMPARE(table.rows()[1].number, 4);
    QCOMPARE(table.rows()[2].number, 5);
    QCOMPARE(table.rows()[2].line, 6); // the multi-line field moved it down a line in the file
    const auto error = table.parse("h\nok\n\"never closed\n");
    QVERIFY(error);
    QCOMPARE(error->row, 3);
}

void TestFormats::htmlMadePlain_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");
    QTest::newRow("paragraphs") << u"<p>One</p><p>Two <em>words</em></p>"_s << u"One\n\nTwo words"_s;
    QTest::newRow("entities") << u"Cr&eacute;cy &amp; Poitiers &ndash; 1346&#8211;1356 &#x2014; &nbsp;done"_s
                              << u"Crécy & Poitiers – 1346–1356 — done"_s;
    QTest::newRow("a link keeps its address")
        << u"See <a href='https://example.org'>this</a>."_s << u"See this (https://example.org)."_s;
    QTest::newRow("an anchor link does not")
        << u"<a href=\"#make\">generator tool</a>"_s << u"generator tool"_s;
    QTest::newRow("nothing is loaded")
        << u"<img src=\"x.png\"><iframe src=\"https://x\"></iframe>Text"_s << u"Text"_s;
    QTest::newRow("scripts hold no text") << u"a<script>alert(1)</script>b<style>p{}</style>c"_s << u"abc"_s;
    QTest::newRow("line breaks") << u"one<br>two<br/>three"_s << u"one\ntwo\nthree"_s;
    QTest::newRow("a lone <") << u"1 < 2 and unknown &bogus; stays"_s << u"1 < 2 and unknown &bogus; stays"_s;
    QTest::newRow("comments") << u"a<!-- hidden -->b"_s << u"ab"_s;
    QTest::newRow("list items") << u"<ul><li>x</li><li>y</li></ul>"_s << u"• x\n• y"_s;
}

void TestFormats::htmlMadePlain()
{
    QFETCH(QString, html);
    QTEST(PlainText::fromHtml(html), "plain");
}

void TestFormats::detection_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    const auto row = [](const char *tag, const QByteArray &data, const QString &name, CorpusFormat format) {
        QTest::newRow(tag) << data << name << int(format);
    };
    row("argline", "{\"format\": \"argline-corpus\", \"articles\": []}", u"a.json"_s, CorpusFormat::Argline);
    row("timelinejs", "{\"title\": {}, \"events\": []}", u"a.json"_s, CorpusFormat::TimelineJs);
    row("timelinejs named .txt", "{\"events\": [{\"start_date\": {}}]}", u"a.txt"_s,
        CorpusFormat::TimelineJs);
    row("aif", "{\"nodes\": [], \"edges\": []}", u"a.json"_s, CorpusFormat::Aif);
    row("ova3", "{\"AIF\": {\"nodes\": []}, \"OVA\": {}}", u"a.json"_s, CorpusFormat::Aif);
    row("timelinejs csv", "Year,Month,Day,Headline\n", u"sheet.csv"_s, CorpusFormat::TimelineJsCsv);
    row("timelinejs csv, no extension", "Year,Month,Day,Time,Headline\n", u"sheet"_s,
        CorpusFormat::TimelineJsCsv);
    row("events csv", "id,group,type,start_ms,end_ms,title\n", u"dataset-1000.csv"_s,
        CorpusFormat::EventsCsv);
    row("events tsv", "title\tstart\n", u"x.tsv"_s, CorpusFormat::EventsCsv);
    row("argdown by extension", "Anything\n", u"x.argdown"_s, CorpusFormat::Argdown);
    row("argdown by content", "===\ntitle: x\n===\n", u"x.txt"_s, CorpusFormat::Argdown);
    row("argdown statement", "[Claim]: text\n", u"x"_s, CorpusFormat::Argdown);
    row("json array is not argdown", "[{\"a\": 1}]", u"x"_s, CorpusFormat::Argline);
    row("unknown json goes to the corpus reader", "{\"x\": 1}", u"x.json"_s, CorpusFormat::Argline);
    row("the timeline project", "<?xml version=\"1.0\"?>\n<timeline>\n<version>2</version>", u"x.timeline"_s,
        CorpusFormat::TimelineProject);
}

void TestFormats::detection()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QTEST(int(CorpusFormats::detect(data, name)), "format");
}

static std::shared_ptr<const Corpus> read(const QByteArray &data, const QString &name,
                                          Diagnostics *diagnostics = nullptr, ImportReport *report = nullptr)
{
    ReadResult result = CorpusFormats::readData(data, name, report);
    if (diagnostics)
        *diagnostics = result.diagnostics;
    if (!result.ok()) {
        for (const Diagnostic &d : result.diagnostics)
            qWarning("%s", qPrintable(d.toString()));
    }
    return result.corpus;
}

void TestFormats::timelineJsNegativeYearsAndTimes()
{
    const QByteArray json = R"({"events": [
        {"start_date": {"year": "-300"}, "text": {"headline": "Euclid"}},
        {"start_date": {"year": 0}, "text": {"headline": "Year zero"}},
        {"start_date": {"year": "1907", "month": "01", "day": "05", "hour": "6", "minute": "45", "second": "56"},
         "text": {"headline": "A time of day"}},
        {"start_date": {"year": "1337", "month": "", "day": ""}, "end_date": {"year": 1453, "month": 10, "day": 19},
         "display_date": "1337 to 1453", "text": {"headline": "A range"}}
    ]})";
    const auto corpus = read(json, u"t.json"_s);
    QVERIFY(corpus);
    QCOMPARE(corpus->events.size(), 4);
    // TimelineJS shows -300 as "300 BCE": Argline reads 300 BC.
    QCOMPARE(corpus->events[0].date.date.toString(), u"-0300"_s);
    QCOMPARE(corpus->events[0].date.date.displayText(), u"300 BC"_s);
    QCOMPARE(corpus->events[1].date.date.toString(), u"-0001"_s);
    QVERIFY(corpus->events[1].date.note.contains(u"year 0"_s));
    QCOMPARE(corpus->events[2].date.date.toString(), u"1907-01-05"_s);
    QCOMPARE(corpus->events[2].date.note, u"time of day: 06:45:56"_s);
    QCOMPARE(corpus->events[3].date.date.toString(), u"1337/1453-10-19"_s);
    QCOMPARE(corpus->events[3].date.asWritten, u"1337 to 1453"_s);

    // Written back, the time of day and the negative year come back as TimelineJS has them.
    WriteReport report;
    const QByteArray written = CorpusFormats::toBytes(*corpus, CorpusFormat::TimelineJs, &report);
    QVERIFY(report.ok());
    JsonTree tree;
    QVERIFY(!tree.parse(written));
    const QList<JsonRef> events = tree.root()[u"events"].children();
    QCOMPARE(events[0][u"start_date"][u"year"].toString(), u"-300"_s);
    QCOMPARE(events[2][u"start_date"][u"hour"].toString(), u"6"_s);
    QCOMPARE(events[2][u"start_date"][u"second"].toString(), u"56"_s);
    const auto again = read(written, u"again.json"_s);
    QVERIFY(again);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(again->events[i].date.date, corpus->events[i].date.date);
}

void TestFormats::timelineJsMediaAndGroups()
{
    const QByteArray json = R"({"title": {"text": {"headline": "<b>Title</b>", "text": "<p>About it.</p>"}},
        "events": [
        {"start_date": {"year": "1901"}, "group": "Video", "unique_id": "first",
         "media": {"url": "https://youtu.be/x", "caption": "<em>A</em> film", "credit": "Someone"},
         "text": {"headline": "One", "text": "Text with <a href='https://x.org'>a link</a>."}},
        {"start_date": {"year": "1902"}, "group": "Video", "unique_id": "first", "text": {"headline": "Two"}},
        {"start_date": {"year": "1903"}, "media": {"url": "img.png"}, "text": {"headline": ""}}
    ]})";
    const auto corpus = read(json, u"m.json"_s);
    QVERIFY(corpus);
    QCOMPARE(corpus->title, u"Title"_s);
    QCOMPARE(corpus->description, u"About it."_s);
    QCOMPARE(corpus->actors.size(), 1);
    QCOMPARE(corpus->actors[0].name, u"Video"_s);
    QCOMPARE(corpus->events[0].actors, QStringList{corpus->actors[0].id});
    QCOMPARE(corpus->events[1].actors, QStringList{corpus->actors[0].id});
    QCOMPARE(corpus->events[0].id, u"first"_s);
    QVERIFY(corpus->events[1].id != u"first"_s); // ids stay unique
    QCOMPARE(corpus->events[0].media.size(), 1);
    QCOMPARE(corpus->events[0].media[0].url, u"https://youtu.be/x"_s);
    QCOMPARE(corpus->events[0].media[0].caption, u"A film"_s);
    QCOMPARE(corpus->events[0].summary, u"Text with a link (https://x.org)."_s);
    QCOMPARE(corpus->events[2].title, u"(no headline)"_s);
    QVERIFY(corpus->events[2].actors.isEmpty());
}

void TestFormats::graphCopiesASecondParent()
{
    // B supports both A and C: the first parent found keeps B, the second gets a copy that refers to it.
    const QByteArray argdown =
        "[A]: A holds.\n  + [B]: B holds.\n    + [D]: D holds.\n\n[C]: C holds.\n  + [B]\n";
    const auto corpus = read(argdown, u"g.argdown"_s);
    QVERIFY(corpus);
    QCOMPARE(corpus->arguments.size(), 5);
    const Argument *b = corpus->argument(u"b"_s);
    QVERIFY(b);
    QVERIFY(b->copyOf.isEmpty());
    QCOMPARE(b->parentId, u"a"_s);
    QCOMPARE(b->children.size(), 1); // the original keeps its children
    const auto copy = std::find_if(corpus->arguments.begin(), corpus->arguments.end(),
                                   [](const Argument &a) { return a.copyOf == u"b"; });
    QVERIFY(copy != corpus->arguments.end());
    QCOMPARE(copy->parentId, u"c"_s);
    QCOMPARE(copy->title, u"B"_s);
    QVERIFY(copy->children.isEmpty()); // a copy is never expanded: the tree stays finite
    const CorpusSummary summary = CorpusSummary::of(*corpus);
    QCOMPARE(summary.arguments, 4);
    QCOMPARE(summary.crossReferences, 1);
}

void TestFormats::graphKeepsCyclesUndrawn()
{
    Diagnostics diagnostics;
    const auto corpus = read("[A]: A.\n  + [B]: B.\n    - [A]\n", u"c.argdown"_s, &diagnostics);
    QVERIFY(corpus);
    QCOMPARE(corpus->arguments.size(), 2);
    QCOMPARE(corpus->relations.size(), 1);
    QCOMPARE(corpus->relations[0].from, u"a"_s);
    QCOMPARE(corpus->relations[0].to, u"b"_s);
    QCOMPARE(corpus->relations[0].note, u"line 3"_s);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].line, 3);
    QVERIFY(diagnostics[0].message.contains(u"closes a cycle"_s));
    QCOMPARE(CorpusSummary::of(*corpus).undrawnRelations, 1);

    // A cycle with no way in: its first statement becomes a root, and the closing relation is undrawn.
    const auto ring = read("[P]: P.\n  + [Q]: Q.\n\n[Q]\n  + [P]\n", u"r.argdown"_s);
    QVERIFY(ring);
    QCOMPARE(ring->arguments.size(), 2);
    QCOMPARE(ring->relations.size(), 1);
}

void TestFormats::graphWithSeveralRootsAndStance()
{
    const QByteArray argdown =
        "[One]: First claim.\n  - [Against]: An objection.\n    - [Rebut]: A rebuttal.\n\n"
        "[Two]: Second claim.\n  + <Reason>: A reason.\n    <_ <Undercut>: Not a reason.\n";
    const auto corpus = read(argdown, u"s.argdown"_s);
    QVERIFY(corpus);
    const auto find = [&](const QString &title) {
        return *std::find_if(corpus->arguments.begin(), corpus->arguments.end(),
                             [&](const Argument &a) { return a.title == title; });
    };
    QCOMPARE(find(u"One"_s).kind, ArgumentKind::Claim);
    QCOMPARE(find(u"Two"_s).kind, ArgumentKind::Claim);
    // Role is relative to the parent, stance to the root claim.
    QCOMPARE(find(u"Against"_s).role, ArgumentRole::Con);
    QCOMPARE(find(u"Against"_s).stanceToRoot, -1);
    QCOMPARE(find(u"Rebut"_s).role, ArgumentRole::Con);
    QCOMPARE(find(u"Rebut"_s).stanceToRoot, +1);
    QCOMPARE(find(u"Rebut"_s).kind, ArgumentKind::Objection);
    QCOMPARE(find(u"Undercut"_s).relation, u"undercut"_s);
    QCOMPARE(find(u"Undercut"_s).kind, ArgumentKind::Objection);
    QCOMPARE(find(u"Undercut"_s).stanceToRoot, -1);
}

void TestFormats::provenanceRule()
{
    // Nothing in a timeline is a quote: every event says where it came from and has no evidence.
    const auto corpus = read(R"({"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]})",
                             u"/some/where/tl.json"_s);
    QVERIFY(corpus);
    QCOMPARE(corpus->events[0].importedFrom, u"tl.json"_s);
    QVERIFY(corpus->events[0].evidence.isEmpty());
    QVERIFY(corpus->articles.isEmpty()); // the file itself is not made into a cited document
    QCOMPARE(CorpusSummary::of(*corpus).withoutQuote, 1);
    QVERIFY(CorpusSummary::of(*corpus).toString().contains(u"1 without a source quote"_s));
    // The built-in corpus has none, and its summary reads as before.
    const CorpusSummary builtIn = CorpusSummary::of(*test::builtInCorpus());
    QCOMPARE(builtIn.withoutQuote, 0);
    QVERIFY(!builtIn.toString().contains(u"source quote"_s));
}

void TestFormats::aifQuotesAreVerbatimWithTheirSpeaker()
{
    const QByteArray aif = R"({"nodes": [
        {"nodeID": "1", "text": "we need more insulation", "type": "I"},
        {"nodeID": "2", "text": "Emily Thornberry : We need more insulation", "type": "L", "timestamp": "2021-11-11 20:57:43"},
        {"nodeID": "3", "text": "Asserting", "type": "YA"},
        {"nodeID": "4", "text": "VCBrown says 'homes are cold'", "type": "L", "timestamp": "2012-04-12 17:18:45"},
        {"nodeID": "5", "text": "homes are cold", "type": "I"},
        {"nodeID": "6", "text": "YA", "type": "YA"},
        {"nodeID": "7", "text": "Default Inference", "type": "RA"}
      ], "edges": [
        {"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"},
        {"fromID": "4", "toID": "6"}, {"fromID": 6, "toID": 5},
        {"fromID": "5", "toID": "7"}, {"fromID": "7", "toID": "1"}
      ], "locutions": []})";
    const auto corpus = read(aif, u"q.json"_s);
    QVERIFY(corpus);
    QCOMPARE(corpus->articles.size(), 2);
    for (const Argument &argument : corpus->arguments) {
        QCOMPARE(argument.evidence.size(), 1);
        const Quote &quote = argument.evidence[0];
        const Article *article = corpus->article(quote.articleId);
        QVERIFY(article);
        QVERIFY(quote.start >= 0);
        QCOMPARE(article->text.mid(quote.start, quote.length), quote.text); // verbatim
        QCOMPARE(article->authors.size(), 1);
        QCOMPARE(article->published.basis, DateBasis::Inferred);
    }
    QCOMPARE(corpus->article(corpus->arguments[0].evidence[0].articleId)->authors[0], u"Emily Thornberry"_s);
    QCOMPARE(corpus->arguments[0].evidence[0].text, u"We need more insulation"_s);
    QCOMPARE(corpus->article(corpus->arguments[1].evidence[0].articleId)->authors[0], u"VCBrown"_s);
    QCOMPARE(corpus->arguments[1].role, ArgumentRole::Pro);
}

void TestFormats::importedCorpusReadsBackAsArglineJson()
{
    const QByteArray argdown =
        "# Section\n[A]: A holds. #tag\n  + [B]: B holds.\n    - [A]\n\n[C]: C.\n  + [B]\n"
        "  + [D]: D.\n\n[E]: E.\n  + [D]\n";
    const auto corpus = read(argdown, u"x.argdown"_s);
    QVERIFY(corpus);
    const ReadResult again =
        test::readJson(CorpusWriter::toJson(*corpus, CorpusWriter::ArticleTexts::Inline));
    for (const Diagnostic &d : again.diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    QVERIFY(again.ok());
    QVERIFY(*again.corpus == *corpus);
    QCOMPARE(again.corpus->relations.size(), 1);
    QVERIFY(std::any_of(again.corpus->arguments.begin(), again.corpus->arguments.end(),
                        [](const Argument &a) { return !a.copyOf.isEmpty(); }));

    // Only imported items may go without a quote.
    const QByteArray handWritten = R"({"format": "argline-corpus", "version": 1, "title": "t", "articles": [],
        "arguments": [{"id": "a", "role": "claim", "title": "A", "text": "A.", "evidence": []}]})";
    const ReadResult refused = test::readJson(handWritten);
    QVERIFY(!refused.ok());
    QVERIFY(refused.diagnostics.first().message.contains(u"needs at least one quote"_s));
}

void TestFormats::argdownEquivalentTitlesAreOneStatement()
{
    const QByteArray argdown =
        "[Same]: First definition.\n\n[Same]: A second text for it.\n  + [Other]: x\n\n"
        "<Arg>: An argument.\n\n(1) [Same]\n(2) An untitled premise\nthat goes on.\n----\n"
        "(3) [Conclusion]: The end.\n";
    ImportReport report;
    const auto corpus = read(argdown, u"e.argdown"_s, nullptr, &report);
    QVERIFY(corpus);
    const auto count = [&](const QString &title) {
        return std::count_if(corpus->arguments.begin(), corpus->arguments.end(),
                             [&](const Argument &a) { return a.title == title && a.copyOf.isEmpty(); });
    };
    QCOMPARE(count(u"Same"_s), 1);
    QCOMPARE(report.statements, 5); // Same, Other, Arg, the untitled premise, Conclusion
    const Argument *same = corpus->argument(u"same"_s);
    QVERIFY(same);
    QCOMPARE(same->text, u"First definition."_s);
    const auto premise = std::find_if(corpus->arguments.begin(), corpus->arguments.end(),
                                      [](const Argument &a) { return a.text.startsWith(u"An untitled"); });
    QVERIFY(premise != corpus->arguments.end());
    QCOMPARE(premise->text, u"An untitled premise that goes on."_s);
    QCOMPARE(premise->relation, u"premise"_s);
    QVERIFY(!premise->inference.isEmpty()); // two premises: one linked inference
}

void TestFormats::writersReportWhatTheyCannotHold()
{
    const auto corpus = test::builtInCorpus();
    WriteReport timeline;
    CorpusFormats::toBytes(*corpus, CorpusFormat::TimelineJs, &timeline);
    QVERIFY(timeline.ok());
    QVERIFY(timeline.carried.join(u'\n').contains(u"quote"_s));
    QVERIFY(timeline.lost.join(u'\n').contains(u"argument"_s));
    WriteReport aif;
    CorpusFormats::toBytes(*corpus, CorpusFormat::Aif, &aif);
    QVERIFY(aif.lost.join(u'\n').contains(u"event"_s));
    WriteReport table;
    CorpusFormats::toBytes(*corpus, CorpusFormat::EventsCsv, &table);
    QVERIFY(table.lost.join(u'\n').contains(u"era"_s));
    WriteReport argdown;
    CorpusFormats::toBytes(*corpus, CorpusFormat::Argdown, &argdown);
    QVERIFY(argdown.lost.join(u'\n').contains(u"event"_s));
    QVERIFY(argdown.carried.join(u'\n').contains(u"quote"_s));
    WriteReport own;
    CorpusFormats::toBytes(*corpus, CorpusFormat::Argline, &own);
    QVERIFY(own.ok() && own.lost.isEmpty() && own.carried.isEmpty());
}

// The vis-timeline comparison's data (bench.mjs --dump-data): id, group, type, start_ms, end_ms, title.
void TestFormats::hundredThousandRowTable()
{
    constexpr int rows = 100000;
    QByteArray csv = "id,group,type,start_ms,end_ms,title\n";
    csv.reserve(rows * 80);
    const qint64 start = QDateTime(QDate(1983, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 day = 86400000;
    for (int i = 0; i < rows; ++i) {
        const qint64 begin = start + qint64(i % 15000) * day + (i % 7) * 3600000;
        const bool range = i % 5 == 0;
        csv += QByteArray::number(i) + ',' + QByteArray::number(i % 8) + ',' + (range ? "range," : "point,") +
               QByteArray::number(begin) + ',' +
               (range ? QByteArray::number(begin + (1 + i % 300) * day) : "") + ",\"E" +
               QByteArray::number(i) + " quarterly release planning meeting\"\n";
    }
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    const auto corpus = read(csv, u"dataset-100000.csv"_s, nullptr, &report);
    const qint64 ms = timer.elapsed();
    QVERIFY(corpus);
    QCOMPARE(corpus->events.size(), rows);
    QCOMPARE(report.events, rows);
    QCOMPARE(corpus->actors.size(), 8);
    QCOMPARE(corpus->events[5].date.date.isRange(), true);
    QCOMPARE(corpus->events[1].date.note, u"time of day: 01:00:00"_s);
    // Not a timed assertion: the figure is printed, and ctest's timeout is the generous bound that a
    // quadratic reader would blow (see tests/bench/importbench.cpp for the linearity figures).
    qInfo("read %d rows in %lld ms", rows, ms);
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
