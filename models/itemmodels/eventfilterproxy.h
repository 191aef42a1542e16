#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace argline {

class EventModel;
struct FilterResult;

// The events the document's FilterResult keeps and, optionally, those in a time window, for item views.
// It looks each row up in the result rather than evaluating the filter. Unsorted it keeps the source's
// chronological order; a table view may sort it by any column (dates sort by their first day).
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxy)

public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    void setEventModel(EventModel *model, const FilterResult *result);
    // The result has been recomputed: filter again, once.
    void resultChanged();

    // Keep only events whose span overlaps [firstDay, lastDay] (Julian days).
    void setTimeWindow(qint64 firstDay, qint64 lastDay);
    void clearTimeWindow();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EventModel *m_events = nullptr;
    const FilterResult *m_result = nullptr;
    std::optional<std::pair<qint64, qint64>> m_window;
};

} // namespace argline
