#pragma once

#include "models/corpus/corpus.h"

#include <QAbstractTableModel>

#include <memory>

namespace argline {

class LinkIndex;

// The corpus articles with their citation counts: how many arguments for and against the root claim,
// and how many events, each article supplies (the data behind the sources chart).
class SourceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceModel)

public:
    enum Column
    {
        LabelColumn,
        TitleColumn,
        OutletColumn,
        AuthorsColumn,
        PublishedColumn,
        ProColumn,
        ConColumn,
        EventsColumn,
        ColumnCount
    };

    explicit SourceModel(QObject *parent = nullptr);

    // `links` must index `corpus`; the counts come from it.
    void setCorpus(std::shared_ptr<const Corpus> corpus, const LinkIndex &links);
    QModelIndex index(const QString &articleId, int column = 0) const;
    using QAbstractTableModel::index;
    const Article *articleAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Counts
    {
        int pro = 0;
        int con = 0;
        int events = 0;
    };

    std::shared_ptr<const Corpus> m_corpus;
    QList<Counts> m_counts;
};

} // namespace argline
