// `argline export`, run as a user or a script runs it: the real binary, no display, real files, exit codes
// and the messages the help promises.
#include "tests/support/arglinerun.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void helpDocumentsEveryOption();
    void pngWithoutADisplay();
    void pdfOfATimeRange();
    void storyDeck();
    void svgIsTheSameBytesFromRunToRun();
    void badArguments_data();
    void badArguments();
    void unwritablePathFailsAndLeavesNothing();
    void brokenCorpusIsReported();
    void storyOfACorpusWithoutOne();

private:
    using Run = argline::test::ArglineRun;
    static Run run(const QStringList &arguments)
    {
        return Run::of(QStringLiteral(ARGLINE_BINARY), QStringList{u"export"_s} + arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestExportCommand::helpDocumentsEveryOption()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(u"Usage: argline export [options]"_s));
    for (const QString &option :
         {u"--view"_s,      u"--from"_s,       u"--to"_s,          u"--format"_s,     u"--output"_s,
          u"--width"_s,     u"--height"_s,     u"--dpi"_s,         u"--scale"_s,      u"--page"_s,
          u"--portrait"_s,  u"--tile-years"_s, u"--theme"_s,       u"--title"_s,      u"--subtitle"_s,
          u"--no-legend"_s, u"--no-credits"_s, u"--transparent"_s, u"--corpus"_s,     u"--story"_s,
          u"--select"_s,    u"--subtree"_s,    u"--lanes"_s,       u"--orientation"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    QVERIFY(help.out.contains(u"Exit codes: 0 written; 1 the corpus has errors; 2 bad arguments; 3"_s));
}

void TestExportCommand::pngWithoutADisplay()
{
    const QString png = path(u"both.png"_s);
    const Run result = run({u"--width"_s, u"1280"_s, u"--height"_s, u"720"_s, u"-o"_s, png});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, u"Wrote %1 (1280 × 720 pixels).\n"_s.arg(png));
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), QSize(1280, 720));
}

void TestExportCommand::pdfOfATimeRange()
{
    const QString pdf = path(u"brief.pdf"_s);
    const Run result = run({u"--view"_s, u"timeline"_s, u"--from"_s, u"2007"_s, u"--to"_s, u"2025"_s,
                            u"--tile-years"_s, u"6"_s, u"--page"_s, u"a4"_s, u"-o"_s, pdf});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"Wrote %1 (4 pages).\n"_s.arg(pdf)); // 2007–2025 is 19 years: 6 + 6 + 6 + 1
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
}

void TestExportCommand::storyDeck()
{
    const QString deck = path(u"deck.pdf"_s);
    const Run result = run({u"--story"_s, u"-o"_s, deck});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"Wrote %1 (20 pages).\n"_s.arg(deck));
    QFile file(deck);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page>"), 20);
}

void TestExportCommand::svgIsTheSameBytesFromRunToRun()
{
    // Two processes (so two hash seeds, two font caches): the same file.
    const QStringList options{u"--select"_s, u"a-con-no-united-front"_s, u"--title"_s, u"Brief"_s};
    const Run first = run(options + QStringList{u"-o"_s, path(u"a.svg"_s)});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, u"Wrote %1.\n"_s.arg(path(u"a.svg"_s)));
    QCOMPARE(run(options + QStringList{u"-o"_s, path(u"b.svg"_s)}).exitCode, 0);
    QFile a(path(u"a.svg"_s));
    QFile b(path(u"b.svg"_s));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QCOMPARE(bytes, b.readAll());
    QVERIFY(QSvgRenderer(bytes).isValid());

    // Markup characters in a title are escaped, not written raw into the XML.
    const QString amp = path(u"amp.svg"_s);
    QCOMPARE(run({u"--title"_s, u"NATO & Japan <2025>"_s, u"-o"_s, amp}).exitCode, 0);
    QFile ampFile(amp);
    QVERIFY(ampFile.open(QIODevice::ReadOnly));
    const QByteArray escaped = ampFile.readAll();
    QVERIFY(escaped.contains("<title>NATO &amp; Japan &lt;2025&gt;</title>"));
    QVERIFY(QSvgRenderer(escaped).isValid());
}

void TestExportCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = path(u"x.png"_s);
    QTest::newRow("bad range") << QStringList{u"--from"_s, u"2025"_s, u"--to"_s, u"2007"_s, u"-o"_s, out}
                               << u"argline export: bad range: --to 2007 ends before --from 2025 begins"_s;
    QTest::newRow("bad date") << QStringList{u"--from"_s, u"2023-13"_s, u"--to"_s, u"2025"_s, u"-o"_s, out}
                              << u"argline export: --from: "_s;
    QTest::newRow("half a range") << QStringList{u"--from"_s, u"2020"_s, u"-o"_s, out}
                                  << u"argline export: give both --from and --to for a range"_s;
    QTest::newRow("unknown view")
        << QStringList{u"--view"_s, u"maps"_s, u"-o"_s, out}
        << u"argline export: --view: unknown view \"maps\" (expected timeline, map or both)"_s;
    QTest::newRow("no output") << QStringList{u"--view"_s, u"map"_s}
                               << u"argline export: no output file: give -o FILE"_s;
    QTest::newRow("unknown format") << QStringList{u"-o"_s, path(u"x.gif"_s)}
                                    << u"argline export: cannot tell the format of"_s;
    QTest::newRow("format against file name")
        << QStringList{u"--format"_s, u"png"_s, u"-o"_s, path(u"x.pdf"_s)}
        << u"argline export: --format png does not match the file name"_s;
    QTest::newRow("story as png") << QStringList{u"--story"_s, u"-o"_s, out}
                                  << u"argline export: --story: the story deck is a PDF"_s;
    QTest::newRow("bad width")
        << QStringList{u"--width"_s, u"wide"_s, u"-o"_s, out}
        << u"argline export: --width: expected a number from 16 to 20000, not \"wide\""_s;
    QTest::newRow("unknown theme") << QStringList{u"--theme"_s, u"neon"_s, u"-o"_s, out}
                                   << u"argline export: --theme: unknown theme \"neon\""_s;
    QTest::newRow("empty corpus name") << QStringList{u"--corpus"_s, u""_s, u"-o"_s, out}
                                       << u"argline export: --corpus: the file name is empty"_s;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s, u"-o"_s, out}
                                    << u"argline export: Unknown option 'colour'."_s;
    QTest::newRow("unknown id") << QStringList{u"--select"_s, u"nobody"_s, u"-o"_s, out}
                                << u"argline export: --select: \"nobody\" is not an event or an argument"_s;
}

void TestExportCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(message), qPrintable(result.err));
    QCOMPARE(result.out, QString());
    QVERIFY(!QFile::exists(path(u"x.png"_s)));
}

void TestExportCommand::unwritablePathFailsAndLeavesNothing()
{
    const QString target = path(u"no/such/folder/brief.pdf"_s);
    const Run result = run({u"-o"_s, target});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.startsWith(u"argline export: Cannot write %1: "_s.arg(target)),
             qPrintable(result.err));
    QVERIFY(!QFile::exists(target));

    // A pipe stays a pipe: QSaveFile would rename a plain file over it.
    const QString fifo = path(u"fifo.svg"_s);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run intoPipe = run({u"-o"_s, fifo});
    QCOMPARE(intoPipe.exitCode, 3);
    QCOMPARE(intoPipe.err, u"argline export: Cannot write %1: it is not a regular file\n"_s.arg(fifo));
    QVERIFY(!QFileInfo(fifo).isFile());
}

void TestExportCommand::storyOfACorpusWithoutOne()
{
    const QString corpus = path(u"no-story.json"_s);
    QFile file(corpus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "argline-corpus", "version": 1, "title": "No story",
        "articles": [{"id": "a", "label": "A", "published": {"value": "2024", "basis": "stated"},
                      "text": "Ministers met in Brussels."}],
        "events": [{"id": "e", "title": "Meeting", "summary": "They met.",
                    "date": {"value": "2024", "basis": "stated"},
                    "evidence": [{"article": "a", "quote": "Ministers met in Brussels."}]}]})");
    file.close();
    const Run result = run({u"--story"_s, u"--corpus"_s, corpus, u"-o"_s, path(u"no-deck.pdf"_s)});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, u"argline export: --story: %1 has no story to export\n"_s.arg(corpus));
    QVERIFY(!QFile::exists(path(u"no-deck.pdf"_s)));
}

void TestExportCommand::brokenCorpusIsReported()
{
    const QString broken = QStringLiteral(ARGLINE_TEST_DATA_DIR "/bad/duplicate-field.json");
    const Run result = run({u"--corpus"_s, broken, u"-o"_s, path(u"y.png"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"duplicate-field.json:"_s), qPrintable(result.err));
    QVERIFY(result.err.contains(u"has errors; nothing was written."_s));
    QVERIFY(!QFile::exists(path(u"y.png"_s)));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
