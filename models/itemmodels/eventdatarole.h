#pragma once

#include <Qt>

namespace argline {

// Data roles of EventModel. Raw-value roles (days as numbers, ids as lists) are kept apart from
// display text so that proxies, charts and layout never parse strings.
namespace EventDataRole {
enum : int
{
    Id = Qt::UserRole, // QString
    FirstDay,          // qint64 Julian day, the start of the date's span
    LastDay,           // qint64 Julian day, inclusive end of the span
    Precision,         // int, argline::DatePrecision
    Qualifier,         // int, argline::DateQualifier
    IsRange,           // bool
    Basis,             // int, argline::DateBasis
    DateText,          // QString, e.g. "early 2023"
    AsWritten,         // QString, the date as the text words it
    DateNote,          // QString
    Status,            // int, argline::EventStatus
    Title,             // QString
    Summary,           // QString
    ActorIds,          // QStringList
    ThemeIds,          // QStringList
    ArticleIds,        // QStringList, articles cited by the evidence (no duplicates)
    Importance,        // int 1..5
    QuoteCount,        // int
};
} // namespace EventDataRole

} // namespace argline
