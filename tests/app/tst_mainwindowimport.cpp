// The window with imported material: every format opens (and a broken file keeps what was open), Save As
// writes every format and reads back, the details panel shows the provenance rule, and a copy on the map
// (a statement under a second parent) leads to its original when clicked.
#include "tests/app/windowtest.h"
#include "widgets/argmap/argumentmappane.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/panels/detailspanel.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace argline;

class TestMainWindowImport : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startUp(); }
    void init() { openWindow(QSize(1400, 900)); }
    void cleanup() { closeWindow(); }

    void opensEveryFormat_data();
    void opensEveryFormat();
    void aBrokenFileKeepsWhatWasOpen();
    void saveAsWritesEveryFormat_data();
    void saveAsWritesEveryFormat();
    void detailsSayThereIsNoQuote();
    void clickingACopyGoesToTheOriginal();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }
};

static const QByteArray argdown =
    "# Two parents\n\n[Tax]: Taxes should rise.\n  + [Schools]: Schools need money.\n"
    "    + [Roads]: Roads need money too.\n\n[Spend]: The state should spend more.\n"
    "  + [Schools]\n";

void TestMainWindowImport::opensEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("arguments");
    QTest::newRow("timelinejs") << u"t.json"_s
                                << QByteArray(R"({"title": {"text": {"headline": "A timeline"}}, "events": [
        {"start_date": {"year": "-44", "month": "3", "day": "15"}, "text": {"headline": "Caesar is murdered"}}]})")
                                << 1 << 0;
    QTest::newRow("timelinejs csv")
        << u"t.csv"_s
        << QByteArray("Year,Month,Day,Headline,Type,Group\n,,,A sheet,title,\n1900,,,An event,,Lane\n") << 1
        << 0;
    QTest::newRow("events csv") << u"e.csv"_s
                                << QByteArray("id,title,start,end,group\n1,Meeting,2023-04-09,,A\n") << 1
                                << 0;
    QTest::newRow("argdown") << u"a.argdown"_s << argdown << 0 << 5; // four statements and one copy
    QTest::newRow("the timeline project")
        << u"t.timeline"_s
        << QByteArray("<?xml version=\"1.0\"?>\n<timeline><timetype>gregoriantime</timetype><events><event>"
                      "<start>2013-03-30 11:16:00</start><end>2013-03-30 11:16:00</end><text>Release</text>"
                      "</event></events></timeline>\n")
        << 1 << 0;
    QTest::newRow("aif")
        << u"a.json"_s
        << QByteArray(R"({"nodes": [{"nodeID": 1, "text": "A", "type": "I"}], "edges": [], "locutions": []})")
        << 0 << 1;
}

void TestMainWindowImport::opensEveryFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString path = write(name, content);
    QVERIFY(openAndWait(path));
    QCOMPARE(m_window->corpusPath(), path);
    QTEST(int(m_document->corpus().events.size()), "events");
    QTEST(int(m_document->corpus().arguments.size()), "arguments");
    QVERIFY(!m_window->diagnosticsDialog()); // no errors, no warnings to read
}

void TestMainWindowImport::aBrokenFileKeepsWhatWasOpen()
{
    const QString title = m_document->corpus().title;
    const QString path = write(u"broken.argdown"_s, "[Never closed: text\n");
    QVERIFY(!openAndWait(path));
    QCOMPARE(m_document->corpus().title, title);
    QVERIFY(m_window->diagnosticsDialog());
}

void TestMainWindowImport::saveAsWritesEveryFormat_data()
{
    QTest::addColumn<int>("format");
    for (CorpusFormat format : CorpusFormats::all())
        QTest::newRow(qPrintable(CorpusFormats::key(format))) << int(format);
}

void TestMainWindowImport::saveAsWritesEveryFormat()
{
    QFETCH(int, format);
    const auto f = CorpusFormat(format);
    const QString path =
        m_dir.filePath(u"saved-"_s + CorpusFormats::key(f) + u'.' + CorpusFormats::extension(f));
    const QString shown = m_window->corpusPath();
    const WriteReport report = m_window->saveCorpusAs(path, f);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(m_window->corpusPath(), shown); // a copy: the open corpus stays the one shown and watched
    const ReadResult back = CorpusFormats::read(path);
    QVERIFY(back.ok());
    if (f != CorpusFormat::Argline)
        QVERIFY(!report.lost.isEmpty()); // the built-in corpus has events and arguments: one of them is lost
}

void TestMainWindowImport::detailsSayThereIsNoQuote()
{
    QVERIFY(openAndWait(write(u"x.argdown"_s, argdown)));
    const QString html = m_window->detailsPanel()->html(u"tax"_s);
    QVERIFY2(html.contains(u"from x.argdown · no source quote"_s), qPrintable(html));
    const QString theme = m_window->detailsPanel()->html(u"schools"_s);
    QVERIFY2(theme.contains(u"Two parents"_s), qPrintable(theme)); // the heading, as a theme
}

void TestMainWindowImport::clickingACopyGoesToTheOriginal()
{
    QVERIFY(openAndWait(write(u"copy.argdown"_s, argdown)));
    ArgumentMapWidget *map = m_window->mapPane()->map();
    map->fitAll(0);
    const Corpus &corpus = m_document->corpus();
    const auto copy = std::find_if(corpus.arguments.begin(), corpus.arguments.end(),
                                   [](const Argument &a) { return !a.copyOf.isEmpty(); });
    QVERIFY(copy != corpus.arguments.end());
    QCOMPARE(copy->copyOf, u"schools"_s);
    QTRY_VERIFY(!map->cardRect(copy->id).isEmpty());
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cardRect(copy->id).center().toPoint());
    QCOMPARE(m_document->selection()->ids(), QStringList{u"schools"_s});
    QCOMPARE(map->focusedArgument(), u"schools"_s);
}

QTEST_MAIN(TestMainWindowImport)
#include "tst_mainwindowimport.moc"
