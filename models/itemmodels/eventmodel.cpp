#include "models/itemmodels/eventmodel.h"

#include "models/itemmodels/eventdatarole.h"

using namespace Qt::StringLiterals;

namespace argline {

QStringList citedArticleIds(const QList<Quote> &evidence)
{
    QStringList ids;
    for (const Quote &quote : evidence) {
        if (!ids.contains(quote.articleId))
            ids.append(quote.articleId);
    }
    return ids;
}

EventModel::EventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    beginResetModel();
    m_corpus = std::move(corpus);
    m_order.clear();
    m_rowOf.clear();
    if (m_corpus) {
        const QList<Event> &events = m_corpus->events;
        // Sort contiguous keys, not the events: 100,000 of them are large and scattered in memory.
        QList<std::tuple<qint64, qint64, int>> keys(events.size());
        for (int i = 0; i < events.size(); ++i)
            keys[i] = {events[i].date.date.firstDay(), events[i].date.date.lastDay(), i};
        std::sort(keys.begin(), keys.end());
        m_order.resize(events.size());
        m_rowOf.resize(events.size());
        for (int row = 0; row < keys.size(); ++row) {
            m_order[row] = std::get<2>(keys[row]);
            m_rowOf[m_order[row]] = row;
        }
    }
    endResetModel();
}

QModelIndex EventModel::index(const QString &eventId, int column) const
{
    if (!m_corpus)
        return {};
    const int event = m_corpus->indexOf(ItemKind::Event, eventId);
    return event >= 0 ? index(m_rowOf[event], column) : QModelIndex();
}

const Event *EventModel::eventAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_corpus || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &m_corpus->events[m_order[index.row()]];
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_corpus ? 0 : int(m_corpus->events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventModel::facetNames(const QStringList &ids, ItemKind kind) const
{
    QStringList names;
    for (const QString &id : ids) {
        const Facet *facet = kind == ItemKind::Actor ? m_corpus->actor(id) : m_corpus->theme(id);
        names.append(facet ? facet->name : id);
    }
    return names.join(u", "_s);
}

QString EventModel::sourceLabels(const Event &event) const
{
    QStringList labels;
    for (const QString &id : citedArticleIds(event.evidence)) {
        const Article *article = m_corpus->article(id);
        labels.append(article ? article->label : id);
    }
    return labels.join(u"; "_s);
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    const Event *event = eventAt(index);
    if (!event)
        return {};
    const FuzzyDate &date = event->date.date;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return date.displayText();
        case TitleColumn:
            return event->title;
        case ActorsColumn:
            return facetNames(event->actors, ItemKind::Actor);
        case ThemesColumn:
            return facetNames(event->themes, ItemKind::Theme);
        case ImportanceColumn:
            return event->importance;
        case SourcesColumn:
            return sourceLabels(*event);
        }
        return {};
    case Qt::ToolTipRole:
        return event->summary;
    case EventDataRole::Id:
        return event->id;
    case EventDataRole::FirstDay:
        return date.firstDay();
    case EventDataRole::LastDay:
        return date.lastDay();
    case EventDataRole::Precision:
        return int(date.precision());
    case EventDataRole::Qualifier:
        return int(date.qualifier());
    case EventDataRole::IsRange:
        return date.isRange();
    case EventDataRole::Basis:
        return int(event->date.basis);
    case EventDataRole::DateText:
        return date.displayText();
    case EventDataRole::AsWritten:
        return event->date.asWritten;
    case EventDataRole::DateNote:
        return event->date.note;
    case EventDataRole::Status:
        return int(event->status);
    case EventDataRole::Title:
        return event->title;
    case EventDataRole::Summary:
        return event->summary;
    case EventDataRole::ActorIds:
        return event->actors;
    case EventDataRole::ThemeIds:
        return event->themes;
    case EventDataRole::ArticleIds:
        return citedArticleIds(event->evidence);
    case EventDataRole::Importance:
        return event->importance;
    case EventDataRole::QuoteCount:
        return int(event->evidence.size());
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Event");
    case ActorsColumn:
        return tr("Actors");
    case ThemesColumn:
        return tr("Themes");
    case ImportanceColumn:
        return tr("Importance");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

QHash<int, QByteArray> EventModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({
        {EventDataRole::Id, "id"},
        {EventDataRole::FirstDay, "firstDay"},
        {EventDataRole::LastDay, "lastDay"},
        {EventDataRole::Precision, "precision"},
        {EventDataRole::Qualifier, "qualifier"},
        {EventDataRole::IsRange, "isRange"},
        {EventDataRole::Basis, "basis"},
        {EventDataRole::DateText, "dateText"},
        {EventDataRole::AsWritten, "asWritten"},
        {EventDataRole::DateNote, "dateNote"},
        {EventDataRole::Status, "status"},
        {EventDataRole::Title, "title"},
        {EventDataRole::Summary, "summary"},
        {EventDataRole::ActorIds, "actorIds"},
        {EventDataRole::ThemeIds, "themeIds"},
        {EventDataRole::ArticleIds, "articleIds"},
        {EventDataRole::Importance, "importance"},
        {EventDataRole::QuoteCount, "quoteCount"},
    });
    return names;
}

} // namespace argline
