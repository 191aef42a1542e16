#pragma once

#include "models/corpus/corpus.h"
#include "models/explore/filterspec.h"

#include <QCoreApplication>
#include <QStringList>

namespace argline {

// Human words for a filter: the chips a user can remove, and the status line's "filtered by: …".
struct FilterChip
{
    enum class Kind : quint8
    {
        Actor,
        Theme,
        Article,
        Stance,
        Importance,
        Text,
        OnlyLinked,
        AsOf
    };
    Kind kind;
    QString value; // the id, for actors, themes and articles
    QString label;
};

class FilterDescription final
{
    Q_DECLARE_TR_FUNCTIONS(argline::FilterDescription)

public:
    static QList<FilterChip> chips(const Corpus &corpus, const FilterSpec &spec);
    // The filter without `chip`.
    static FilterSpec without(const FilterSpec &spec, const FilterChip &chip);
    // The status line: "34 of 40 events · 28 of 40 arguments · filtered by: France, only for".
    static QString statusLine(const Corpus &corpus, const FilterSpec &spec, int shownEvents,
                              int shownArguments);
};

} // namespace argline
