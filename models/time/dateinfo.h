#pragma once

#include "models/time/fuzzydate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string_view>

namespace argline {

// Where a date comes from. The timeline tooltip and the detail panel say this out loud, so a reader can
// tell a date the article states from one worked out or brought in from elsewhere.
enum class DateBasis : quint8
{
    Stated,   // the text gives the date at this precision
    Derived,  // computed from the text: "on Tuesday" in an article dated 9 April 2025
    Inferred, // reasoned from clues (used for article dates)
    Outside   // outside knowledge, not in the articles
};

// A date with its provenance, as the corpus records it.
struct DateInfo
{
    Q_DECLARE_TR_FUNCTIONS(argline::DateInfo)

public:
    FuzzyDate date;
    DateBasis basis = DateBasis::Stated;
    QString asWritten; // the text's own wording, e.g. "Earlier this year"
    QString note;      // how it was derived, or the outside source

    bool operator==(const DateInfo &) const = default;
};

QString dateBasisKey(DateBasis basis); // "stated", "derived", ... (the corpus spelling)
std::optional<DateBasis> dateBasisFromKey(std::string_view key);
QString dateBasisDisplayName(DateBasis basis); // translated

} // namespace argline
