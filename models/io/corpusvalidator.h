#pragma once

#include "models/corpus/corpus.h"
#include "models/corpus/idresolver.h"
#include "models/io/diagnosticsink.h"
#include "models/io/readlimits.h"

#include <QCoreApplication>

namespace argline {

// The checks that need the whole corpus: article texts (read from files that may not leave the corpus
// folder), references between items, the argument tree, quotes found verbatim in their articles, and
// warnings for articles, actors and themes nothing uses. Problems are reported by JSON path.
class CorpusValidator final
{
    Q_DECLARE_TR_FUNCTIONS(argline::CorpusValidator)

public:
    CorpusValidator(Corpus &corpus, DiagnosticSink &sink, const ReadLimits &limits = {})
        : m_corpus(corpus)
        , m_sink(sink)
        , m_limits(limits)
        , m_ids(corpus)
    {}

    // `baseDir` is the corpus file's folder; "file" references resolve inside it.
    void loadArticleTexts(const QString &baseDir);
    // References between items, the argument tree, and every quote found verbatim in its article.
    void checkItems();
    // Warns about articles, actors and themes nothing refers to (after checkReferences()).
    void checkUsage();

private:
    // Empty when `id` names an item of the expected kind (and marks that item used), else the problem.
    QString referenceProblem(const QString &id, ItemKind expected);
    // `itemPath` is only turned into text when a reference is broken: 100,000 events have half a
    // million references, and building their paths would cost more than checking them.
    void checkReferences(ItemRef item, const char *field, const QStringList &ids, ItemKind expected);
    void checkEvidence(ItemRef item, const QList<Quote> &evidence);

    struct MissingQuote
    {
        const Quote *quote;
        ItemRef item;
        int evidence;
        qsizetype matchedPrefix; // how much of the quote was found, for a hint (0: no hint)
    };
    void checkReferences();
    void checkArgumentTree();
    // Sets the span of every quote found; returns those not found, with a hint for the first `hints`.
    // Changes only the quotes' spans, so it may run beside the other checks.
    QList<MissingQuote> locateQuotes(qsizetype hints) const;
    void reportMissingQuotes(const QList<MissingQuote> &missing);

    Corpus &m_corpus;
    DiagnosticSink &m_sink;
    ReadLimits m_limits;
    IdResolver m_ids;
    QList<bool> m_usedArticles;
    QList<bool> m_usedActors;
    QList<bool> m_usedThemes;
};

} // namespace argline
