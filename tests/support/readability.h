#pragma once

#include "models/corpus/corpus.h"
#include "models/time/timerange.h"

#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace argline {

class ExportComposer;
class TimelineRenderer;

namespace test {

// How readable a timeline is, as a reader would count: of the events in view, how many carry a label
// the reader can see, and how many of those show the whole title (not shortened with an ellipsis).
struct LabelCount
{
    int events = 0;
    int labelled = 0;
    int whole = 0;
    QString toString() const; // "39 of 42, 33 whole"
};

// Counts the labels `renderer` lays out in `area` that lie wholly inside `visible` (a scrolled timeline
// hides some lanes).
LabelCount countLabels(const TimelineRenderer &renderer, const QRectF &area, const QRectF &visible);
// A timeline export as `argline export --view timeline` makes it (all events, the default scale).
LabelCount exportedTimelineLabels(std::shared_ptr<const Corpus> corpus, std::optional<TimeRange> range,
                                  QSize size);

// What a page (a slide, a deck page, an export) cuts that a reader should see whole: map cards drawn
// partly outside the map, timeline labels shortened or reaching past the timeline; and how large the
// focus card's title is (0 when it is not drawn).
struct PageAudit
{
    int cutCards = 0;
    int cutLabels = 0;
    double focusTitlePx = 0;
    QStringList cut; // what was cut, for messages
    int cutItems() const { return cutCards + cutLabels; }
};

// Audits `composer`'s last painted page; `focusId` is the step's own argument or event (for an event, the
// first argument citing it is its focus card).
PageAudit auditPage(const ExportComposer &composer, const QString &focusId);

} // namespace test
} // namespace argline
