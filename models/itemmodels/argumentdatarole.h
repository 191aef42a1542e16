#pragma once

#include <Qt>

namespace argline {

// Data roles of ArgumentModel (see EventDataRole for the conventions).
namespace ArgumentDataRole {
enum : int
{
    Id = Qt::UserRole, // QString
    Role,              // int, argline::ArgumentRole (relative to the parent)
    Kind,              // int, argline::ArgumentKind (claim, pro, con, objection, rebuttal)
    StanceToRoot,      // int: +1 for, -1 against the root claim, 0 for a claim
    Title,             // QString
    Text,              // QString
    Depth,             // int, 0 for a claim
    ProCount,          // int, pro reasons directly beneath
    ConCount,          // int, con reasons (cons, objections, rebuttals) directly beneath
    ArticleIds,        // QStringList
    EventIds,          // QStringList
    EarliestSourceDay, // qint64 Julian day: the earliest day any of its sources may have been published
};
} // namespace ArgumentDataRole

} // namespace argline
