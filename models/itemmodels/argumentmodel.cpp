#include "models/itemmodels/argumentmodel.h"

#include "models/itemmodels/argumentdatarole.h"
#include "models/itemmodels/eventmodel.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace argline {

ArgumentModel::ArgumentModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ArgumentModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    beginResetModel();
    m_corpus = std::move(corpus);
    m_roots.clear();
    m_rowInParent.clear();
    if (m_corpus) {
        m_rowInParent.resize(m_corpus->arguments.size());
        for (int i = 0; i < m_corpus->arguments.size(); ++i) {
            const Argument &argument = m_corpus->arguments[i];
            if (argument.parent < 0) {
                m_rowInParent[i] = int(m_roots.size());
                m_roots.append(i);
            }
            for (int row = 0; row < argument.children.size(); ++row)
                m_rowInParent[argument.children[row]] = row;
        }
    }
    endResetModel();
}

QModelIndex ArgumentModel::indexOfArgument(int argument, int column) const
{
    return createIndex(m_rowInParent[argument], column, quintptr(argument));
}

QModelIndex ArgumentModel::index(const QString &argumentId, int column) const
{
    if (!m_corpus)
        return {};
    const int argument = m_corpus->indexOf(ItemKind::Argument, argumentId);
    return argument >= 0 ? indexOfArgument(argument, column) : QModelIndex();
}

const Argument *ArgumentModel::argumentAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_corpus || index.model() != this)
        return nullptr;
    return &m_corpus->arguments[int(index.internalId())];
}

int ArgumentModel::corpusIndex(const QModelIndex &index) const
{
    if (!index.isValid() || !m_corpus || index.model() != this)
        return -1;
    return int(index.internalId());
}

QModelIndex ArgumentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_corpus || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &siblings =
        parent.isValid() ? m_corpus->arguments[int(parent.internalId())].children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex ArgumentModel::parent(const QModelIndex &child) const
{
    const Argument *argument = argumentAt(child);
    if (!argument || argument->parent < 0)
        return {};
    return indexOfArgument(argument->parent, 0);
}

int ArgumentModel::rowCount(const QModelIndex &parent) const
{
    if (!m_corpus)
        return 0;
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_corpus->arguments[int(parent.internalId())].children.size());
}

int ArgumentModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

qint64 ArgumentModel::earliestSourceDay(const Argument &argument) const
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Quote &quote : argument.evidence) {
        if (const Article *article = m_corpus->article(quote.articleId))
            earliest = std::min(earliest, article->published.date.firstDay());
    }
    return earliest;
}

QVariant ArgumentModel::data(const QModelIndex &index, int role) const
{
    const Argument *argument = argumentAt(index);
    if (!argument)
        return {};
    const auto countChildren = [&](ArgumentRole childRole) {
        return int(std::count_if(argument->children.begin(), argument->children.end(),
                                 [&](int child) { return m_corpus->arguments[child].role == childRole; }));
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return argument->title;
        case KindColumn: { // its stance on the claim, then what it does to its parent
            const QString relation = relationWord(*argument);
            const QString stance = stanceName(stanceOf(*argument));
            return relation.isEmpty() ? stance : stance + u" · "_s + relation;
        }
        case SourcesColumn: {
            QStringList labels;
            for (const QString &id : citedArticleIds(argument->evidence)) {
                const Article *article = m_corpus->article(id);
                labels.append(article ? article->label : id);
            }
            return labels.join(u"; "_s);
        }
        }
        return {};
    case Qt::ToolTipRole:
        return argument->text;
    case ArgumentDataRole::Id:
        return argument->id;
    case ArgumentDataRole::Role:
        return int(argument->role);
    case ArgumentDataRole::Kind:
        return int(argument->kind);
    case ArgumentDataRole::StanceToRoot:
        return argument->stanceToRoot;
    case ArgumentDataRole::Title:
        return argument->title;
    case ArgumentDataRole::Text:
        return argument->text;
    case ArgumentDataRole::Depth:
        return argument->depth;
    case ArgumentDataRole::ProCount:
        return countChildren(ArgumentRole::Pro);
    case ArgumentDataRole::ConCount:
        return countChildren(ArgumentRole::Con);
    case ArgumentDataRole::ArticleIds:
        return citedArticleIds(argument->evidence);
    case ArgumentDataRole::EventIds:
        return argument->events;
    case ArgumentDataRole::EarliestSourceDay:
        return earliestSourceDay(*argument);
    }
    return {};
}

QVariant ArgumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Argument");
    case KindColumn:
        return tr("Stance");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

QHash<int, QByteArray> ArgumentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({
        {ArgumentDataRole::Id, "id"},
        {ArgumentDataRole::Role, "role"},
        {ArgumentDataRole::Kind, "kind"},
        {ArgumentDataRole::StanceToRoot, "stanceToRoot"},
        {ArgumentDataRole::Title, "title"},
        {ArgumentDataRole::Text, "text"},
        {ArgumentDataRole::Depth, "depth"},
        {ArgumentDataRole::ProCount, "proCount"},
        {ArgumentDataRole::ConCount, "conCount"},
        {ArgumentDataRole::ArticleIds, "articleIds"},
        {ArgumentDataRole::EventIds, "eventIds"},
        {ArgumentDataRole::EarliestSourceDay, "earliestSourceDay"},
    });
    return names;
}

} // namespace argline
