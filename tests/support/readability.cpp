#include "tests/support/readability.h"

#include "render/export/exportcomposer.h"
#include "render/timeline/timelinerenderer.h"

#include <QImage>
#include <QPainter>
#include <QSet>

using namespace Qt::StringLiterals;

namespace argline::test {

QString LabelCount::toString() const
{
    return u"%1 of %2, %3 whole"_s.arg(labelled).arg(events).arg(whole);
}

LabelCount countLabels(const TimelineRenderer &renderer, const QRectF &area, const QRectF &visible)
{
    LabelCount count;
    const TimelineViewState &state = renderer.state();
    QSet<int> inView;
    for (int event : renderer.events()) {
        const FuzzyDate &date = renderer.corpus()->events[event].date.date;
        if (double(date.lastDay() + 1) > state.firstDay && double(date.firstDay()) < state.endDay)
            inView.insert(event);
    }
    count.events = int(inView.size());
    QSet<int> labelled;
    for (const TimelineLabel &label : renderer.layout(area).labels) {
        if (!inView.contains(label.event) || !visible.contains(label.rect) || labelled.contains(label.event))
            continue;
        labelled.insert(label.event);
        ++count.labelled;
        count.whole += label.elided ? 0 : 1;
    }
    return count;
}

LabelCount exportedTimelineLabels(std::shared_ptr<const Corpus> corpus, std::optional<TimeRange> range,
                                  QSize size)
{
    ExportOptions options;
    options.view = ExportOptions::View::Timeline;
    options.pixelSize = size;
    options.range = range;
    ExportComposer composer(*ExportScene::fromOptions(std::move(corpus), options, nullptr), options);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    composer.paint(&painter, QRectF(QPointF(), QSizeF(size)));
    painter.end();
    const QRectF area = composer.timelineRect();
    return countLabels(composer.timelineRenderer(), area, area);
}

PageAudit auditPage(const ExportComposer &composer, const QString &focusId)
{
    PageAudit audit;
    const Corpus &corpus = *composer.scene().corpus;
    const QRectF map = composer.mapRect();
    if (!map.isEmpty()) {
        const ArgumentMapRenderer &renderer = composer.mapRenderer();
        const QRectF inside = map.adjusted(-0.5, -0.5, 0.5, 0.5);
        for (const auto &[argument, rect] : renderer.paintedCards(map)) {
            if (!inside.contains(rect)) {
                ++audit.cutCards;
                audit.cut.append(u"card %1"_s.arg(corpus.arguments[argument].id));
            }
        }
        const ItemRef focus = corpus.find(focusId);
        int focusCard = focus.kind == ItemKind::Argument ? focus.index : -1;
        if (focus.kind == ItemKind::Event && !composer.scene().mapFrame.isEmpty())
            focusCard = composer.scene().mapFrame.first();
        for (const auto &[argument, rect] : renderer.paintedCards(map)) {
            if (argument == focusCard)
                audit.focusTitlePx = renderer.titlePixelSize(renderer.state().scale);
        }
    }
    const QRectF timeline = composer.timelineRect();
    if (!timeline.isEmpty()) {
        const QRectF inside = timeline.adjusted(-0.5, -0.5, 0.5, 0.5);
        for (const TimelineLabel &label : composer.timelineRenderer().layout(timeline).labels) {
            if (label.elided || !inside.contains(label.rect)) {
                ++audit.cutLabels;
                audit.cut.append(u"label %1"_s.arg(corpus.events[label.event].id));
            }
        }
    }
    return audit;
}

} // namespace argline::test
