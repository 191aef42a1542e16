// The argument map's layout on real and random corpora, in every orientation and detail level: cards
// never overlap, reasons for and against sit on their sides, collapsing moves nothing unrelated, and the
// semantic zoom thresholds hold.
#include "render/argmap/argumentmaprenderer.h"
#include "tests/support/syntheticcorpus.h"
#include "tests/support/testcorpus.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTest>

#include <future>

using namespace Qt::StringLiterals;
using namespace argline;

using Detail = ArgumentMapRenderer::Detail;

class TestArgumentMapLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semanticZoomThresholds_data();
    void semanticZoomThresholds();
    void cardsNeverOverlap_data();
    void cardsNeverOverlap();
    void twoSidedPutsReasonsOnTheirSides();
    void topDownGroupsOrKeepsCorpusOrder();
    void columnsKeepOutlineOrderUnderTheClaim();
    void columnsTakeTheViewsShape();
    void collapsingMovesNothingUnrelated();
    void tidyingUpClosesTheGap();
    void sameInputSameLayout();
    void badgesNameOutletAndYear();
    void heightsMeasuredOnAnotherThreadLayOutTheSame();

private:
    static QList<int> all(const Corpus &corpus)
    {
        QList<int> ids(corpus.arguments.size());
        std::iota(ids.begin(), ids.end(), 0);
        return ids;
    }
};

void TestArgumentMapLayout::semanticZoomThresholds_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("detail");
    QTest::newRow("far out") << 0.1 << int(Detail::Boxes);
    QTest::newRow("just below titles") << 0.379 << int(Detail::Boxes);
    QTest::newRow("titles") << 0.38 << int(Detail::Titles);
    QTest::newRow("still titles") << 0.79 << int(Detail::Titles);
    QTest::newRow("text") << 1.0 << int(Detail::Text);
    QTest::newRow("quotes") << 1.45 << int(Detail::Quotes);
    QTest::newRow("very close") << 3.0 << int(Detail::Quotes);
}

void TestArgumentMapLayout::semanticZoomThresholds()
{
    QFETCH(double, scale);
    QTEST(int(ArgumentMapRenderer::detailFor(scale)), "detail");
}

void TestArgumentMapLayout::cardsNeverOverlap_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("detail");
    for (quint64 seed = 0; seed <= 6; ++seed) {
        for (int orientation = 0; orientation < 4; ++orientation) {
            for (Detail detail : {Detail::Titles, Detail::Text, Detail::Quotes})
                QTest::newRow(qPrintable(
                    u"seed %1, orientation %2, detail %3"_s.arg(seed).arg(orientation).arg(int(detail))))
                    << seed << orientation << int(detail);
        }
    }
}

void TestArgumentMapLayout::cardsNeverOverlap()
{
    QFETCH(quint64, seed);
    QFETCH(int, orientation);
    QFETCH(int, detail);
    std::shared_ptr<const Corpus> corpus;
    if (seed == 0) {
        corpus = test::builtInCorpus();
    } else {
        test::SyntheticSpec spec;
        spec.events = 50;
        spec.arguments = 40 + int(seed) * 37;
        spec.claims = 1 + int(seed % 3);
        spec.seed = seed;
        corpus = std::make_shared<Corpus>(test::makeSyntheticCorpus(spec));
    }
    ArgumentMapRenderer renderer;
    renderer.setData(corpus, all(*corpus));
    ArgumentMapState state;
    state.orientation = MapOrientation(orientation);
    renderer.setState(state);
    const QList<ArgumentMapRenderer::Card> &cards = renderer.cards(Detail(detail));
    QCOMPARE(cards.size(), corpus->arguments.size());
    for (qsizetype i = 0; i < cards.size(); ++i) {
        QVERIFY(renderer.bounds(Detail(detail)).contains(cards[i].rect));
        for (qsizetype j = i + 1; j < cards.size(); ++j)
            QVERIFY2(!cards[i].rect.adjusted(0.01, 0.01, -0.01, -0.01).intersects(cards[j].rect),
                     qPrintable(corpus->arguments[cards[i].argument].id + u" overlaps "_s +
                                corpus->arguments[cards[j].argument].id));
    }
}

void TestArgumentMapLayout::twoSidedPutsReasonsOnTheirSides()
{
    const auto corpus = test::builtInCorpus();
    ArgumentMapRenderer renderer;
    renderer.setData(corpus, all(*corpus));
    ArgumentMapState state;
    state.orientation = MapOrientation::TwoSided;
    renderer.setState(state);
    const QList<ArgumentMapRenderer::Card> &cards = renderer.cards(Detail::Titles);
    const QRectF claim = cards[renderer.cardIndexOf(0, Detail::Titles)].rect;
    QCOMPARE(corpus->arguments[0].kind, ArgumentKind::Claim);
    for (const ArgumentMapRenderer::Card &card : cards) {
        const Argument &a = corpus->arguments[card.argument];
        if (a.depth == 0)
            continue;
        // Everything under a reason for is left of the claim; under a reason against, right of it.
        int reason = card.argument;
        while (corpus->arguments[reason].depth > 1)
            reason = corpus->arguments[reason].parent;
        if (corpus->arguments[reason].role == ArgumentRole::Pro)
            QVERIFY(card.rect.right() < claim.left());
        else
            QVERIFY(card.rect.left() > claim.right());
        // Deeper cards sit further out.
        if (a.parent > 0) {
            const QRectF parent = cards[renderer.cardIndexOf(a.parent, Detail::Titles)].rect;
            QVERIFY(std::abs(card.rect.center().x() - claim.center().x()) >
                    std::abs(parent.center().x() - claim.center().x()));
        }
    }
}

void TestArgumentMapLayout::topDownGroupsOrKeepsCorpusOrder()
{
    const auto corpus = test::builtInCorpus();
    ArgumentMapRenderer renderer;
    renderer.setData(corpus, all(*corpus));
    ArgumentMapState state;
    state.orientation = MapOrientation::TopDown;
    renderer.setState(state);
    const auto xOf = [&](int argument) {
        return renderer.cards(Detail::Titles)[renderer.cardIndexOf(argument, Detail::Titles)]
            .rect.center()
            .x();
    };
    const QList<int> &reasons = corpus->arguments[0].children;
    double lastPro = -1e9;
    double firstCon = 1e9;
    for (int reason : reasons) {
        if (corpus->arguments[reason].role == ArgumentRole::Pro)
            lastPro = std::max(lastPro, xOf(reason));
        else
            firstCon = std::min(firstCon, xOf(reason));
    }
    QVERIFY(lastPro < firstCon); // all for, then all against
    state.groupByStance = false;
    renderer.setState(state);
    for (qsizetype i = 1; i < reasons.size(); ++i)
        QVERIFY(xOf(reasons[i - 1]) < xOf(reasons[i])); // corpus order
}

// Columns: the claim on top; reasons for left of its centre and against right of it; within a column,
// each reason followed by its objections and rebuttals, indented, in outline order.
void TestArgumentMapLayout::columnsKeepOutlineOrderUnderTheClaim()
{
    const auto corpus = test::builtInCorpus();
    ArgumentMapRenderer renderer;
    renderer.setData(corpus, all(*corpus));
    ArgumentMapState state;
    state.orientation = MapOrientation::Columns;
    renderer.setState(state);
    const auto rectOf = [&](int argument) {
        return renderer.cards(Detail::Titles)[renderer.cardIndexOf(argument, Detail::Titles)].rect;
    };
    const QRectF claim = rectOf(0);
    for (const ArgumentMapRenderer::Card &card : renderer.cards(Detail::Titles)) {
        const Argument &a = corpus->arguments[card.argument];
        if (a.depth == 0)
            continue;
        QVERIFY(card.rect.top() > claim.bottom());
        int reason = card.argument;
        while (corpus->arguments[reason].depth > 1)
            reason = corpus->arguments[reason].parent;
        if (corpus->arguments[reason].role == ArgumentRole::Pro)
            QVERIFY(card.rect.right() < claim.center().x());
        else
            QVERIFY(card.rect.left() > claim.center().x());
        if (a.depth > 1) { // beneath its parent, indented
            const QRectF parent = rectOf(a.parent);
            QVERIFY(card.rect.top() > parent.bottom());
            QVERIFY(card.rect.left() > parent.left());
            QCOMPARE(card.growth, ArgumentMapRenderer::Growth::Indented);
        }
    }
    // Reasons on a side read in corpus order: down each column, then the next column to the right.
    QList<int> pro;
    for (int reason : corpus->arguments[0].children) {
        if (corpus->arguments[reason].role == ArgumentRole::Pro)
            pro.append(reason);
    }
    for (qsizetype i = 1; i < pro.size(); ++i) {
        const QRectF a = rectOf(pro[i - 1]);
        const QRectF b = rectOf(pro[i]);
        QVERIFY(b.left() > a.left() + 1 || (std::abs(b.left() - a.left()) < 1 && b.top() > a.bottom()));
    }
}

// The layout is cut into as many columns as suit the view: a wide view gets a wide map, a tall view
// a tall one, and a landscape screen shows the built-in map at a readable size.
void TestArgumentMapLayout::columnsTakeTheViewsShape()
{
    const auto corpus = test::builtInCorpus();
    ArgumentMapRenderer renderer;
    renderer.setData(corpus, all(*corpus));
    ArgumentMapState state;
    state.orientation = MapOrientation::Columns;
    state.aspect = 16.0 / 9;
    renderer.setState(state);
    const QRectF wide = renderer.bounds(Detail::Titles);
    state.aspect = 0.6;
    renderer.setState(state);
    const QRectF tall = renderer.bounds(Detail::Titles);
    QVERIFY(wide.width() / wide.height() > tall.width() / tall.height());
    state.aspect = 1280.0 / 690;
    renderer.setState(state);
    QVERIFY(renderer.fit(QRectF(0, 0, 1280, 690)).first >= ArgumentMapRenderer::detailThresholds[0]);
}

void TestArgumentMapLayout::collapsingMovesNothingUnrelated()
{
    const auto corpus = test::builtInCorpus();
    for (MapOrientation orientation : {MapOrientation::Columns, MapOrientation::TwoSided,
                                       MapOrientation::TopDown, MapOrientation::LeftToRight}) {
        ArgumentMapRenderer renderer;
        renderer.setData(corpus, all(*corpus));
        ArgumentMapState state;
        state.orientation = orientation;
        renderer.setState(state);
        QHash<int, QRectF> before;
        for (const ArgumentMapRenderer::Card &card : renderer.cards(Detail::Text))
            before.insert(card.argument, card.rect);
        const int unity = corpus->indexOf(ItemKind::Argument, u"a-con-regional-unease"_s);
        state.collapsed = {u"a-con-regional-unease"_s};
        renderer.setState(state);
        const QList<ArgumentMapRenderer::Card> &after = renderer.cards(Detail::Text);
        // Everything below it: a reason, two objections and the reason under one of them.
        QCOMPARE(after.size(), before.size() - 4);
        for (const ArgumentMapRenderer::Card &card : after) {
            QCOMPARE(card.rect, before.value(card.argument));
            if (card.argument == unity)
                QCOMPARE(card.hiddenDescendants, 4);
        }
    }
}

void TestArgumentMapLayout::tidyingUpClosesTheGap()
{
    const auto corpus = test::builtInCorpus();
    ArgumentMapRenderer renderer;
    renderer.setData(corpus, all(*corpus));
    ArgumentMapState state;
    state.orientation = MapOrientation::TopDown;
    state.collapsed = {u"a-con-regional-unease"_s, u"a-pro-linked-security"_s};
    renderer.setState(state);
    const double spread = renderer.bounds(Detail::Text).width();
    state.compact = true;
    renderer.setState(state);
    QVERIFY(renderer.bounds(Detail::Text).width() < spread);
}

void TestArgumentMapLayout::sameInputSameLayout()
{
    const auto corpus = test::builtInCorpus();
    ArgumentMapRenderer a;
    ArgumentMapRenderer b;
    a.setData(corpus, all(*corpus));
    b.setData(corpus, all(*corpus));
    for (Detail detail : {Detail::Titles, Detail::Text, Detail::Quotes}) {
        QCOMPARE(a.cards(detail).size(), b.cards(detail).size());
        for (qsizetype i = 0; i < a.cards(detail).size(); ++i)
            QCOMPARE(a.cards(detail)[i].rect, b.cards(detail)[i].rect);
    }
}

void TestArgumentMapLayout::badgesNameOutletAndYear()
{
    const auto corpus = test::builtInCorpus();
    ArgumentMapRenderer renderer;
    renderer.setData(corpus, all(*corpus));
    QCOMPARE(renderer.sourceBadge(corpus->indexOf(ItemKind::Argument, u"a-pro-cooperation-accelerating"_s)),
             u"DW 2025"_s);
    // An article that names no outlet is cited by its label, never by an invented outlet.
    QCOMPARE(renderer.sourceBadge(corpus->indexOf(ItemKind::Argument, u"a-obj-not-inseparable"_s)),
             u"East is East and… 2023–24"_s);
    // Cut to a card's header, the year and the count of other sources stay.
    const QFontMetricsF metrics(QFont(u"DejaVu Sans"_s, 9));
    const QString badge = u"War on the Rocks 2024 · DW 2025"_s;
    QCOMPARE(ArgumentMapRenderer::fittedBadge(badge, 1000, metrics), badge);
    const QString cut =
        ArgumentMapRenderer::fittedBadge(badge, metrics.horizontalAdvance(u"War on th… 2024 +1"_s), metrics);
    QVERIFY2(cut.endsWith(u" 2024 +1"_s) && cut.startsWith(u"War on"_s) && cut.contains(u'…'),
             qPrintable(cut));
    QVERIFY(metrics.horizontalAdvance(cut) <= metrics.horizontalAdvance(u"War on th… 2024 +1"_s));
}

// The loader measures card heights on a worker with fonts of its own; a map laid out from them must be
// the map the renderer lays out by shaping every card itself, or cards would overlap or leave gaps.
void TestArgumentMapLayout::heightsMeasuredOnAnotherThreadLayOutTheSame()
{
    test::SyntheticSpec spec;
    spec.events = 50;
    spec.arguments = 400;
    spec.claims = 3;
    const auto corpus = std::make_shared<const Corpus>(test::makeSyntheticCorpus(spec));
    ArgumentMapRenderer shaped;
    shaped.setData(corpus, all(*corpus));
    ArgumentMapRenderer measured;
    measured.setData(corpus, all(*corpus));
    const QString fonts = ArgumentMapRenderer::fontKey(measured.style());
    auto heights =
        std::async(std::launch::async, [&] {
            return ArgumentMapRenderer::measureCards(corpus, fonts, {Detail::Text, Detail::Titles});
        }).get();
    QVERIFY(heights);
    QCOMPARE(heights->byDetail[size_t(Detail::Titles)].size(), corpus->arguments.size());
    QVERIFY(heights->byDetail[size_t(Detail::Quotes)].isEmpty());
    measured.setCardHeights(heights);
    for (Detail detail : {Detail::Titles, Detail::Text, Detail::Quotes}) {
        const QList<ArgumentMapRenderer::Card> &expected = shaped.cards(detail);
        const QList<ArgumentMapRenderer::Card> &actual = measured.cards(detail);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(actual[i].rect, expected[i].rect);
    }
    // Heights for another corpus are not used.
    const auto other = std::make_shared<const Corpus>(*corpus);
    measured.setData(other, all(*other));
    QCOMPARE(measured.bounds(Detail::Text), shaped.bounds(Detail::Text));
    // A renderer stopped early measures nothing.
    QVERIFY(!ArgumentMapRenderer::measureCards(corpus, fonts, {Detail::Text}, [] { return false; }));
}

QTEST_MAIN(TestArgumentMapLayout)
#include "tst_argumentmaplayout.moc"
