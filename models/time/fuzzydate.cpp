#include "models/time/fuzzydate.h"

#include "models/corpus/keytable.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

qint64 julian(int year, int month, int day)
{
    return QDate(year, month, day).toJulianDay();
}

int daysInMonth(int year, int month)
{
    return QDate(year, month, 1).daysInMonth();
}

// Parses exactly N ASCII digits.
std::optional<int> digits(QStringView text, qsizetype count)
{
    if (text.size() != count)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<FuzzyDate::Point> parsePoint(QStringView text, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<FuzzyDate::Point> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // A year before AD 1 is written with a minus: "-0300" is 300 BC (there is no year 0).
    const bool beforeChrist = text.startsWith(u'-');
    // Split at '-' into at most three parts, without allocating (the reader parses 100,000 dates).
    std::array<QStringView, 3> parts;
    qsizetype partCount = 0;
    for (qsizetype start = beforeChrist ? 1 : 0;;) {
        const qsizetype dash = text.indexOf(u'-', start);
        if (partCount == 3)
            return fail(
                FuzzyDate::tr("\"%1\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)").arg(text));
        parts[size_t(partCount++)] = text.mid(start, dash < 0 ? -1 : dash - start);
        if (dash < 0)
            break;
        start = dash + 1;
    }
    if (parts[0].isEmpty())
        return fail(FuzzyDate::tr("\"%1\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)").arg(text));
    if (text.contains(u'T') || text.contains(u':'))
        return fail(FuzzyDate::tr("\"%1\" has a time of day; give the date alone (YYYY-MM-DD)").arg(text));
    if (text.front().isLetter())
        return fail(FuzzyDate::tr("\"%1\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally after "
                                  "early, mid, late or circa (\"early 2023\")")
                        .arg(text));

    FuzzyDate::Point point;
    const auto year = digits(parts[0], 4);
    if (!year)
        return fail(FuzzyDate::tr("\"%1\" is not a date (the year needs four digits)").arg(text));
    if (*year < 1)
        return fail(FuzzyDate::tr("year %1 is out of range (1–9999)").arg(*year));
    point.year = beforeChrist ? -*year : *year;
    point.precision = DatePrecision::Year;
    if (partCount >= 2) {
        const auto month = digits(parts[1], 2);
        if (!month)
            return fail(FuzzyDate::tr("\"%1\" is not a date (the month needs two digits)").arg(text));
        if (*month < 1 || *month > 12)
            return fail(FuzzyDate::tr("month %1 is out of range").arg(*month));
        point.month = *month;
        point.precision = DatePrecision::Month;
    }
    if (partCount == 3) {
        const auto day = digits(parts[2], 2);
        if (!day)
            return fail(FuzzyDate::tr("\"%1\" is not a date (the day needs two digits)").arg(text));
        if (*day < 1 || *day > daysInMonth(point.year, point.month))
            return fail(FuzzyDate::tr("day %1 does not exist in %2").arg(*day).arg(point.toIso()));
        point.day = *day;
        point.precision = DatePrecision::Day;
    }
    return point;
}

constexpr KeyTable qualifierKeys{
    std::array{std::pair{DateQualifier::Early, "early"}, std::pair{DateQualifier::Mid, "mid"},
               std::pair{DateQualifier::Late, "late"}, std::pair{DateQualifier::Circa, "circa"}}};

QString formatPoint(const FuzzyDate::Point &point)
{
    const QLocale locale;
    if (point.year < 0) {
        // QLocale writes a negative year as "-300"; say "300 BC" instead.
        switch (point.precision) {
        case DatePrecision::Year:
            return FuzzyDate::yearText(point.year);
        case DatePrecision::Month:
            return FuzzyDate::tr("%1 %2 BC", "a month name and a year before AD 1, e.g. March 44 BC")
                .arg(locale.monthName(point.month))
                .arg(-point.year);
        case DatePrecision::Day:
            return FuzzyDate::tr("%1 %2 %3 BC",
                                 "a day, a month name and a year before AD 1, e.g. 15 March 44 BC")
                .arg(point.day)
                .arg(locale.monthName(point.month))
                .arg(-point.year);
        }
    }
    switch (point.precision) {
    case DatePrecision::Year:
        return FuzzyDate::tr("%1", "a year (Japanese adds 年)").arg(point.year);
    case DatePrecision::Month:
        return locale.toString(QDate(point.year, point.month, 1),
                               FuzzyDate::tr("MMMM yyyy", "Qt date format of a month"));
    case DatePrecision::Day:
        return locale.toString(QDate(point.year, point.month, point.day),
                               FuzzyDate::tr("d MMMM yyyy", "Qt date format of a day"));
    }
    return {};
}

} // namespace

qint64 FuzzyDate::Point::firstDay() const
{
    return julian(year, month ? month : 1, day ? day : 1);
}

qint64 FuzzyDate::Point::lastDay() const
{
    switch (precision) {
    case DatePrecision::Year:
        return julian(year, 12, 31);
    case DatePrecision::Month:
        return julian(year, month, daysInMonth(year, month));
    case DatePrecision::Day:
        return julian(year, month, day);
    }
    return 0;
}

QString FuzzyDate::Point::toIso() const
{
    QString text = u"%1%2"_s.arg(year < 0 ? u"-"_s : QString()).arg(std::abs(year), 4, 10, QLatin1Char('0'));
    if (precision != DatePrecision::Year)
        text += u"-%1"_s.arg(month, 2, 10, QLatin1Char('0'));
    if (precision == DatePrecision::Day)
        text += u"-%1"_s.arg(day, 2, 10, QLatin1Char('0'));
    return text;
}

FuzzyDate FuzzyDate::day(int year, int month, int day)
{
    FuzzyDate date;
    date.m_start = {year, month, day, DatePrecision::Day};
    date.m_end = date.m_start;
    date.computeSpan();
    return date;
}

std::optional<FuzzyDate> FuzzyDate::parse(std::string_view utf8, QString *error)
{
    std::array<char16_t, 48> buffer;
    const bool ascii =
        std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii || utf8.size() > buffer.size())
        return parse(QStringView(QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))), error);
    std::copy(utf8.begin(), utf8.end(), buffer.begin());
    return parse(QStringView(buffer.data(), qsizetype(utf8.size())), error);
}

std::optional<FuzzyDate> FuzzyDate::parse(QStringView text, QString *error)
{
    text = text.trimmed();
    FuzzyDate date;
    // A qualifier is a word of its own before the date, spelt as the grammar has it (case matters).
    if (const qsizetype space = text.indexOf(u' '); space > 0) {
        if (const auto qualifier = qualifierKeys.value(text.first(space), Qt::CaseSensitive)) {
            date.m_qualifier = *qualifier;
            text = text.mid(space + 1).trimmed();
        }
    }

    if (const qsizetype slash = text.indexOf(u'/'); slash >= 0) {
        if (date.m_qualifier != DateQualifier::None) {
            if (error)
                *error = tr("a range cannot have a qualifier (write \"early 2023\" or \"2023-01/2023-04\")");
            return std::nullopt;
        }
        const auto start = parsePoint(text.left(slash).trimmed(), error);
        if (!start)
            return std::nullopt;
        const auto end = parsePoint(text.mid(slash + 1).trimmed(), error);
        if (!end)
            return std::nullopt;
        if (end->lastDay() < start->firstDay()) {
            if (error)
                *error = tr("the range ends (%1) before it starts (%2)").arg(end->toIso(), start->toIso());
            return std::nullopt;
        }
        date.m_start = *start;
        date.m_end = *end;
        date.m_isRange = true;
    } else {
        const auto point = parsePoint(text, error);
        if (!point)
            return std::nullopt;
        if (date.m_qualifier != DateQualifier::None && point->precision == DatePrecision::Day) {
            if (error)
                *error = tr("\"%1\" qualifies a single day; a qualifier needs a year or a month")
                             .arg(qualifierKey(date.m_qualifier));
            return std::nullopt;
        }
        date.m_start = *point;
        date.m_end = *point;
    }
    date.computeSpan();
    return date;
}

void FuzzyDate::computeSpan()
{
    m_firstDay = m_start.firstDay();
    m_lastDay = m_end.lastDay();
    if (m_qualifier == DateQualifier::None || m_isRange)
        return;

    const int year = m_start.year;
    const int month = m_start.month;
    if (m_start.precision == DatePrecision::Year) {
        switch (m_qualifier) {
        case DateQualifier::Early: // January–April
            m_lastDay = julian(year, 4, 30);
            break;
        case DateQualifier::Mid: // May–August
            m_firstDay = julian(year, 5, 1);
            m_lastDay = julian(year, 8, 31);
            break;
        case DateQualifier::Late: // September–December
            m_firstDay = julian(year, 9, 1);
            break;
        case DateQualifier::Circa: // one year either side, skipping the year 0 that does not exist
            m_firstDay = year > -maxYear ? julian(year == 1 ? -1 : year - 1, 1, 1) : m_firstDay;
            m_lastDay = year < maxYear ? julian(year == -1 ? 1 : year + 1, 12, 31) : m_lastDay;
            break;
        case DateQualifier::None:
            break;
        }
        return;
    }

    const qint64 monthStart = julian(year, month, 1);
    switch (m_qualifier) {
    case DateQualifier::Early: // days 1–10
        m_lastDay = monthStart + 9;
        break;
    case DateQualifier::Mid: // days 11–20
        m_firstDay = monthStart + 10;
        m_lastDay = monthStart + 19;
        break;
    case DateQualifier::Late: // day 21 to the end
        m_firstDay = monthStart + 20;
        break;
    case DateQualifier::Circa: {
        // One month either side, but never outside the years a date can name (9999 BC–9999): "circa
        // 9999-12" would otherwise end in 10000. QDate skips the year 0, so "circa 0001-01" starts in
        // December 1 BC.
        const QDate first = QDate(year, month, 1);
        m_firstDay = std::max(first.addMonths(-1).toJulianDay(), julian(-maxYear, 1, 1));
        const QDate next = first.addMonths(1);
        m_lastDay = std::min(julian(next.year(), next.month(), next.daysInMonth()), julian(maxYear, 12, 31));
        break;
    }
    case DateQualifier::None:
        break;
    }
}

QString FuzzyDate::toString() const
{
    if (!isValid())
        return {};
    if (m_isRange)
        return m_start.toIso() + u'/' + m_end.toIso();
    if (m_qualifier != DateQualifier::None)
        return qualifierKey(m_qualifier) + u' ' + m_start.toIso();
    return m_start.toIso();
}

QString FuzzyDate::displayText() const
{
    if (!isValid())
        return {};
    if (m_isRange) {
        if (m_start.precision == DatePrecision::Month && m_end.precision == DatePrecision::Month &&
            m_start.year == m_end.year) {
            // Two formats, so that a language can put the year first ("2023年4月～6月").
            const QLocale locale;
            return tr("%1 – %2", "a range of months in one year")
                .arg(locale.toString(QDate(m_start.year, m_start.month, 1),
                                     tr("MMMM", "Qt date format of the first month of a range in one year")),
                     locale.toString(
                         QDate(m_end.year, m_end.month, 1),
                         tr("MMMM yyyy", "Qt date format of the last month of a range in one year")));
        }
        return tr("%1 – %2", "a date range").arg(formatPoint(m_start), formatPoint(m_end));
    }
    const QString point = formatPoint(m_start);
    // Early, mid and late name thirds of a year but (as in Japanese 上旬, 中旬, 下旬) thirds of a month.
    const bool ofMonth = m_start.precision == DatePrecision::Month;
    switch (m_qualifier) {
    case DateQualifier::Early:
        return (ofMonth ? tr("early %1", "days 1–10 of a month") : tr("early %1", "January–April of a year"))
            .arg(point);
    case DateQualifier::Mid:
        return (ofMonth ? tr("mid-%1", "days 11–20 of a month") : tr("mid-%1", "May–August of a year"))
            .arg(point);
    case DateQualifier::Late:
        return (ofMonth ? tr("late %1", "day 21 to the end of a month")
                        : tr("late %1", "September–December of a year"))
            .arg(point);
    case DateQualifier::Circa:
        return tr("c. %1").arg(point);
    case DateQualifier::None:
        break;
    }
    return point;
}

bool FuzzyDate::operator==(const FuzzyDate &other) const
{
    return m_start == other.m_start && m_end == other.m_end && m_qualifier == other.m_qualifier &&
           m_isRange == other.m_isRange;
}

QString FuzzyDate::yearText(int year)
{
    return year < 0 ? tr("%1 BC", "a year before AD 1, e.g. 300 BC").arg(-year) : QString::number(year);
}

QString qualifierKey(DateQualifier qualifier)
{
    return qualifierKeys.key(qualifier);
}

} // namespace argline
