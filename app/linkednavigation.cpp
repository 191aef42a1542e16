#include "app/linkednavigation.h"

#include "models/explore/corpusdocument.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/timeline/timelinewidget.h"

#include <QTimer>

#include <cmath>

namespace argline {

LinkedNavigation::LinkedNavigation(CorpusDocument *document, TimelineWidget *timeline, ArgumentMapWidget *map,
                                   QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timeline(timeline)
    , m_map(map)
{
    connect(document->selection(), &SharedSelection::changed, this, &LinkedNavigation::followSelection);
    connect(document, &CorpusDocument::resultChanged, this, &LinkedNavigation::followFilter);
    connect(timeline, &TimelineWidget::asOfDayChanged, this, &LinkedNavigation::setAsOfDay);
}

void LinkedNavigation::followSelection()
{
    applyOnlyLinked();
    const QString current = m_document->selection()->current();
    if (current.isEmpty())
        return;
    // After the views have taken in this change (a new "only linked" filter re-lays them out first).
    QTimer::singleShot(0, this, [this, current] {
        if (m_document->selection()->current() == current)
            bringIntoView(current);
    });
}

void LinkedNavigation::reveal(const QString &id)
{
    bringIntoView(id);
}

void LinkedNavigation::bringIntoView(const QString &id)
{
    const Corpus &corpus = m_document->corpus();
    const ItemRef item = corpus.find(id);
    if (!item.isValid())
        return;
    QStringList related = m_document->links().linkedIds(id);
    related.append(id);
    QStringList events;
    QStringList arguments;
    for (const QString &other : std::as_const(related)) {
        const ItemKind kind = corpus.find(other).kind;
        if (kind == ItemKind::Event)
            events.append(other);
        else if (kind == ItemKind::Argument)
            arguments.append(other);
    }
    if (item.kind == ItemKind::Event) {
        // The event is where the user is looking (or was sent to): keep it in view, and show the arguments
        // that cite it.
        m_timeline->ensureVisible(id, animationMs);
        m_map->expandTo(arguments);
        m_map->showArguments(arguments, animationMs);
    } else if (item.kind == ItemKind::Argument) {
        m_map->expandTo({id});
        m_map->showArguments({id}, animationMs);
        m_timeline->showEvents(events, animationMs);
    }
}

void LinkedNavigation::setOnlyLinked(bool on)
{
    if (on == m_onlyLinked)
        return;
    m_onlyLinked = on;
    applyOnlyLinked();
    Q_EMIT onlyLinkedChanged(on);
}

void LinkedNavigation::applyOnlyLinked()
{
    FilterSpec spec = m_document->filter();
    const SharedSelection *selection = m_document->selection();
    if (m_onlyLinked && !selection->isEmpty()) {
        QSet<QString> keep = m_document->links().linkedTo(selection->ids());
        for (const QString &id : selection->ids())
            keep.insert(id);
        spec.onlyLinkedTo = keep;
    } else {
        // Nothing selected: there is nothing to narrow to, so everything shows again.
        spec.onlyLinkedTo.reset();
    }
    m_document->setFilter(spec);
}

std::optional<qint64> LinkedNavigation::asOfDay() const
{
    return m_document->filter().asOfDay;
}

void LinkedNavigation::setAsOfDay(std::optional<qint64> day)
{
    FilterSpec spec = m_document->filter();
    spec.asOfDay = day;
    m_document->setFilter(spec); // followFilter() updates the views
}

void LinkedNavigation::setAsOfEnabled(bool on)
{
    if (on == asOfDay().has_value())
        return;
    if (!on) {
        setAsOfDay(std::nullopt);
        return;
    }
    const auto [first, end] = m_timeline->window();
    setAsOfDay(m_lastAsOfDay.value_or(qint64(std::floor((first + end) / 2))));
}

void LinkedNavigation::followFilter()
{
    const FilterSpec &spec = m_document->filter();
    if (spec.asOfDay)
        m_lastAsOfDay = spec.asOfDay;
    // Both views, even when the timeline already shows the date (it moves its own cursor while dragged).
    m_timeline->setAsOfDay(spec.asOfDay);
    m_map->setAsOfDay(spec.asOfDay);
    if (spec.asOfDay != m_shownAsOfDay) {
        m_shownAsOfDay = spec.asOfDay;
        Q_EMIT asOfChanged(spec.asOfDay);
    }
    // "Only linked" was switched off from outside (its chip removed, filters reset) while something is
    // selected.
    if (m_onlyLinked && !spec.onlyLinkedTo && !m_document->selection()->isEmpty()) {
        m_onlyLinked = false;
        Q_EMIT onlyLinkedChanged(false);
    }
}

void LinkedNavigation::setMatches(const QSet<QString> &ids)
{
    m_timeline->setMatches(ids);
    m_map->setMatches(ids);
}

} // namespace argline
