#pragma once

#include "models/explore/filterspec.h"

#include <QList>

namespace argline {

struct Corpus;
class LinkIndex;

// What the filter keeps of one corpus: computed once per corpus or filter change by CorpusDocument and
// read by everything that shows or counts items — the timeline, the map, the overview chart, the status
// line, the proxies behind the outline panels. Nothing downstream evaluates the filter again.
struct FilterResult
{
    QList<int> events;    // corpus indices of the events that pass, in corpus order
    QList<int> arguments; // what the map shows: the matching arguments and their ancestors, sorted
    int matchingArguments = 0;

    bool eventPasses(int event) const { return m_eventPasses.value(event, false); }
    // The argument matches the filter itself (rather than being shown as the ancestor of one that does).
    bool argumentMatches(int argument) const { return m_argumentMatches.value(argument, false); }
    bool argumentShown(int argument) const { return m_argumentShown.value(argument, false); }

    // How many of the passing events overlap the days [firstDay, endDay) (a timeline's window).
    int eventsIn(const Corpus &corpus, double firstDay, double endDay) const;

    static FilterResult compute(const Corpus &corpus, const LinkIndex &links, const FilterSpec &spec);

private:
    QList<bool> m_eventPasses; // by corpus index
    QList<bool> m_argumentMatches;
    QList<bool> m_argumentShown;
};

} // namespace argline
