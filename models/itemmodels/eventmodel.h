#pragma once

#include "models/corpus/corpus.h"

#include <QAbstractTableModel>

#include <memory>

namespace argline {

// The corpus events as a table, one row per event in chronological order (by the start, then the end,
// of each date's span; corpus order breaks ties) — the order the timeline and most lists want, so no
// proxy has to sort 100,000 rows by default. Display text per column; raw values through EventDataRole
// (any column). Filter, or sort by another column, through EventFilterProxy.
class EventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventModel)

public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        ActorsColumn,
        ThemesColumn,
        ImportanceColumn,
        SourcesColumn,
        ColumnCount
    };

    explicit EventModel(QObject *parent = nullptr);

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    const Corpus *corpus() const { return m_corpus.get(); }

    QModelIndex index(const QString &eventId, int column = 0) const;
    using QAbstractTableModel::index;
    const Event *eventAt(const QModelIndex &index) const;
    // The event shown in `row`, as an index into corpus()->events.
    int corpusIndex(int row) const { return m_order[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString facetNames(const QStringList &ids, ItemKind kind) const;
    QString sourceLabels(const Event &event) const;

    std::shared_ptr<const Corpus> m_corpus;
    QList<int> m_order; // row → index in corpus.events
    QList<int> m_rowOf; // index in corpus.events → row
};

// The distinct article ids an item's evidence cites, in first-cited order.
QStringList citedArticleIds(const QList<Quote> &evidence);

} // namespace argline
