// Dates shown to the user read the Japanese way once the Japanese translation is installed (2023年4月,
// 2023年初め, 1980年代), whatever the locale's month names, and return to English when it is removed.
#include "models/time/axislayout.h"
#include "models/time/fuzzydate.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace argline;

class TestJapaneseDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void displayText_data();
    void displayText();
    void axisLabels_data();
    void axisLabels();
    void sameUnderAJapaneseLocale();
    void englishAgainWithoutTheTranslator();

private:
    QTranslator m_japanese;
};

void TestJapaneseDates::initTestCase()
{
    QVERIFY(m_japanese.load(u"argline_ja"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&m_japanese));
}

void TestJapaneseDates::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_japanese);
    QLocale::setDefault(QLocale::c());
}

void TestJapaneseDates::displayText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");
    QTest::newRow("year") << u"1983"_s << u"1983年"_s;
    QTest::newRow("month") << u"2023-04"_s << u"2023年4月"_s;
    QTest::newRow("day") << u"2023-04-09"_s << u"2023年4月9日"_s;
    QTest::newRow("early year") << u"early 2023"_s << u"2023年初め"_s;
    QTest::newRow("mid year") << u"mid 2023"_s << u"2023年半ば"_s;
    QTest::newRow("late year") << u"late 2023"_s << u"2023年後半"_s;
    QTest::newRow("circa year") << u"circa 2006"_s << u"2006年頃"_s;
    QTest::newRow("early month") << u"early 2023-04"_s << u"2023年4月上旬"_s;
    QTest::newRow("mid month") << u"mid 2023-04"_s << u"2023年4月中旬"_s;
    QTest::newRow("late month") << u"late 2023-04"_s << u"2023年4月下旬"_s;
    QTest::newRow("circa month") << u"circa 2023-04"_s << u"2023年4月頃"_s;
    QTest::newRow("months in one year") << u"2023-04/2023-12"_s << u"2023年4月～12月"_s;
    QTest::newRow("years") << u"2021/2023"_s << u"2021年～2023年"_s;
    QTest::newRow("days") << u"2025-04-08/2025-04-09"_s << u"2025年4月8日～2025年4月9日"_s;
}

void TestJapaneseDates::displayText()
{
    QFETCH(QString, text);
    const auto date = FuzzyDate::parse(text);
    QVERIFY(date);
    QTEST(date->displayText(), "display");
}

void TestJapaneseDates::axisLabels_data()
{
    QTest::addColumn<TickUnit>("unit");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("upperTier");
    QTest::addColumn<QString>("label");
    QTest::newRow("month, lower") << TickUnit::Month << QDate(2023, 4, 1) << false << u"4月"_s;
    QTest::newRow("month, upper") << TickUnit::Month << QDate(2023, 4, 1) << true << u"2023年4月"_s;
    QTest::newRow("year") << TickUnit::Year << QDate(2023, 1, 1) << false << u"2023年"_s;
    QTest::newRow("decade, lower") << TickUnit::Decade << QDate(1990, 1, 1) << false << u"1990年代"_s;
    QTest::newRow("decade, upper") << TickUnit::Decade << QDate(1980, 1, 1) << true << u"1980年代"_s;
    QTest::newRow("century") << TickUnit::Century << QDate(1900, 1, 1) << true << u"20世紀"_s;
    QTest::newRow("day") << TickUnit::Day << QDate(2023, 4, 9) << false << u"9"_s;
}

void TestJapaneseDates::axisLabels()
{
    QFETCH(TickUnit, unit);
    QFETCH(QDate, date);
    QFETCH(bool, upperTier);
    QTEST(AxisLayout::labelFor(unit, date.toJulianDay(), upperTier), "label");
}

// The Japanese formats are numeric, so a Japanese locale (whose month names are 1月…12月) reads the same.
void TestJapaneseDates::sameUnderAJapaneseLocale()
{
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(FuzzyDate::parse(u"2023-04-09"_s)->displayText(), u"2023年4月9日"_s);
    QCOMPARE(FuzzyDate::parse(u"2023-04/2023-06"_s)->displayText(), u"2023年4月～6月"_s);
    QCOMPARE(AxisLayout::labelFor(TickUnit::Month, QDate(2023, 11, 1).toJulianDay(), false), u"11月"_s);
    QLocale::setDefault(QLocale::c());
}

void TestJapaneseDates::englishAgainWithoutTheTranslator()
{
    QCoreApplication::removeTranslator(&m_japanese);
    QCOMPARE(FuzzyDate::parse(u"early 2023"_s)->displayText(), u"early 2023"_s);
    QCOMPARE(FuzzyDate::parse(u"late 2023-04"_s)->displayText(), u"late April 2023"_s);
    QCOMPARE(FuzzyDate::parse(u"2023-04/2023-06"_s)->displayText(), u"April – June 2023"_s);
    QCOMPARE(AxisLayout::labelFor(TickUnit::Decade, QDate(1980, 1, 1).toJulianDay(), true), u"1980s"_s);
    QCOMPARE(AxisLayout::labelFor(TickUnit::Month, QDate(2023, 4, 1).toJulianDay(), false), u"Apr"_s);
    QVERIFY(QCoreApplication::installTranslator(&m_japanese));
}

QTEST_GUILESS_MAIN(TestJapaneseDates)
#include "tst_japanesedates.moc"
