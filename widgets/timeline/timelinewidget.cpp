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
    : QWidget(parent)
    , m_document(document)
{
    installItemViewAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAccessibleName(tr("Timeline"));

    m_scrollBar = new QScrollBar(Qt::Vertical, this);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this,
            [this](int value) { updateState([value](TimelineViewState &s) { s.scrollY = value; }); });

    m_animation = new QVariantAnimation(this);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
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
    QAbstractItemModel *events = document->filteredEvents();
    connect(events, &QAbstractItemModel::modelReset, this, &TimelineWidget::scheduleDataRefresh);
    connect(events, &QAbstractItemModel::layoutChanged, this, &TimelineWidget::scheduleDataRefresh);
    connect(events, &QAbstractItemModel::rowsInserted, this, &TimelineWidget::scheduleDataRefresh);
    connect(events, &QAbstractItemModel::rowsRemoved, this, &TimelineWidget::scheduleDataRefresh);
    connect(document, &CorpusDocument::corpusChanged, this, [this] {
        m_fitPending = true;
        refreshData();
    });
    connect(document->selection(), &SharedSelection::changed, this, &TimelineWidget::followSelection);
    refreshData();
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

void TimelineWidget::scheduleDataRefresh()
{
    // A filter change arrives as many row signals: rebuild the time index once, after the last of them.
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QMetaObject::invokeMethod(this, &TimelineWidget::refreshData, Qt::QueuedConnection);
}

void TimelineWidget::refreshData()
{
    m_refreshScheduled = false;
    m_focusLane = -1; // lanes come and go with the filter
    EventFilterProxy *proxy = m_document->filteredEvents();
    QList<int> events;
    events.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        events.append(m_document->events()->corpusIndex(proxy->mapToSource(proxy->index(row, 0)).row()));
    m_renderer.setData(m_document->corpusPointer(), events);
    if (m_fitPending) {
        m_fitPending = false;
        const auto [first, end] = m_renderer.fullSpan();
        updateState([&](TimelineViewState &s) {
            s.firstDay = first;
            s.endDay = end;
            s.collapsedLanes.clear();
            s.scrollY = 0;
        });
        Q_EMIT windowChanged(first, end);
    }
    followSelection();
    updateScrollBar();
    update();
}

void TimelineWidget::followSelection()
{
    const SharedSelection *selection = m_document->selection();
    const QSet<QString> selected(selection->ids().begin(), selection->ids().end());
    const QSet<QString> linked = m_document->links().linkedTo(selection->ids());
    updateState([&](TimelineViewState &s) {
        s.selected = selected;
        s.linked = linked;
    });
}

QRectF TimelineWidget::renderArea() const
{
    QRectF area(rect());
    if (m_scrollBar->isVisible())
        area.setRight(area.right() - m_scrollBar->width());
    return area;
}

void TimelineWidget::updateScrollBar()
{
    // Overflow does not depend on the width, so measuring it in the full rect is exact.
    const QRectF full(rect());
    const TimelineRenderer::Frame f = m_renderer.frame(full);
    const double content = m_renderer.layout(full).contentHeight;
    const int overflow = int(std::ceil(content - f.lanes.height()));
    m_scrollBar->setVisible(overflow > 0);
    if (overflow > 0) {
        const int width = m_scrollBar->sizeHint().width();
        m_scrollBar->setGeometry(int(full.right()) - width + 1, int(f.lanes.top()), width,
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
    const auto [first, end] = clamped(firstDay, endDay);
    m_animation->stop();
    if (animationMs > 0 && isVisible()) {
        const TimeWarp &warp = m_renderer.warp();
        m_animation->setDuration(animationMs);
        m_animation->setStartValue(QPointF(warp.toUnits(state().firstDay), warp.toUnits(state().endDay)));
        m_animation->setEndValue(QPointF(warp.toUnits(first), warp.toUnits(end)));
        m_animation->start();
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
    const FuzzyDate &date = m_document->corpus().events[event].date.date;
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
        const FuzzyDate &date = m_document->corpus().events[event].date.date;
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

void TimelineWidget::setDensityBalanced(bool balanced)
{
    if (balanced == state().densityBalanced)
        return;
    updateState([balanced](TimelineViewState &s) { s.densityBalanced = balanced; });
    Q_EMIT viewOptionsChanged();
    Q_EMIT windowChanged(state().firstDay, state().endDay);
}

void TimelineWidget::setTheme(Theme theme)
{
    m_theme = theme;
    m_renderer.setStyle(ViewStyle::forTheme(theme, font()));
    updateScrollBar();
    update();
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
    return id.isEmpty() ? -1 : m_document->corpus().indexOf(ItemKind::Event, id);
}

QString TimelineWidget::eventId(int index) const
{
    return index >= 0 ? m_document->corpus().events[index].id : QString();
}

QStringList TimelineWidget::accessibleItems() const
{
    QList<int> events;
    for (const TimelineMarker &marker : m_renderer.layout(renderArea()).markers) {
        if (!events.contains(marker.event))
            events.append(marker.event);
    }
    const Corpus &corpus = m_document->corpus();
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
    const Event *event = m_document->corpus().event(id);
    if (!event)
        return {};
    QStringList actors;
    for (const QString &actor : event->actors) {
        const Facet *facet = m_document->corpus().actor(actor);
        actors.append(facet ? facet->name : actor);
    }
    return u"%1, %2 (%3)%4"_s.arg(event->title, event->date.date.displayText(),
                                  dateBasisDisplayName(event->date.basis),
                                  actors.isEmpty() ? QString() : u", "_s + actors.join(u", "_s));
}

QString TimelineWidget::accessibleItemDescription(const QString &id) const
{
    const Event *event = m_document->corpus().event(id);
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

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF target = area();
    if (target.right() < width()) // the strip behind the scroll bar: this widget promises opaque paint
        painter.fillRect(QRectF(target.right(), 0, width() - target.right(), height()),
                         m_renderer.style().background);
    m_renderer.paint(&painter, target);
    if (hasFocus() && state().focused.isEmpty()) {
        painter.setPen(QPen(m_renderer.style().focus, 1, Qt::DotLine));
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
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

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position();
    m_lastDragPos = m_pressPos;
    m_dragging = false;
    m_pressOnEmpty = false;
    if (event->button() != Qt::LeftButton)
        return;
    m_animation->stop();
    if (isOnAsOfCursor(m_pressPos)) {
        m_draggingAsOf = true;
        setCursor(Qt::SizeHorCursor);
        return;
    }
    const int lane = m_renderer.laneHeaderAt(area(), m_pressPos);
    if (lane >= 0) {
        toggleLane(m_renderer.index().lanes()[lane].id);
        return;
    }
    const TimelineLayout &layout = m_renderer.layout(area());
    const int event_ = layout.eventAt(m_pressPos);
    if (event_ >= 0) {
        const QString id = eventId(event_);
        if (event->modifiers() & Qt::ControlModifier)
            m_document->selection()->toggle(id);
        else
            m_document->selection()->select(id);
        m_focusLane = layout.laneAt(m_pressPos);
        setFocusedEvent(id);
        return;
    }
    const int cluster = layout.clusterAt(m_pressPos);
    if (cluster >= 0 && layout.clusters[cluster].events.size() > 1) {
        const TimelineCluster &c = layout.clusters[cluster];
        const double margin = std::max((c.endDay - c.firstDay) * 0.25, 2.0);
        setWindow(c.firstDay - margin, c.endDay + margin, 250);
        return;
    }
    m_pressOnEmpty = true;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (event->buttons() & Qt::LeftButton && m_draggingAsOf) {
        dragAsOfTo(pos.x());
        return;
    }
    if (event->buttons() & Qt::LeftButton && m_pressOnEmpty) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging) {
            panBy(pos.x() - m_lastDragPos.x());
            if (m_scrollBar->isVisible())
                m_scrollBar->setValue(m_scrollBar->value() - int(pos.y() - m_lastDragPos.y()));
            m_lastDragPos = pos;
            setCursor(Qt::ClosedHandCursor);
        }
        return;
    }
    const TimelineLayout &layout = m_renderer.layout(area());
    const bool overItem =
        layout.eventAt(pos) >= 0 || layout.clusterAt(pos) >= 0 || m_renderer.laneHeaderAt(area(), pos) >= 0;
    setCursor(isOnAsOfCursor(pos) ? Qt::SizeHorCursor : overItem ? Qt::PointingHandCursor : Qt::ArrowCursor);
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

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressOnEmpty && !m_dragging &&
        !(event->modifiers() & Qt::ControlModifier))
        m_document->selection()->clear(); // a click on empty space clears the selection
    m_dragging = false;
    m_pressOnEmpty = false;
    m_draggingAsOf = false;
    setCursor(Qt::ArrowCursor);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int event_ = m_renderer.layout(area()).eventAt(event->position());
    if (event_ >= 0)
        zoomToEvent(eventId(event_), 250);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double width = m_renderer.frame(area()).lanes.width();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(0.8);
        break;
    case Qt::Key_0:
        if (!(event->modifiers() & Qt::ControlModifier))
            return QWidget::keyPressEvent(event);
        fitAll(250);
        break;
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
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!state().focused.isEmpty())
            Q_EMIT activated(state().focused);
        break;
    case Qt::Key_Space:
        if (!state().focused.isEmpty()) {
            if (event->modifiers() & Qt::ControlModifier)
                m_document->selection()->toggle(state().focused);
            else
                m_document->selection()->select(state().focused);
        }
        break;
    case Qt::Key_Escape:
        if (!m_document->selection()->isEmpty())
            m_document->selection()->clear();
        else
            return QWidget::keyPressEvent(event);
        break;
    default:
        return QWidget::keyPressEvent(event);
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
            return double(m_document->corpus().events[e].date.date.lastDay() + 1) > first;
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
    const qint64 day = m_document->corpus().events[current].date.date.firstDay();
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

bool TimelineWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const TimelineLayout &layout = m_renderer.layout(area());
        const int hit = layout.eventAt(help->pos());
        if (hit >= 0) {
            QToolTip::showText(help->globalPos(), m_renderer.tooltip(hit), this);
        } else if (const int cluster = layout.clusterAt(help->pos());
                   cluster >= 0 && layout.clusters[cluster].events.size() > 1) {
            QStringList titles;
            for (int e : layout.clusters[cluster].events.mid(0, 8))
                titles.append(m_document->corpus().events[e].title.toHtmlEscaped());
            if (layout.clusters[cluster].events.size() > 8)
                titles.append(u"…"_s);
            QToolTip::showText(help->globalPos(),
                               tr("<b>%n events</b> — click to zoom in", nullptr,
                                  int(layout.clusters[cluster].events.size())) +
                                   u"<br>"_s + titles.join(u"<br>"_s),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position().x());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        setTheme(m_theme);
    QWidget::changeEvent(event);
}

} // namespace argline
