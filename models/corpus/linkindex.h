#pragma once

#include "models/corpus/corpus.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace argline {

// Who points at whom: event → arguments that rest on it, argument → its events, article → the items
// whose quotes come from it. Built once per corpus; everything is by index, with id-based helpers for
// views that follow the shared selection.
class LinkIndex final
{
public:
    LinkIndex() = default;
    explicit LinkIndex(const Corpus &corpus);

    const QList<int> &argumentsCitingEvent(int event) const { return m_argumentsOfEvent[event]; }
    const QList<int> &eventsOfArgument(int argument) const { return m_eventsOfArgument[argument]; }
    const QList<int> &eventsCitingArticle(int article) const { return m_eventsOfArticle[article]; }
    const QList<int> &argumentsCitingArticle(int article) const { return m_argumentsOfArticle[article]; }

    // Ids directly linked to `id`: an event's arguments, an argument's events, an article's items.
    QStringList linkedIds(const QString &id) const;
    // Everything linked to any of `ids` (the ids themselves excluded).
    QSet<QString> linkedTo(const QStringList &ids) const;

private:
    const Corpus *m_corpus = nullptr;
    QList<QList<int>> m_argumentsOfEvent;
    QList<QList<int>> m_eventsOfArgument;
    QList<QList<int>> m_eventsOfArticle;
    QList<QList<int>> m_argumentsOfArticle;
};

} // namespace argline
