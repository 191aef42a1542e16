#include "models/itemmodels/eventfilterproxy.h"

#include "models/corpus/linkindex.h"
#include "models/explore/itemfilter.h"
#include "models/itemmodels/eventdatarole.h"
#include "models/itemmodels/eventmodel.h"

namespace argline {

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventDataRole::FirstDay);
}

void EventFilterProxy::setEventModel(EventModel *model)
{
    m_events = model;
    setSourceModel(model);
}

void EventFilterProxy::setLinkIndex(const LinkIndex *links)
{
    m_links = links;
    invalidateFilter();
}

void EventFilterProxy::setFilterSpec(const FilterSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    invalidateFilter();
}

void EventFilterProxy::setTimeWindow(qint64 firstDay, qint64 lastDay)
{
    m_window = std::pair(firstDay, lastDay);
    invalidateFilter();
}

void EventFilterProxy::clearTimeWindow()
{
    m_window.reset();
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_events || !m_events->corpus())
        return false;
    const Corpus &corpus = *m_events->corpus();
    const int eventIndex = m_events->corpusIndex(sourceRow);
    const Event &event = corpus.events[eventIndex];
    if (m_window &&
        (event.date.date.lastDay() < m_window->first || event.date.date.firstDay() > m_window->second))
        return false;
    if (m_spec.isEmpty() || !m_links)
        return true;
    return ItemFilter(corpus, *m_links, m_spec).acceptsEvent(eventIndex);
}

} // namespace argline
