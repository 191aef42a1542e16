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
    m_corpus = corpus ? std::move(corpus) : std::make_shared<Corpus>();
    m_links = LinkIndex(*m_corpus);
    m_result = FilterResult::compute(*m_corpus, m_links, m_filter);
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
    m_filteredEvents.resultChanged();
    m_filteredArguments.resultChanged();
    Q_EMIT resultChanged();
}

} // namespace argline
