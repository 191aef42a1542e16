#include "render/export/exportscene.h"

#include "models/corpus/linkindex.h"
#include "render/export/exportoptions.h"

namespace argline {

std::optional<ExportScene> ExportScene::fromOptions(std::shared_ptr<const Corpus> corpus,
                                                    const ExportOptions &options, QString *error)
{
    ExportScene scene;
    scene.corpus = corpus;
    for (int i = 0; i < corpus->events.size(); ++i)
        scene.events.append(i);
    if (options.subtree.isEmpty()) {
        for (int i = 0; i < corpus->arguments.size(); ++i)
            scene.arguments.append(i);
    } else {
        const int root = corpus->indexOf(ItemKind::Argument, options.subtree);
        if (root < 0) {
            if (error)
                *error = tr("--subtree: \"%1\" is not an argument in this corpus").arg(options.subtree);
            return std::nullopt;
        }
        QList<int> stack{root};
        while (!stack.isEmpty()) {
            const int argument = stack.takeLast();
            scene.arguments.append(argument);
            stack.append(corpus->arguments[argument].children);
        }
        std::sort(scene.arguments.begin(), scene.arguments.end());
    }
    scene.timeline.laneMode = options.lanes;
    scene.timeline.scaleMode = options.timeScale;
    if (options.range) {
        scene.timeline.firstDay = double(options.range->firstDay);
        scene.timeline.endDay = double(options.range->endDay);
        scene.fitTimeline = false;
    }
    scene.map.orientation = options.orientation;
    if (!options.select.isEmpty()) {
        const ItemKind kind = corpus->find(options.select).kind;
        if (kind != ItemKind::Event && kind != ItemKind::Argument) {
            if (error)
                *error =
                    tr("--select: \"%1\" is not an event or an argument in this corpus").arg(options.select);
            return std::nullopt;
        }
        const LinkIndex links(*corpus);
        scene.timeline.selected = scene.map.selected = {options.select};
        scene.timeline.linked = scene.map.linked = links.linkedTo({options.select});
    }
    return scene;
}

} // namespace argline
