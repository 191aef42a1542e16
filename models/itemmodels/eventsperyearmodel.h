#pragma once

#include "models/time/timeindex.h"

#include <QAbstractTableModel>

namespace argline {

// Events per year, one column per lane of a TimeIndex: the data behind the timeline's overview chart.
// Rows are the years from the first event to the last; the horizontal header's DecorationRole is the
// lane colour. An event in several lanes counts once in each.
//
// The overview fills it from the document's filter result (setEvents), never from a view: the bars
// follow every filter change whatever the timeline does.
class EventsPerYearModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPerYearModel)

public:
    explicit EventsPerYearModel(QObject *parent = nullptr);

    void setIndex(const TimeIndex &index);
    // The events (corpus indices, e.g. a FilterResult's) in lanes by `mode`.
    void setEvents(const Corpus &corpus, const QList<int> &events, LaneMode mode);
    int firstYear() const { return m_firstYear; } // astronomical (1 BC = 0): see astronomicalYear()
    int yearCount() const { return int(m_counts.size()); }
    int maxYearTotal() const; // the tallest stacked bar

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_firstYear = 0;
    QList<QList<int>> m_counts; // [year][lane]
    QStringList m_laneNames;
    QList<QColor> m_laneColors;
};

} // namespace argline
