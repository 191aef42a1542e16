#include "models/corpus/linkindex.h"

#include "models/corpus/idresolver.h"

namespace argline {

namespace {

void appendUnique(QList<int> &list, int value)
{
    if (list.isEmpty() || list.last() != value)
        list.append(value);
}

} // namespace

LinkIndex::LinkIndex(const Corpus &corpus)
    : m_corpus(&corpus)
    , m_argumentsOfEvent(corpus.events.size())
    , m_eventsOfArgument(corpus.arguments.size())
    , m_eventsOfArticle(corpus.articles.size())
    , m_argumentsOfArticle(corpus.articles.size())
{
    IdResolver ids(corpus);
    for (int a = 0; a < corpus.arguments.size(); ++a) {
        const Argument &argument = corpus.arguments[a];
        for (const QString &id : argument.events) {
            if (const int e = ids.indexOf(ItemKind::Event, id); e >= 0) {
                m_eventsOfArgument[a].append(e);
                appendUnique(m_argumentsOfEvent[e], a);
            }
        }
        for (const Quote &quote : argument.evidence) {
            if (const int article = ids.indexOf(ItemKind::Article, quote.articleId); article >= 0)
                appendUnique(m_argumentsOfArticle[article], a);
        }
    }
    for (int e = 0; e < corpus.events.size(); ++e) {
        for (const Quote &quote : corpus.events[e].evidence) {
            if (const int article = ids.indexOf(ItemKind::Article, quote.articleId); article >= 0)
                appendUnique(m_eventsOfArticle[article], e);
        }
    }
}

QStringList LinkIndex::linkedIds(const QString &id) const
{
    QStringList ids;
    if (!m_corpus)
        return ids;
    const ItemRef ref = m_corpus->find(id);
    const auto addEvents = [&](const QList<int> &events) {
        for (int e : events)
            ids.append(m_corpus->events[e].id);
    };
    const auto addArguments = [&](const QList<int> &arguments) {
        for (int a : arguments)
            ids.append(m_corpus->arguments[a].id);
    };
    switch (ref.kind) {
    case ItemKind::Event:
        addArguments(m_argumentsOfEvent[ref.index]);
        break;
    case ItemKind::Argument:
        addEvents(m_eventsOfArgument[ref.index]);
        break;
    case ItemKind::Article:
        addEvents(m_eventsOfArticle[ref.index]);
        addArguments(m_argumentsOfArticle[ref.index]);
        break;
    default:
        break;
    }
    return ids;
}

QSet<QString> LinkIndex::linkedTo(const QStringList &ids) const
{
    QSet<QString> linked;
    for (const QString &id : ids) {
        for (const QString &other : linkedIds(id))
            linked.insert(other);
    }
    for (const QString &id : ids)
        linked.remove(id);
    return linked;
}

} // namespace argline
