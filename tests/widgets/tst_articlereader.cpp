// The article reader on the offscreen platform: quoted passages are highlighted and clickable, the
// selection's quotes are strongest, and a long article quoted 100,000 times is formatted only where it
// is on screen (it did work per quote over the whole text, 65% of a 7–8 s "panels ready").
#include "models/explore/corpusdocument.h"
#include "tests/support/testcorpus.h"
#include "widgets/common/safetextbrowser.h"
#include "widgets/panels/articlereader.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace argline;

class TestArticleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsEveryQuote();
    void selectionIsStrongestAndClickSelects();
    void hugeArticleIsFormattedWhereVisible();

private:
    static QTextCharFormat formatAt(const ArticleReader &reader, int position)
    {
        QTextCursor cursor(reader.browser()->document());
        cursor.setPosition(position + 1);
        return cursor.charFormat();
    }
};

namespace {

// One article of `count` lines, each quoted by its own event; events 0 and 1 also share line 0.
std::shared_ptr<Corpus> linesCorpus(int count)
{
    auto corpus = std::make_shared<Corpus>();
    corpus->title = u"Lines"_s;
    Article &article = corpus->articles.emplaceBack();
    article.id = u"src"_s;
    article.label = u"Source"_s;
    for (int i = 0; i < count; ++i) {
        const QString line = u"Line %1 says something quotable about the alliance."_s.arg(i);
        Event &event = corpus->events.emplaceBack();
        event.id = u"e%1"_s.arg(i);
        event.title = u"Event %1"_s.arg(i);
        event.evidence.append({article.id, line, {}, article.text.size(), line.size()});
        article.text += line + u'\n';
    }
    if (count > 1)
        corpus->events[1].evidence.append(corpus->events[0].evidence.first());
    corpus->rebuildIndex();
    return corpus;
}

} // namespace

void TestArticleReader::highlightsEveryQuote()
{
    CorpusDocument document;
    document.setCorpus(linesCorpus(20));
    ArticleReader reader(&document);
    reader.resize(600, 2000); // every line on screen
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    QCOMPARE(reader.currentArticle(), 0);
    QCOMPARE(reader.segmentCount(), 20);
    QTRY_COMPARE(reader.formattedSegmentCount(), 20);
    const Quote &second = document.corpus().events[2].evidence.first();
    const QTextCharFormat format = formatAt(reader, int(second.start));
    QVERIFY(format.isAnchor());
    QCOMPARE(SafeTextBrowser::itemIds(QUrl(format.anchorHref())), QStringList{u"e2"_s});
    QVERIFY2(format.toolTip().replace(QChar::Nbsp, u' ').contains(u"Quoted by: Event 2"_s),
             qPrintable(format.toolTip()));
    // Line 0 is quoted by two events: its link selects both.
    QCOMPARE(SafeTextBrowser::itemIds(QUrl(formatAt(reader, 0).anchorHref())),
             (QStringList{u"e0"_s, u"e1"_s}));
}

void TestArticleReader::selectionIsStrongestAndClickSelects()
{
    CorpusDocument document;
    document.setCorpus(linesCorpus(20));
    ArticleReader reader(&document);
    reader.resize(600, 2000);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    const int third = int(document.corpus().events[3].evidence.first().start);
    const QColor weak = formatAt(reader, third).background().color();
    document.selection()->setSelection({u"e3"_s}, u"e3"_s);
    const QColor strong = formatAt(reader, third).background().color();
    QVERIFY(strong != weak);
    QCOMPARE(formatAt(reader, int(document.corpus().events[4].evidence.first().start)).background().color(),
             weak);
    document.selection()->setSelection({u"e4"_s}, u"e4"_s);
    QCOMPARE(formatAt(reader, third).background().color(), weak); // restyled when it left the selection

    // Clicking a highlight selects the items quoting it.
    QTextCursor cursor(reader.browser()->document());
    cursor.setPosition(int(document.corpus().events[7].evidence.first().start) + 3);
    const QPoint at = reader.browser()->cursorRect(cursor).center();
    QTest::mouseClick(reader.browser()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(document.selection()->ids(), QStringList{u"e7"_s});
}

void TestArticleReader::hugeArticleIsFormattedWhereVisible()
{
    const int count = 100000;
    CorpusDocument document;
    document.setCorpus(linesCorpus(count));
    QElapsedTimer timer;
    timer.start();
    ArticleReader reader(&document);
    reader.resize(600, 400);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    QCOMPARE(reader.segmentCount(), count);
    // Only what is on screen (and a screen either side) is formatted, not 100,000 passages.
    QVERIFY2(reader.formattedSegmentCount() > 0 && reader.formattedSegmentCount() < 200,
             qPrintable(QString::number(reader.formattedSegmentCount())));
    // Selecting an event far down opens its quote there, formatted and strong.
    const QString far = u"e%1"_s.arg(count - 10);
    document.selection()->setSelection({far}, far);
    const int position = int(document.corpus().events[count - 10].evidence.first().start);
    QTRY_VERIFY(formatAt(reader, position).isAnchor());
    QCOMPARE(SafeTextBrowser::itemIds(QUrl(formatAt(reader, position).anchorHref())), QStringList{far});
    QVERIFY(reader.formattedSegmentCount() < 400);
    qInfo("100,000 quotes: shown, selected and scrolled in %lld ms", timer.elapsed());
}

QTEST_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
