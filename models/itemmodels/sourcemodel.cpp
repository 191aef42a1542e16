#include "models/itemmodels/sourcemodel.h"

#include "models/corpus/citation.h"
#include "models/corpus/linkindex.h"
#include "models/itemmodels/sourcedatarole.h"

using namespace Qt::StringLiterals;

namespace argline {

SourceModel::SourceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceModel::setCorpus(std::shared_ptr<const Corpus> corpus, const LinkIndex &links)
{
    beginResetModel();
    m_corpus = std::move(corpus);
    m_counts.clear();
    if (m_corpus) {
        m_counts.resize(m_corpus->articles.size());
        for (int article = 0; article < m_counts.size(); ++article) {
            Counts &counts = m_counts[article];
            counts.events = int(links.eventsCitingArticle(article).size());
            for (int argument : links.argumentsCitingArticle(article)) {
                const int stance = m_corpus->arguments[argument].stanceToRoot;
                counts.pro += stance > 0;
                counts.con += stance < 0;
            }
        }
    }
    endResetModel();
}

QModelIndex SourceModel::index(const QString &articleId, int column) const
{
    const int row = m_corpus ? m_corpus->indexOf(ItemKind::Article, articleId) : -1;
    return row >= 0 ? index(row, column) : QModelIndex();
}

const Article *SourceModel::articleAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_corpus || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &m_corpus->articles[index.row()];
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_corpus ? 0 : int(m_corpus->articles.size());
}

int SourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    const Article *article = articleAt(index);
    if (!article)
        return {};
    const Counts &counts = m_counts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return article->label;
        case TitleColumn:
            return article->title.isEmpty() ? tr("(no title in the text)") : article->title;
        case OutletColumn:
            return article->outlet.isEmpty() ? tr("(not stated)") : Citation::outlet(*article);
        case AuthorsColumn:
            return article->authors.isEmpty() ? tr("(not stated)") : article->authors.join(u", "_s);
        case PublishedColumn:
            return article->published.date.displayText();
        case ProColumn:
            return counts.pro;
        case ConColumn:
            return counts.con;
        case EventsColumn:
            return counts.events;
        }
        return {};
    case SourceDataRole::Id:
        return article->id;
    case SourceDataRole::Label:
        return article->label;
    case SourceDataRole::Title:
        return article->title;
    case SourceDataRole::Outlet:
        return article->outlet;
    case SourceDataRole::Authors:
        return article->authors;
    case SourceDataRole::PublishedFirstDay:
        return article->published.date.firstDay();
    case SourceDataRole::PublishedLastDay:
        return article->published.date.lastDay();
    case SourceDataRole::PublishedBasis:
        return int(article->published.basis);
    case SourceDataRole::PublishedText:
        return article->published.date.displayText();
    case SourceDataRole::ProCount:
        return counts.pro;
    case SourceDataRole::ConCount:
        return counts.con;
    case SourceDataRole::EventCount:
        return counts.events;
    case SourceDataRole::Text:
        return article->text;
    }
    return {};
}

QVariant SourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Source");
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case AuthorsColumn:
        return tr("Authors");
    case PublishedColumn:
        return tr("Published");
    case ProColumn:
        return tr("For");
    case ConColumn:
        return tr("Against");
    case EventsColumn:
        return tr("Events");
    }
    return {};
}

} // namespace argline
