#pragma once

#include "models/corpus/corpus.h"
#include "models/explore/filterspec.h"

namespace argline {

class LinkIndex;

// Evaluates a FilterSpec against one corpus.
class ItemFilter final
{
public:
    ItemFilter(const Corpus &corpus, const LinkIndex &links, const FilterSpec &spec)
        : m_corpus(corpus)
        , m_links(links)
        , m_spec(spec)
    {}

    bool acceptsEvent(int index) const;
    bool acceptsArgument(int index) const;

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

private:
    bool eventFacetsMatch(const Event &event) const;
    bool citesSelectedArticle(const QList<Quote> &evidence) const;
    bool stanceAllowed(int stance) const;

    const Corpus &m_corpus;
    const LinkIndex &m_links;
    const FilterSpec &m_spec;
};

} // namespace argline
