#include "models/explore/corpusdocument.h"

#include "models/explore/itemfilter.h"

namespace argline {

CorpusDocument::CorpusDocument(QObject *parent)
    : QObject(parent)
    , m_corpus(std::make_shared<Corpus>())
{
    m_filteredEvents.setEventModel(&m_events);
    m_filteredArguments.setArgumentModel(&m_arguments);
    setCorpus(m_corpus);
}

CorpusDocument::~CorpusDocument() = default;

ReadResult CorpusDocument::open(const QString &path)
{
    ReadResult result = CorpusReader::readFile(path);
    if (result.ok())
        setCorpus(result.corpus);
    return result;
}

void CorpusDocument::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_corpus = corpus ? std::move(corpus) : std::make_shared<Corpus>();
    m_links = LinkIndex(*m_corpus);
    m_events.setCorpus(m_corpus);
    m_arguments.setCorpus(m_corpus);
    m_sources.setCorpus(m_corpus, m_links);
    m_filteredEvents.setLinkIndex(&m_links);
    m_filteredArguments.setLinkIndex(&m_links);
    updateMatches();

    // Keep what is still meaningful in the new corpus.
    QStringList kept;
    for (const QString &id : m_selection.ids()) {
        if (m_corpus->find(id).isValid())
            kept.append(id);
    }
    m_selection.setSelection(kept, m_selection.current());
    Q_EMIT corpusChanged();
}

void CorpusDocument::updateMatches()
{
    const qsizetype count = m_corpus->arguments.size();
    m_argumentMatches.fill(true, count);
    m_matchingArguments = int(count);
    if (m_filter.isEmpty())
        return;
    const ItemFilter filter(*m_corpus, m_links, m_filter);
    for (int i = 0; i < count; ++i) {
        m_argumentMatches[i] = filter.acceptsArgument(i);
        m_matchingArguments -= m_argumentMatches[i] ? 0 : 1;
    }
}

void CorpusDocument::setFilter(const FilterSpec &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filteredEvents.setFilterSpec(filter);
    m_filteredArguments.setFilterSpec(filter);
    updateMatches();
    Q_EMIT filterChanged();
}

} // namespace argline
