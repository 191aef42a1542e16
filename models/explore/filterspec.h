#pragma once

#include "models/corpus/corpus.h"

#include <QSet>
#include <QString>

#include <optional>

namespace argline {

class LinkIndex;

// What the user has chosen to see. One spec filters both views: facets that belong to one kind of item
// reach the other through the links (an argument passes an actor filter when an event it rests on
// involves that actor; an event passes a stance filter when an argument of that stance rests on it).
struct FilterSpec
{
    QSet<QString> actors;   // empty: any
    QSet<QString> themes;   // empty: any
    QSet<QString> articles; // empty: any
    bool showPro = true;    // arguments for the root claim
    bool showCon = true;    // arguments against it
    int minImportance = 1;  // events only
    QString text;           // case-insensitive, over titles, texts and quotes
    // "Show only linked": the ids kept (the selection and everything linked to it), when on.
    std::optional<QSet<QString>> onlyLinkedTo;
    // The "as of" cursor: arguments none of whose sources may have been published by this day are hidden
    // (the timeline dims later events instead of hiding them).
    std::optional<qint64> asOfDay;

    bool isEmpty() const
    {
        return actors.isEmpty() && themes.isEmpty() && articles.isEmpty() && showPro && showCon &&
               minImportance <= 1 && text.isEmpty() && !onlyLinkedTo && !asOfDay;
    }
    bool operator==(const FilterSpec &) const = default;
};

} // namespace argline
