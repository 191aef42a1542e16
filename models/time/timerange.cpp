#include "models/time/timerange.h"

#include "models/time/fuzzydate.h"

namespace argline {

std::optional<TimeRange> TimeRange::parse(QStringView text, QString *error)
{
    text = text.trimmed();
    const qsizetype dots = text.indexOf(u"..");
    const QStringView from = dots < 0 ? text : text.left(dots).trimmed();
    const QStringView to = dots < 0 ? text : text.mid(dots + 2).trimmed();
    if (from.isEmpty() || to.isEmpty()) {
        if (error)
            *error = tr("type a year, a date or a range such as 2007..2017");
        return std::nullopt;
    }
    QString problem;
    const auto first = FuzzyDate::parse(from, &problem);
    const auto last = first ? FuzzyDate::parse(to, &problem) : std::nullopt;
    if (!first || !last) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (last->lastDay() < first->firstDay()) {
        if (error)
            *error = tr("the range ends before it starts");
        return std::nullopt;
    }
    return TimeRange{first->firstDay(), last->lastDay() + 1};
}

} // namespace argline
