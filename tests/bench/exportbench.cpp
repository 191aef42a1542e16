// Export, offscreen, with the built-in corpus: a 3840×2160 PNG of both views (composed, rendered,
// PNG-encoded and written to disk), the same page as SVG, and the 20-page story deck as PDF.
//
// Prints export.png.4k (target ≤ 500 ms), export.png.4k.render (of which composing and painting),
// export.svg.both, export.story-deck (target ≤ 3000 ms), and
// export.peak-rss.
#include "models/io/corpusreader.h"
#include "render/export/exportcomposer.h"
#include "render/export/exportwriter.h"
#include "render/export/storydeck.h"
#include "tests/bench/benchsupport.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace argline;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const ReadResult read = CorpusReader::readFile(CorpusReader::builtInCorpusPath());
    if (!read.ok()) {
        std::fprintf(stderr, "export_bench: the built-in corpus did not load\n");
        return 1;
    }
    QTemporaryDir dir;
    bool ok = true;
    const auto check = [&ok](const ExportWriter::Result &result) {
        if (!result.ok) {
            std::fprintf(stderr, "export_bench: %s\n", qPrintable(result.error));
            ok = false;
        }
    };

    ExportOptions png;
    png.pixelSize = QSize(3840, 2160);
    png.title = read.corpus->title;
    const auto exportPng = [&] {
        ExportComposer composer(*ExportScene::fromOptions(read.corpus, png, nullptr), png);
        check(ExportWriter::write(composer, dir.filePath(u"both.png"_s)));
    };
    exportPng(); // warm: fonts, glyph caches
    bench::report(u"export.png.4k"_s, bench::medianMs(5, exportPng), u"ms"_s);
    bench::report(u"export.png.4k.render"_s,
                  bench::medianMs(5,
                                  [&] {
                                      ExportComposer composer(
                                          *ExportScene::fromOptions(read.corpus, png, nullptr), png);
                                      ExportWriter::image(composer);
                                  }),
                  u"ms"_s);

    ExportOptions svg = png;
    svg.format = ExportOptions::Format::Svg;
    bench::report(u"export.svg.both"_s,
                  bench::medianMs(5,
                                  [&] {
                                      ExportComposer composer(
                                          *ExportScene::fromOptions(read.corpus, svg, nullptr), svg);
                                      check(ExportWriter::write(composer, dir.filePath(u"both.svg"_s)));
                                  }),
                  u"ms"_s);

    ExportOptions deck;
    deck.format = ExportOptions::Format::Pdf;
    bench::report(
        u"export.story-deck"_s,
        bench::medianMs(3, [&] { check(StoryDeck::write(read.corpus, deck, dir.filePath(u"deck.pdf"_s))); }),
        u"ms"_s);
    bench::report(u"export.peak-rss"_s, bench::peakRssMb(), u"MB"_s);
    return ok ? 0 : 1;
}
