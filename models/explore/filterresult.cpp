#include "models/explore/filterresult.h"

#include "models/corpus/corpus.h"
#include "models/explore/itemfilter.h"

#include <algorithm>

namespace argline {

int FilterResult::eventsIn(const Corpus &corpus, double firstDay, double endDay) const
{
    if (!m_spans) {
        auto spans = std::make_shared<Spans>();
        spans->starts.reserve(events.size());
        spans->stops.reserve(events.size());
        for (int e : events) {
            const FuzzyDate &date = corpus.events[e].date.date;
            spans->starts.append(date.firstDay());
            spans->stops.append(date.lastDay() + 1);
        }
        std::sort(spans->starts.begin(), spans->starts.end());
        std::sort(spans->stops.begin(), spans->stops.end());
        m_spans = std::move(spans);
    }
    // Every event starts before it stops, so none both starts at or after the window's end and stops at or
    // before its first day: those overlapping are all but the two (disjoint) groups that do not.
    const auto startsFromEnd = m_spans->starts.cend() -
                               std::lower_bound(m_spans->starts.cbegin(), m_spans->starts.cend(), endDay,
                                                [](qint64 day, double bound) { return double(day) < bound; });
    const auto stopsByFirst = std::upper_bound(m_spans->stops.cbegin(), m_spans->stops.cend(), firstDay,
                                               [](double bound, qint64 day) { return bound < double(day); }) -
                              m_spans->stops.cbegin();
    return int(events.size() - startsFromEnd - stopsByFirst);
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
