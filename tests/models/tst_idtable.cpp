// IdTable against a QHash on the same ids: every id found, absent ids not, a taken id answered with its
// first item, through growth from an empty table and from a reserved one, and with ids that share their
// hash bucket (long common prefixes, ids differing only in case or in one character).
#include "models/corpus/idtable.h"
#include "tests/support/syntheticcorpus.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestIdTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithAHash_data();
    void agreesWithAHash();
    void copiesAreIndependent();
};

void TestIdTable::agreesWithAHash_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("reserved");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("empty") << 0 << 0 << quint64(1);
    QTest::newRow("one") << 1 << 0 << quint64(2);
    QTest::newRow("grows from nothing") << 5000 << 0 << quint64(3);
    QTest::newRow("reserved") << 5000 << 5000 << quint64(4);
    QTest::newRow("reserved too few") << 20000 << 100 << quint64(5);
}

void TestIdTable::agreesWithAHash()
{
    QFETCH(int, count);
    QFETCH(int, reserved);
    QFETCH(quint64, seed);
    test::Random random(seed);
    QStringList ids; // the item at index i has ids[i]; some are repeats of earlier ones
    QHash<QString, ItemRef> expected;
    IdTable table;
    table.reserve(reserved);
    const auto idOf = [&ids](ItemRef ref) { return QStringView(ids[ref.index]); };
    for (int i = 0; i < count; ++i) {
        QString id;
        switch (random.between(0, 3)) {
        case 0: // a repeat
            id = ids.isEmpty() ? u"first"_s : ids[random.between(0, int(ids.size()) - 1)];
            break;
        case 1: // a long shared prefix
            id = u"event-2024-07-01-summit-"_s + QString::number(random.between(0, 99999));
            break;
        case 2: // case and one character apart
            id =
                (random.between(0, 1) ? u"Japan-"_s : u"japan-"_s) + QString::number(random.between(0, 2999));
            break;
        default:
            id = QString::number(random.next(), 36);
        }
        ids.append(id);
        const ItemRef ref{ItemKind(random.between(1, 6)), i};
        const ItemRef got = table.insert(id, ref, idOf);
        const auto it = expected.constFind(id);
        QCOMPARE(got, it == expected.cend() ? ref : *it);
        if (it == expected.cend())
            expected.insert(id, ref);
    }
    QCOMPARE(table.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(table.find(it.key(), idOf), it.value());
    for (const QString &absent : {u""_s, u"absent"_s, u"event-2024-07-01-summit-"_s, u"JAPAN-1"_s})
        QCOMPARE(table.find(absent, idOf), expected.value(absent));
}

void TestIdTable::copiesAreIndependent()
{
    const QStringList ids = {u"a"_s, u"b"_s, u"c"_s};
    const auto idOf = [&ids](ItemRef ref) { return QStringView(ids[ref.index]); };
    IdTable table;
    table.insert(ids[0], {ItemKind::Event, 0}, idOf);
    IdTable copy = table;
    copy.insert(ids[1], {ItemKind::Event, 1}, idOf);
    QVERIFY(!table.find(u"b", idOf).isValid());
    QCOMPARE(copy.find(u"b", idOf), (ItemRef{ItemKind::Event, 1}));
    QCOMPARE(table.find(u"a", idOf), (ItemRef{ItemKind::Event, 0}));
    table.clear();
    QVERIFY(!table.find(u"a", idOf).isValid());
    QCOMPARE(copy.find(u"a", idOf), (ItemRef{ItemKind::Event, 0}));
}

QTEST_GUILESS_MAIN(TestIdTable)
#include "tst_idtable.moc"
