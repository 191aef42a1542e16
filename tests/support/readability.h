#pragma once

#include "models/corpus/corpus.h"
#include "models/time/timerange.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

namespace argline {

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

} // namespace test
} // namespace argline
