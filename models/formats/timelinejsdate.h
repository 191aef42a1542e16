#pragma once

#include "models/time/fuzzydate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace argline {

// TimelineJS dates (the JSON's start_date/end_date objects and the spreadsheet's Year, Month, Day and
// Time columns) to and from Argline's FuzzyDate.
//
// A negative year: TimelineJS hands the year to JavaScript's Date, which counts astronomically (year 0
// is 1 BC), but it labels a negative year by its absolute value with "BCE": -300 reads "300 BCE". Readers
// of a TimelineJS timeline see "300 BCE", so Argline reads -300 as 300 BC (its "-0300"). Year 0, which
// TimelineJS shows as "0" and places in 1 BC, is read as 1 BC.
struct TimelineJsDate
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimelineJsDate)

public:
    // The parts as written (strings; numbers as their JSON text). Empty means "not given".
    struct Parts
    {
        QString year;
        QString month;
        QString day;
        QString hour;
        QString minute;
        QString second;
        QString time; // the spreadsheet's Time column ("6:45:56", "10:30 PM"), instead of hour/minute/second
    };

    enum class Part : quint8
    {
        Year,
        Month,
        Day,
        Time
    };

    struct Point
    {
        FuzzyDate::Point point;
        QString timeOfDay; // "06:45:56" when a time was given, else empty
        bool yearZero = false;
    };

    struct Problem
    {
        Part part = Part::Year;
        QString message;
        bool outOfRange = false; // a valid year Argline cannot draw (before 9999 BC or after AD 9999)
    };

    // A point, or the problem with the part that is wrong.
    static std::optional<Point> point(const Parts &parts, Problem *problem);
    // A point or a range from a start and an optional end.
    static std::optional<FuzzyDate> span(const Point &start, const std::optional<Point> &end, QString *error);

    // The parts of a point, for writing (year, month and day as numbers in text).
    static Parts parts(const FuzzyDate::Point &point);
    // The time of day kept in a date's note by the importer ("time of day: 06:45:56"), or empty.
    static QString timeFromNote(const QString &note);
    static QString noteForTime(const QString &time);
};

} // namespace argline
