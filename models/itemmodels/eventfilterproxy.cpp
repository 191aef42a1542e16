#include "models/itemmodels/eventfilterproxy.h"

#include "models/explore/filterresult.h"
#include "models/itemmodels/eventdatarole.h"
#include "models/itemmodels/eventmodel.h"

namespace argline {

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventDataRole::FirstDay);
}

void EventFilterProxy::setEventModel(EventModel *model, const FilterResult *result)
{
    m_events = model;
    m_result = result;
    setSourceModel(model);
}

void EventFilterProxy::resultChanged()
{
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
    const int eventIndex = m_events->corpusIndex(sourceRow);
    if (m_result && !m_result->eventPasses(eventIndex))
        return false;
    if (!m_window)
        return true;
    const FuzzyDate &date = m_events->corpus()->events[eventIndex].date.date;
    return date.lastDay() >= m_window->first && date.firstDay() <= m_window->second;
}

} // namespace argline
