// Help for the terminal, wrapped by the columns a terminal gives each character: Japanese lines fit 80
// columns, break only where a line may break, and never cut a word, a date or an option in half.
#include "app/terminalhelp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestTerminalHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayWidth();
    void wrap_data();
    void wrap();
    void linesFitTheirWidth_data();
    void linesFitTheirWidth();
    void formatLaysOutOptionsAndArguments();
};

void TestTerminalHelp::displayWidth()
{
    QCOMPARE(TerminalHelp::displayWidth(u"argline"), 7);
    QCOMPARE(TerminalHelp::displayWidth(u"日本語"), 6);
    QCOMPARE(TerminalHelp::displayWidth(u"（FILE）"), 8);
    QCOMPARE(TerminalHelp::displayWidth(u"2023年4月～6月"), 14);
    QCOMPARE(TerminalHelp::displayWidth(u"NATO–Japan"), 10); // the en dash is narrow
}

void TestTerminalHelp::wrap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("English at spaces")
        << u"one two three four"_s << 9 << QStringList{u"one two"_s, u"three"_s, u"four"_s};
    QTest::newRow("a space at the edge is dropped")
        << u"abcd efgh"_s << 4 << QStringList{u"abcd"_s, u"efgh"_s};
    QTest::newRow("Japanese between characters")
        << u"このヘルプを表示"_s << 10 << QStringList{u"このヘルプ"_s, u"を表示"_s};
    QTest::newRow("no line starts with 。")
        << u"終了します。次へ"_s << 10 << QStringList{u"終了しま"_s, u"す。次へ"_s};
    QTest::newRow("no line ends with （")
        << u"あいう（FILE）"_s << 8 << QStringList{u"あいう"_s, u"（FILE）"_s};
    QTest::newRow("a date stays whole")
        << u"書式：2022-02-24"_s << 12 << QStringList{u"書式："_s, u"2022-02-24"_s};
    QTest::newRow("a number keeps its counter")
        << u"までの31日間"_s << 8 << QStringList{u"までの"_s, u"31日間"_s};
    QTest::newRow("a word longer than a line")
        << u"abcdefghij"_s << 4 << QStringList{u"abcd"_s, u"efgh"_s, u"ij"_s};
    QTest::newRow("line breaks and hanging indent")
        << u"Examples:\n  argline export --story -o deck.pdf"_s << 20
        << QStringList{u"Examples:"_s, u"  argline export"_s, u"  --story -o"_s, u"  deck.pdf"_s};
}

void TestTerminalHelp::wrap()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QStringList, lines);
    QCOMPARE(TerminalHelp::wrap(text, width), lines);
}

void TestTerminalHelp::linesFitTheirWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("English") << u"Validate the corpus (FILE, or the built-in one), print a summary and every "
                                "problem found, and exit: 0 when it is valid, 1 when it is not."_s;
    QTest::newRow("Japanese")
        << u"コーパス（FILE、または組み込みコーパス）を検証し、概要と見つかったすべての問題を出力して終了しま"
           "す。終了コードは、有効なら 0、無効なら 1 です。"_s;
    QTest::newRow("mixed")
        << u"light（既定）、dark、high-contrast、print（白背景で、グレースケールでも判別できる）の"
           "いずれか。"_s;
}

void TestTerminalHelp::linesFitTheirWidth()
{
    QFETCH(QString, text);
    for (int width : {20, 33, 52, 80}) {
        const QStringList lines = TerminalHelp::wrap(text, width);
        QString joined;
        for (const QString &line : lines) {
            QVERIFY2(TerminalHelp::displayWidth(line) <= width, qPrintable(line));
            QVERIFY2(!line.startsWith(u' ') && !line.endsWith(u' '), qPrintable(line));
            joined += line;
        }
        QString squeezed = text;
        QCOMPARE(joined.remove(u' '), squeezed.remove(u' ')); // nothing lost, nothing added
    }
}

void TestTerminalHelp::formatLaysOutOptionsAndArguments()
{
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"書き込むファイル（必須）。"_s, u"FILE"_s);
    QCommandLineOption hidden(u"secret"_s, u"Not shown."_s);
    hidden.setFlags(QCommandLineOption::HiddenFromHelp);
    const QString help = TerminalHelp::format(u"使い方: argline"_s, u"説明。"_s, {output, hidden},
                                              {{u"FILE"_s, u"コーパス。"_s, u"[FILE]"_s}});
    QCOMPARE(help, u"使い方: argline\n説明。\n\nOptions:\n  -o, --output <FILE>  書き込むファイル（必須）。\n"
                   "\nArguments:\n  FILE                 コーパス。\n"_s);
}

QTEST_GUILESS_MAIN(TestTerminalHelp)
#include "tst_terminalhelp.moc"
