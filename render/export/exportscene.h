#pragma once

#include "models/corpus/corpus.h"
#include "render/argmap/argumentmapstate.h"
#include "render/timeline/timelineviewstate.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <utility>

namespace argline {

struct ExportOptions;

// What an export draws: the items on each view and how each view looks (window, lanes, highlights,
// map orientation and collapsed branches). The window builds one from what the user sees; the command
// line builds one from the corpus and its options.
struct ExportScene
{
    Q_DECLARE_TR_FUNCTIONS(argline::ExportScene)

public:
    std::shared_ptr<const Corpus> corpus;
    QList<int> events;    // on the timeline, corpus indices
    QList<int> arguments; // on the map
    TimelineViewState timeline;
    bool fitTimeline = true; // show the events' whole span rather than timeline.firstDay/endDay
    ArgumentMapState map;    // scale and centre are fitted to the page
    QList<int> mapFrame;     // when not empty, the map frames these cards rather than all of them
    // Framing never makes card titles smaller than this share of the page's height (a slide's 18 px at
    // 720): when the framed cards do not all fit at that size, it centres on the first of them.
    double minimumTitleShare = 0;
    // A quotation set off below the views (the story deck's), with its citation.
    QString quote;
    QString quoteCitation;

    // The corpus as `options` ask: every event and argument (or an argument's subtree), the time range,
    // lanes and highlight. Unknown ids give no scene and an error naming them.
    static std::optional<ExportScene> fromOptions(std::shared_ptr<const Corpus> corpus,
                                                  const ExportOptions &options, QString *error);
};

} // namespace argline
