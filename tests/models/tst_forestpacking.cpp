// Several claims' trees packed into columns to fit the view's shape (models/layout/forestpacking).
#include "models/layout/forestpacking.h"

#include <QTest>

using namespace argline;

class TestForestPacking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTreeStaysPut();
    void manySmallTreesFillTheView_data();
    void manySmallTreesFillTheView();
};

void TestForestPacking::oneTreeStaysPut()
{
    QCOMPARE(ForestPacking::pack({QRectF(5, 7, 100, 300)}, 1.6, 20), QList<QPointF>{QPointF()});
    QVERIFY(ForestPacking::pack({}, 1.6, 20).isEmpty());
}

void TestForestPacking::manySmallTreesFillTheView_data()
{
    QTest::addColumn<int>("trees");
    QTest::addColumn<double>("aspect");
    QTest::newRow("16 claims, wide view") << 16 << 16.0 / 9;
    QTest::newRow("16 claims, tall view") << 16 << 0.5;
    QTest::newRow("3 claims") << 3 << 1.0;
    QTest::newRow("40 claims") << 40 << 1.6;
}

void TestForestPacking::manySmallTreesFillTheView()
{
    QFETCH(int, trees);
    QFETCH(double, aspect);
    // Trees as one long column, as the layouts stack them.
    QList<QRectF> boxes;
    double top = 0;
    for (int i = 0; i < trees; ++i) {
        const QRectF box(-60 - 10 * (i % 3), top, 120 + 20 * (i % 3), 60 + 40 * (i % 4));
        boxes.append(box);
        top = box.bottom() + 20;
    }
    const QList<QPointF> offsets = ForestPacking::pack(boxes, aspect, 20);
    QCOMPARE(offsets.size(), boxes.size());
    QList<QRectF> placed;
    QRectF bounds;
    for (int i = 0; i < trees; ++i) {
        placed.append(boxes[i].translated(offsets[i]));
        bounds = bounds.isNull() ? placed.last() : bounds.united(placed.last());
    }
    for (int i = 0; i < trees; ++i) {
        for (int j = i + 1; j < trees; ++j)
            QVERIFY(!placed[i].adjusted(0.01, 0.01, -0.01, -0.01).intersects(placed[j]));
        // Reading order: down a column, then on to the next to the right.
        if (i > 0)
            QVERIFY(placed[i].top() > placed[i - 1].top() || placed[i].left() > placed[i - 1].right());
    }
    // Never worse for the view than the single column it started from.
    QRectF column;
    for (const QRectF &box : boxes)
        column = column.isNull() ? box : column.united(box);
    const auto fit = [aspect](const QRectF &r) { return std::min(aspect / r.width(), 1 / r.height()); };
    QVERIFY(fit(bounds) >= fit(column) * 0.999);
    if (trees >= 16 && aspect > 1)
        QVERIFY2(bounds.width() > 2 * column.width(), "a wide view gets several columns");
}

QTEST_GUILESS_MAIN(TestForestPacking)
#include "tst_forestpacking.moc"
