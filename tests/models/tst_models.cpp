// Every model passes QAbstractItemModelTester (attached while corpora are swapped and filters change),
// and exposes raw values through its data roles.
#include "models/explore/corpusdocument.h"
#include "models/explore/itemfilter.h"
#include "models/itemmodels/argumentdatarole.h"
#include "models/itemmodels/eventdatarole.h"
#include "models/itemmodels/eventsperyearmodel.h"
#include "models/itemmodels/facetmodel.h"
#include "models/itemmodels/sourcedatarole.h"
#include "models/itemmodels/storymodel.h"
#include "tests/support/syntheticcorpus.h"
#include "tests/support/testcorpus.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allModelsPassTheModelTester_data();
    void allModelsPassTheModelTester();
    void eventRolesCarryRawValues();
    void eventsInAWindowAreCountedExactly();
    void eventsSortByDate();
    void argumentTreeMirrorsTheCorpus();
    void sourceCountsFollowStance();
    void filtersApplyToBothViews();
    void recursiveFilterKeepsAncestors();
    void asOfHidesLaterArguments();
    void timeWindowKeepsOverlappingEvents();
    void eventsPerYearPassesTheModelTester();
    void oneResultPerFilterChange();
    void panelModelsPassTheModelTester();

private:
    static QList<QAbstractItemModel *> modelsOf(CorpusDocument &document)
    {
        return {document.events(), document.arguments(), document.sources(), document.filteredEvents(),
                document.filteredArguments()};
    }
};

void TestModels::allModelsPassTheModelTester_data()
{
    QTest::addColumn<int>("model");
    for (int i = 0; i < 5; ++i)
        QTest::newRow(
            std::array{"events", "arguments", "sources", "filtered events", "filtered arguments"}[i])
            << i;
}

void TestModels::allModelsPassTheModelTester()
{
    QFETCH(int, model);
    CorpusDocument document;
    QAbstractItemModelTester tester(modelsOf(document)[model],
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    document.setCorpus(test::builtInCorpus());
    FilterSpec spec;
    spec.text = u"France"_s;
    document.setFilter(spec);
    spec.actors = {u"japan"_s};
    spec.text.clear();
    document.setFilter(spec);
    spec.showPro = false;
    document.setFilter(spec);
    spec.asOfDay = QDate(2023, 7, 1).toJulianDay();
    document.setFilter(spec);
    document.filteredEvents()->setTimeWindow(QDate(2007, 1, 1).toJulianDay(),
                                             QDate(2019, 12, 31).toJulianDay());
    document.filteredEvents()->sort(EventModel::TitleColumn, Qt::DescendingOrder);
    document.setFilter({});
    document.filteredEvents()->clearTimeWindow();

    test::SyntheticSpec synthetic;
    synthetic.events = 400;
    synthetic.arguments = 300;
    document.setCorpus(std::make_shared<Corpus>(test::makeSyntheticCorpus(synthetic)));
    spec = {};
    spec.themes = {u"theme-1"_s};
    document.setFilter(spec);
    document.setCorpus(nullptr); // an empty corpus is a valid state too
}

void TestModels::eventRolesCarryRawValues()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    const QModelIndex index =
        document.events()->index(u"e-2025-rutte-nakatani-nsatu"_s, EventModel::TitleColumn);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(EventDataRole::FirstDay).toLongLong(), QDate(2025, 4, 8).toJulianDay());
    QCOMPARE(index.data(EventDataRole::LastDay).toLongLong(), QDate(2025, 4, 8).toJulianDay());
    QCOMPARE(index.data(EventDataRole::Precision).toInt(), int(DatePrecision::Day));
    QCOMPARE(index.data(EventDataRole::Basis).toInt(), int(DateBasis::Derived));
    QCOMPARE(index.data(EventDataRole::AsWritten).toString(), u"on Tuesday"_s);
    QCOMPARE(index.data(EventDataRole::ArticleIds).toStringList(),
             QStringList{u"dw-2025-rutte-closer-ties"_s});
    QCOMPARE(index.data(EventDataRole::DateText).toString(), u"8 April 2025"_s);
    QCOMPARE(index.siblingAtColumn(EventModel::DateColumn).data().toString(), u"8 April 2025"_s);
    QCOMPARE(index.siblingAtColumn(EventModel::SourcesColumn).data().toString(), u"DW, 9 April 2025"_s);

    const QModelIndex planned = document.events()->index(u"e-2024-office-opening-planned"_s);
    QCOMPARE(planned.data(EventDataRole::Status).toInt(), int(EventStatus::Planned));
    QCOMPARE(document.events()->eventAt(planned)->id, u"e-2024-office-opening-planned"_s);
    QVERIFY(!document.events()->index(u"no-such-event"_s).isValid());
    QCOMPARE(document.events()->eventAt({}), nullptr);
}

void TestModels::eventsSortByDate()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    EventFilterProxy *events = document.filteredEvents();
    QCOMPARE(events->rowCount(), document.corpus().events.size());
    qint64 previous = 0;
    for (int row = 0; row < events->rowCount(); ++row) {
        const qint64 day = events->index(row, 0).data(EventDataRole::FirstDay).toLongLong();
        QVERIFY(day >= previous);
        previous = day;
    }
    QCOMPARE(events->index(0, 0).data(EventDataRole::Id).toString(), u"e-1983-consultation-attempt"_s);
}

void TestModels::argumentTreeMirrorsTheCorpus()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    ArgumentModel *arguments = document.arguments();
    QCOMPARE(arguments->rowCount(), 1); // one root claim
    const QModelIndex claim = arguments->index(0, 0);
    QCOMPARE(claim.data(ArgumentDataRole::Kind).toInt(), int(ArgumentKind::Claim));
    const Argument *root = arguments->argumentAt(claim);
    QCOMPARE(arguments->rowCount(claim), root->children.size());
    QCOMPARE(claim.data(ArgumentDataRole::ProCount).toInt() + claim.data(ArgumentDataRole::ConCount).toInt(),
             int(root->children.size()));

    // Every argument is reachable, and index(id) agrees with walking the tree.
    int reached = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < arguments->rowCount(parent); ++row) {
            const QModelIndex child = arguments->index(row, 0, parent);
            ++reached;
            QCOMPARE(arguments->index(child.data(ArgumentDataRole::Id).toString()), child);
            QCOMPARE(arguments->parent(child), parent);
            walk(child);
        }
    };
    walk({});
    QCOMPARE(reached, document.corpus().arguments.size());

    const QModelIndex objection = arguments->index(u"a-obj-not-inseparable"_s, ArgumentModel::KindColumn);
    QCOMPARE(objection.data().toString(), u"against the claim · objection"_s);
    // A reason that supports an argument against the claim reads as against the claim.
    QCOMPARE(arguments->index(u"a-pro-france-spoiler"_s, ArgumentModel::KindColumn).data().toString(),
             u"against the claim · support"_s);
    QCOMPARE(arguments->index(u"a-con-no-united-front"_s, ArgumentModel::KindColumn).data().toString(),
             u"against the claim"_s);
    QCOMPARE(objection.data(ArgumentDataRole::StanceToRoot).toInt(), -1);
    QCOMPARE(objection.data(ArgumentDataRole::Depth).toInt(), 2);
}

void TestModels::sourceCountsFollowStance()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    int pro = 0;
    int con = 0;
    for (int row = 0; row < document.sources()->rowCount(); ++row) {
        const QModelIndex index = document.sources()->index(row, 0);
        pro += index.data(SourceDataRole::ProCount).toInt();
        con += index.data(SourceDataRole::ConCount).toInt();
    }
    // Each argument counts once for every article it cites; the claim counts for neither side.
    int expectedPro = 0;
    int expectedCon = 0;
    for (const Argument &argument : document.corpus().arguments) {
        const int articles = int(citedArticleIds(argument.evidence).size());
        if (argument.stanceToRoot > 0)
            expectedPro += articles;
        else if (argument.stanceToRoot < 0)
            expectedCon += articles;
    }
    QCOMPARE(pro, expectedPro);
    QCOMPARE(con, expectedCon);
    // The Global Times piece argues against a global NATO far more than for it.
    const QModelIndex gt = document.sources()->index(u"gt-2025-rutte-visit"_s);
    QVERIFY(gt.data(SourceDataRole::ConCount).toInt() > gt.data(SourceDataRole::ProCount).toInt());
    QCOMPARE(
        document.sources()->index(u"nato-office-in-japan"_s, SourceModel::OutletColumn).data().toString(),
        u"(not stated)"_s);
    // An outlet that only the page named says so in the table too.
    QCOMPARE(
        document.sources()->index(u"wotr-smoke-or-substance"_s, SourceModel::OutletColumn).data().toString(),
        u"War on the Rocks (from the page, not the text)"_s);
}

void TestModels::filtersApplyToBothViews()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    QSignalSpy changed(&document, &CorpusDocument::resultChanged);
    FilterSpec spec;
    spec.actors = {u"france"_s};
    document.setFilter(spec);
    QCOMPARE(changed.count(), 1);
    document.setFilter(spec); // no change, no signal
    QCOMPARE(changed.count(), 1);

    const Corpus &corpus = document.corpus();
    const qsizetype franceEvents =
        std::count_if(corpus.events.begin(), corpus.events.end(),
                      [](const Event &e) { return e.actors.contains(u"france"_s); });
    QCOMPARE(document.filteredEvents()->rowCount(), franceEvents);
    // An argument passes when it names France itself — e.g. "no united front on China" — not for the
    // events it cites.
    const QModelIndex unity = document.arguments()->index(u"a-con-no-united-front"_s);
    QVERIFY(document.filteredArguments()->mapFromSource(unity).isValid());
    const QModelIndex eu = document.arguments()->index(u"a-pro-eu-ties"_s);
    QVERIFY(!document.filteredArguments()->mapFromSource(eu).isValid());

    spec = {};
    spec.text = u"Wiesbaden"_s; // only in quotes and summaries
    document.setFilter(spec);
    QVERIFY(document.filteredEvents()->rowCount() >= 1);
    for (int row = 0; row < document.filteredEvents()->rowCount(); ++row) {
        const Event *event = document.events()->eventAt(
            document.filteredEvents()->mapToSource(document.filteredEvents()->index(row, 0)));
        QVERIFY(ItemFilter::textMatches(u"wiesbaden"_s, event->title, event->summary, event->evidence));
    }
}

void TestModels::recursiveFilterKeepsAncestors()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    FilterSpec spec;
    spec.text = u"security clearance"_s; // matches a rebuttal three levels down
    document.setFilter(spec);
    const QModelIndex rebuttal = document.arguments()->index(u"a-reb-clearance-system"_s);
    const QModelIndex shown = document.filteredArguments()->mapFromSource(rebuttal);
    QVERIFY(shown.isValid());
    QVERIFY(shown.parent().isValid());                   // its objection stays
    QVERIFY(shown.parent().parent().isValid());          // and the reason it answers
    QVERIFY(shown.parent().parent().parent().isValid()); // and the claim
}

void TestModels::asOfHidesLaterArguments()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    ArgumentFilterProxy *arguments = document.filteredArguments();
    const QModelIndex dream =
        document.arguments()->index(u"a-pro-cooperation-accelerating"_s);               // DW, April 2025
    const QModelIndex office = document.arguments()->index(u"a-con-symbolic-office"_s); // June 2023 source
    const QModelIndex inseparable =
        document.arguments()->index(u"a-obj-not-inseparable"_s); // 2023-02/2024-09
    FilterSpec spec;
    spec.asOfDay = QDate(2023, 7, 1).toJulianDay();
    document.setFilter(spec);
    QVERIFY(!arguments->mapFromSource(dream).isValid());
    QVERIFY(arguments->mapFromSource(office).isValid());
    // An inferred date spanning the cursor: possibly published by then, so shown (and marked so by the map).
    QVERIFY(arguments->mapFromSource(inseparable).isValid());
    QCOMPARE(ItemFilter::publishedBy(document.corpus(), *document.arguments()->argumentAt(inseparable),
                                     *spec.asOfDay),
             ItemFilter::Published::Possibly);
    QCOMPARE(
        ItemFilter::publishedBy(document.corpus(), *document.arguments()->argumentAt(office), *spec.asOfDay),
        ItemFilter::Published::Yes);
    spec.asOfDay = QDate(2025, 4, 30).toJulianDay();
    document.setFilter(spec);
    QVERIFY(arguments->mapFromSource(dream).isValid());
    spec.asOfDay = QDate(2020, 1, 1).toJulianDay(); // before every source: nothing at all
    document.setFilter(spec);
    QCOMPARE(arguments->rowCount(), 0);
    QCOMPARE(document.visibleArgumentCount(), 0);
}

void TestModels::timeWindowKeepsOverlappingEvents()
{
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    EventFilterProxy *events = document.filteredEvents();
    // "early 2023" spans January–April: a window on February must keep it.
    events->setTimeWindow(QDate(2023, 2, 1).toJulianDay(), QDate(2023, 2, 28).toJulianDay());
    QStringList ids;
    for (int row = 0; row < events->rowCount(); ++row)
        ids.append(events->index(row, 0).data(EventDataRole::Id).toString());
    QVERIFY(ids.contains(u"e-2023-stoltenberg-visits-japan"_s));
    QVERIFY(ids.contains(u"e-2023-india-unga-abstention"_s));
    QVERIFY(!ids.contains(u"e-2023-macron-interview"_s));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"

void TestModels::eventsPerYearPassesTheModelTester()
{
    EventsPerYearModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    model.setEvents(document.corpus(), document.result().events, LaneMode::Actor);
    QVERIFY(model.rowCount() > 40); // 1983 to 2025
    const int total = [&] {
        int sum = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                sum += model.index(row, column).data().toInt();
        return sum;
    }();
    QVERIFY(total >= document.corpus().events.size()); // an event with several actors counts in each lane

    FilterSpec spec;
    spec.actors = {u"france"_s};
    document.setFilter(spec);
    model.setEvents(document.corpus(), document.result().events, LaneMode::Theme);
    model.setEvents(document.corpus(), {}, LaneMode::Actor);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::eventsInAWindowAreCountedExactly()
{
    // FilterResult::eventsIn (binary searches) against a count of the events one by one, over fuzzy
    // dates of every precision (synthetic corpus: days, months, years, decades), filtered and not.
    test::SyntheticSpec spec;
    spec.events = 2000;
    CorpusDocument document;
    document.setCorpus(std::make_shared<const Corpus>(test::makeSyntheticCorpus(spec)));
    const Corpus &corpus = document.corpus();
    test::Random random(11);
    for (const bool filtered : {false, true}) {
        if (filtered) {
            FilterSpec only;
            only.actors = {corpus.actors.first().id};
            document.setFilter(only);
        }
        const FilterResult &result = document.result();
        for (int round = 0; round < 300; ++round) {
            const double first =
                double(QDate(random.between(1940, 2030), 1, 1).toJulianDay()) + random.unit() * 400;
            const double end = first + (random.between(0, 5) == 0 ? 0 : random.unit() * 5000);
            const auto expected = std::count_if(result.events.cbegin(), result.events.cend(), [&](int e) {
                const FuzzyDate &date = corpus.events[e].date.date;
                return double(date.firstDay())<end &&double(date.lastDay() + 1)> first;
            });
            QCOMPARE(result.eventsIn(corpus, first, end), int(expected));
        }
    }
}

void TestModels::oneResultPerFilterChange()
{
    // The document evaluates the filter once per change and everything reads that result: the proxies
    // agree with it row for row, and a change is announced once.
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    QSignalSpy changed(&document, &CorpusDocument::resultChanged);
    QSignalSpy reset(document.filteredEvents(), &QAbstractItemModel::layoutChanged);
    FilterSpec spec;
    spec.actors = {u"china"_s};
    spec.showPro = false;
    document.setFilter(spec);
    QCOMPARE(changed.count(), 1);

    const FilterResult &result = document.result();
    QCOMPARE(document.filteredEvents()->rowCount(), result.events.size());
    QList<int> proxied;
    for (int row = 0; row < document.filteredEvents()->rowCount(); ++row)
        proxied.append(document.events()->corpusIndex(
            document.filteredEvents()->mapToSource(document.filteredEvents()->index(row, 0)).row()));
    std::sort(proxied.begin(), proxied.end());
    QCOMPARE(proxied, result.events);

    // The shown arguments are exactly the matches and their ancestors.
    const Corpus &corpus = document.corpus();
    const ItemFilter filter(corpus, document.links(), spec);
    QList<int> expected;
    for (int a = 0; a < corpus.arguments.size(); ++a) {
        bool shown = false;
        QList<int> pending{a};
        while (!pending.isEmpty() && !shown) { // a itself or any descendant matches
            const int next = pending.takeLast();
            shown = filter.acceptsArgument(next);
            pending.append(corpus.arguments[next].children);
        }
        if (shown)
            expected.append(a);
        QCOMPARE(result.argumentMatches(a), filter.acceptsArgument(a));
    }
    QCOMPARE(result.arguments, expected);
    QCOMPARE(result.matchingArguments, int(std::count_if(expected.begin(), expected.end(),
                                                         [&](int a) { return result.argumentMatches(a); })));
}

void TestModels::panelModelsPassTheModelTester()
{
    // The filter panel's facet lists and the story panel are item views of these models.
    FacetModel actors(FacetModel::Facet::Actors);
    FacetModel articles(FacetModel::Facet::Articles);
    StoryModel story;
    QAbstractItemModelTester actorTester(&actors, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester articleTester(&articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester storyTester(&story, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::shared_ptr<const Corpus> corpus = test::builtInCorpus();
    actors.setCorpus(corpus);
    articles.setCorpus(corpus);
    story.setCorpus(corpus);
    QCOMPARE(actors.rowCount(), corpus->actors.size());
    QCOMPARE(articles.rowCount(), corpus->articles.size());
    QCOMPARE(story.rowCount(), corpus->story.steps.size());
    QCOMPARE(story.index(0).data(Qt::UserRole).toString(), corpus->story.steps.first().item);
    QVERIFY(story.index(0).data().toString().startsWith(u"1. "_s));

    // A user's tick is announced; the filter's own setChecked is not (it follows, it does not lead).
    QSignalSpy ticked(&actors, &FacetModel::checkedChanged);
    const QModelIndex france = actors.indexOf(u"france"_s);
    QVERIFY(france.isValid());
    QCOMPARE(france.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(france.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(actors.setData(france, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(ticked.count(), 1);
    QCOMPARE(actors.checked(), QSet<QString>{u"france"_s});
    actors.setChecked({u"japan"_s});
    QCOMPARE(ticked.count(), 1);
    QCOMPARE(france.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(actors.indexOf(u"japan"_s).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(actors.indexOf(u"japan"_s).data(Qt::DecorationRole).value<QColor>().isValid());

    // A new corpus starts unticked.
    test::SyntheticSpec synthetic;
    synthetic.events = 50;
    actors.setCorpus(std::make_shared<Corpus>(test::makeSyntheticCorpus(synthetic)));
    QVERIFY(actors.checked().isEmpty());
    story.setCorpus(nullptr);
    QCOMPARE(story.rowCount(), 0);
}
