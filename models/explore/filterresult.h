#pragma once

#include "models/explore/filterspec.h"

#include <QList>

#include <memory>

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

    // How many of the passing events overlap the days [firstDay, endDay) (a timeline's window). The status
    // line asks on every zoom step: two binary searches in the events' first and last days, sorted on
    // the first call, where a scan of 100,000 events took longer than the timeline's repaint.
    int eventsIn(const Corpus &corpus, double firstDay, double endDay) const;

    static FilterResult compute(const Corpus &corpus, const LinkIndex &links, const FilterSpec &spec);

private:
    struct Spans
    {
        QList<qint64> starts; // the passing events' first days, sorted
        QList<qint64> stops;  // and their last days + 1, sorted
    };

    QList<bool> m_eventPasses;                    // by corpus index
    mutable std::shared_ptr<const Spans> m_spans; // for eventsIn(), made on its first call
    QList<bool> m_argumentMatches;
    QList<bool> m_argumentShown;
};

} // namespace argline
