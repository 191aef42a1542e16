#pragma once

#include "models/corpus/corpus.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace argline {

// What a user types to search or to filter by text: words that must all occur, in any order, and
// "quoted phrases" that must occur as written — case-insensitive, with curly and straight quote marks
// alike. A term is found where a word starts ("office" finds "offices"; "nato" does not find "senator");
// in a script written without spaces (Japanese) anywhere. One implementation for the search bar and the
// text filter.
class TextQuery final
{
public:
    TextQuery() = default;
    explicit TextQuery(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // The words and phrases, folded to lower case.
    const QStringList &terms() const { return m_terms; }

    // Where an item's terms were found: every term in at least one place for a match.
    struct Hits
    {
        int inTitle = 0; // how many terms the title holds
        int inBody = 0;  // ... the text or summary
        int inQuotes = 0;
        bool all = false; // every term is somewhere
        // How far a reader must look to find every term: 0 the title alone, 1 the title and the text,
        // 2 the quotes too (meaningful when `all`).
        int tier = 2;
    };
    Hits find(const QString &title, const QString &body, const QList<Quote> &evidence) const;
    bool matches(const QString &title, const QString &body, const QList<Quote> &evidence) const
    {
        return isEmpty() || find(title, body, evidence).all;
    }
    // Whether `text` holds `term` (one of terms()) where a word starts.
    static bool contains(const QString &text, const QString &term);

private:
    QStringList m_terms;
};

} // namespace argline
