#include "models/itemmodels/storymodel.h"

using namespace Qt::StringLiterals;

namespace argline {

StoryModel::StoryModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void StoryModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    beginResetModel();
    m_corpus = std::move(corpus);
    endResetModel();
}

QString StoryModel::itemAt(int row) const
{
    return m_corpus && row >= 0 && row < m_corpus->story.steps.size() ? m_corpus->story.steps[row].item
                                                                      : QString();
}

int StoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_corpus ? 0 : int(m_corpus->story.steps.size());
}

QVariant StoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoryStep &step = m_corpus->story.steps[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return u"%1. %2"_s.arg(index.row() + 1).arg(step.caption);
    case Qt::ToolTipRole:
        return step.caption;
    case Qt::UserRole:
        return step.item;
    default:
        return {};
    }
}

} // namespace argline
