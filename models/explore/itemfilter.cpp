#include "models/explore/itemfilter.h"

#include "models/corpus/linkindex.h"

namespace argline {

namespace {

bool intersects(const QStringList &ids, const QSet<QString> &wanted)
{
    return std::any_of(ids.begin(), ids.end(), [&](const QString &id) { return wanted.contains(id); });
}

} // namespace

bool ItemFilter::textMatches(const QString &needle, const QString &title, const QString &body,
                             const QList<Quote> &evidence)
{
    if (needle.isEmpty())
        return true;
    if (title.contains(needle, Qt::CaseInsensitive) || body.contains(needle, Qt::CaseInsensitive))
        return true;
    return std::any_of(evidence.begin(), evidence.end(),
                       [&](const Quote &quote) { return quote.text.contains(needle, Qt::CaseInsensitive); });
}

bool ItemFilter::eventFacetsMatch(const Event &event) const
{
    return (m_spec.actors.isEmpty() || intersects(event.actors, m_spec.actors)) &&
           (m_spec.themes.isEmpty() || intersects(event.themes, m_spec.themes));
}

bool ItemFilter::citesSelectedArticle(const QList<Quote> &evidence) const
{
    return m_spec.articles.isEmpty() ||
           std::any_of(evidence.begin(), evidence.end(),
                       [&](const Quote &quote) { return m_spec.articles.contains(quote.articleId); });
}

bool ItemFilter::stanceAllowed(int stance) const
{
    return stance == 0 || (stance > 0 ? m_spec.showPro : m_spec.showCon);
}

ItemFilter::Published ItemFilter::publishedBy(const Corpus &corpus, const Argument &argument, qint64 day)
{
    Published best = Published::No;
    for (const Quote &quote : argument.evidence) {
        const Article *article = corpus.article(quote.articleId);
        if (!article)
            continue;
        if (article->published.date.lastDay() <= day)
            return Published::Yes;
        if (article->published.date.firstDay() <= day)
            best = Published::Possibly;
    }
    return best;
}

bool ItemFilter::acceptsEvent(int index) const
{
    const Event &event = m_corpus.events[index];
    if (m_spec.onlyLinkedTo && !m_spec.onlyLinkedTo->contains(event.id))
        return false;
    if (event.importance < m_spec.minImportance || !eventFacetsMatch(event) ||
        !citesSelectedArticle(event.evidence) ||
        !textMatches(m_spec.text, event.title, event.summary, event.evidence))
        return false;
    if (m_spec.showPro && m_spec.showCon)
        return true;
    const QList<int> &arguments = m_links.argumentsCitingEvent(index);
    return std::any_of(arguments.begin(), arguments.end(), [&](int a) {
        const int stance = m_corpus.arguments[a].stanceToRoot;
        return stance != 0 && stanceAllowed(stance);
    });
}

bool ItemFilter::acceptsArgument(int index) const
{
    const Argument &argument = m_corpus.arguments[index];
    if (m_spec.onlyLinkedTo && !m_spec.onlyLinkedTo->contains(argument.id))
        return false;
    if (m_spec.asOfDay && publishedBy(m_corpus, argument, *m_spec.asOfDay) == Published::No)
        return false;
    if (!stanceAllowed(argument.stanceToRoot) || !citesSelectedArticle(argument.evidence) ||
        !textMatches(m_spec.text, argument.title, argument.text, argument.evidence))
        return false;
    if (m_spec.actors.isEmpty() && m_spec.themes.isEmpty())
        return true;
    const QList<int> &events = m_links.eventsOfArgument(index);
    return std::any_of(events.begin(), events.end(),
                       [&](int e) { return eventFacetsMatch(m_corpus.events[e]); });
}

} // namespace argline
