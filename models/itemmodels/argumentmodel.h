#pragma once

#include "models/corpus/corpus.h"

#include <QAbstractItemModel>

#include <memory>

namespace argline {

// The argument trees (claim → reasons → objections → rebuttals) as a Qt tree model. Each index's
// internal id is the argument's index in the corpus, so mapping between ids and indices is O(1).
class ArgumentModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentModel)

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        SourcesColumn,
        ColumnCount
    };

    explicit ArgumentModel(QObject *parent = nullptr);

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    const Corpus *corpus() const { return m_corpus.get(); }

    QModelIndex index(const QString &argumentId, int column = 0) const;
    const Argument *argumentAt(const QModelIndex &index) const;
    // The argument's index in corpus().arguments, or -1.
    int corpusIndex(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QModelIndex indexOfArgument(int argument, int column) const;
    qint64 earliestSourceDay(const Argument &argument) const;

    std::shared_ptr<const Corpus> m_corpus;
    QList<int> m_roots;       // arguments without a parent, in corpus order
    QList<int> m_rowInParent; // per argument: its row under its parent (or among the roots)
};

} // namespace argline
