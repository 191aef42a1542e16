#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace argline {

enum class DatePrecision : quint8
{
    Year,
    Month,
    Day
};

enum class DateQualifier : quint8
{
    None,
    Early,
    Mid,
    Late,
    Circa
};

// A date as honest as its source: a year, month or day, optionally qualified ("early 2023", "circa
// 2006"), or a range "2023-04/2023-12". Every date covers a span of whole days [firstDay, lastDay]
// (Julian day numbers), so layout never has to guess what "2007" means and never draws it as 1 January.
//
// Grammar (see docs/corpus-format.md):
//   value := [qualifier " "] point | point "/" point;   point := ["-"] YYYY | YYYY-MM | YYYY-MM-DD
// Years run from -9999 to 9999 without a year 0: "-0300" is 300 BC, as historians and QDate count.
class FuzzyDate final
{
    Q_DECLARE_TR_FUNCTIONS(argline::FuzzyDate)

public:
    static constexpr int maxYear = 9999; // and -maxYear: the years a date can name

    struct Point
    {
        int year = 0;
        int month = 0; // 0 when the precision is Year
        int day = 0;   // 0 unless the precision is Day
        DatePrecision precision = DatePrecision::Year;

        qint64 firstDay() const;
        qint64 lastDay() const;
        QString toIso() const;
        bool operator==(const Point &) const = default;
    };

    FuzzyDate() = default;
    static FuzzyDate day(int year, int month, int day);
    static FuzzyDate fromJulianDays(qint64 firstDay, qint64 lastDay);

    // Parses the grammar above. On failure returns nullopt and sets *error to a message such as
    // "month 13 is out of range".
    static std::optional<FuzzyDate> parse(QStringView text, QString *error = nullptr);
    // The same from UTF-8 (as the reader has it), without allocating for the usual ASCII dates.
    static std::optional<FuzzyDate> parse(std::string_view utf8, QString *error = nullptr);

    bool isValid() const { return m_start.year != 0; }
    bool isRange() const { return m_isRange; }
    DateQualifier qualifier() const { return m_qualifier; }
    DatePrecision precision() const { return m_start.precision; }
    const Point &start() const { return m_start; }
    const Point &end() const { return m_end; }

    // The span covered, as inclusive Julian day numbers.
    qint64 firstDay() const { return m_firstDay; }
    qint64 lastDay() const { return m_lastDay; }
    bool isSingleDay() const { return m_firstDay == m_lastDay; }

    // The canonical grammar form, e.g. "early 2023" or "2023-04/2023-12" (what the writer stores).
    QString toString() const;
    // Human wording in the current locale, e.g. "early 2023", "April 2023", "9 April 2025",
    // "April – December 2023".
    QString displayText() const;

    bool operator==(const FuzzyDate &other) const;

    // A year as people write it: "1983", or "300 BC" for -300 (translated).
    static QString yearText(int year);

private:
    void computeSpan();

    Point m_start;
    Point m_end;
    DateQualifier m_qualifier = DateQualifier::None;
    bool m_isRange = false;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
};

QString qualifierKey(DateQualifier qualifier);

// Years counted without a gap (AD 1 = 1, 1 BC = 0, 2 BC = -1), for arithmetic across AD 1: QDate and the
// date grammar have no year 0.
inline int astronomicalYear(int year)
{
    return year < 0 ? year + 1 : year;
}
inline int yearFromAstronomical(int year)
{
    return year <= 0 ? year - 1 : year;
}

} // namespace argline
