// Argument map benchmark, offscreen raster at 1920×1080, with 10,000 synthetic arguments: the tidy tree
// layout (card text already measured), the first measurement of the card texts, and repaints at the
// overview zoom (level of detail: boxes) and at reading zoom; plus the built-in corpus.
//
// Prints argmap.layout.10k, argmap.measure.10k, argmap.repaint.overview.median,
// argmap.repaint.titles.median, argmap.repaint.builtin.median.
#include "models/io/corpusreader.h"
#include "render/argmap/argumentmaprenderer.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/syntheticcorpus.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

QList<int> all(const Corpus &corpus)
{
    QList<int> ids(corpus.arguments.size());
    std::iota(ids.begin(), ids.end(), 0);
    return ids;
}

double repaintMedian(ArgumentMapRenderer &renderer, QImage &image, int repeats)
{
    const QRectF target(image.rect());
    QPainter warm(&image);
    renderer.paint(&warm, target);
    warm.end();
    return bench::medianMs(repeats, [&] {
        QPainter painter(&image);
        renderer.paint(&painter, target);
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(image.rect());

    test::SyntheticSpec spec;
    spec.events = 2000;
    spec.arguments = 10000;
    spec.claims = 12;
    auto corpus = std::make_shared<const Corpus>(test::makeSyntheticCorpus(spec));
    ArgumentMapRenderer renderer;
    renderer.setData(corpus, all(*corpus));

    bench::report(u"argmap.measure.10k"_s,
                  bench::elapsedMs([&] { renderer.cards(ArgumentMapRenderer::Detail::Titles); }), u"ms"_s);
    // Relayout by flipping the orientation: the card texts stay measured, so this times the tree layout.
    ArgumentMapState state = renderer.state();
    const double layout = bench::medianMs(9, [&] {
        state.orientation = state.orientation == MapOrientation::TwoSided ? MapOrientation::TopDown
                                                                          : MapOrientation::TwoSided;
        renderer.setState(state);
        renderer.cards(ArgumentMapRenderer::Detail::Titles);
    });
    bench::report(u"argmap.layout.10k"_s, layout, u"ms"_s);
    // The column layout (the default), relaid out by changing the view's shape between two steps.
    state.orientation = MapOrientation::Columns;
    const double columns = bench::medianMs(9, [&] {
        state.aspect = state.aspect > 1.5 ? 1.2 : 16.0 / 9;
        renderer.setState(state);
        renderer.cards(ArgumentMapRenderer::Detail::Titles);
    });
    bench::report(u"argmap.layout.columns.10k"_s, columns, u"ms"_s);
    state.aspect = 16.0 / 9;
    renderer.setState(state);
    std::tie(state.scale, state.center) = renderer.fit(target);
    renderer.setState(state);
    bench::report(u"argmap.repaint.overview.columns.median"_s, repaintMedian(renderer, image, 15), u"ms"_s);

    state.orientation = MapOrientation::TwoSided;
    renderer.setState(state);
    std::tie(state.scale, state.center) = renderer.fit(target);
    renderer.setState(state);
    bench::report(u"argmap.repaint.overview.median"_s, repaintMedian(renderer, image, 15), u"ms"_s);
    state.scale = 0.6;
    renderer.setState(state);
    bench::report(u"argmap.repaint.titles.median"_s, repaintMedian(renderer, image, 15), u"ms"_s);

    const ReadResult builtIn = CorpusReader::readFile(CorpusReader::builtInCorpusPath());
    ArgumentMapRenderer small;
    small.setData(builtIn.corpus, all(*builtIn.corpus));
    ArgumentMapState fitted = small.state();
    std::tie(fitted.scale, fitted.center) = small.fit(target);
    small.setState(fitted);
    bench::report(u"argmap.repaint.builtin.median"_s, repaintMedian(small, image, 31), u"ms"_s);
    return 0;
}
