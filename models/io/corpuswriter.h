#pragma once

#include "models/corpus/corpus.h"

#include <QByteArray>
#include <QString>

namespace argline {

// Writes a corpus in the format CorpusReader reads (docs/corpus-format.md), fields in the documented
// order, so read → write → read gives an identical corpus and identical input gives identical bytes.
class CorpusWriter final
{
public:
    enum class ArticleTexts
    {
        AsRead, // keep "file" references where the corpus had them
        Inline  // embed every article's text (for a corpus saved away from its article files)
    };

    static QByteArray toJson(const Corpus &corpus, ArticleTexts texts = ArticleTexts::AsRead);
    // Writes through QSaveFile: a failed write never leaves a truncated file. Returns false and sets
    // *error on failure.
    static bool writeFile(const Corpus &corpus, const QString &path, QString *error,
                          ArticleTexts texts = ArticleTexts::AsRead);
};

} // namespace argline
