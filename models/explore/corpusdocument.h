#pragma once

#include "models/corpus/corpus.h"
#include "models/corpus/linkindex.h"
#include "models/explore/filterspec.h"
#include "models/explore/sharedselection.h"
#include "models/io/corpusreader.h"
#include "models/itemmodels/argumentfilterproxy.h"
#include "models/itemmodels/argumentmodel.h"
#include "models/itemmodels/eventfilterproxy.h"
#include "models/itemmodels/eventmodel.h"
#include "models/itemmodels/sourcemodel.h"

#include <QObject>

#include <memory>

namespace argline {

// The open corpus and everything derived from it: the item models and their filtered proxies, the link
// index, the shared filter and the shared selection. Views hold a CorpusDocument and read from it;
// opening another file swaps the whole corpus at once, or — when the file has errors — changes nothing.
class CorpusDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusDocument)

public:
    explicit CorpusDocument(QObject *parent = nullptr);
    ~CorpusDocument() override;

    // Reads `path`; on success replaces the corpus. On failure the current corpus stays open and the
    // returned diagnostics say why.
    ReadResult open(const QString &path);
    void setCorpus(std::shared_ptr<const Corpus> corpus);

    const std::shared_ptr<const Corpus> &corpusPointer() const { return m_corpus; }
    const Corpus &corpus() const { return *m_corpus; }
    const LinkIndex &links() const { return m_links; }

    EventModel *events() { return &m_events; }
    ArgumentModel *arguments() { return &m_arguments; }
    SourceModel *sources() { return &m_sources; }
    EventFilterProxy *filteredEvents() { return &m_filteredEvents; }
    ArgumentFilterProxy *filteredArguments() { return &m_filteredArguments; }
    SharedSelection *selection() { return &m_selection; }

    const FilterSpec &filter() const { return m_filter; }
    void setFilter(const FilterSpec &filter);
    // How many arguments match the filter. The filtered tree also keeps their ancestors, for structure;
    // those are not counted.
    int visibleArgumentCount() const { return m_matchingArguments; }
    // Whether the argument at `index` (into corpus().arguments) matches the filter itself, rather than
    // being shown only as an ancestor of one that does.
    bool argumentMatches(int index) const { return m_argumentMatches.value(index, false); }

Q_SIGNALS:
    void corpusChanged();
    void filterChanged();

private:
    std::shared_ptr<const Corpus> m_corpus;
    LinkIndex m_links;
    FilterSpec m_filter;
    EventModel m_events;
    ArgumentModel m_arguments;
    SourceModel m_sources;
    EventFilterProxy m_filteredEvents;
    ArgumentFilterProxy m_filteredArguments;
    SharedSelection m_selection;
    // Evaluated once per corpus or filter change, for the status line and the map alike.
    QList<bool> m_argumentMatches;
    int m_matchingArguments = 0;

    void updateMatches();
};

} // namespace argline
