#pragma once

class QWidget;

namespace argline {

class TimelineWidget;

// Screen-reader support for the timeline: the widget is an accessible list whose items are the events
// it shows; the focused event is its focus child, named "title, date (how the date is known), actors".
void installTimelineAccessibility();
// Tells assistive technology that keyboard focus moved to `event` (an index into corpus.events).
void notifyTimelineFocus(TimelineWidget *timeline, int event);

} // namespace argline
