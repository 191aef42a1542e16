#include "models/itemmodels/eventsperyearmodel.h"

#include "models/time/fuzzydate.h"

#include <QDate>

#include <numeric>

namespace argline {

EventsPerYearModel::EventsPerYearModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventsPerYearModel::setIndex(const TimeIndex &index)
{
    beginResetModel();
    m_counts.clear();
    m_laneNames.clear();
    m_laneColors.clear();
    m_firstYear = 0;
    if (!index.isEmpty()) {
        const auto [first, end] = index.span();
        m_firstYear = astronomicalYear(QDate::fromJulianDay(first).year());
        const int lastYear = astronomicalYear(QDate::fromJulianDay(end - 1).year());
        m_counts = QList<QList<int>>(lastYear - m_firstYear + 1, QList<int>(index.lanes().size(), 0));
        for (int lane = 0; lane < index.lanes().size(); ++lane) {
            m_laneNames.append(index.lanes()[lane].name);
            m_laneColors.append(index.lanes()[lane].color);
            for (const LaneEntry &entry : index.lanes()[lane].entries)
                ++m_counts[astronomicalYear(QDate::fromJulianDay(entry.firstDay).year()) - m_firstYear][lane];
        }
    }
    endResetModel();
}

void EventsPerYearModel::setEvents(const Corpus &corpus, const QList<int> &events, LaneMode mode)
{
    setIndex(TimeIndex(corpus, events, mode));
}

int EventsPerYearModel::maxYearTotal() const
{
    int most = 0;
    for (const QList<int> &year : m_counts)
        most = std::max(most, std::accumulate(year.begin(), year.end(), 0));
    return most;
}

int EventsPerYearModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int EventsPerYearModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_laneNames.size());
}

QVariant EventsPerYearModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return m_counts[index.row()][index.column()];
}

QVariant EventsPerYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < m_counts.size())
        return m_firstYear + section;
    if (orientation == Qt::Horizontal && section >= 0 && section < m_laneNames.size()) {
        if (role == Qt::DisplayRole)
            return m_laneNames[section];
        if (role == Qt::DecorationRole)
            return m_laneColors[section];
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace argline
