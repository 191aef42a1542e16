#pragma once

#include "models/corpus/corpus.h"
#include "models/explore/filterspec.h"

#include <QCoreApplication>
#include <QStringList>

namespace argline {

class LinkIndex;

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
    // The timeline's window of days [firstDay, endDay) and how many of the shown events it holds.
    struct EventWindow
    {
        double firstDay = 0;
        double endDay = 0;
        int events = 0;
    };
    // With `window`, the events counted are those in it: "7 of 42 events in 2022 – 2025 · …".
    static QString statusLine(const Corpus &corpus, const FilterSpec &spec, int shownEvents,
                              int shownArguments, std::optional<EventWindow> window = std::nullopt);
    // A window of days in words, as coarse as its length allows: "2022 – 2025", "April – June 2023".
    static QString windowText(double firstDay, double endDay);
    // Why an item (an event or an argument) is shown under `spec`, one sentence per facet: "Matches China:
    // names China; also cites “NATO’s Strategic Concept…”", "Against the claim", "The searched words are
    // in its title". Empty when nothing is filtered; for an argument shown only as the ancestor of one that
    // matches, says so. Computed on demand by ItemFilter, the filter's one implementation.
    static QStringList reasons(const Corpus &corpus, const LinkIndex &links, const FilterSpec &spec,
                               const QString &id);
    // The rule each facet follows, for the filter panel: how actors, themes and stance apply to events
    // and to arguments.
    static QString rules();
};

} // namespace argline
