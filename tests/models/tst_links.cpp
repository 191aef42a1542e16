// The link index, the shared selection and the document that swaps corpora atomically.
#include "models/corpus/linkindex.h"
#include "models/explore/corpusdocument.h"
#include "models/explore/sharedselection.h"
#include "tests/support/syntheticcorpus.h"
#include "tests/support/testcorpus.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsAndArgumentsLinkBothWays();
    void linksAreSymmetricOnRandomCorpora();
    void articlesLinkToWhatQuotesThem();
    void selectionReplacesTogglesAndDeduplicates();
    void selectionSignalsOnlyOnChange();
    void badFileKeepsTheOpenCorpus();
    void swappingCorpusKeepsMeaningfulSelection();
};

void TestLinks::eventsAndArgumentsLinkBothWays()
{
    const auto corpus = test::builtInCorpus();
    const LinkIndex links(*corpus);
    const QStringList arguments = links.linkedIds(u"e-2023-france-blocks-office"_s);
    QVERIFY(arguments.contains(u"a-con-no-united-front"_s));
    QVERIFY(links.linkedIds(u"a-con-no-united-front"_s).contains(u"e-2023-france-blocks-office"_s));
    QCOMPARE(links.linkedIds(u"no-such-id"_s), QStringList());

    const QSet<QString> linked =
        links.linkedTo({u"e-2023-france-blocks-office"_s, u"a-con-no-united-front"_s});
    QVERIFY(!linked.contains(u"a-con-no-united-front"_s)); // the selection itself is not "linked"
    QVERIFY(linked.contains(u"e-2023-macron-interview"_s));
}

// Property: over random corpora, event → argument links are exactly the reverse of argument → event.
void TestLinks::linksAreSymmetricOnRandomCorpora()
{
    for (quint64 seed = 1; seed <= 5; ++seed) {
        test::SyntheticSpec spec;
        spec.events = 300;
        spec.arguments = 200;
        spec.seed = seed;
        const Corpus corpus = test::makeSyntheticCorpus(spec);
        const LinkIndex links(corpus);
        for (int a = 0; a < corpus.arguments.size(); ++a) {
            for (int e : links.eventsOfArgument(a))
                QVERIFY(links.argumentsCitingEvent(e).contains(a));
        }
        for (int e = 0; e < corpus.events.size(); ++e) {
            for (int a : links.argumentsCitingEvent(e)) {
                QVERIFY(links.eventsOfArgument(a).contains(e));
                QCOMPARE(links.argumentsCitingEvent(e).count(a), 1); // no duplicates
            }
        }
    }
}

void TestLinks::articlesLinkToWhatQuotesThem()
{
    const auto corpus = test::builtInCorpus();
    const LinkIndex links(*corpus);
    const int dw = corpus->indexOf(ItemKind::Article, u"dw-2025-rutte-closer-ties"_s);
    for (int e : links.eventsCitingArticle(dw)) {
        const QList<Quote> &evidence = corpus->events[e].evidence;
        QVERIFY(std::any_of(evidence.begin(), evidence.end(),
                            [](const Quote &q) { return q.articleId == u"dw-2025-rutte-closer-ties"_s; }));
    }
    QVERIFY(links.linkedIds(u"dw-2025-rutte-closer-ties"_s).contains(u"e-2025-rutte-nakatani-nsatu"_s));
}

void TestLinks::selectionReplacesTogglesAndDeduplicates()
{
    SharedSelection selection;
    selection.select(u"a"_s);
    QCOMPARE(selection.ids(), QStringList{u"a"_s});
    QCOMPARE(selection.current(), u"a"_s);
    selection.toggle(u"b"_s);
    QCOMPARE(selection.ids(), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(selection.current(), u"b"_s);
    selection.toggle(u"a"_s);
    QCOMPARE(selection.ids(), QStringList{u"b"_s});
    selection.setSelection({u"x"_s, u"y"_s, u"x"_s, QString()}, u"x"_s);
    QCOMPARE(selection.ids(), (QStringList{u"x"_s, u"y"_s}));
    QCOMPARE(selection.current(), u"x"_s);
    selection.setSelection({u"x"_s}, u"gone"_s); // a current that is not selected falls back
    QCOMPARE(selection.current(), u"x"_s);
    selection.clear();
    QVERIFY(selection.isEmpty());
    QVERIFY(selection.current().isEmpty());
}

void TestLinks::selectionSignalsOnlyOnChange()
{
    SharedSelection selection;
    QSignalSpy changed(&selection, &SharedSelection::changed);
    selection.select(u"a"_s);
    selection.select(u"a"_s);
    selection.clear();
    selection.clear();
    selection.toggle(QString());
    QCOMPARE(changed.count(), 2);
}

void TestLinks::badFileKeepsTheOpenCorpus()
{
    CorpusDocument document;
    QVERIFY(document.open(test::builtInCorpusFile()).ok());
    document.selection()->select(u"e-2007-abe-at-nato-hq"_s);
    const auto before = document.corpusPointer();
    QSignalSpy changed(&document, &CorpusDocument::corpusChanged);

    const ReadResult bad =
        document.open(QStringLiteral(ARGLINE_TEST_DATA_DIR) + u"/bad/dangling-references.json"_s);
    QVERIFY(!bad.ok());
    QVERIFY(!bad.diagnostics.isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document.corpusPointer(), before);
    QCOMPARE(document.events()->rowCount(), before->events.size());
    QCOMPARE(document.selection()->ids(), QStringList{u"e-2007-abe-at-nato-hq"_s});
}

void TestLinks::swappingCorpusKeepsMeaningfulSelection()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    document.selection()->setSelection({u"e-2007-abe-at-nato-hq"_s, u"claim-global-nato"_s});
    QVERIFY(document.open(QStringLiteral(ARGLINE_TEST_DATA_DIR) + u"/corpora/small.json"_s).ok());
    QVERIFY(document.selection()->isEmpty()); // none of those ids exist in the new corpus
    document.selection()->select(u"habit"_s);
    QCOMPARE(document.links().linkedIds(u"habit"_s), QStringList{u"ministers-meet"_s});
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
