#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace argline {

// A span of whole days [firstDay, endDay) typed by a user: "2023", "2007..2017", "2023-04",
// "2022-02-24..2025-04" (each end uses the corpus date grammar, so "early 2023..2024" works too).
struct TimeRange
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimeRange)

public:
    qint64 firstDay = 0;
    qint64 endDay = 0; // exclusive

    static std::optional<TimeRange> parse(QStringView text, QString *error = nullptr);
    bool operator==(const TimeRange &) const = default;
};

} // namespace argline
