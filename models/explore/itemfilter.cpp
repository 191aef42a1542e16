#include "models/explore/itemfilter.h"

#include "models/corpus/linkindex.h"

namespace argline {

namespace {

// The ids of `ids` that are in `wanted`, in the order the item lists them.
QStringList chosen(const QStringList &ids, const QSet<QString> &wanted)
{
    QStringList found;
    for (const QString &id : ids) {
        if (wanted.contains(id))
            found.append(id);
    }
    return found;
}

// Whether `ids` include one of `wanted` (any, when nothing is wanted); with `found`, which ones.
bool facetMatches(const QStringList &ids, const QSet<QString> &wanted, QStringList *found)
{
    if (wanted.isEmpty())
        return true;
    if (!found)
        return std::any_of(ids.begin(), ids.end(), [&](const QString &id) { return wanted.contains(id); });
    *found = chosen(ids, wanted);
    return !found->isEmpty();
}

bool quotesArticle(const QList<Quote> &evidence, const QSet<QString> &articles, QStringList *found)
{
    if (articles.isEmpty())
        return true;
    bool any = false;
    for (const Quote &quote : evidence) {
        if (articles.contains(quote.articleId)) {
            any = true;
            if (!found)
                return true;
            if (!found->contains(quote.articleId))
                found->append(quote.articleId);
        }
    }
    return any;
}

} // namespace

bool ItemFilter::textMatches(const QString &needle, const QString &title, const QString &body,
                             const QList<Quote> &evidence)
{
    return TextQuery(needle).matches(title, body, evidence);
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

ItemFilter::Published ItemFilter::shownAsOf(const Corpus &corpus, int argument, qint64 day)
{
    const Argument &a = corpus.arguments[argument];
    Published best = publishedBy(corpus, a, day);
    if (a.parent >= 0 || best == Published::Yes)
        return best;
    QList<int> below = a.children;
    while (!below.isEmpty() && best != Published::Yes) {
        const int next = below.takeLast();
        best = std::max(best, publishedBy(corpus, corpus.arguments[next], day));
        below.append(corpus.arguments[next].children);
    }
    return best;
}

bool ItemFilter::acceptsEvent(int index, MatchReasons *why) const
{
    const Event &event = m_corpus.events[index];
    if (m_spec.onlyLinkedTo && !m_spec.onlyLinkedTo->contains(event.id))
        return false;
    if (event.importance < m_spec.minImportance)
        return false;
    // Its own actors and themes.
    QStringList actors;
    QStringList themes;
    if (!facetMatches(event.actors, m_spec.actors, why ? &actors : nullptr) ||
        !facetMatches(event.themes, m_spec.themes, why ? &themes : nullptr))
        return false;
    QStringList articles;
    if (!quotesArticle(event.evidence, m_spec.articles, why ? &articles : nullptr))
        return false;
    TextQuery::Hits text;
    if (!m_text.isEmpty()) {
        text = m_text.find(event.title, event.summary, event.evidence);
        if (!text.all)
            return false;
    }
    // A stance reaches events through the arguments that cite them.
    QList<int> citing;
    if (!m_spec.showPro || !m_spec.showCon) {
        for (int a : m_links.argumentsCitingEvent(index)) {
            const int stance = m_corpus.arguments[a].stanceToRoot;
            if (stance != 0 && stanceAllowed(stance)) {
                citing.append(a);
                if (!why)
                    break;
            }
        }
        if (citing.isEmpty())
            return false;
    }
    if (why)
        *why = {actors, themes, articles, {}, citing, text, std::nullopt};
    return true;
}

bool ItemFilter::acceptsArgument(int index, MatchReasons *why) const
{
    const Argument &argument = m_corpus.arguments[index];
    if (m_spec.onlyLinkedTo && !m_spec.onlyLinkedTo->contains(argument.id))
        return false;
    std::optional<Published> published;
    if (m_spec.asOfDay) {
        published = shownAsOf(m_corpus, index, *m_spec.asOfDay);
        if (*published == Published::No)
            return false;
    }
    if (!stanceAllowed(argument.stanceToRoot))
        return false;
    QStringList articles;
    if (!quotesArticle(argument.evidence, m_spec.articles, why ? &articles : nullptr))
        return false;
    TextQuery::Hits text;
    if (!m_text.isEmpty()) {
        text = m_text.find(argument.title, argument.text, argument.evidence);
        if (!text.all)
            return false;
    }
    // Its own actors and themes, not those of the events it cites.
    QStringList actors;
    QStringList themes;
    if (!facetMatches(argument.actors, m_spec.actors, why ? &actors : nullptr) ||
        !facetMatches(argument.themes, m_spec.themes, why ? &themes : nullptr))
        return false;
    if (why) {
        *why = {actors, themes, articles, {}, {}, text, published};
        if (!m_spec.actors.isEmpty() || !m_spec.themes.isEmpty()) {
            for (int e : m_links.eventsOfArgument(index)) {
                const Event &event = m_corpus.events[e];
                if (!chosen(event.actors, m_spec.actors).isEmpty() ||
                    !chosen(event.themes, m_spec.themes).isEmpty())
                    why->citedEvents.append(e);
            }
        }
    }
    return true;
}

} // namespace argline
