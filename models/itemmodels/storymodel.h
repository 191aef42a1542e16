#pragma once

#include "models/corpus/corpus.h"

#include <QAbstractListModel>

#include <memory>

namespace argline {

// The corpus story as a list, one row per step ("3. Abe is the first…"), for the story panel. The step's
// item id is in Qt::UserRole.
class StoryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryModel)

public:
    explicit StoryModel(QObject *parent = nullptr);

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    QString itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Corpus> m_corpus;
};

} // namespace argline
