#pragma once

#include "models/time/timeindex.h"

#include <QWidget>

namespace argline {

class BarChart;
class CorpusDocument;
class EventsPerYearModel;
class TimelineWidget;
struct ViewStyle;

// The overview strip under the timeline: events per year stacked by lane (the document's filter result,
// in the timeline's lane mode), with the timeline's visible window shaded. Drag the shaded window to move it,
// drag its edges to resize it, click elsewhere to centre the window there.
class TimelineOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineOverview)

public:
    TimelineOverview(CorpusDocument *document, TimelineWidget *timeline, QWidget *parent = nullptr);

    void setTheme(const ViewStyle &style);
    EventsPerYearModel *model() const { return m_model; }
    // Fractional category (years since the first, centred on each bar) of a Julian day, and back.
    double categoryOfDay(double day) const;
    double dayOfCategory(double category) const;

    QSize sizeHint() const override { return {800, 110}; }

private:
    enum class Drag
    {
        None,
        Move,
        ResizeStart,
        ResizeEnd
    };

    void refresh();
    void showWindow(double firstDay, double endDay);
    void pressed(QPointF position);
    void dragged(QPointF position);

    CorpusDocument *m_document;
    TimelineWidget *m_timeline;
    EventsPerYearModel *m_model;
    BarChart *m_chart;
    LaneMode m_laneMode = LaneMode::Actor;
    Drag m_drag = Drag::None;
    double m_dragOffset = 0; // days between the pointer and the window's start when moving
};

} // namespace argline
