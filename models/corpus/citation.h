#pragma once

#include "models/corpus/corpus.h"

#include <QCoreApplication>
#include <QStringList>

namespace argline {

// How Argline cites an article — in the details panel, the article reader, and the credits footer of
// every export — and which articles a set of items rests on. What the text does not state is said to be
// missing, never invented: "(no title in the text) · outlet not stated · …".
class Citation final
{
    Q_DECLARE_TR_FUNCTIONS(argline::Citation)

public:
    // Title, outlet, authors and date (with how the date is known when it is not stated), in that order.
    static QStringList parts(const Article &article);
    static QString plainText(const Article &article); // the parts joined with " · "
    // The outlet as a citation shows it: "DW", or "War on the Rocks (from the page, not the text)" when
    // only the page the text came from names it. Empty when no outlet is known.
    static QString outlet(const Article &article);
    // "DW, 9 April 2025": the outlet (or the article's label when none is
    // stated) and the date, for a footer line.
    static QString shortText(const Article &article);
    // A verbatim passage set in quotation marks, “…”; quotation marks inside it become single ones
    // (‘…’), so a passage that itself opens with a quote is never shown as ““…”.
    static QString quoted(const QString &passage);

    // What stands where a quote would be for an imported item that has none: "from tljs_eras.json · no
    // source quote" (docs/import-formats.md: the provenance rule). Empty when `importedFrom` is empty.
    static QString withoutQuote(const QString &importedFrom);

    // The articles quoted by `events` and `arguments` (corpus indices), each once, oldest first.
    static QList<int> citedArticles(const Corpus &corpus, const QList<int> &events,
                                    const QList<int> &arguments);
};

} // namespace argline
