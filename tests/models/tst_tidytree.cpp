// Tidy tree invariants over random trees of random card sizes, both orientations: no two cards overlap,
// parents are centred over their children, sibling order is kept, the result is deterministic, and bad
// structure (cycles, repeated children, a chain 10,000 deep) is handled without crashing.
#include "models/layout/tidytree.h"
#include "tests/support/syntheticcorpus.h"

#include <QTest>

using namespace argline;

class TestTidyTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariantsOnRandomTrees_data();
    void invariantsOnRandomTrees();
    void singleNodeAndEmpty();
    void severalRootsSitSideBySide();
    void deepChainDoesNotOverflow();
    void cyclesAndRepeatsAreIgnored();

private:
    static TidyTree::Input randomTree(quint64 seed, int nodes, TidyTree::Orientation orientation);
};

TidyTree::Input TestTidyTree::randomTree(quint64 seed, int nodes, TidyTree::Orientation orientation)
{
    test::Random random(seed);
    TidyTree::Input in;
    in.orientation = orientation;
    in.children.resize(nodes);
    for (int i = 0; i < nodes; ++i) {
        in.sizes.append(QSizeF(40 + random.between(0, 200), 20 + random.between(0, 120)));
        if (i == 0 || random.between(0, 40) == 0) {
            in.roots.append(i);
        } else {
            // Recent parents more often, so trees are deep as well as wide.
            const int parent = random.between(std::max(0, i - random.between(1, 30)), i - 1);
            in.children[parent].append(i);
        }
    }
    return in;
}

void TestTidyTree::invariantsOnRandomTrees_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("orientation");
    for (quint64 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed)))
            << seed << int(1 + (seed * 37) % 400) << int(seed % 2);
}

void TestTidyTree::invariantsOnRandomTrees()
{
    QFETCH(quint64, seed);
    QFETCH(int, nodes);
    QFETCH(int, orientation);
    const TidyTree::Input in = randomTree(seed, nodes, TidyTree::Orientation(orientation));
    const TidyTree::Result out = TidyTree::layout(in);
    const bool topDown = in.orientation == TidyTree::Orientation::TopDown;
    const auto across = [&](const QRectF &r) { return topDown ? r.center().x() : r.center().y(); };
    const auto lo = [&](const QRectF &r) { return topDown ? r.left() : r.top(); };
    const auto hi = [&](const QRectF &r) { return topDown ? r.right() : r.bottom(); };

    // Every node is placed, with its own size.
    for (int i = 0; i < nodes; ++i) {
        QVERIFY(out.depth[i] >= 0);
        QCOMPARE(out.rects[i].size(), in.sizes[i]);
        QVERIFY(out.bounds.contains(out.rects[i]));
    }
    // No two cards overlap (beyond rounding).
    for (int i = 0; i < nodes; ++i) {
        for (int j = i + 1; j < nodes; ++j)
            QVERIFY2(!out.rects[i].adjusted(0.01, 0.01, -0.01, -0.01).intersects(out.rects[j]),
                     qPrintable(QStringLiteral("%1 and %2 overlap").arg(i).arg(j)));
    }
    for (int v = 0; v < nodes; ++v) {
        const QList<int> &kids = in.children[v];
        if (kids.isEmpty())
            continue;
        // Parents are centred over their children.
        const double middle = (across(out.rects[kids.first()]) + across(out.rects[kids.last()])) / 2;
        QVERIFY2(std::abs(across(out.rects[v]) - middle) < 1e-6, qPrintable(QString::number(v)));
        // Siblings keep their order, with at least the sibling gap between them.
        for (qsizetype k = 1; k < kids.size(); ++k)
            QVERIFY(hi(out.rects[kids[k - 1]]) + in.siblingGap - 1e-6 <= lo(out.rects[kids[k]]));
        // Children sit one level further from the root.
        for (int child : kids)
            QCOMPARE(out.depth[child], out.depth[v] + 1);
    }
    // Deterministic.
    const TidyTree::Result again = TidyTree::layout(in);
    QCOMPARE(again.rects, out.rects);
}

void TestTidyTree::singleNodeAndEmpty()
{
    TidyTree::Input in;
    QCOMPARE(TidyTree::layout(in).rects.size(), 0);
    in.sizes = {QSizeF(100, 40)};
    in.children = {{}};
    in.roots = {0};
    const TidyTree::Result out = TidyTree::layout(in);
    QCOMPARE(out.rects[0], QRectF(0, 0, 100, 40));
}

void TestTidyTree::severalRootsSitSideBySide()
{
    TidyTree::Input in;
    in.sizes = {QSizeF(100, 40), QSizeF(80, 40), QSizeF(60, 30)};
    in.children = {{}, {2}, {}};
    in.roots = {0, 1};
    const TidyTree::Result out = TidyTree::layout(in);
    QVERIFY(out.rects[0].right() + 2 * in.subtreeGap - 1e-6 <= out.rects[1].left());
    QCOMPARE(out.rects[2].center().x(), out.rects[1].center().x());
    QCOMPARE(out.rects[2].top(), 40 + in.levelGap);
}

void TestTidyTree::deepChainDoesNotOverflow()
{
    const int n = 10000;
    TidyTree::Input in;
    in.sizes.fill(QSizeF(120, 40), n);
    in.children.resize(n);
    for (int i = 0; i + 1 < n; ++i)
        in.children[i] = {i + 1};
    in.roots = {0};
    const TidyTree::Result out = TidyTree::layout(in);
    QCOMPARE(out.depth[n - 1], n - 1);
    QCOMPARE(out.rects[n - 1].center().x(), out.rects[0].center().x()); // a straight line down
}

void TestTidyTree::cyclesAndRepeatsAreIgnored()
{
    TidyTree::Input in;
    in.sizes.fill(QSizeF(50, 20), 4);
    in.children = {{1, 1, 2}, {0, 3}, {2}, {}}; // a repeat, a cycle back to the root, a self-loop
    in.roots = {0};
    const TidyTree::Result out = TidyTree::layout(in);
    QCOMPARE(out.depth, (QList<int>{0, 1, 1, 2}));
}

QTEST_GUILESS_MAIN(TestTidyTree)
#include "tst_tidytree.moc"
