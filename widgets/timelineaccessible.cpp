#include "timelineaccessible.h"

#include "corpusdocument.h"
#include "timelinewidget.h"

#include <QAccessibleWidget>
#include <QHash>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

class EventAccessible;

// The timeline as a list: its children are the events laid out in the current window, in time order.
class TimelineAccessible final : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::List)
    {}

    TimelineWidget *timeline() const { return static_cast<TimelineWidget *>(widget()); }

    QList<int> shownEvents() const
    {
        QList<int> events;
        for (const TimelineMarker &marker :
             timeline()->renderer().layout(QRectF(timeline()->rect())).markers) {
            if (!events.contains(marker.event))
                events.append(marker.event);
        }
        const Corpus *corpus = timeline()->renderer().corpus();
        std::sort(events.begin(), events.end(), [corpus](int a, int b) {
            return corpus->events[a].date.date.firstDay() < corpus->events[b].date.date.firstDay();
        });
        return events;
    }

    QAccessibleInterface *childFor(int event) const;

    int childCount() const override { return int(shownEvents().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QList<int> events = shownEvents();
        return index >= 0 && index < events.size() ? childFor(events[index]) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override
    {
        const Corpus *corpus = timeline()->renderer().corpus();
        const int event = corpus ? corpus->indexOf(ItemKind::Event, timeline()->focusedEvent()) : -1;
        return event >= 0 ? childFor(event) : nullptr;
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return TimelineWidget::tr("Timeline");
        if (t == QAccessible::Description)
            return TimelineWidget::tr("Events in time order. Left and Right move between events, Up and Down "
                                      "between lanes, Enter opens an event's details.");
        return QAccessibleWidget::text(t);
    }

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

class EventAccessible final : public QAccessibleInterface
{
public:
    EventAccessible(TimelineAccessible *parent, int event)
        : m_parent(parent)
        , m_event(event)
    {}

    int event() const { return m_event; }
    bool isValid() const override { return m_parent->isValid() && m_parent->timeline()->renderer().corpus(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_parent->window(); }
    QAccessibleInterface *parent() const override { return m_parent; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        const Corpus *corpus = m_parent->timeline()->renderer().corpus();
        if (!corpus || m_event < 0 || m_event >= corpus->events.size())
            return {};
        const Event &event = corpus->events[m_event];
        if (t == QAccessible::Name) {
            QStringList actors;
            for (const QString &id : event.actors) {
                const Facet *actor = corpus->actor(id);
                actors.append(actor ? actor->name : id);
            }
            return u"%1, %2 (%3)%4"_s.arg(event.title, event.date.date.displayText(),
                                          dateBasisDisplayName(event.date.basis),
                                          actors.isEmpty() ? QString() : u", "_s + actors.join(u", "_s));
        }
        if (t == QAccessible::Description)
            return event.summary;
        return {};
    }

    QRect rect() const override
    {
        TimelineWidget *timeline = m_parent->timeline();
        const Corpus *corpus = timeline->renderer().corpus();
        if (!corpus)
            return {};
        const auto position = timeline->markerPosition(corpus->events[m_event].id);
        if (!position)
            return {};
        const QPoint global = timeline->mapToGlobal(position->toPoint());
        return QRect(global - QPoint(8, 8), QSize(16, 16));
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        TimelineWidget *timeline = m_parent->timeline();
        const Corpus *corpus = timeline->renderer().corpus();
        if (corpus && m_event < corpus->events.size()) {
            const QString &id = corpus->events[m_event].id;
            s.focused = timeline->focusedEvent() == id;
            s.selected = timeline->state().selected.contains(id);
        }
        return s;
    }

private:
    TimelineAccessible *m_parent;
    int m_event;
};

QAccessibleInterface *TimelineAccessible::childFor(int event) const
{
    if (const auto it = m_children.constFind(event); it != m_children.cend())
        return QAccessible::accessibleInterface(it.value());
    auto *child = new EventAccessible(const_cast<TimelineAccessible *>(this), event);
    const QAccessible::Id id = QAccessible::registerAccessibleInterface(child);
    m_children.insert(event, id);
    return child;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const EventAccessible *>(child);
    return item ? int(shownEvents().indexOf(item->event())) : -1;
}

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == u"argline::TimelineWidget"_s && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

void installTimelineAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void notifyTimelineFocus(TimelineWidget *timeline, int event)
{
    if (!QAccessible::isActive() || event < 0)
        return;
    auto *list = static_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(timeline));
    if (!list)
        return;
    QAccessibleInterface *item = list->childFor(event);
    QAccessibleEvent focus(item, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

} // namespace argline
