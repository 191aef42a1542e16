#pragma once

#include "models/corpus/corpus.h"

#include <QCoreApplication>
#include <QStringList>

namespace argline {

// Search by words over titles, texts and quotes (TextQuery: every word, in any order; "quoted phrases" as
// written), returning the matching item ids best first, so Enter and Shift+Enter step through them in
// that order:
//   1. where the words are: all in the title, then all in the title and text, then some only in quotes;
//   2. then the more of the words in the title;
//   3. then importance: an event's own (1–5); an argument's by its place in the tree (the claim 5, a
//      reason for or against it 4, an objection 3, anything deeper 2);
//   4. then reading order: events by date, then arguments in tree order.
class Search final
{
public:
    static QStringList matches(const Corpus &corpus, const QString &text);
    // The importance ranking uses for an argument.
    static int importance(const Argument &argument) { return std::max(2, 5 - argument.depth); }
};

} // namespace argline
