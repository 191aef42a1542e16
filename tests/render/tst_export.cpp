// Export through the views' own renderers: PNG pixels where the views are, SVG that is vector text with a
// viewBox and the same bytes every time, PDF pages, the credits footer, the print theme, and files that
// are written whole or not at all.
#include "models/corpus/citation.h"
#include "models/corpus/linkindex.h"
#include "render/export/exportcomposer.h"
#include "render/export/exportwriter.h"
#include "render/export/storydeck.h"
#include "resources/translations.h"
#include "tests/support/testcorpus.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPrinter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

qint64 day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth).toJulianDay();
}

int pdfPageCount(const QByteArray &pdf)
{
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page>"));
}

// The share of pixels in `rect` that differ from `background`.
double inkIn(const QImage &image, const QRect &rect, QRgb background)
{
    int ink = 0;
    int all = 0;
    for (int y = rect.top(); y <= rect.bottom(); y += 2) {
        for (int x = rect.left(); x <= rect.right(); x += 2) {
            ++all;
            ink += image.pixel(x, y) != background;
        }
    }
    return all ? double(ink) / all : 0;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pngHasTheSizeAndInkWhereTheViewsAre();
    void pngScaleFollowsTheSizeAndDpi();
    void transparentPngHasNoPageBackground();
    void svgIsVectorTextWithAViewBox();
    void svgIsTheSameBytesForTheSameInput();
    void pdfPagesAndTiles();
    void storyDeckHasATitleStepsAndSources();
    void creditsNameExactlyTheCitedArticles();
    void printThemeIsGreyscaleAndLabelsTheKinds();
    void subtreeAndSelectionAreChecked();
    void failedOrCancelledExportLeavesNothingBehind();
    void printingTilesPagesLikeThePdf();

private:
    std::shared_ptr<const Corpus> m_corpus;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    installTranslations(*QCoreApplication::instance());
    m_corpus = test::builtInCorpus();
    QVERIFY(m_dir.isValid());
}

void TestExport::pngHasTheSizeAndInkWhereTheViewsAre()
{
    ExportOptions options;
    options.title = u"NATO and Japan"_s;
    const auto scene = ExportScene::fromOptions(m_corpus, options, nullptr);
    QVERIFY(scene);
    ExportComposer composer(*scene, options);
    const QImage image = ExportWriter::image(composer);
    QCOMPARE(image.size(), QSize(1920, 1080));
    const QRgb background = composer.style().background.rgb();
    QCOMPARE(image.pixel(2, 2), background);
    // Both views were drawn, side by side, each well filled; the margin between them is empty.
    const QRect timeline = composer.timelineRect().toAlignedRect();
    const QRect map = composer.mapRect().toAlignedRect();
    QVERIFY(timeline.width() > 900 && map.width() > 600);
    QVERIFY(timeline.right() < map.left());
    QVERIFY2(inkIn(image, timeline, background) > 0.2, "the timeline is blank");
    QVERIFY2(inkIn(image, map, background) > 0.05, "the map is blank");
    QCOMPARE(inkIn(image, QRect(timeline.right() + 3, timeline.top(), map.left() - timeline.right() - 6, 200),
                   background),
             0.0);
    // The title sits above the views, the footer below.
    QVERIFY(inkIn(image, QRect(timeline.left(), 0, 400, timeline.top() - 30), background) > 0.01);
    QVERIFY(inkIn(image, QRect(0, 1040, 1920, 30), background) > 0.01);
}

void TestExport::pngScaleFollowsTheSizeAndDpi()
{
    ExportOptions options;
    QCOMPARE(options.effectiveScale(), 1.0);
    options.pixelSize = QSize(3840, 2160);
    QCOMPARE(options.effectiveScale(), 2.0);
    options.scale = 1.5;
    QCOMPARE(options.effectiveScale(), 1.5);

    ExportOptions printed;
    printed.dpi = 150;
    printed.page = ExportOptions::Page::A4;
    printed.view = ExportOptions::View::Timeline;
    ExportComposer composer(*ExportScene::fromOptions(m_corpus, printed, nullptr), printed);
    const QImage image = ExportWriter::image(composer);
    QCOMPARE(image.size(), QSize(1754, 1240)); // 297 × 210 mm at 150 dpi
    QCOMPARE(image.dotsPerMeterX(), 5906);
    // Laid out as 1122 × 794 CSS pixels, drawn 1.5625 times finer.
    QCOMPARE(composer.timelineRect().right() < 1122, true);
}

void TestExport::transparentPngHasNoPageBackground()
{
    ExportOptions options;
    options.transparent = true;
    options.pixelSize = QSize(800, 600);
    ExportComposer composer(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
    const QImage image = ExportWriter::image(composer);
    QCOMPARE(qAlpha(image.pixel(1, 1)), 0);
    QCOMPARE(qAlpha(image.pixel(400, 2)), 0);
}

void TestExport::svgIsVectorTextWithAViewBox()
{
    ExportOptions options;
    options.view = ExportOptions::View::Timeline;
    options.range = TimeRange{day(2022, 1, 1), day(2026, 1, 1)};
    options.format = ExportOptions::Format::Svg;
    ExportComposer composer(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
    const QByteArray svg = ExportWriter::svg(composer);
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 1920, 1080));
    QVERIFY(!svg.contains("<image")); // no embedded pixels: markers are shapes in vector output
    const QString text = QString::fromUtf8(svg);
    // Every label the timeline laid out is in the file as text (elided titles by their start).
    const TimelineLayout &layout = composer.timelineRenderer().layout(composer.timelineRect());
    QVERIFY(layout.labels.size() >= 10);
    for (const TimelineLabel &label : layout.labels) {
        const QString title = m_corpus->events[label.event].title.left(7).toHtmlEscaped();
        QVERIFY2(text.contains(u'>' + title), qPrintable(title));
    }
    QVERIFY(text.contains(u">Japan</text>"_s)); // lane names too
}

void TestExport::svgIsTheSameBytesForTheSameInput()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Svg;
    options.select = u"e-2023-france-blocks-office"_s;
    const auto scene = ExportScene::fromOptions(m_corpus, options, nullptr);
    ExportComposer first(*scene, options);
    ExportComposer second(*scene, options);
    const QByteArray a = ExportWriter::svg(first);
    QCOMPARE(ExportWriter::svg(second), a);
    QCOMPARE(ExportWriter::svg(first), a); // and again from a composer that has painted before
}

void TestExport::pdfPagesAndTiles()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    options.view = ExportOptions::View::Timeline;
    options.page = ExportOptions::Page::A4;
    {
        ExportComposer composer(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
        const QString path = m_dir.filePath(u"one.pdf"_s);
        const ExportWriter::Result result = ExportWriter::write(composer, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPageCount(pdf), 1);
    }
    // 1983–2025 in ten-year stretches: five pages, each with its own axis.
    options.range = TimeRange{day(1983, 1, 1), day(2026, 1, 1)};
    options.tileYears = 10;
    ExportComposer composer(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
    QCOMPARE(ExportWriter::tileCount(composer), 5);
    QList<std::pair<double, double>> windows;
    bool cancelled = false;
    const QByteArray pdf = ExportWriter::pdf(
        options, u"t"_s, 5,
        [&](int index, QPainter *painter, const QRectF &page) {
            const double step = (day(2026, 1, 1) - day(1983, 1, 1)) / 5.0;
            composer.setTimelineWindow(day(1983, 1, 1) + index * step, day(1983, 1, 1) + (index + 1) * step);
            composer.paint(painter, page);
            windows.append(
                {composer.timelineRenderer().state().firstDay, composer.timelineRenderer().state().endDay});
            QVERIFY(!composer.timelineRenderer().axis(composer.timelineRect()).lower.ticks.isEmpty());
        },
        {}, &cancelled);
    QCOMPARE(pdfPageCount(pdf), 5);
    QCOMPARE(windows.first().first, double(day(1983, 1, 1)));
    QCOMPARE(windows.last().second, double(day(2026, 1, 1)));
    for (int i = 1; i < windows.size(); ++i)
        QCOMPARE(windows[i].first, windows[i - 1].second); // contiguous, no overlap
    const QString tiled = m_dir.filePath(u"tiled.pdf"_s);
    const ExportWriter::Result result = ExportWriter::write(composer, tiled);
    QVERIFY(result.ok);
    QCOMPARE(result.pages, 5);
}

void TestExport::storyDeckHasATitleStepsAndSources()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    QCOMPARE(StoryDeck::pageCount(*m_corpus), 20);
    QList<int> progress;
    bool cancelled = false;
    const QByteArray pdf = StoryDeck::pdf(
        m_corpus, options,
        [&](int done, int) {
            progress.append(done);
            return true;
        },
        &cancelled);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPageCount(pdf), 20);
    QCOMPARE(progress.size(), 21);
    QCOMPARE(progress.last(), 20);

    // Each step frames its item: an event's dates on the timeline and the arguments citing it on the map.
    const LinkIndex links(*m_corpus);
    for (int step = 0; step < m_corpus->story.steps.size(); ++step) {
        const ExportScene scene = StoryDeck::stepScene(m_corpus, links, step);
        const QString id = m_corpus->story.steps[step].item;
        QCOMPARE(scene.timeline.selected, QSet<QString>{id});
        QVERIFY2(!scene.quote.isEmpty() && scene.quoteCitation.startsWith(u"— "_s), qPrintable(id));
        const ItemRef item = m_corpus->find(id);
        if (item.kind == ItemKind::Event) {
            const FuzzyDate &date = m_corpus->events[item.index].date.date;
            QVERIFY(scene.timeline.firstDay < date.firstDay() && scene.timeline.endDay > date.lastDay());
            QCOMPARE(scene.mapFrame, links.argumentsCitingEvent(item.index));
        } else {
            QVERIFY(scene.mapFrame.contains(item.index));
        }
    }
}

void TestExport::creditsNameExactlyTheCitedArticles()
{
    // 1983–1999 on the timeline alone: only the articles that the events of those years quote.
    ExportOptions options;
    options.view = ExportOptions::View::Timeline;
    options.range = TimeRange{day(1983, 1, 1), day(2000, 1, 1)};
    options.format = ExportOptions::Format::Svg;
    ExportComposer composer(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
    const QString svg = QString::fromUtf8(ExportWriter::svg(composer));
    QList<int> events;
    for (int i = 0; i < m_corpus->events.size(); ++i) {
        if (m_corpus->events[i].date.date.lastDay() >= day(1983, 1, 1) &&
            m_corpus->events[i].date.date.firstDay() < day(2000, 1, 1))
            events.append(i);
    }
    QVERIFY(!events.isEmpty());
    const QList<int> expected = Citation::citedArticles(*m_corpus, events, {});
    QVERIFY(!expected.isEmpty() && expected.size() < m_corpus->articles.size());
    QCOMPARE(composer.creditedArticles(), expected);
    for (int a = 0; a < m_corpus->articles.size(); ++a) {
        const QString citation = Citation::plainText(m_corpus->articles[a]).toHtmlEscaped();
        QCOMPARE(svg.contains(citation), expected.contains(a));
    }

    // The whole corpus on both views cites all five.
    ExportOptions both;
    ExportComposer all(*ExportScene::fromOptions(m_corpus, both, nullptr), both);
    ExportWriter::image(all);
    QCOMPARE(all.creditedArticles().size(), m_corpus->articles.size());
    // And without credits, there is no footer.
    options.credits = false;
    ExportComposer none(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
    QVERIFY(!QString::fromUtf8(ExportWriter::svg(none)).contains(u"Sources:"_s));
}

void TestExport::printThemeIsGreyscaleAndLabelsTheKinds()
{
    ExportOptions options;
    options.theme = Theme::Print;
    options.view = ExportOptions::View::Map;
    options.pixelSize = QSize(1600, 1200);
    ExportComposer composer(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
    const QImage image = ExportWriter::image(composer).convertToFormat(QImage::Format_RGB32);
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QColor c = QColor::fromRgb(image.pixel(x, y));
            coloured += c.hsvSaturation() > 40 && c.value() > 40;
        }
    }
    QCOMPARE(coloured, 0);
    // For and against are told apart by their words and outlines, what a card does to its parent by the
    // line's style; the legend names them all.
    options.format = ExportOptions::Format::Svg;
    ExportComposer vector(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
    const QString svg = QString::fromUtf8(ExportWriter::svg(vector));
    for (const QString &word :
         {u">FOR<"_s, u">AGAINST<"_s, u"· objection<"_s, u">FOR: for the claim<"_s,
          u">AGAINST: against the claim<"_s, u">supports the card above<"_s, u">attacks the card above<"_s})
        QVERIFY2(svg.contains(word), qPrintable(word));
    QVERIFY(svg.contains(u"stroke-dasharray"_s)); // attacks are dashed
}

void TestExport::subtreeAndSelectionAreChecked()
{
    ExportOptions options;
    options.subtree = u"a-con-no-united-front"_s;
    QString error;
    const auto scene = ExportScene::fromOptions(m_corpus, options, &error);
    QVERIFY(scene);
    QCOMPARE(scene->arguments.size(), 2); // the argument and the rebuttal-like "France" reply below it
    options.subtree = u"no-such-argument"_s;
    QVERIFY(!ExportScene::fromOptions(m_corpus, options, &error));
    QCOMPARE(error, u"--subtree: \"no-such-argument\" is not an argument in this corpus"_s);
    options.subtree.clear();
    options.select = u"nowhere"_s;
    QVERIFY(!ExportScene::fromOptions(m_corpus, options, &error));
    QVERIFY(error.startsWith(u"--select: \"nowhere\""_s));
}

void TestExport::failedOrCancelledExportLeavesNothingBehind()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    // A cancelled story deck: the file that was there stays as it was, and no temporary is left.
    const QString path = m_dir.filePath(u"deck.pdf"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous deck");
    }
    const ExportWriter::Result cancelled =
        StoryDeck::write(m_corpus, options, path, [](int done, int) { return done < 3; });
    QVERIFY(!cancelled.ok && cancelled.cancelled);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the previous deck"));
    QCOMPARE(QDir(m_dir.path()).entryList({u"deck.pdf*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"deck.pdf"_s});

    // A folder that does not exist.
    ExportComposer composer(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
    const QString nowhere = m_dir.filePath(u"missing/folder/brief.pdf"_s);
    const ExportWriter::Result failed = ExportWriter::write(composer, nowhere);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.startsWith(u"Cannot write %1: "_s.arg(nowhere)), qPrintable(failed.error));
    QVERIFY(!QFile::exists(nowhere));
}

void TestExport::printingTilesPagesLikeThePdf()
{
    // A printer that prints to a file: the same composer, page by page, at the printer's resolution.
    QPrinter printer(QPrinter::HighResolution);
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    ExportOptions options;
    options.view = ExportOptions::View::Timeline;
    options.tileYears = 15;
    ExportComposer composer(*ExportScene::fromOptions(m_corpus, options, nullptr), options);
    const int pages = ExportWriter::tileCount(composer);
    // The whole story with its margins is a little over 45 years: four equal pages of at most 15 years.
    QCOMPARE(pages, 4);
    const ExportWriter::Result result = ExportWriter::print(composer, &printer, printer.resolution());
    QVERIFY(result.ok);
    QCOMPARE(result.pages, pages);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pdfPageCount(file.readAll()), pages);
    // The views were laid out in CSS pixels on the printable area, not in printer dots.
    QVERIFY(composer.timelineRect().width() < 1200);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
