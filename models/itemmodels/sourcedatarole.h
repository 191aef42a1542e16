#pragma once

#include <Qt>

namespace argline {

// Data roles of SourceModel (see EventDataRole for the conventions).
namespace SourceDataRole {
enum : int
{
    Id = Qt::UserRole, // QString
    Label,             // QString
    Title,             // QString, empty when the text states none
    Outlet,            // QString, empty when the text names none
    Authors,           // QStringList
    PublishedFirstDay, // qint64 Julian day
    PublishedLastDay,  // qint64 Julian day
    PublishedBasis,    // int, argline::DateBasis
    PublishedText,     // QString
    ProCount,          // int, arguments for the root claim citing it
    ConCount,          // int, arguments against the root claim citing it
    EventCount,        // int, events citing it
    Text,              // QString, the cleaned article
};
} // namespace SourceDataRole

} // namespace argline
