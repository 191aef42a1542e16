#include "models/time/fuzzydate.h"

#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestFuzzyDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSpans_data();
    void parsesSpans();
    void rejects_data();
    void rejects();
    void roundTripsCanonicalText_data();
    void roundTripsCanonicalText();
    void displayText_data();
    void displayText();
    void spansNestInsideTheirPeriod();
};

static qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

void TestFuzzyDate::parsesSpans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<int>("precision");
    QTest::addColumn<bool>("range");

    const int year = int(DatePrecision::Year), month = int(DatePrecision::Month),
              day = int(DatePrecision::Day);
    QTest::newRow("year") << u"1983"_s << jd(1983, 1, 1) << jd(1983, 12, 31) << year << false;
    QTest::newRow("month") << u"2023-02"_s << jd(2023, 2, 1) << jd(2023, 2, 28) << month << false;
    QTest::newRow("leap February") << u"2024-02"_s << jd(2024, 2, 1) << jd(2024, 2, 29) << month << false;
    QTest::newRow("day") << u"2025-04-09"_s << jd(2025, 4, 9) << jd(2025, 4, 9) << day << false;
    QTest::newRow("early year") << u"early 2023"_s << jd(2023, 1, 1) << jd(2023, 4, 30) << year << false;
    QTest::newRow("mid year") << u"mid 2023"_s << jd(2023, 5, 1) << jd(2023, 8, 31) << year << false;
    QTest::newRow("late year") << u"late 2023"_s << jd(2023, 9, 1) << jd(2023, 12, 31) << year << false;
    QTest::newRow("circa year") << u"circa 2006"_s << jd(2005, 1, 1) << jd(2007, 12, 31) << year << false;
    QTest::newRow("early month") << u"early 2023-04"_s << jd(2023, 4, 1) << jd(2023, 4, 10) << month << false;
    QTest::newRow("mid month") << u"mid 2023-04"_s << jd(2023, 4, 11) << jd(2023, 4, 20) << month << false;
    QTest::newRow("late February") << u"late 2023-02"_s << jd(2023, 2, 21) << jd(2023, 2, 28) << month
                                   << false;
    QTest::newRow("circa month") << u"circa 2023-01"_s << jd(2022, 12, 1) << jd(2023, 2, 28) << month
                                 << false;
    // circa never reaches outside the years the grammar allows (1–9999)
    QTest::newRow("circa first month")
        << u"circa 0001-01"_s << jd(-1, 12, 1) << jd(1, 2, 28) << month << false;
    QTest::newRow("circa last month")
        << u"circa 9999-12"_s << jd(9999, 11, 1) << jd(9999, 12, 31) << month << false;
    QTest::newRow("circa first year") << u"circa 0001"_s << jd(-1, 1, 1) << jd(2, 12, 31) << year << false;
    QTest::newRow("circa last year") << u"circa 9999"_s << jd(9998, 1, 1) << jd(9999, 12, 31) << year
                                     << false;
    QTest::newRow("range of days") << u"2025-04-08/2025-04-09"_s << jd(2025, 4, 8) << jd(2025, 4, 9) << day
                                   << true;
    QTest::newRow("mixed range") << u"2023-02/2024"_s << jd(2023, 2, 1) << jd(2024, 12, 31) << month << true;
    QTest::newRow("surrounding spaces")
        << u"  2007 "_s << jd(2007, 1, 1) << jd(2007, 12, 31) << year << false;
}

void TestFuzzyDate::parsesSpans()
{
    QFETCH(QString, text);
    QString error;
    const auto date = FuzzyDate::parse(text, &error);
    QVERIFY2(date, qPrintable(error));
    QTEST(date->firstDay(), "first");
    QTEST(date->lastDay(), "last");
    QTEST(int(date->precision()), "precision");
    QTEST(date->isRange(), "range");
}

void TestFuzzyDate::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("month 13") << u"2023-13"_s << u"month 13 is out of range"_s;
    QTest::newRow("month 0") << u"2023-00"_s << u"month 0 is out of range"_s;
    QTest::newRow("30 February") << u"2023-02-30"_s << u"day 30 does not exist in 2023-02"_s;
    QTest::newRow("29 February, no leap year") << u"2023-02-29"_s << u"day 29 does not exist in 2023-02"_s;
    QTest::newRow("year 0") << u"0000"_s << u"year 0 is out of range (1–9999)"_s;
    QTest::newRow("two-digit year") << u"23"_s << u"\"23\" is not a date (the year needs four digits)"_s;
    QTest::newRow("one-digit month") << u"2023-4"_s
                                     << u"\"2023-4\" is not a date (the month needs two digits)"_s;
    QTest::newRow("words")
        << u"April 2023"_s
        << u"\"April 2023\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally after early, mid, late or circa (\"early 2023\")"_s;
    QTest::newRow("empty") << QString() << u"\"\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"_s;
    QTest::newRow("too many parts")
        << u"2023-01-01-01"_s << u"\"2023-01-01-01\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"_s;
    QTest::newRow("qualified day")
        << u"early 2023-04-09"_s
        << u"\"early\" qualifies a single day; a qualifier needs a year or a month"_s;
    QTest::newRow("qualified range")
        << u"early 2023/2024"_s
        << u"a range cannot have a qualifier (write \"early 2023\" or \"2023-01/2023-04\")"_s;
    QTest::newRow("end before start")
        << u"2024-03/2023-11"_s << u"the range ends (2023-11) before it starts (2024-03)"_s;
    QTest::newRow("unknown qualifier")
        << u"spring 2023"_s
        << u"\"spring 2023\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally after early, mid, late or circa (\"early 2023\")"_s;
    QTest::newRow("capitalised qualifier")
        << u"Early 2024"_s
        << u"\"Early 2024\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally after early, mid, late or circa (\"early 2023\")"_s;
    QTest::newRow("time of day")
        << u"2024-03-05T10:00"_s
        << u"\"2024-03-05T10:00\" has a time of day; give the date alone (YYYY-MM-DD)"_s;
}

void TestFuzzyDate::rejects()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!FuzzyDate::parse(text, &error));
    QTEST(error, "error");
}

void TestFuzzyDate::roundTripsCanonicalText_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"1983", "2023-04", "2025-04-09", "early 2023", "mid 2021-06", "late 2024",
                             "circa 2006", "2023-04/2023-12", "2025-04-08/2025-04-09", "2006/2007-09-26"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestFuzzyDate::roundTripsCanonicalText()
{
    QFETCH(QString, text);
    const auto date = FuzzyDate::parse(text);
    QVERIFY(date);
    QCOMPARE(date->toString(), text);
    QCOMPARE(FuzzyDate::parse(date->toString()), date);
}

void TestFuzzyDate::displayText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");
    QTest::newRow("year") << u"1983"_s << u"1983"_s;
    QTest::newRow("month") << u"2023-04"_s << u"April 2023"_s;
    QTest::newRow("day") << u"2025-04-09"_s << u"9 April 2025"_s;
    QTest::newRow("early") << u"early 2023"_s << u"early 2023"_s;
    QTest::newRow("mid") << u"mid 2023"_s << u"mid-2023"_s;
    QTest::newRow("circa") << u"circa 2006"_s << u"c. 2006"_s;
    QTest::newRow("months in one year") << u"2023-04/2023-12"_s << u"April – December 2023"_s;
    QTest::newRow("days") << u"2025-04-08/2025-04-09"_s << u"8 April 2025 – 9 April 2025"_s;
}

void TestFuzzyDate::displayText()
{
    QFETCH(QString, text);
    QTEST(FuzzyDate::parse(text)->displayText(), "display");
}

// Property: every qualified span lies inside the unqualified period it narrows, and never inverts.
void TestFuzzyDate::spansNestInsideTheirPeriod()
{
    for (int year = 1900; year <= 2030; year += 7) {
        for (int month = 0; month <= 12; ++month) {
            const QString point =
                month ? u"%1-%2"_s.arg(year).arg(month, 2, 10, QLatin1Char('0')) : QString::number(year);
            const auto plain = FuzzyDate::parse(point);
            QVERIFY(plain);
            qint64 previousEnd = plain->firstDay() - 1;
            for (const char *qualifier : {"early", "mid", "late"}) {
                const auto narrowed =
                    FuzzyDate::parse(QString(QString::fromLatin1(qualifier) + u' ' + point));
                QVERIFY(narrowed);
                QVERIFY(narrowed->firstDay() <= narrowed->lastDay());
                QVERIFY(narrowed->firstDay() >= plain->firstDay());
                QVERIFY(narrowed->lastDay() <= plain->lastDay());
                QCOMPARE(narrowed->firstDay(), previousEnd + 1); // early, mid and late tile the period
                previousEnd = narrowed->lastDay();
            }
            QCOMPARE(previousEnd, plain->lastDay());
            const auto circa = FuzzyDate::parse(QString(u"circa "_s + point));
            QVERIFY(circa->firstDay() < plain->firstDay() && circa->lastDay() > plain->lastDay());
        }
    }
}

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
