// Exports under the Japanese translation carry Japanese text in a font that has its glyphs: SVG keeps the
// text and names the CJK fallback in font-family, and PDF (a page, the story deck) embeds the CJK font.
#include "render/export/exportcomposer.h"
#include "render/export/exportwriter.h"
#include "render/export/storydeck.h"
#include "render/style/viewstyle.h"
#include "resources/translations.h"
#include "tests/support/testcorpus.h"

#include <QFile>
#include <QFontDatabase>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestJapaneseExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theFallbackFontIsInstalled();
    void svgHasJapaneseTextAndNamesTheFallbackFont();
    void pdfEmbedsTheCjkFont();
    void storyDeckEmbedsTheCjkFont();

private:
    static QByteArray read(const QString &path);
    std::shared_ptr<const Corpus> m_corpus;
    QTemporaryDir m_dir;
};

void TestJapaneseExport::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), u"ja"_s);
    m_corpus = test::builtInCorpus();
    QVERIFY(m_dir.isValid());
}

void TestJapaneseExport::cleanupTestCase()
{
    installTranslations(*QCoreApplication::instance());
}

QByteArray TestJapaneseExport::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestJapaneseExport::theFallbackFontIsInstalled()
{
    const QStringList families = ViewStyle::documentFont(10).families();
    QCOMPARE(families.size(), 2);
    for (const QString &family : families)
        QVERIFY2(QFontDatabase::families().contains(family),
                 qPrintable(family + u" is missing: ./dev deps installs it"_s));
}

void TestJapaneseExport::svgHasJapaneseTextAndNamesTheFallbackFont()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Svg;
    options.title = u"NATO と日本"_s;
    const auto scene = ExportScene::fromOptions(m_corpus, options, nullptr);
    QVERIFY(scene);
    ExportComposer composer(*scene, options);
    const QByteArray svg = ExportWriter::svg(composer);
    const QString text = QString::fromUtf8(svg);
    // Text is kept as text, in runs of one font each: "NATO " in DejaVu Sans, "と日本" in the CJK font.
    QVERIFY(text.contains(u"と日本"_s));
    QVERIFY(text.contains(u"賛成"_s)); // the map's "FOR" label and the legend
    QVERIFY(text.contains(u"年代"_s)); // the timeline's axis: 1990年代
    QVERIFY(text.contains(u"出典"_s)); // the credits footer
    QVERIFY(svg.contains("font-family=\"DejaVu Sans, Noto Sans CJK JP, sans-serif\""));
    QVERIFY(!svg.contains("font-family=\"DejaVu Sans\""));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
}

void TestJapaneseExport::pdfEmbedsTheCjkFont()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    const auto scene = ExportScene::fromOptions(m_corpus, options, nullptr);
    QVERIFY(scene);
    ExportComposer composer(*scene, options);
    const QString path = m_dir.filePath(u"both.pdf"_s);
    QVERIFY(ExportWriter::write(composer, path).ok);
    const QByteArray pdf = read(path);
    QVERIFY(pdf.contains("/BaseFont /NotoSansCJKjp-Regular"));
    QVERIFY(pdf.contains("/FontFile2")); // embedded, not only named
}

void TestJapaneseExport::storyDeckEmbedsTheCjkFont()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    const QString path = m_dir.filePath(u"deck.pdf"_s);
    QVERIFY(StoryDeck::write(m_corpus, options, path).ok);
    QVERIFY(read(path).contains("/BaseFont /NotoSansCJKjp"));
}

QTEST_MAIN(TestJapaneseExport)
#include "tst_japaneseexport.moc"
