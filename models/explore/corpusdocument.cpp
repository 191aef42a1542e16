#include "models/explore/corpusdocument.h"

#include "models/formats/corpusformats.h"

namespace argline {

CorpusDocument::CorpusDocument(QObject *parent)
    : QObject(parent)
    , m_corpus(std::make_shared<Corpus>())
{
    m_filteredEvents.setEventModel(&m_events, &m_result);
    m_filteredArguments.setArgumentModel(&m_arguments, &m_result);
    setCorpus(m_corpus);
}

CorpusDocument::~CorpusDocument() = default;

ReadResult CorpusDocument::open(const QString &path)
{
    ReadResult result = CorpusFormats::read(path); // any format Argline opens
    if (result.ok())
        setCorpus(result.corpus);
    return result;
}

void CorpusDocument::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    setCorpus(prepare(std::move(corpus), m_filter, false));
}

CorpusDocument::Prepared CorpusDocument::prepare(std::shared_ptr<const Corpus> corpus,
                                                 const FilterSpec &filter, bool withTimeIndexes)
{
    Prepared prepared;
    prepared.corpus = corpus ? std::move(corpus) : std::make_shared<Corpus>();
    prepared.links = LinkIndex(*prepared.corpus);
    prepared.filter = filter;
    prepared.result = FilterResult::compute(*prepared.corpus, prepared.links, filter);
    if (withTimeIndexes) {
        for (LaneMode mode : {LaneMode::Actor, LaneMode::Theme})
            prepared.timeIndexes[size_t(mode)] =
                std::make_shared<const TimeIndex>(*prepared.corpus, prepared.result.events, mode);
    }
    return prepared;
}

const TimeIndex &CorpusDocument::timeIndex(LaneMode mode) const
{
    std::shared_ptr<const TimeIndex> &index = m_timeIndexes[size_t(mode)];
    if (!index)
        index = std::make_shared<const TimeIndex>(*m_corpus, m_result.events, mode);
    return *index;
}

void CorpusDocument::setCorpus(Prepared prepared)
{
    if (!prepared.corpus)
        prepared = prepare(nullptr, m_filter, false);
    m_corpus = std::move(prepared.corpus);
    m_links = std::move(prepared.links);
    if (prepared.filter == m_filter) {
        m_result = std::move(prepared.result);
        m_timeIndexes = std::move(prepared.timeIndexes);
    } else { // the filter changed while the corpus was prepared
        m_result = FilterResult::compute(*m_corpus, m_links, m_filter);
        m_timeIndexes = {};
    }
    m_events.setCorpus(m_corpus);
    m_arguments.setCorpus(m_corpus);
    m_sources.setCorpus(m_corpus, m_links);
    m_filteredEvents.resultChanged();
    m_filteredArguments.resultChanged();

    // Keep what is still meaningful in the new corpus.
    QStringList kept;
    for (const QString &id : m_selection.ids()) {
        if (m_corpus->find(id).isValid())
            kept.append(id);
    }
    m_selection.setSelection(kept, m_selection.current());
    Q_EMIT corpusChanged();
}

void CorpusDocument::setFilter(const FilterSpec &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_result = FilterResult::compute(*m_corpus, m_links, m_filter);
    m_timeIndexes = {};
    m_filteredEvents.resultChanged();
    m_filteredArguments.resultChanged();
    Q_EMIT resultChanged();
}

} // namespace argline
