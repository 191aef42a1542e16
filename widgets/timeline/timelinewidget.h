#pragma once

#include "models/time/timerange.h"
#include "render/timeline/timelinerenderer.h"
#include "widgets/common/interactiveview.h"

#include <QWidget>

#include <optional>

class QScrollBar;

namespace argline {

// The interactive timeline: TimelineRenderer in an InteractiveView. It shows the document's filtered
// events, follows and drives the shared selection, and turns input into navigation:
//   wheel or pinch zooms around the pointer (the date under it stays put), drag pans, Shift+wheel pans;
//   + / − zoom, Left/Right move focus from event to event in time order (Shift pans), Up/Down move
//   across lanes, Home/End go to the first/last event, Enter activates, Space selects, Ctrl+0 fits all;
//   click selects, Ctrl+click adds, double-click zooms to an event, a cluster badge zooms to its span,
//   a lane's name collapses or expands it.
class TimelineWidget final : public InteractiveView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    static constexpr double minimumSpanDays = TimelineViewState::minimumSpanDays;
    static constexpr double maximumSpanDays = TimelineViewState::maximumSpanDays;

    explicit TimelineWidget(CorpusDocument *document, QWidget *parent = nullptr);
    ~TimelineWidget() override;

    TimelineRenderer &renderer() { return m_renderer; }
    const TimelineViewState &state() const { return m_renderer.state(); }

    std::pair<double, double> window() const { return {state().firstDay, state().endDay}; }
    // Shows [firstDay, endDay) (clamped to the zoom limits), optionally animated over `ms` milliseconds.
    void setWindow(double firstDay, double endDay, int animationMs = 0);
    void fitAll(int animationMs = 0) override;
    void showRange(const TimeRange &range, int animationMs = 0);
    void zoomBy(double factor, std::optional<double> anchorX = std::nullopt);
    void panBy(double dx);
    void zoomToEvent(const QString &eventId, int animationMs = 0);
    // Pans (and zooms out if needed) just enough for `eventId` to be in view.
    void ensureVisible(const QString &eventId, int animationMs = 0);
    // Pans, or zooms out when they do not fit, so that all of `eventIds` are in view.
    void showEvents(const QStringList &eventIds, int animationMs = 0);

    void setLaneMode(LaneMode mode);
    void setScaleMode(ScaleMode mode);
    void setDensityBalanced(bool balanced)
    {
        setScaleMode(balanced ? ScaleMode::Balanced : ScaleMode::Linear);
    }
    void toggleLane(const QString &laneId);
    void setMatches(const QSet<QString> &ids);
    // The "as of" cursor: a date the user drags along the axis; off when empty.
    void setAsOfDay(std::optional<qint64> day);
    std::optional<qint64> asOfDay() const { return state().asOfDay; }

    QString focusedEvent() const { return state().focused; }
    void setFocusedEvent(const QString &eventId);

    // Where the renderer paints: the whole widget, less the scroll bar when the lanes overflow.
    QRectF renderArea() const;
    // The screen point of an event's marker (for tests and for the window's linked scrolling), or none
    // when it is not laid out.
    std::optional<QPointF> markerPosition(const QString &eventId) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // AccessibleItemView: the events laid out in the current window, in time order.
    QStringList accessibleItems() const override;
    QString accessibleItemName(const QString &id) const override;
    QString accessibleItemDescription(const QString &id) const override;
    QRect accessibleItemRect(const QString &id) const override;
    QString accessibleFocusedItem() const override { return focusedEvent(); }
    bool isAccessibleItemSelected(const QString &id) const override { return state().selected.contains(id); }

Q_SIGNALS:
    void windowChanged(double firstDay, double endDay);
    void focusedEventChanged(const QString &eventId);
    void asOfDayChanged(std::optional<qint64> day); // the user dragged the cursor

protected:
    // InteractiveView
    void refreshData(bool newCorpus) override;
    void followSelection(const QSet<QString> &selected, const QSet<QString> &linked) override;
    void applyStyle(const ViewStyle &style) override;
    void paintView(QPainter *painter) override;
    QString itemAt(QPointF pos) const override;
    void focusClickedItem(const QString &id, QPointF pos) override;
    QString focusedItem() const override { return focusedEvent(); }
    bool pressControl(QPointF pos) override;
    bool dragControl(QPointF pos) override;
    void releaseControl() override;
    Qt::CursorShape cursorAt(QPointF pos) const override;
    void dragBy(QPointF delta) override;
    void zoomAround(double factor, std::optional<QPointF> anchor) override;
    void activateAt(QPointF pos) override;
    QString toolTipAt(QPointF pos) const override;

    void clickedEmptySpace() override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateState(const std::function<void(TimelineViewState &)> &change);
    void updateScrollBar();
    QRectF area() const { return renderArea(); }
    int eventIndex(const QString &id) const;
    QString eventId(int index) const;
    void moveFocusInTime(int step);
    bool isOnAsOfCursor(QPointF pos) const;
    void dragAsOfTo(double x);
    void moveFocusAcrossLanes(int step);
    std::pair<double, double> clamped(double firstDay, double endDay) const;

    TimelineRenderer m_renderer;
    QScrollBar *m_scrollBar = nullptr;
    int m_focusLane = -1;
    bool m_draggingAsOf = false;
};

} // namespace argline
