#pragma once

#include "models/explore/filterspec.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace argline {

class EventModel;
class LinkIndex;

// Events filtered by the shared FilterSpec and, optionally, a time window. Unsorted it keeps the source's
// chronological order; a table view may sort it by any column (dates sort by their first day).
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxy)

public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    void setEventModel(EventModel *model);
    void setLinkIndex(const LinkIndex *links);
    void setFilterSpec(const FilterSpec &spec);
    const FilterSpec &filterSpec() const { return m_spec; }

    // Keep only events whose span overlaps [firstDay, lastDay] (Julian days).
    void setTimeWindow(qint64 firstDay, qint64 lastDay);
    void clearTimeWindow();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EventModel *m_events = nullptr;
    const LinkIndex *m_links = nullptr;
    FilterSpec m_spec;
    std::optional<std::pair<qint64, qint64>> m_window;
};

} // namespace argline
