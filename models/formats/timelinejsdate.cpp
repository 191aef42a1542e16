#include "models/formats/timelinejsdate.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// A whole number as written in a TimelineJS field: "602", "08", "-300", "+1500", "1907.0".
std::optional<qint64> wholeNumber(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u".0"_s))
        t.chop(2);
    if (t.startsWith(u'+'))
        t.remove(0, 1);
    if (t.isEmpty() || t.size() > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

std::optional<TimelineJsDate::Point> TimelineJsDate::point(const Parts &parts, Problem *problem)
{
    const auto fail = [&](Part part, const QString &message, bool outOfRange = false) {
        *problem = {part, message, outOfRange};
        return std::nullopt;
    };
    Point result;
    const QString yearText = parts.year.trimmed();
    if (yearText.isEmpty())
        return fail(Part::Year, tr("the date has no year"));
    // Cosmological years ("-13800000000") are numbers too, just beyond what Argline can draw.
    const bool digits = QRegularExpression(u"^[+-]?[0-9]+(\\.0)?$"_s).match(yearText).hasMatch();
    if (!digits)
        return fail(Part::Year, tr("year \"%1\" is not a whole number").arg(yearText));
    const auto year = wholeNumber(yearText);
    if (!year || *year < -FuzzyDate::maxYear || *year > FuzzyDate::maxYear)
        return fail(Part::Year,
                    tr("year %1 is outside the years Argline can draw (9999 BC to AD 9999)").arg(yearText),
                    true);
    result.yearZero = *year == 0;
    result.point.year = *year == 0 ? -1 : int(*year);
    result.point.precision = DatePrecision::Year;

    if (!parts.month.trimmed().isEmpty()) {
        const auto month = wholeNumber(parts.month);
        if (!month || *month < 1 || *month > 12)
            return fail(Part::Month, tr("month \"%1\" is not a month (1–12)").arg(parts.month.trimmed()));
        result.point.month = int(*month);
        result.point.precision = DatePrecision::Month;
    }
    if (!parts.day.trimmed().isEmpty()) {
        if (result.point.month == 0)
            return fail(Part::Day, tr("the date gives a day but no month"));
        const auto day = wholeNumber(parts.day);
        const int days = QDate(result.point.year, result.point.month, 1).daysInMonth();
        if (!day || *day < 1 || *day > days)
            return fail(Part::Day,
                        tr("day \"%1\" does not exist in %2").arg(parts.day.trimmed(), result.point.toIso()));
        result.point.day = int(*day);
        result.point.precision = DatePrecision::Day;
    }

    // The time of day: Argline keeps days, so the time goes into the date's note.
    int hour = -1, minute = 0, second = 0;
    if (!parts.time.trimmed().isEmpty()) {
        static const QRegularExpression pattern(
            u"^\\s*(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?(?:[.,]\\d+)?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*$"_s);
        const auto match = pattern.match(parts.time);
        if (!match.hasMatch())
            return fail(Part::Time,
                        tr("time \"%1\" is not a time of day (e.g. 14:30 or 2:30 PM)").arg(parts.time));
        hour = match.captured(1).toInt();
        minute = match.captured(2).toInt();
        second = match.captured(3).toInt();
        const QString half = match.captured(4).toLower();
        if (!half.isEmpty()) {
            if (hour < 1 || hour > 12)
                return fail(Part::Time, tr("time \"%1\" is not a time of day").arg(parts.time));
            hour = (hour % 12) + (half.startsWith(u'p') ? 12 : 0);
        }
    } else if (!parts.hour.trimmed().isEmpty()) {
        const auto h = wholeNumber(parts.hour);
        const auto m =
            parts.minute.trimmed().isEmpty() ? std::optional<qint64>(0) : wholeNumber(parts.minute);
        const auto s =
            parts.second.trimmed().isEmpty() ? std::optional<qint64>(0) : wholeNumber(parts.second);
        if (!h || !m || !s)
            return fail(Part::Time, tr("the time of day is not a number"));
        hour = int(std::clamp<qint64>(*h, -1, 99));
        minute = int(std::clamp<qint64>(*m, -1, 99));
        second = int(std::clamp<qint64>(*s, -1, 99));
    }
    if (hour >= 0) {
        if (hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
            return fail(Part::Time, tr("the time of day %1:%2:%3 does not exist")
                                        .arg(hour)
                                        .arg(minute, 2, 10, QLatin1Char('0'))
                                        .arg(second, 2, 10, QLatin1Char('0')));
        if (result.point.precision != DatePrecision::Day)
            return fail(Part::Time, tr("a time of day needs a full date (year, month and day)"));
        result.timeOfDay = u"%1:%2:%3"_s.arg(hour, 2, 10, QLatin1Char('0'))
                               .arg(minute, 2, 10, QLatin1Char('0'))
                               .arg(second, 2, 10, QLatin1Char('0'));
    }
    return result;
}

std::optional<FuzzyDate> TimelineJsDate::span(const Point &start, const std::optional<Point> &end,
                                              QString *error)
{
    QString text = start.point.toIso();
    if (end && !(end->point == start.point))
        text += u'/' + end->point.toIso();
    return FuzzyDate::parse(text, error);
}

TimelineJsDate::Parts TimelineJsDate::parts(const FuzzyDate::Point &point)
{
    Parts parts;
    parts.year = QString::number(point.year);
    if (point.precision != DatePrecision::Year)
        parts.month = QString::number(point.month);
    if (point.precision == DatePrecision::Day)
        parts.day = QString::number(point.day);
    return parts;
}

QString TimelineJsDate::timeFromNote(const QString &note)
{
    static const QRegularExpression pattern(u"^time of day: (\\d\\d:\\d\\d:\\d\\d)"_s);
    const auto match = pattern.match(note);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString TimelineJsDate::noteForTime(const QString &time)
{
    // Data, not a message: the TimelineJS writer reads it back.
    return u"time of day: "_s + time;
}

} // namespace argline
