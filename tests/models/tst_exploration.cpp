// The model side of exploring: selection history, search by words, ranked, "show only linked", and the
// words for a filter (chips and the status line).
#include "models/explore/corpusdocument.h"
#include "models/explore/filterdescription.h"
#include "models/explore/itemfilter.h"
#include "models/explore/search.h"
#include "models/explore/selectionhistory.h"
#include "models/explore/textquery.h"
#include "resources/translations.h"
#include "tests/support/testcorpus.h"

#include <QDate>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestExploration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); } // English plural forms
    void historyGoesBackAndForward();
    void historyDropsForwardOnANewSelection();
    void searchFindsWordsInAnyOrder();
    void searchRanksTitleThenTextThenQuotesThenImportance();
    void showOnlyLinkedKeepsTheSelectionAndItsLinks();
    void chipsNameEveryFilterAndRemoveOne();
    void statusLineSaysWhatIsShown();
    void statusLineCountsTheWindow();
    void importanceEveryEventReachesIsNoFilter();
    void actorsAndThemesApplyToArgumentsByTheirOwn();
    void reasonsSayWhyAnItemIsShown();
    void asOfMarksOnlyWhatIsTrulyUncertain();
};

void TestExploration::historyGoesBackAndForward()
{
    SharedSelection selection;
    SelectionHistory history(&selection);
    QSignalSpy changed(&history, &SelectionHistory::changed);
    QVERIFY(!history.canGoBack());
    selection.select(u"a"_s);
    selection.select(u"b"_s);
    selection.setSelection({u"b"_s, u"c"_s}, u"c"_s);
    selection.clear(); // an empty selection is not a place to go back to
    QCOMPARE(history.size(), 3);
    history.back();
    QCOMPARE(selection.ids(), (QStringList{u"b"_s, u"c"_s}));
    QCOMPARE(selection.current(), u"c"_s);
    history.back();
    QCOMPARE(selection.ids(), QStringList{u"b"_s});
    history.back();
    QCOMPARE(selection.ids(), QStringList{u"a"_s});
    QVERIFY(!history.canGoBack());
    history.back(); // nothing further back: no change
    QCOMPARE(selection.ids(), QStringList{u"a"_s});
    history.forward();
    QCOMPARE(selection.ids(), QStringList{u"b"_s});
    QVERIFY(history.canGoForward());
    QCOMPARE(history.size(), 3); // going back and forth records nothing
    QVERIFY(changed.count() >= 5);
}

void TestExploration::historyDropsForwardOnANewSelection()
{
    SharedSelection selection;
    SelectionHistory history(&selection);
    for (const char *id : {"a", "b", "c"})
        selection.select(QString::fromLatin1(id));
    history.back();
    history.back();
    selection.select(u"d"_s);
    QCOMPARE(history.size(), 2); // a, d
    QVERIFY(!history.canGoForward());
    history.back();
    QCOMPARE(selection.ids(), QStringList{u"a"_s});
}

void TestExploration::searchFindsWordsInAnyOrder()
{
    const auto corpus = test::builtInCorpus();
    // Every word, in any order: the Tokyo office France blocked.
    const QStringList franceOffice = Search::matches(*corpus, u"France office"_s);
    QVERIFY(!franceOffice.isEmpty());
    QCOMPARE(franceOffice.first(), u"e-2023-france-blocks-office"_s);
    QCOMPARE(Search::matches(*corpus, u"office   FRANCE"_s), franceOffice);
    for (const QString &id : franceOffice) {
        const Event *e = corpus->event(id);
        const Argument *a = corpus->argument(id);
        QVERIFY(e ? TextQuery(u"france office"_s).matches(e->title, e->summary, e->evidence)
                  : TextQuery(u"france office"_s).matches(a->title, a->text, a->evidence));
    }
    // Quotes ask for the phrase as written.
    QVERIFY(Search::matches(*corpus, u"\"France office\""_s).isEmpty());
    QCOMPARE(Search::matches(*corpus, u"“Tokyo office”"_s).size(),
             Search::matches(*corpus, u"\"tokyo office\""_s).size());
    QVERIFY(!Search::matches(*corpus, u"\"Tokyo office\""_s).isEmpty());
    // Straight and curly apostrophes alike.
    QVERIFY(Search::matches(*corpus, u"NATO's strategic concept"_s).contains(u"e-2022-strategic-concept"_s));
    QVERIFY(Search::matches(*corpus, u"  "_s).isEmpty());
    QVERIFY(
        Search::matches(*corpus, u"Wiesbaden"_s).contains(u"e-2025-rutte-nakatani-nsatu"_s)); // in a quote
}

void TestExploration::searchRanksTitleThenTextThenQuotesThenImportance()
{
    const auto corpus = test::builtInCorpus();
    const QString text = u"office"_s;
    const QStringList office = Search::matches(*corpus, text);
    QVERIFY(office.size() >= 6);
    // The landmark with the word in its title first; not 9/11, which only the earliest date put first.
    QCOMPARE(office.first(), u"e-2023-france-blocks-office"_s);
    QVERIFY(office.indexOf(u"e-2001-nato-middle-east"_s) != 0);
    // The order is the documented one: where the words are, then importance.
    const TextQuery query(text);
    std::tuple<int, int, int> previous{-1, 0, 0};
    for (const QString &id : office) {
        TextQuery::Hits hits;
        int importance = 0;
        if (const Event *e = corpus->event(id)) {
            hits = query.find(e->title, e->summary, e->evidence);
            importance = e->importance;
        } else {
            const Argument *a = corpus->argument(id);
            hits = query.find(a->title, a->text, a->evidence);
            importance = Search::importance(*a);
        }
        QVERIFY(hits.all);
        const std::tuple<int, int, int> key{hits.tier, -hits.inTitle, -importance};
        QVERIFY2(previous <= key, qPrintable(id));
        previous = key;
    }
    // A word is found where a word starts: "nato" is not in "senator", "office" is in "offices".
    QVERIFY(!TextQuery::contains(u"the senator said"_s, u"nato"_s));
    QVERIFY(TextQuery::contains(u"two offices"_s, u"office"_s));
    QVERIFY(TextQuery::contains(u"NATO東京事務所"_s, u"東京"_s)); // no spaces between Japanese words
}

void TestExploration::showOnlyLinkedKeepsTheSelectionAndItsLinks()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    const QStringList selection{u"e-2023-france-blocks-office"_s};
    QSet<QString> keep = document.links().linkedTo(selection);
    keep.insert(selection.first());
    FilterSpec spec;
    spec.onlyLinkedTo = keep;
    document.setFilter(spec);
    QCOMPARE(document.filteredEvents()->rowCount(), 1);
    // The arguments resting on the event are shown, each with its ancestors up to the claim.
    QSet<QString> expected;
    for (const QString &id : std::as_const(keep)) {
        for (const Argument *a = document.corpus().argument(id); a;
             a = document.corpus().argument(a->parentId))
            expected.insert(a->id);
    }
    QVERIFY(expected.size() >= 3);
    int inTree = 0;
    QList<QModelIndex> stack{QModelIndex()};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        for (int row = 0; row < document.filteredArguments()->rowCount(parent); ++row, ++inTree)
            stack.append(document.filteredArguments()->index(row, 0, parent));
    }
    QCOMPARE(inTree, int(expected.size()));
    // Only the linked arguments count as shown; their ancestors are there for the tree's sake.
    int linked = 0;
    for (const QString &id : std::as_const(keep))
        linked += document.corpus().argument(id) ? 1 : 0;
    QCOMPARE(document.visibleArgumentCount(), linked);
}

void TestExploration::chipsNameEveryFilterAndRemoveOne()
{
    const auto corpus = test::builtInCorpus();
    FilterSpec spec;
    spec.actors = {u"france"_s};
    spec.articles = {u"dw-2025-rutte-closer-ties"_s};
    spec.showPro = false;
    spec.minImportance = 3;
    spec.text = u"office"_s;
    spec.asOfDay = QDate(2023, 7, 1).toJulianDay();
    const QList<FilterChip> chips = FilterDescription::chips(*corpus, spec);
    QStringList labels;
    for (const FilterChip &chip : chips)
        labels.append(chip.label);
    QCOMPARE(labels.mid(0, 5), (QStringList{u"France"_s, u"DW, 9 April 2025"_s, u"only against the claim"_s,
                                            u"importance 3+"_s, u"“office”"_s}));
    QVERIFY(labels.last().startsWith(u"as of "_s));
    // Removing each chip removes exactly its filter; removing them all leaves no filter.
    FilterSpec rest = spec;
    for (const FilterChip &chip : chips)
        rest = FilterDescription::without(rest, chip);
    QVERIFY(rest.isEmpty());
    QCOMPARE(FilterDescription::without(spec, chips.first()).actors, QSet<QString>());
    QCOMPARE(FilterDescription::without(spec, chips.first()).articles, spec.articles);
}

void TestExploration::statusLineSaysWhatIsShown()
{
    const auto corpus = test::builtInCorpus();
    QCOMPARE(FilterDescription::statusLine(*corpus, {}, 42, 45), u"42 events · 45 arguments"_s);
    FilterSpec spec;
    spec.actors = {u"france"_s};
    QCOMPARE(FilterDescription::statusLine(*corpus, spec, 3, 12),
             u"3 of 42 events · 12 of 45 arguments · filtered by: France"_s);
    spec.showCon = false;
    QCOMPARE(FilterDescription::statusLine(*corpus, spec, 3, 9),
             u"3 of 42 events · 9 of 45 arguments · filtered by: France, only for the claim"_s);
    // An empty corpus still reads as a sentence.
    QCOMPARE(FilterDescription::statusLine(Corpus(), {}, 0, 0), u"0 events · 0 arguments"_s);
}

void TestExploration::statusLineCountsTheWindow()
{
    const auto corpus = test::builtInCorpus();
    FilterSpec spec;
    spec.actors = {u"china"_s};
    const double first = double(QDate(2022, 1, 1).toJulianDay());
    const double end = double(QDate(2026, 1, 1).toJulianDay());
    QCOMPARE(
        FilterDescription::statusLine(*corpus, spec, 10, 13, FilterDescription::EventWindow{first, end, 7}),
        u"7 of 42 events in 2022 – 2025 · 13 of 45 arguments · filtered by: China"_s);
    // A window that holds every shown event adds nothing.
    QCOMPARE(
        FilterDescription::statusLine(*corpus, spec, 10, 13, FilterDescription::EventWindow{first, end, 10}),
        u"10 of 42 events · 13 of 45 arguments · filtered by: China"_s);
    // No filter, but a window: the events in it, of all.
    QCOMPARE(
        FilterDescription::statusLine(*corpus, {}, 42, 45, FilterDescription::EventWindow{first, end, 20}),
        u"20 of 42 events in 2022 – 2025 · 45 arguments"_s);
    // The window's words are as coarse as its length allows.
    QCOMPARE(FilterDescription::windowText(double(QDate(2023, 4, 1).toJulianDay()),
                                           double(QDate(2023, 7, 1).toJulianDay())),
             u"April – June 2023"_s);
    QCOMPARE(FilterDescription::windowText(double(QDate(2023, 4, 3).toJulianDay()),
                                           double(QDate(2023, 4, 10).toJulianDay())),
             u"3 April 2023 – 9 April 2023"_s);
}

void TestExploration::importanceEveryEventReachesIsNoFilter()
{
    const auto corpus = test::builtInCorpus();
    int lowest = 5;
    for (const Event &event : corpus->events)
        lowest = std::min(lowest, event.importance);
    QCOMPARE(lowest, 2);
    FilterSpec spec;
    spec.minImportance = lowest; // keeps every event: no chip
    QVERIFY(FilterDescription::chips(*corpus, spec).isEmpty());
    spec.minImportance = lowest + 1;
    QCOMPARE(FilterDescription::chips(*corpus, spec).size(), 1);
}

void TestExploration::actorsAndThemesApplyToArgumentsByTheirOwn()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    const Corpus &corpus = document.corpus();
    FilterSpec spec;
    spec.themes = {u"theme-regional-perception"_s};
    document.setFilter(spec);
    for (int a = 0; a < corpus.arguments.size(); ++a)
        QCOMPARE(document.result().argumentMatches(a),
                 corpus.arguments[a].themes.contains(u"theme-regional-perception"_s));
    for (int e = 0; e < corpus.events.size(); ++e)
        QCOMPARE(document.result().eventPasses(e),
                 corpus.events[e].themes.contains(u"theme-regional-perception"_s));
    // A theme on a cited event does not count: "The security of Europe and Asia is linked" cites events
    // about institutional ties, but is not about them itself.
    spec.themes = {u"theme-institutional"_s};
    document.setFilter(spec);
    const int linked = corpus.indexOf(ItemKind::Argument, u"a-pro-linked-security"_s);
    QVERIFY(!corpus.arguments[linked].themes.contains(u"theme-institutional"_s));
    QVERIFY(!document.result().argumentMatches(linked));
}

void TestExploration::reasonsSayWhyAnItemIsShown()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    QVERIFY(FilterDescription::reasons(document.corpus(), document.links(), {}, u"a-con-india"_s).isEmpty());
    FilterSpec spec;
    spec.actors = {u"china"_s};
    spec.showPro = false;
    spec.text = u"china consensus"_s;
    const QStringList unity =
        FilterDescription::reasons(document.corpus(), document.links(), spec, u"a-con-no-united-front"_s);
    QCOMPARE(unity.size(), 3);
    QVERIFY2(unity[0].startsWith(
                 u"Matches China: names China; also cites “NATO’s Strategic Concept calls China"_s),
             qPrintable(unity[0]));
    QVERIFY(unity[0].endsWith(u"and 3 more"_s));
    QCOMPARE(unity[1], u"Stance: against the claim"_s);
    QCOMPARE(unity[2], u"The searched words are in its title or text"_s);
    // An event: by its own actors, and by the arguments of the chosen stance that cite it.
    spec.text.clear();
    const QStringList strategic =
        FilterDescription::reasons(document.corpus(), document.links(), spec, u"e-2022-strategic-concept"_s);
    QCOMPARE(strategic.first(), u"Matches China: involves China"_s);
    QVERIFY2(strategic.last().startsWith(u"Cited by “"_s) &&
                 strategic.last().endsWith(u"(against the claim)"_s),
             qPrintable(strategic.last()));
    // The claim, shown as the root of matches, says so.
    QCOMPARE(
        FilterDescription::reasons(document.corpus(), document.links(), spec, u"claim-global-nato"_s),
        QStringList{u"Shown for context: it does not match the filters, but an argument beneath it does."_s});
}

void TestExploration::asOfMarksOnlyWhatIsTrulyUncertain()
{
    const auto corpus = test::builtInCorpus();
    const auto at = [&](const char *id, QDate date) {
        return ItemFilter::shownAsOf(*corpus, corpus->indexOf(ItemKind::Argument, QString::fromLatin1(id)),
                                     date.toJulianDay());
    };
    using P = ItemFilter::Published;
    // "East is East" may date from February 2023 to September 2024.
    QCOMPARE(at("a-pro-political-signalling", QDate(2023, 7, 1)), P::Possibly); // its only source
    // Another source surely published by then settles it.
    QCOMPARE(at("a-con-limited-power", QDate(2023, 7, 1)), P::Yes); // and "Untitled analysis", June 2023
    // After the end of the range nothing is uncertain; before its start nothing is shown.
    QCOMPARE(at("a-pro-political-signalling", QDate(2024, 10, 1)), P::Yes);
    QCOMPARE(at("a-pro-political-signalling", QDate(2023, 1, 1)), P::No);
    // The claim's own quotes are from 2025, but the debate beneath it was under way.
    const Argument *claim = corpus->argument(u"claim-global-nato"_s);
    QCOMPARE(ItemFilter::publishedBy(*corpus, *claim, QDate(2023, 7, 1).toJulianDay()), P::No);
    QCOMPARE(at("claim-global-nato", QDate(2023, 7, 1)), P::Yes);
    QCOMPARE(at("claim-global-nato", QDate(2020, 1, 1)), P::No);
}

QTEST_GUILESS_MAIN(TestExploration)
#include "tst_exploration.moc"
