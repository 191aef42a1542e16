#pragma once

#include "models/corpus/corpus.h"
#include "models/corpus/linkindex.h"
#include "models/explore/filterresult.h"
#include "models/explore/filterspec.h"
#include "models/explore/sharedselection.h"
#include "models/io/corpusreader.h"
#include "models/itemmodels/argumentfilterproxy.h"
#include "models/itemmodels/argumentmodel.h"
#include "models/itemmodels/eventfilterproxy.h"
#include "models/itemmodels/eventmodel.h"
#include "models/itemmodels/sourcemodel.h"
#include "models/time/timeindex.h"

#include <QObject>

#include <array>
#include <memory>

namespace argline {

// The open corpus and everything derived from it: the link index, the shared filter and the one
// filtered result, the shared selection, and the item models the panels view.
//
// Data flows one way. Opening a file swaps the whole corpus at once (or, when the file has errors,
// changes nothing) and emits corpusChanged(); setting a filter computes one FilterResult and emits
// resultChanged() once. The views, the overview chart, the status line and the proxies all read that
// result; none of them filters again. Selection lives in SharedSelection, as ids.
class CorpusDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusDocument)

public:
    explicit CorpusDocument(QObject *parent = nullptr);
    ~CorpusDocument() override;

    // Reads `path` (any format CorpusFormats reads); on success replaces the corpus. On failure the current
    // corpus stays open and the returned diagnostics say why.
    ReadResult open(const QString &path);
    void setCorpus(std::shared_ptr<const Corpus> corpus);

    // What a corpus brings that takes long to derive: built by prepare() on any thread (the loader's
    // worker does it after reading), adopted by setCorpus() with pointer swaps and model resets.
    struct Prepared
    {
        std::shared_ptr<const Corpus> corpus;
        LinkIndex links;
        FilterSpec filter; // the filter `result` and the time indexes were computed for
        FilterResult result;
        std::array<std::shared_ptr<const TimeIndex>, 2> timeIndexes; // of result.events, by LaneMode
    };
    static Prepared prepare(std::shared_ptr<const Corpus> corpus, const FilterSpec &filter,
                            bool withTimeIndexes = true);
    // Adopts `prepared`; what it holds for another filter than the document's is derived again here.
    void setCorpus(Prepared prepared);

    const std::shared_ptr<const Corpus> &corpusPointer() const { return m_corpus; }
    const Corpus &corpus() const { return *m_corpus; }
    const LinkIndex &links() const { return m_links; }

    const FilterSpec &filter() const { return m_filter; }
    void setFilter(const FilterSpec &filter);
    // What the filter keeps, for the current corpus and filter.
    const FilterResult &result() const { return m_result; }
    // How many arguments match the filter (their ancestors, shown for structure, are not counted).
    int visibleArgumentCount() const { return m_result.matchingArguments; }
    bool argumentMatches(int index) const { return m_result.argumentMatches(index); }
    // The result's events in lanes by `mode`, sorted by time: built once per corpus and result, and
    // shared by the timeline and the overview chart.
    const TimeIndex &timeIndex(LaneMode mode) const;

    SharedSelection *selection() { return &m_selection; }

    // Item models, for the panels that show items in item views.
    EventModel *events() { return &m_events; }
    ArgumentModel *arguments() { return &m_arguments; }
    SourceModel *sources() { return &m_sources; }
    EventFilterProxy *filteredEvents() { return &m_filteredEvents; }
    ArgumentFilterProxy *filteredArguments() { return &m_filteredArguments; }

Q_SIGNALS:
    // A new corpus, with its result already computed.
    void corpusChanged();
    // A new filter and its result. Emitted once per change.
    void resultChanged();

private:
    std::shared_ptr<const Corpus> m_corpus;
    LinkIndex m_links;
    FilterSpec m_filter;
    FilterResult m_result;
    mutable std::array<std::shared_ptr<const TimeIndex>, 2> m_timeIndexes; // by LaneMode, built on demand
    SharedSelection m_selection;
    EventModel m_events;
    ArgumentModel m_arguments;
    SourceModel m_sources;
    EventFilterProxy m_filteredEvents;
    ArgumentFilterProxy m_filteredArguments;
};

} // namespace argline
