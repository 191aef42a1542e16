#include "models/explore/filterresult.h"

#include "models/corpus/corpus.h"
#include "models/explore/itemfilter.h"

namespace argline {

int FilterResult::eventsIn(const Corpus &corpus, double firstDay, double endDay) const
{
    return int(std::count_if(events.begin(), events.end(), [&](int e) {
        const FuzzyDate &date = corpus.events[e].date.date;
        return double(date.firstDay())<endDay &&double(date.lastDay() + 1)> firstDay;
    }));
}

FilterResult FilterResult::compute(const Corpus &corpus, const LinkIndex &links, const FilterSpec &spec)
{
    FilterResult result;
    const int eventCount = int(corpus.events.size());
    const int argumentCount = int(corpus.arguments.size());
    const ItemFilter filter(corpus, links, spec);
    const bool everything = spec.isEmpty();

    result.m_eventPasses.resize(eventCount);
    result.events.reserve(eventCount);
    for (int e = 0; e < eventCount; ++e) {
        if (everything || filter.acceptsEvent(e)) {
            result.m_eventPasses[e] = true;
            result.events.append(e);
        }
    }

    result.m_argumentMatches.resize(argumentCount);
    result.m_argumentShown.resize(argumentCount);
    for (int a = 0; a < argumentCount; ++a) {
        if (!everything && !filter.acceptsArgument(a))
            continue;
        result.m_argumentMatches[a] = true;
        ++result.matchingArguments;
        // A match brings its ancestors, so a reason is never shown without the claim it answers. Stop at
        // the first one already shown: its own ancestors are too.
        for (int shown = a; shown >= 0 && !result.m_argumentShown[shown];
             shown = corpus.arguments[shown].parent)
            result.m_argumentShown[shown] = true;
    }
    for (int a = 0; a < argumentCount; ++a) {
        if (result.m_argumentShown[a])
            result.arguments.append(a);
    }
    return result;
}

} // namespace argline
