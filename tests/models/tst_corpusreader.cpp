// Reading valid corpora: every field lands where it belongs, derived structure is right, quotes are
// located in their articles, and the writer round-trips exactly.
#include "models/corpus/citation.h"
#include "models/io/corpusreader.h"
#include "models/io/corpuswriter.h"
#include "models/io/quotematcher.h"
#include "tests/support/syntheticcorpus.h"
#include "tests/support/testcorpus.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestCorpusReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField();
    void derivesArgumentStructure();
    void locatesQuotesInOriginalText();
    void columnsCountCharactersNotBytes();
    void outletFromThePageIsSaidSo();
    void documentedExampleLoads();
    void roundTripIsIdentical_data();
    void roundTripIsIdentical();
    void writingIsDeterministic();
    void inlineTextsMakeACorpusPortable();
    void failedWriteLeavesNoFile();
    void largeSyntheticCorpusRoundTrips();

private:
    static std::shared_ptr<const Corpus> small();
};

static QString smallFile()
{
    return QStringLiteral(ARGLINE_TEST_DATA_DIR) + u"/corpora/small.json"_s;
}

std::shared_ptr<const Corpus> TestCorpusReader::small()
{
    const ReadResult result = CorpusReader::readFile(smallFile());
    if (!result.ok() || !result.diagnostics.isEmpty())
        qFatal("small.json must load without diagnostics");
    return result.corpus;
}

void TestCorpusReader::readsEveryField()
{
    const auto corpus = small();
    QCOMPARE(corpus->title, u"A small corpus"_s);
    QCOMPARE(corpus->sourcePath, smallFile());

    QCOMPARE(corpus->articles.size(), 1);
    const Article &article = corpus->articles.first();
    QCOMPARE(article.label, u"Example Times, March 2024"_s);
    QCOMPARE(article.outlet, u"Example Times"_s);
    QCOMPARE(article.authors, QStringList{u"A. Writer"_s});
    QCOMPARE(article.published.date.firstDay(), QDate(2024, 3, 5).toJulianDay());
    QVERIFY(article.text.startsWith(u"Two ministers meet\n"_s));

    QCOMPARE(corpus->actors.size(), 2);
    QCOMPARE(corpus->actors[0].color, QColor(0xbc, 0x00, 0x2d));

    const Event *meet = corpus->event(u"ministers-meet"_s);
    QVERIFY(meet);
    QCOMPARE(meet->date.basis, DateBasis::Derived);
    QCOMPARE(meet->date.asWritten, u"On Monday"_s);
    QCOMPARE(meet->date.note, u"The article is dated Tuesday 5 March 2024."_s);
    QCOMPARE(meet->actors, (QStringList{u"japan"_s, u"nato"_s}));
    QCOMPARE(meet->importance, 4);
    QCOMPARE(meet->status, EventStatus::Happened);

    const Event *next = corpus->event(u"next-meeting"_s);
    QCOMPARE(next->status, EventStatus::Planned);
    QCOMPARE(next->importance, 3); // the default
    QCOMPARE(next->date.date.qualifier(), DateQualifier::Early);

    // An argument's own actors and themes, kept apart from those of the events it cites.
    const Argument *cost = corpus->argument(u"cost"_s);
    QVERIFY(cost);
    QCOMPARE(cost->events, QStringList{u"next-meeting"_s});
    QCOMPARE(cost->actors, QStringList{u"japan"_s});
    QCOMPARE(cost->themes, QStringList{u"diplomacy"_s});
    QVERIFY(corpus->argument(u"claim"_s)->actors.isEmpty()); // optional

    QCOMPARE(corpus->eras.size(), 1);
    QCOMPARE(corpus->eras[0].date.basis, DateBasis::Outside);
    QCOMPARE(corpus->story.steps.size(), 2);
    QCOMPARE(corpus->story.steps[1].item, u"habit"_s);
    QCOMPARE(corpus->find(u"habit"_s), (ItemRef{ItemKind::Argument, 1}));
    QCOMPARE(corpus->find(u"nope"_s).kind, ItemKind::None);
}

void TestCorpusReader::derivesArgumentStructure()
{
    const auto corpus = small();
    const Argument *claim = corpus->argument(u"claim"_s);
    const Argument *habit = corpus->argument(u"habit"_s);
    const Argument *cost = corpus->argument(u"cost"_s);
    const Argument *nothing = corpus->argument(u"nothing-changes"_s);
    QCOMPARE(claim->kind, ArgumentKind::Claim);
    QCOMPARE(claim->children, (QList<int>{1, 2}));
    QCOMPARE(habit->kind, ArgumentKind::Pro);
    QCOMPARE(habit->stanceToRoot, 1);
    QCOMPARE(cost->kind, ArgumentKind::Con);
    QCOMPARE(cost->stanceToRoot, -1);
    QCOMPARE(nothing->kind, ArgumentKind::Objection); // a con below a reason
    QCOMPARE(nothing->stanceToRoot, -1);              // it undermines a reason for the claim
    QCOMPARE(nothing->depth, 2);
    QCOMPARE(nothing->parent, 1);
}

void TestCorpusReader::locatesQuotesInOriginalText()
{
    const auto corpus = small();
    const QString &text = corpus->articles.first().text;
    for (const Event &event : corpus->events) {
        for (const Quote &quote : event.evidence) {
            QVERIFY(quote.start >= 0);
            QCOMPARE(QuoteMatcher::normalise(text.mid(quote.start, quote.length)),
                     QuoteMatcher::normalise(quote.text));
        }
    }
    // A quote written with straight quote marks is found across the article's curly ones.
    const Quote &curly = corpus->argument(u"cost"_s)->evidence.first();
    QCOMPARE(text.mid(curly.start, curly.length), u"Critics said the “meetings cost too much”"_s);
    // One that spans a line break in the article is found too, and its span covers the break.
    const Quote &wrapped = corpus->argument(u"habit"_s)->evidence.first();
    QCOMPARE(text.mid(wrapped.start, wrapped.length), u"regular talks build habits of cooperation"_s);
}

void TestCorpusReader::columnsCountCharactersNotBytes()
{
    // "é" and "—" take 2 and 3 bytes in UTF-8; the column must count them as one character each.
    const QByteArray json =
        "{\"format\": \"argline-corpus\", \"version\": 1, \"title\": \"Café — T\", \"articles\": [],\n"
        " \"éé\": 1}";
    const ReadResult result = test::readJson(json);
    QVERIFY(result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().line, 2);
    QCOMPARE(result.diagnostics.first().column, 2);
    QCOMPARE(result.diagnostics.first().path, u"/éé"_s);
}

// An outlet that only the page named (cleaning removed it with the page chrome) is cited as such, and the
// writer keeps the mark.
void TestCorpusReader::outletFromThePageIsSaidSo()
{
    const auto json = [](const QByteArray &outletSource) -> QByteArray {
        return R"({"format": "argline-corpus", "version": 1, "title": "T", "articles": [
            {"id": "a", "label": "The Times, 2024", "outlet": "The Times", "outletSource": )" +
               outletSource +
               R"(, "published": {"value": "2024", "basis": "stated"}, "text": "Some text."}]})";
    };
    const ReadResult page = test::readJson(json("\"page\""));
    QVERIFY(page.ok());
    const Article &article = page.corpus->articles.first();
    QCOMPARE(article.outletSource, OutletSource::Page);
    QCOMPARE(Citation::outlet(article), u"The Times (from the page, not the text)"_s);
    QCOMPARE(Citation::plainText(article),
             u"The Times, 2024 · The Times (from the page, not the text) · author not stated · 2024"_s);
    QVERIFY(Citation::shortText(article).startsWith(u"The Times (from the page, not the text), "_s));
    QVERIFY(CorpusWriter::toJson(*page.corpus).contains(R"("outletSource": "page")"));

    const ReadResult text = test::readJson(json("\"text\""));
    QVERIFY(text.ok());
    QCOMPARE(text.corpus->articles.first().outletSource, OutletSource::Text);
    QCOMPARE(Citation::outlet(text.corpus->articles.first()), u"The Times"_s);
    QVERIFY(!CorpusWriter::toJson(*text.corpus).contains("outletSource")); // the default is not written

    const ReadResult unknown = test::readJson(json("\"footer\""));
    QVERIFY(!unknown.ok());
    QCOMPARE(errorCount(unknown.diagnostics), 1);
    const auto problem = std::find_if(unknown.diagnostics.begin(), unknown.diagnostics.end(),
                                      [](const Diagnostic &d) { return d.isError(); });
    QCOMPARE(problem->path, u"/articles/0/outletSource"_s);
    QCOMPARE(problem->message, u"unknown outlet source \"footer\" (expected \"text\" or \"page\")"_s);
}

// docs/corpus-format.md promises its example is complete: extract it and load it.
void TestCorpusReader::documentedExampleLoads()
{
    QFile doc(QStringLiteral(ARGLINE_SOURCE_DIR) + u"/docs/corpus-format.md"_s);
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(doc.readAll());
    const QRegularExpression json(u"```json\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression article(u"`articles/report.txt`:\n\n```\n(.*?)```"_s,
                                     QRegularExpression::DotMatchesEverythingOption);
    const auto jsonMatch = json.match(markdown);
    const auto articleMatch = article.match(markdown);
    QVERIFY(jsonMatch.hasMatch() && articleMatch.hasMatch());

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"articles"_s));
    QFile text(dir.filePath(u"articles/report.txt"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(articleMatch.captured(1).toUtf8());
    text.close();
    const ReadResult result = test::readJson(jsonMatch.captured(1).toUtf8(), dir.path());
    for (const Diagnostic &d : result.diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    QVERIFY(result.ok());
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.corpus->events.size(), 1);
    QCOMPARE(result.corpus->arguments.size(), 2);
}

void TestCorpusReader::roundTripIsIdentical_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("small") << smallFile();
    QTest::newRow("built-in") << test::builtInCorpusFile();
}

void TestCorpusReader::roundTripIsIdentical()
{
    QFETCH(QString, file);
    const ReadResult first = CorpusReader::readFile(file);
    QVERIFY(first.ok());

    // Written next to the original so that its "file" references still resolve.
    const QString copy = QFileInfo(file).absolutePath() + u"/.roundtrip-test.json"_s;
    QString error;
    QVERIFY2(CorpusWriter::writeFile(*first.corpus, copy, &error), qPrintable(error));
    const ReadResult second = CorpusReader::readFile(copy);
    QFile::remove(copy);
    QVERIFY(second.ok());
    QCOMPARE(second.diagnostics.size(), 0);
    QVERIFY(*first.corpus == *second.corpus);
    QCOMPARE(CorpusWriter::toJson(*second.corpus), CorpusWriter::toJson(*first.corpus));
}

void TestCorpusReader::writingIsDeterministic()
{
    const auto corpus = small();
    QCOMPARE(CorpusWriter::toJson(*corpus), CorpusWriter::toJson(*corpus));
}

void TestCorpusReader::inlineTextsMakeACorpusPortable()
{
    const auto corpus = small();
    QTemporaryDir elsewhere; // no articles/ folder here
    const QString path = elsewhere.filePath(u"portable.json"_s);
    QString error;
    QVERIFY(CorpusWriter::writeFile(*corpus, path, &error, CorpusWriter::ArticleTexts::Inline));
    const ReadResult result = CorpusReader::readFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result.corpus->articles.first().text, corpus->articles.first().text);
    QVERIFY(result.corpus->articles.first().file.isEmpty());
}

void TestCorpusReader::failedWriteLeavesNoFile()
{
    const auto corpus = small();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/out.json"_s);
    QString error;
    QVERIFY(!CorpusWriter::writeFile(*corpus, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestCorpusReader::largeSyntheticCorpusRoundTrips()
{
    test::SyntheticSpec spec;
    spec.events = 3000;
    spec.arguments = 600;
    const QByteArray json = test::makeSyntheticCorpusJson(spec);
    const ReadResult result = test::readJson(json);
    QVERIFY(result.ok());
    QCOMPARE(result.corpus->events.size(), 3000);
    QVERIFY(*result.corpus == test::makeSyntheticCorpus(spec));
    QCOMPARE(CorpusWriter::toJson(*result.corpus, CorpusWriter::ArticleTexts::Inline), json);
}

QTEST_GUILESS_MAIN(TestCorpusReader)
#include "tst_corpusreader.moc"
