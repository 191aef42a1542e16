// Column flow invariants over random blocks: blocks keep their order down each column and across
// columns, no two cards overlap, items are indented by depth, the tallest column is as short as any
// contiguous cut allows (checked against brute force), and the same input gives the same layout.
#include "models/layout/columnflow.h"
#include "tests/support/syntheticcorpus.h"

#include <QTest>

#include <numeric>

using namespace argline;

class TestColumnFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariantsOnRandomBlocks_data();
    void invariantsOnRandomBlocks();
    void tallestColumnIsAsShortAsPossible();
    void emptyAndSingle();

private:
    static ColumnFlow::Input randomBlocks(quint64 seed, int blocks, int columns);
};

ColumnFlow::Input TestColumnFlow::randomBlocks(quint64 seed, int blocks, int columns)
{
    test::Random random(seed);
    ColumnFlow::Input in;
    in.columns = columns;
    for (int b = 0; b < blocks; ++b) {
        QList<ColumnFlow::Item> items{{QSizeF(200, 40 + random.between(0, 120)), 0}};
        const int extra = random.between(0, 4);
        for (int i = 0; i < extra; ++i) // each item at most one level deeper than the one before
            items.append(
                {QSizeF(200, 40 + random.between(0, 80)), random.between(1, items.last().depth + 1)});
        in.blocks.append(items);
    }
    return in;
}

void TestColumnFlow::invariantsOnRandomBlocks_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("blocks");
    QTest::addColumn<int>("columns");
    for (quint64 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %llu", seed) << seed << int(1 + seed % 17) << int(1 + seed % 6);
}

void TestColumnFlow::invariantsOnRandomBlocks()
{
    QFETCH(quint64, seed);
    QFETCH(int, blocks);
    QFETCH(int, columns);
    const ColumnFlow::Input in = randomBlocks(seed, blocks, columns);
    const ColumnFlow::Result out = ColumnFlow::layout(in);
    QCOMPARE(out.rects.size(), in.blocks.size());
    QList<QRectF> all;
    for (qsizetype b = 0; b < in.blocks.size(); ++b) {
        QCOMPARE(out.rects[b].size(), in.blocks[b].size());
        QVERIFY(out.columnOf[b] >= 0 && out.columnOf[b] < columns);
        if (b > 0) { // in order: the same column lower down, or the next column
            QVERIFY(out.columnOf[b] == out.columnOf[b - 1] || out.columnOf[b] == out.columnOf[b - 1] + 1);
            if (out.columnOf[b] == out.columnOf[b - 1])
                QVERIFY(out.rects[b].first().top() >= out.rects[b - 1].last().bottom() + in.blockGap - 1e-9);
            else
                QVERIFY(out.rects[b].first().left() > out.rects[b - 1].first().left());
        }
        for (qsizetype i = 0; i < in.blocks[b].size(); ++i) {
            const QRectF r = out.rects[b][i];
            QCOMPARE(r.size(), in.blocks[b][i].size);
            QCOMPARE(r.left() - out.rects[b].first().left(), in.indent * in.blocks[b][i].depth);
            QVERIFY(out.bounds.contains(r));
            all.append(r);
        }
    }
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j)
            QVERIFY(!all[i].adjusted(0.01, 0.01, -0.01, -0.01).intersects(all[j]));
    }
    const ColumnFlow::Result again = ColumnFlow::layout(in);
    QCOMPARE(again.rects, out.rects);
}

// Against every way of cutting a few blocks into at most k contiguous columns.
void TestColumnFlow::tallestColumnIsAsShortAsPossible()
{
    for (quint64 seed = 1; seed <= 60; ++seed) {
        const int blocks = int(2 + seed % 7);
        const int columns = int(1 + seed % 4);
        const ColumnFlow::Input in = randomBlocks(seed, blocks, columns);
        const QList<double> heights = ColumnFlow::blockHeights(in);
        const auto tallest = [&](const QList<int> &starts) {
            double worst = 0;
            for (qsizetype c = 0; c < starts.size(); ++c) {
                const int end = c + 1 < starts.size() ? starts[c + 1] : int(heights.size());
                double h = 0;
                for (int b = starts[c]; b < end; ++b)
                    h += heights[b] + (b > starts[c] ? in.blockGap : 0);
                worst = std::max(worst, h);
            }
            return worst;
        };
        double best = 1e18;
        for (int mask = 0; mask < (1 << (blocks - 1)); ++mask) { // a cut before block i+1 when bit i is set
            QList<int> starts{0};
            for (int i = 0; i < blocks - 1; ++i) {
                if (mask & (1 << i))
                    starts.append(i + 1);
            }
            if (starts.size() <= columns)
                best = std::min(best, tallest(starts));
        }
        const QList<int> starts = ColumnFlow::columnStarts(heights, in.blockGap, columns);
        QVERIFY(starts.size() <= columns);
        QCOMPARE(starts.first(), 0);
        QVERIFY2(tallest(starts) <= best + 0.5, qPrintable(QString::number(seed)));
    }
}

void TestColumnFlow::emptyAndSingle()
{
    ColumnFlow::Input in;
    in.columns = 3;
    QVERIFY(ColumnFlow::layout(in).rects.isEmpty());
    QVERIFY(ColumnFlow::layout(in).bounds.isNull());
    in.blocks = {{{QSizeF(100, 50), 0}}};
    const ColumnFlow::Result out = ColumnFlow::layout(in);
    QCOMPARE(out.rects.first().first(), QRectF(0, 0, 100, 50));
    QCOMPARE(out.bounds, QRectF(0, 0, 100, 50));
}

QTEST_GUILESS_MAIN(TestColumnFlow)
#include "tst_columnflow.moc"
