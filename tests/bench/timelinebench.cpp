// Timeline benchmark, offscreen raster at 1920×1080: full repaint (layout cached) and zoom steps
// (relayout + repaint) with 100,000 synthetic events at several zoom levels, and the built-in corpus.
//
// Prints timeline.repaint.100k.<level>.median for each level, timeline.repaint.100k.median (the worst
// level: "at any zoom"), timeline.zoom.100k.median, timeline.repaint.builtin.median.
#include "models/io/corpusreader.h"
#include "render/timeline/timelinerenderer.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/syntheticcorpus.h"

#include <QApplication>
#include <QDate>
#include <QImage>
#include <QPainter>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

QList<int> allEvents(const Corpus &corpus)
{
    QList<int> events(corpus.events.size());
    std::iota(events.begin(), events.end(), 0);
    return events;
}

double repaintMedian(TimelineRenderer &renderer, QImage &image, int repeats = 15)
{
    const QRectF target(QPointF(0, 0), QSizeF(image.size()));
    QPainter warm(&image);
    renderer.paint(&warm, target); // lays out once; the timed runs only paint
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

    test::SyntheticSpec spec;
    spec.events = 100000;
    spec.arguments = 100;
    auto corpus = std::make_shared<const Corpus>(test::makeSyntheticCorpus(spec));
    TimelineRenderer renderer;
    renderer.setData(corpus, allEvents(*corpus));
    const auto [first, end] = renderer.fullSpan();
    const double centre = double(QDate(2019, 6, 1).toJulianDay());

    struct Level
    {
        const char *name;
        double days;
    };
    const Level levels[] = {{"all", end - first}, {"10y", 3652}, {"1y", 365}, {"1m", 30}, {"1d", 1}};
    double worst = 0;
    for (bool balanced : {false, true}) {
        for (const Level &level : levels) {
            TimelineViewState state = renderer.state();
            state.scaleMode = balanced ? ScaleMode::Balanced : ScaleMode::Linear;
            state.firstDay = level.days == end - first ? first : centre - level.days / 2;
            state.endDay = level.days == end - first ? end : centre + level.days / 2;
            renderer.setState(state);
            const double median = repaintMedian(renderer, image);
            worst = std::max(worst, median);
            bench::report(u"timeline.repaint.100k.%1%2.median"_s.arg(QLatin1StringView(level.name),
                                                                     balanced ? u".balanced"_s : QString()),
                          median, u"ms"_s);
        }
    }
    bench::report(u"timeline.repaint.100k.median"_s, worst, u"ms"_s);

    // Zoom steps: from the whole span down to a week around the centre and back, 1.25× per step, each one
    // a relayout and a repaint — what a wheel notch costs.
    QList<std::pair<double, double>> windows;
    double a = first, b = end;
    while (b - a > 7) {
        windows.append({a, b});
        a = centre - (centre - a) / 1.25;
        b = centre + (b - centre) / 1.25;
    }
    for (qsizetype i = windows.size() - 1; i >= 0; --i)
        windows.append(windows[i]);
    QList<double> steps;
    for (const auto &[from, to] : std::as_const(windows)) {
        TimelineViewState state = renderer.state();
        state.scaleMode = ScaleMode::Linear;
        state.firstDay = from;
        state.endDay = to;
        steps.append(bench::elapsedMs([&] {
            renderer.setState(state);
            QPainter painter(&image);
            renderer.paint(&painter, QRectF(image.rect()));
        }));
    }
    std::sort(steps.begin(), steps.end());
    bench::report(u"timeline.zoom.100k.median"_s, steps[steps.size() / 2], u"ms"_s);
    bench::report(u"timeline.zoom.100k.max"_s, steps.last(), u"ms"_s);

    const ReadResult builtIn = CorpusReader::readFile(CorpusReader::builtInCorpusPath());
    TimelineRenderer small;
    small.setData(builtIn.corpus, allEvents(*builtIn.corpus));
    TimelineViewState state = small.state();
    std::tie(state.firstDay, state.endDay) = small.fullSpan();
    small.setState(state);
    bench::report(u"timeline.repaint.builtin.median"_s, repaintMedian(small, image, 101), u"ms"_s);
    return 0;
}
