#pragma once

#include "models/corpus/corpus.h"
#include "models/explore/filterspec.h"
#include "models/explore/textquery.h"

namespace argline {

class LinkIndex;
struct MatchReasons;

// Evaluates a FilterSpec against one corpus. The rules, facet by facet:
//   - actors and themes: an event by its own actors and themes; an argument by its own (what it names or is
//     about itself, docs/corpus-format.md), never by the events it cites;
//   - sources: an item that quotes one of the chosen articles;
//   - for/against: an argument by its stance on the claim (a claim passes either); an event when an
//     argument of a chosen stance cites it;
//   - importance: events only;
//   - text: every word (or "quoted phrase") in the title, the text or a quote (TextQuery);
//   - as of: an argument one of whose sources may have been published by the day; a root claim, which
//     frames the debate, when any argument of its tree may have been (events are dimmed, not hidden).
// The same functions say why an item passes (MatchReasons), so an explanation cannot drift from the rule.
class ItemFilter final
{
public:
    ItemFilter(const Corpus &corpus, const LinkIndex &links, const FilterSpec &spec)
        : m_corpus(corpus)
        , m_links(links)
        , m_spec(spec)
        , m_text(spec.text)
    {}

    // Whether the item passes; when `why` is given, also what it matched on.
    bool acceptsEvent(int index, MatchReasons *why = nullptr) const;
    bool acceptsArgument(int index, MatchReasons *why = nullptr) const;

    static bool textMatches(const QString &needle, const QString &title, const QString &body,
                            const QList<Quote> &evidence);
    // Whether an argument's sources were (certainly, or possibly) published by `day`. A source's date
    // is a span; an inferred "2023" may be anywhere in it.
    enum class Published
    {
        No,
        Possibly,
        Yes
    };
    static Published publishedBy(const Corpus &corpus, const Argument &argument, qint64 day);
    // The same, with a root claim counting as published as soon as any argument of its tree is: the
    // claim is the question the debate answers, and its own quote may come from a later article.
    static Published shownAsOf(const Corpus &corpus, int argument, qint64 day);

private:
    bool stanceAllowed(int stance) const;

    const Corpus &m_corpus;
    const LinkIndex &m_links;
    const FilterSpec &m_spec;
    TextQuery m_text;
};

// Why an item passes the filter, facet by facet (only the facets the filter uses are filled in).
struct MatchReasons
{
    QStringList actors;   // the chosen actors the item names (an argument) or involves (an event)
    QStringList themes;   // the chosen themes, likewise
    QStringList articles; // the chosen articles it quotes
    // An argument's cited events that involve a chosen actor or theme: worth knowing, but not why the
    // argument matches.
    QList<int> citedEvents;
    // An event's citing arguments of a chosen stance (when only one stance is shown): why it passes.
    QList<int> citingArguments;
    TextQuery::Hits text;                           // where the searched words are, when filtering by text
    std::optional<ItemFilter::Published> published; // under an "as of" cursor
};

} // namespace argline
