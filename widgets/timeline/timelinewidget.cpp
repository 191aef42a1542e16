#include "widgets/timeline/timelinewidget.h"

#include "models/explore/corpusdocument.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QVariantAnimation>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace argline {

TimelineWidget::TimelineWidget(CorpusDocument *document, QWidget *parent)
    : InteractiveView(document, parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAccessibleName(tr("Timeline"));

    m_scrollBar = new QScrollBar(Qt::Vertical, this);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this,
            [this](int value) { updateState([value](TimelineViewState &s) { s.scrollY = value; }); });

    connect(animation(), &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        // Animated in warped units, so a move looks even in density-balanced mode too.
        const QPointF units = value.toPointF();
        const TimeWarp &warp = m_renderer.warp();
        updateState([&](TimelineViewState &s) {
            s.firstDay = warp.toDay(units.x());
            s.endDay = warp.toDay(units.y());
        });
        Q_EMIT windowChanged(state().firstDay, state().endDay);
    });

    setTheme(Theme::Light);
    refreshData(true);
}

TimelineWidget::~TimelineWidget() = default;

QSize TimelineWidget::sizeHint() const
{
    return {900, 520};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {320, 200};
}

void TimelineWidget::updateState(const std::function<void(TimelineViewState &)> &change)
{
    TimelineViewState next = m_renderer.state();
    change(next);
    if (next == m_renderer.state())
        return;
    m_renderer.setState(next);
    updateScrollBar();
    update();
}

void TimelineWidget::refreshData(bool newCorpus)
{
    m_focusLane = -1; // lanes come and go with the filter
    m_renderer.setData(document()->corpusPointer(), document()->result().events,
                       &document()->timeIndex(state().laneMode));
    if (newCorpus) {
        const std::pair<double, double> span = m_renderer.fullSpan();
        updateState([&](TimelineViewState &s) {
            s.firstDay = span.first;
            s.endDay = span.second;
            s.collapsedLanes.clear();
            s.scrollY = 0;
        });
    }
    // The lanes, and with them the overview's bars, follow every new result.
    Q_EMIT windowChanged(state().firstDay, state().endDay);
    updateScrollBar();
    update();
}

void TimelineWidget::followSelection(const QSet<QString> &selected, const QSet<QString> &linked)
{
    updateState([&](TimelineViewState &s) {
        s.selected = selected;
        s.linked = linked;
    });
}

QRectF TimelineWidget::renderArea() const
{
    // The scroll bar's strip is kept whether it shows or not: a zoom that makes the lanes overflow (or
    // stop overflowing) must not narrow the time axis under the pointer.
    QRectF area(rect());
    area.setRight(area.right() - m_scrollBar->sizeHint().width());
    return area;
}

void TimelineWidget::updateScrollBar()
{
    const QRectF area = renderArea();
    const TimelineRenderer::Frame f = m_renderer.frame(area);
    const double content = m_renderer.layout(area).contentHeight;
    const int overflow = int(std::ceil(content - f.lanes.height()));
    m_scrollBar->setVisible(overflow > 0);
    if (overflow > 0) {
        const int width = m_scrollBar->sizeHint().width();
        m_scrollBar->setGeometry(rect().right() - width + 1, int(f.lanes.top()), width,
                                 int(f.lanes.height()));
        m_scrollBar->setRange(0, overflow);
        m_scrollBar->setPageStep(int(f.lanes.height()));
        m_scrollBar->setSingleStep(int(m_renderer.metrics().rowHeight));
    } else if (state().scrollY != 0) {
        m_renderer.setState([&] {
            TimelineViewState s = state();
            s.scrollY = 0;
            return s;
        }());
    }
}

std::pair<double, double> TimelineWidget::clamped(double firstDay, double endDay) const
{
    const TimeWarp &warp = m_renderer.warp();
    double first = warp.toUnits(firstDay);
    double end = warp.toUnits(endDay);
    const auto [dataFirst, dataEnd] = m_renderer.fullSpan();
    const double maxSpan = std::max(maximumSpanDays, (dataEnd - dataFirst) * 1.5);
    // Limits are in days (a day is the closest zoom, ~70 years the widest); keep the centre.
    const double centre = warp.toDay((first + end) / 2);
    double span = endDay - firstDay;
    if (span < minimumSpanDays || span > maxSpan) {
        span = std::clamp(span, minimumSpanDays, maxSpan);
        first = warp.toUnits(centre - span / 2);
        end = warp.toUnits(centre + span / 2);
    }
    // Never pan further than one window past the data.
    const double width = end - first;
    const double lowest = warp.toUnits(dataFirst) - width;
    const double highest = warp.toUnits(dataEnd) + width;
    if (first < lowest) {
        end += lowest - first;
        first = lowest;
    }
    if (end > highest) {
        first -= end - highest;
        end = highest;
    }
    return {warp.toDay(first), warp.toDay(end)};
}

void TimelineWidget::setWindow(double firstDay, double endDay, int animationMs)
{
    // Plain variables, not a structured binding: the lambda below captures them (which clang 14, used by
    // ./dev tidy and the fuzz build, does not allow for bindings).
    const std::pair<double, double> window = clamped(firstDay, endDay);
    const double first = window.first;
    const double end = window.second;
    animation()->stop();
    if (animationMs > 0 && isVisible()) {
        const TimeWarp &warp = m_renderer.warp();
        animation()->setDuration(animationMs);
        animation()->setStartValue(QPointF(warp.toUnits(state().firstDay), warp.toUnits(state().endDay)));
        animation()->setEndValue(QPointF(warp.toUnits(first), warp.toUnits(end)));
        animation()->start();
        return;
    }
    updateState([&](TimelineViewState &s) {
        s.firstDay = first;
        s.endDay = end;
    });
    Q_EMIT windowChanged(first, end);
}

void TimelineWidget::fitAll(int animationMs)
{
    const auto [first, end] = m_renderer.fullSpan();
    setWindow(first, end, animationMs);
}

void TimelineWidget::showRange(const TimeRange &range, int animationMs)
{
    setWindow(double(range.firstDay), double(range.endDay), animationMs);
}

void TimelineWidget::zoomBy(double factor, std::optional<double> anchorX)
{
    const TimelineRenderer::Frame f = m_renderer.frame(area());
    double anchor = anchorX.value_or(f.lanes.center().x());
    if (!anchorX) {
        if (const auto focused = markerPosition(state().focused))
            anchor = focused->x(); // keyboard zoom centres on the focused event
    }
    const auto [first, end] = f.scale.zoomed(factor, anchor);
    setWindow(first, end);
}

void TimelineWidget::panBy(double dx)
{
    const auto [first, end] = m_renderer.frame(area()).scale.panned(dx);
    setWindow(first, end);
}

void TimelineWidget::zoomToEvent(const QString &eventId, int animationMs)
{
    const int event = eventIndex(eventId);
    if (event < 0)
        return;
    const FuzzyDate &date = document()->corpus().events[event].date.date;
    const double first = double(date.firstDay());
    const double end = double(date.lastDay() + 1);
    const double span = std::max((end - first) * 3, 45.0);
    const double centre = (first + end) / 2;
    setWindow(centre - span / 2, centre + span / 2, animationMs);
}

void TimelineWidget::ensureVisible(const QString &eventId, int animationMs)
{
    showEvents({eventId}, animationMs);
}

void TimelineWidget::showEvents(const QStringList &eventIds, int animationMs)
{
    // The smallest move that brings every event (its whole date span) into view: a pan when they fit
    // the current zoom, else a zoom out to just their span. Measured in warped units, so a
    // density-balanced axis pans by what the user sees.
    const TimeWarp &warp = m_renderer.warp();
    double first = std::numeric_limits<double>::max();
    double end = std::numeric_limits<double>::lowest();
    for (const QString &id : eventIds) {
        const int event = eventIndex(id);
        if (event < 0)
            continue;
        const FuzzyDate &date = document()->corpus().events[event].date.date;
        first = std::min(first, warp.toUnits(double(date.firstDay())));
        end = std::max(end, warp.toUnits(double(date.lastDay() + 1)));
    }
    if (first > end)
        return;
    double windowFirst = warp.toUnits(state().firstDay);
    double windowEnd = warp.toUnits(state().endDay);
    const double width = windowEnd - windowFirst;
    const double margin = width * 0.08;
    if (first >= windowFirst + margin && end <= windowEnd - margin)
        return;
    if (end - first > width - 2 * margin) {
        const double pad = (end - first) * 0.1 + 1;
        setWindow(warp.toDay(first - pad), warp.toDay(end + pad), animationMs);
        return;
    }
    const double shift =
        first < windowFirst + margin ? first - (windowFirst + margin) : end - (windowEnd - margin);
    setWindow(warp.toDay(windowFirst + shift), warp.toDay(windowEnd + shift), animationMs);
}

void TimelineWidget::setLaneMode(LaneMode mode)
{
    updateState([mode](TimelineViewState &s) {
        s.laneMode = mode;
        s.collapsedLanes.clear();
        s.scrollY = 0;
    });
    m_focusLane = -1;
    Q_EMIT viewOptionsChanged();
}

void TimelineWidget::setScaleMode(ScaleMode mode)
{
    if (mode == state().scaleMode)
        return;
    // Keep the same stretch of time in view: the window is in days, but the warp changes under it.
    updateState([mode](TimelineViewState &s) { s.scaleMode = mode; });
    Q_EMIT viewOptionsChanged();
    Q_EMIT windowChanged(state().firstDay, state().endDay);
}

void TimelineWidget::applyStyle(const ViewStyle &style)
{
    m_renderer.setStyle(style);
    updateScrollBar();
}

void TimelineWidget::toggleLane(const QString &laneId)
{
    updateState([&](TimelineViewState &s) {
        if (!s.collapsedLanes.remove(laneId))
            s.collapsedLanes.insert(laneId);
    });
    Q_EMIT viewOptionsChanged();
}

void TimelineWidget::setMatches(const QSet<QString> &ids)
{
    updateState([&](TimelineViewState &s) { s.matches = ids; });
}

void TimelineWidget::setAsOfDay(std::optional<qint64> day)
{
    updateState([&](TimelineViewState &s) { s.asOfDay = day; });
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    InteractiveView::focusInEvent(event);
    updateState([](TimelineViewState &s) { s.focusVisible = true; });
}

void TimelineWidget::focusOutEvent(QFocusEvent *event)
{
    InteractiveView::focusOutEvent(event);
    updateState([](TimelineViewState &s) { s.focusVisible = false; });
}

void TimelineWidget::clickedEmptySpace()
{
    setFocusedEvent({}); // the click went to nothing: no item keeps a focus ring
}

void TimelineWidget::setFocusedEvent(const QString &eventId)
{
    if (eventId == state().focused)
        return;
    updateState([&](TimelineViewState &s) { s.focused = eventId; });
    Q_EMIT focusedEventChanged(eventId);
    notifyItemFocus(this, eventId);
}

int TimelineWidget::eventIndex(const QString &id) const
{
    return id.isEmpty() ? -1 : document()->corpus().indexOf(ItemKind::Event, id);
}

QString TimelineWidget::eventId(int index) const
{
    return index >= 0 ? document()->corpus().events[index].id : QString();
}

QStringList TimelineWidget::accessibleItems() const
{
    QList<int> events;
    for (const TimelineMarker &marker : m_renderer.layout(renderArea()).markers) {
        if (!events.contains(marker.event))
            events.append(marker.event);
    }
    const Corpus &corpus = document()->corpus();
    std::sort(events.begin(), events.end(), [&](int a, int b) {
        return std::tuple(corpus.events[a].date.date.firstDay(), a) <
               std::tuple(corpus.events[b].date.date.firstDay(), b);
    });
    QStringList ids;
    for (int event : events)
        ids.append(corpus.events[event].id);
    return ids;
}

QString TimelineWidget::accessibleItemName(const QString &id) const
{
    const Event *event = document()->corpus().event(id);
    if (!event)
        return {};
    QStringList actors;
    for (const QString &actor : event->actors) {
        const Facet *facet = document()->corpus().actor(actor);
        actors.append(facet ? facet->name : actor);
    }
    return u"%1, %2 (%3)%4"_s.arg(event->title, event->date.date.displayText(),
                                  dateBasisDisplayName(event->date.basis),
                                  actors.isEmpty() ? QString() : u", "_s + actors.join(u", "_s));
}

QString TimelineWidget::accessibleItemDescription(const QString &id) const
{
    const Event *event = document()->corpus().event(id);
    return event ? event->summary : QString();
}

QRect TimelineWidget::accessibleItemRect(const QString &id) const
{
    const auto position = markerPosition(id);
    return position ? QRect(position->toPoint() - QPoint(8, 8), QSize(16, 16)) : QRect();
}

std::optional<QPointF> TimelineWidget::markerPosition(const QString &eventId) const
{
    const int event = eventIndex(eventId);
    if (event < 0)
        return std::nullopt;
    for (const TimelineMarker &marker : m_renderer.layout(area()).markers) {
        if (marker.event == event)
            return QPointF(marker.x, marker.y);
    }
    return std::nullopt;
}

void TimelineWidget::paintView(QPainter *painter)
{
    const QRectF target = area();
    if (target.right() < width()) // the strip behind the scroll bar: this widget promises opaque paint
        painter->fillRect(QRectF(target.right(), 0, width() - target.right(), height()),
                          m_renderer.style().background);
    m_renderer.paint(painter, target);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const TimelineRenderer::Frame f = m_renderer.frame(area());
    const QPointF pos = event->position();
    const QPoint angle = event->angleDelta();
    if (f.gutter.contains(pos) && m_scrollBar->isVisible()) { // over the lane names: scroll the lanes
        m_scrollBar->setValue(m_scrollBar->value() - angle.y() / 2);
        event->accept();
        return;
    }
    const bool pan = event->modifiers() & Qt::ShiftModifier;
    const QPoint pixels = event->pixelDelta();
    if (angle.x() != 0 && !pan) { // a touchpad's sideways swipe pans
        panBy(!pixels.isNull() ? pixels.x() : angle.x() / 2.0);
    } else if (pan) {
        panBy(!pixels.isNull() ? pixels.y() : angle.y() / 2.0);
    } else if (angle.y() != 0) {
        // 1.2× per notch; touchpads send many small deltas and zoom smoothly.
        zoomBy(std::pow(1.2, angle.y() / 120.0), std::clamp(pos.x(), f.lanes.left(), f.lanes.right()));
    }
    event->accept();
}

bool TimelineWidget::pressControl(QPointF pos)
{
    if (isOnAsOfCursor(pos)) {
        m_draggingAsOf = true;
        setCursor(Qt::SizeHorCursor);
        return true;
    }
    if (const int lane = m_renderer.laneHeaderAt(area(), pos); lane >= 0) {
        toggleLane(m_renderer.index().lanes()[lane].id);
        return true;
    }
    const TimelineLayout &layout = m_renderer.layout(area());
    if (layout.eventAt(pos) >= 0)
        return false;
    const int cluster = layout.clusterAt(pos);
    if (cluster >= 0 && layout.clusters[cluster].events.size() > 1) { // a badge zooms to its events
        const TimelineCluster &c = layout.clusters[cluster];
        const double margin = std::max((c.endDay - c.firstDay) * 0.25, 2.0);
        setWindow(c.firstDay - margin, c.endDay + margin, 250);
        return true;
    }
    return false;
}

bool TimelineWidget::dragControl(QPointF pos)
{
    if (!m_draggingAsOf)
        return false;
    dragAsOfTo(pos.x());
    return true;
}

void TimelineWidget::releaseControl()
{
    m_draggingAsOf = false;
}

QString TimelineWidget::itemAt(QPointF pos) const
{
    return eventId(m_renderer.layout(area()).eventAt(pos));
}

void TimelineWidget::focusClickedItem(const QString &id, QPointF pos)
{
    m_focusLane = m_renderer.layout(area()).laneAt(pos);
    setFocusedEvent(id);
}

Qt::CursorShape TimelineWidget::cursorAt(QPointF pos) const
{
    if (isOnAsOfCursor(pos))
        return Qt::SizeHorCursor;
    const TimelineLayout &layout = m_renderer.layout(area());
    const bool overItem =
        layout.eventAt(pos) >= 0 || layout.clusterAt(pos) >= 0 || m_renderer.laneHeaderAt(area(), pos) >= 0;
    return overItem ? Qt::PointingHandCursor : Qt::ArrowCursor;
}

void TimelineWidget::dragBy(QPointF delta)
{
    panBy(delta.x());
    if (m_scrollBar->isVisible())
        m_scrollBar->setValue(m_scrollBar->value() - int(delta.y()));
}

void TimelineWidget::zoomAround(double factor, std::optional<QPointF> anchor)
{
    zoomBy(factor, anchor ? std::optional<double>(anchor->x()) : std::nullopt);
}

void TimelineWidget::activateAt(QPointF pos)
{
    if (const int event = m_renderer.layout(area()).eventAt(pos); event >= 0)
        zoomToEvent(eventId(event), 250);
}

bool TimelineWidget::isOnAsOfCursor(QPointF pos) const
{
    const auto x = m_renderer.asOfX(area());
    if (!x)
        return false;
    const TimelineRenderer::Frame f = m_renderer.frame(area());
    return m_renderer.asOfHandle(area()).adjusted(-2, -2, 2, 2).contains(pos) ||
           (std::abs(pos.x() - *x) <= 4 && pos.y() >= f.axis.top());
}

void TimelineWidget::dragAsOfTo(double x)
{
    const TimelineRenderer::Frame f = m_renderer.frame(area());
    // The cursor marks the end of a day; dragging snaps to whole days.
    const double clampedX = std::clamp(x, f.lanes.left(), f.lanes.right());
    const qint64 day = qint64(std::floor(f.scale.day(clampedX))) - 1;
    if (day == state().asOfDay)
        return;
    setAsOfDay(day);
    Q_EMIT asOfDayChanged(day);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double width = m_renderer.frame(area()).lanes.width();
    switch (event->key()) {
    case Qt::Key_Left:
        if (shift)
            panBy(width * 0.15);
        else
            moveFocusInTime(-1);
        break;
    case Qt::Key_Right:
        if (shift)
            panBy(-width * 0.15);
        else
            moveFocusInTime(1);
        break;
    case Qt::Key_Up:
        moveFocusAcrossLanes(-1);
        break;
    case Qt::Key_Down:
        moveFocusAcrossLanes(1);
        break;
    case Qt::Key_Home:
    case Qt::Key_End: {
        const QList<int> &order = m_renderer.index().chronological();
        if (order.isEmpty())
            break;
        const QString id = eventId(event->key() == Qt::Key_Home ? order.first() : order.last());
        m_focusLane = -1;
        setFocusedEvent(id);
        ensureVisible(id, 200);
        break;
    }
    case Qt::Key_Space:
        selectFocused(event->modifiers() & Qt::ControlModifier);
        break;
    default:
        return InteractiveView::keyPressEvent(event);
    }
    event->accept();
}

void TimelineWidget::moveFocusInTime(int step)
{
    const QList<int> &order = m_renderer.index().chronological();
    if (order.isEmpty())
        return;
    const int current = eventIndex(state().focused);
    qsizetype at = current >= 0 ? order.indexOf(current) : -1;
    if (at < 0) {
        // Nothing focused yet: start at the first event in view.
        const double first = state().firstDay;
        const auto begins = std::find_if(order.begin(), order.end(), [&](int e) {
            return double(document()->corpus().events[e].date.date.lastDay() + 1) > first;
        });
        at = begins == order.end() ? order.size() - 1 : begins - order.begin();
    } else {
        at = std::clamp<qsizetype>(at + step, 0, order.size() - 1);
    }
    m_focusLane = -1;
    const QString id = eventId(order[at]);
    setFocusedEvent(id);
    ensureVisible(id, 150);
}

void TimelineWidget::moveFocusAcrossLanes(int step)
{
    const int current = eventIndex(state().focused);
    const QList<Lane> &lanes = m_renderer.index().lanes();
    if (current < 0 || lanes.isEmpty()) {
        moveFocusInTime(0);
        return;
    }
    if (m_focusLane < 0 || m_focusLane >= lanes.size())
        m_focusLane = m_renderer.index().lanesOf(current).value(0, 0);
    const qint64 day = document()->corpus().events[current].date.date.firstDay();
    for (int lane = m_focusLane + step; lane >= 0 && lane < lanes.size(); lane += step) {
        const QList<LaneEntry> &entries = lanes[lane].entries;
        if (entries.isEmpty())
            continue;
        // The entry nearest in time to the focused event.
        const auto after = std::lower_bound(entries.begin(), entries.end(), day,
                                            [](const LaneEntry &e, qint64 d) { return e.firstDay < d; });
        auto best = after == entries.end() ? std::prev(after) : after;
        if (after != entries.begin() &&
            (after == entries.end() || day - std::prev(after)->firstDay < after->firstDay - day))
            best = std::prev(after);
        m_focusLane = lane;
        const QString id = eventId(best->event);
        setFocusedEvent(id);
        ensureVisible(id, 150);
        return;
    }
}

QString TimelineWidget::toolTipAt(QPointF pos) const
{
    const TimelineLayout &layout = m_renderer.layout(area());
    if (const int hit = layout.eventAt(pos); hit >= 0)
        return m_renderer.tooltip(hit) + filterReasonsHtml(document()->corpus().events[hit].id);
    const int cluster = layout.clusterAt(pos);
    if (cluster < 0 || layout.clusters[cluster].events.size() <= 1)
        return {};
    const QList<int> &events = layout.clusters[cluster].events;
    QStringList titles;
    for (int e : events.mid(0, 8))
        titles.append(document()->corpus().events[e].title.toHtmlEscaped());
    if (events.size() > 8)
        titles.append(u"…"_s);
    return tr("<b>%n events</b> — click to zoom in", nullptr, int(events.size())) + u"<br>"_s +
           titles.join(u"<br>"_s);
}

} // namespace argline
