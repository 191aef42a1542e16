#include "models/time/axislayout.h"

#include "models/time/fuzzydate.h"

#include <QDate>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace argline {

namespace {

constexpr TickUnit finestToCoarsest[] = {
    TickUnit::Day,       TickUnit::Week,   TickUnit::Month,       TickUnit::Quarter, TickUnit::Year,
    TickUnit::FiveYears, TickUnit::Decade, TickUnit::HalfCentury, TickUnit::Century, TickUnit::Millennium};

double approximateDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return 1;
    case TickUnit::Week:
        return 7;
    case TickUnit::Month:
        return 30.44;
    case TickUnit::Quarter:
        return 91.31;
    case TickUnit::Year:
        return 365.25;
    case TickUnit::FiveYears:
        return 5 * 365.25;
    case TickUnit::Decade:
        return 10 * 365.25;
    case TickUnit::HalfCentury:
        return 50 * 365.25;
    case TickUnit::Century:
        return 100 * 365.25;
    case TickUnit::Millennium:
        return 1000 * 365.25;
    }
    return 1;
}

int yearStep(TickUnit unit)
{
    switch (unit) {
    case TickUnit::FiveYears:
        return 5;
    case TickUnit::Decade:
        return 10;
    case TickUnit::HalfCentury:
        return 50;
    case TickUnit::Century:
        return 100;
    case TickUnit::Millennium:
        return 1000;
    default:
        return 1;
    }
}

// Ticks of several years fall on the round years of either era: ... 200 BC, 100 BC, AD 1, 100, 200 ...
// (there is no year 0, so the unit before AD 1 ends where AD 1 begins). The k-th tick of a step:
int yearTick(int k, int step)
{
    return k == 0 ? 1 : k * step;
}

// The index of the tick that starts the unit holding `year`.
int yearTickIndex(int year, int step)
{
    if (year >= 1)
        return year / step; // years 1 .. step-1 fall in tick 0, AD 1
    return int(std::floor(double(year) / step));
}

// A label that would be the widest of its unit, to decide whether the unit fits; `beforeChrist` when the
// view reaches before AD 1, where labels say "BC".
QString widestSample(TickUnit unit, bool beforeChrist)
{
    if (beforeChrist && unit >= TickUnit::Year) {
        const QString ad = AxisLayout::labelFor(unit, QDate(2020, 1, 1).toJulianDay(), false);
        const QString bc = AxisLayout::labelFor(unit, QDate(-8020, 1, 1).toJulianDay(), false);
        return bc.size() > ad.size() ? bc : ad;
    }
    switch (unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return AxisLayout::labelFor(unit, QDate(2020, 12, 28).toJulianDay(), false);
    case TickUnit::Month: {
        // The widest month name in the current locale.
        QString widest;
        for (int m = 1; m <= 12; ++m) {
            const QString name = AxisLayout::labelFor(unit, QDate(2020, m, 1).toJulianDay(), false);
            if (name.size() > widest.size())
                widest = name;
        }
        return widest;
    }
    default:
        return AxisLayout::labelFor(unit, QDate(2020, 1, 1).toJulianDay(), false);
    }
}

// How round a tick is: rounder ticks keep their labels when not all fit.
int roundness(TickUnit unit, qint64 day)
{
    const QDate date = QDate::fromJulianDay(day);
    switch (unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return date.day() == 1 ? 3 : date.day() % 10 == 0 ? 2 : date.dayOfWeek() == 1 ? 1 : 0;
    case TickUnit::Month:
        return date.month() == 1 ? 3 : (date.month() - 1) % 3 == 0 ? 2 : 0;
    case TickUnit::Quarter:
        return date.month() == 1 ? 2 : 0;
    default:
        return date.year() % 100 == 0 || date.year() == 1 ? 4
               : date.year() % 50 == 0                    ? 3
               : date.year() % 10 == 0                    ? 2
                                                          : date.year() % 5 == 0;
    }
}

// The largest stretch factor across the window: a unit is chosen by the space it gets where time is
// widest, and the labels that do not fit where it is compressed are dropped.
double maxFactor(const TimeScale &scale)
{
    if (scale.warp().isLinear())
        return 1;
    double factor = 0;
    for (int i = 0; i <= 64; ++i)
        factor = std::max(factor, scale.warp().factorAt(scale.day(scale.left() + scale.width() * i / 64.0)));
    return factor;
}

// Places labels greedily, roundest first, skipping any that would overlap one already placed.
void placeLabels(AxisTier &tier, const AxisLayout::Measure &measure, double top, double height, bool sticky,
                 double viewLeft, double viewRight)
{
    QList<qsizetype> order(tier.ticks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return roundness(tier.ticks[a].unit, tier.ticks[a].day) >
               roundness(tier.ticks[b].unit, tier.ticks[b].day);
    });
    QList<std::pair<double, double>> placed; // sorted, non-overlapping [left, right)
    for (qsizetype i : order) {
        AxisTick &tick = tier.ticks[i];
        const double width = measure(tick.label);
        double left;
        if (sticky) { // upper tier: at the start of the unit, or at the view's left edge while it scrolls by
            left = std::max(tick.x, viewLeft) + AxisLayout::labelPadding / 2;
            left = std::min(left, tick.endX - width - AxisLayout::labelPadding / 2);
            if (left < tick.x || left < viewLeft || left + width > viewRight)
                continue; // the unit (or its part in view) is too narrow to hold its label
        } else {          // lower tier: centred in the unit
            left = (tick.x + tick.endX - width) / 2;
            if (left < viewLeft || left + width > viewRight)
                continue;
        }
        const double right = left + width;
        const auto next = std::lower_bound(placed.begin(), placed.end(), std::pair(left, 0.0));
        const bool hitsNext = next != placed.end() && next->first < right + AxisLayout::labelPadding;
        const bool hitsPrevious =
            next != placed.begin() && std::prev(next)->second + AxisLayout::labelPadding > left;
        if (hitsNext || hitsPrevious)
            continue;
        placed.insert(next, {left, right});
        tick.labelRect = QRectF(left, top, width, height);
    }
}

// The coarser units the upper tier may fall back to where its own unit is too narrow to label.
QList<TickUnit> upperLadder(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Month:
        return {TickUnit::Month, TickUnit::Year, TickUnit::Decade, TickUnit::Century, TickUnit::Millennium};
    case TickUnit::Year:
        return {TickUnit::Year, TickUnit::Decade, TickUnit::Century, TickUnit::Millennium};
    case TickUnit::Decade:
        return {TickUnit::Decade, TickUnit::Century, TickUnit::Millennium};
    case TickUnit::Century:
        return {TickUnit::Century, TickUnit::Millennium};
    default:
        return {unit};
    }
}

class TierBuilder
{
public:
    TierBuilder(const TimeScale &scale, const AxisLayout::Measure &measure)
        : m_scale(scale)
        , m_measure(measure)
    {}

    // How wide a unit must be to hold its widest label.
    double need(TickUnit unit)
    {
        const auto it = m_needs.constFind(int(unit));
        if (it != m_needs.cend())
            return it.value();
        const bool beforeChrist = m_scale.firstDay() < double(QDate(1, 1, 1).toJulianDay());
        return m_needs[int(unit)] =
                   m_measure(widestSample(unit, beforeChrist)) + 2 * AxisLayout::labelPadding;
    }

    AxisTier upper(TickUnit unit)
    {
        AxisTier tier;
        tier.unit = unit;
        const QList<TickUnit> ladder = upperLadder(unit);
        const qint64 first = AxisLayout::unitStart(unit, qint64(std::floor(m_scale.firstDay())));
        emitUpper(tier, ladder, 0, first, qint64(std::ceil(m_scale.endDay())));
        return tier;
    }

    AxisTier lower(TickUnit finest, const AxisTier &upper)
    {
        AxisTier tier;
        tier.unit = finest;
        for (const AxisTick &parent : upper.ticks) {
            for (TickUnit unit : finestToCoarsest) {
                if (int(unit) < int(finest))
                    continue;
                if (int(unit) >= int(parent.unit) ||
                    approximateDays(unit) >= m_scale.day(parent.endX) - double(parent.day))
                    break; // no finer unit fits under this upper tick: it stands alone
                QList<AxisTick> ticks;
                bool fits = true;
                const qint64 parentEnd = qint64(std::ceil(m_scale.day(parent.endX)));
                for (qint64 day = AxisLayout::unitStart(unit, parent.day);
                     day < parentEnd && double(day) < m_scale.endDay() && fits;) {
                    const qint64 next = AxisLayout::nextUnit(unit, day);
                    const AxisTick tick{day,
                                        m_scale.x(double(day)),
                                        m_scale.x(double(next)),
                                        AxisLayout::labelFor(unit, day, false),
                                        {},
                                        unit};
                    const bool whole = tick.x >= m_scale.left() && tick.endX <= m_scale.right();
                    // Measured as the unit was chosen: by its average length (February may be short).
                    const double share = double(next - day) / approximateDays(unit);
                    fits = !whole || tick.endX - tick.x >= need(unit) * std::min(share, 1.0);
                    if (double(next) > m_scale.firstDay())
                        ticks.append(tick);
                    day = next;
                }
                if (fits && tier.ticks.size() + ticks.size() <= AxisLayout::maxTicks) {
                    tier.ticks.append(ticks);
                    break;
                }
            }
        }
        return tier;
    }

private:
    double width(qint64 from, qint64 to) const { return m_scale.x(double(to)) - m_scale.x(double(from)); }

    // Upper ticks for [from, to) in units of ladder[level]: each unit wide enough for its label is a tick;
    // a run of narrower ones becomes one tick, labelled as the coarser unit when it is all of one
    // ("1990s"), else as its years ("2020–2021"), and split by the coarser units when it is long.
    void emitUpper(AxisTier &tier, const QList<TickUnit> &ladder, int level, qint64 from, qint64 to)
    {
        const TickUnit unit = ladder[level];
        const bool coarsest = level + 1 >= ladder.size();
        qint64 day = from;
        while (day < to && double(day) < m_scale.endDay() && tier.ticks.size() < AxisLayout::maxTicks) {
            const qint64 start = AxisLayout::unitStart(unit, day);
            const qint64 end = AxisLayout::nextUnit(unit, start);
            if (coarsest || width(start, end) >= need(unit)) {
                tier.ticks.append({day,
                                   m_scale.x(double(day)),
                                   m_scale.x(double(end)),
                                   AxisLayout::labelFor(unit, start, true),
                                   {},
                                   unit});
                day = end;
                continue;
            }
            // A run of narrow units, up to the end of the coarser unit they belong to.
            const TickUnit coarser = ladder[level + 1];
            const qint64 coarserStart = AxisLayout::unitStart(coarser, day);
            const qint64 coarserEnd = std::min(AxisLayout::nextUnit(coarser, coarserStart), to);
            qint64 runEnd = end;
            while (runEnd < coarserEnd && width(runEnd, AxisLayout::nextUnit(unit, runEnd)) < need(unit))
                runEnd = AxisLayout::nextUnit(unit, runEnd);
            if (day <= coarserStart && runEnd >= coarserEnd) {
                emitUpper(tier, ladder, level + 1, day, coarserEnd); // all of it: the coarser unit speaks
            } else {
                const int firstYear = QDate::fromJulianDay(start).year();
                const int lastYear = QDate::fromJulianDay(runEnd - 1).year();
                const QString label =
                    firstYear == lastYear
                        ? AxisLayout::labelFor(unit, start, true)
                        : AxisLayout::tr("%1–%2", "a span of years on the axis")
                              .arg(FuzzyDate::yearText(firstYear), FuzzyDate::yearText(lastYear));
                tier.ticks.append(
                    {day, m_scale.x(double(day)), m_scale.x(double(runEnd)), label, {}, coarser});
            }
            day = runEnd;
        }
    }

    const TimeScale &m_scale;
    const AxisLayout::Measure &m_measure;
    QHash<int, double> m_needs;
};

} // namespace

TickUnit AxisLayout::upperUnitFor(TickUnit lower)
{
    switch (lower) {
    case TickUnit::Day:
    case TickUnit::Week:
        return TickUnit::Month;
    case TickUnit::Month:
    case TickUnit::Quarter:
        return TickUnit::Year;
    case TickUnit::Year:
    case TickUnit::FiveYears:
        return TickUnit::Decade;
    case TickUnit::Decade:
    case TickUnit::HalfCentury:
        return TickUnit::Century;
    case TickUnit::Century:
    case TickUnit::Millennium:
        return TickUnit::Millennium;
    }
    return TickUnit::Millennium;
}

qint64 AxisLayout::unitStart(TickUnit unit, qint64 day)
{
    const QDate date = QDate::fromJulianDay(day);
    switch (unit) {
    case TickUnit::Day:
        return day;
    case TickUnit::Week:
        return day - (date.dayOfWeek() - 1);
    case TickUnit::Month:
        return QDate(date.year(), date.month(), 1).toJulianDay();
    case TickUnit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1).toJulianDay();
    default: {
        const int step = yearStep(unit);
        return QDate(yearTick(yearTickIndex(date.year(), step), step), 1, 1).toJulianDay();
    }
    }
}

qint64 AxisLayout::nextUnit(TickUnit unit, qint64 start)
{
    const QDate date = QDate::fromJulianDay(start);
    switch (unit) {
    case TickUnit::Day:
        return start + 1;
    case TickUnit::Week:
        return start + 7;
    case TickUnit::Month:
        return date.addMonths(1).toJulianDay();
    case TickUnit::Quarter:
        return date.addMonths(3).toJulianDay();
    default: {
        const int step = yearStep(unit);
        return QDate(yearTick(yearTickIndex(date.year(), step) + 1, step), 1, 1).toJulianDay();
    }
    }
}

QString AxisLayout::labelFor(TickUnit unit, qint64 day, bool upperTier)
{
    const QDate date = QDate::fromJulianDay(day);
    const QLocale locale;
    switch (unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return QString::number(date.day());
    case TickUnit::Month:
        if (upperTier && date.year() < 0)
            return tr("%1 %2 BC", "a month and a year before AD 1 on the axis, e.g. March 44 BC")
                .arg(locale.monthName(date.month()))
                .arg(-date.year());
        return upperTier
                   ? locale.toString(date, tr("MMMM yyyy", "Qt date format of a month on the axis"))
                   : locale.toString(date, tr("MMM", "Qt date format of a month on the axis's lower tier"));
    case TickUnit::Quarter:
        return tr("Q%1", "a quarter of a year").arg((date.month() - 1) / 3 + 1);
    case TickUnit::Year:
    case TickUnit::FiveYears:
    case TickUnit::HalfCentury:
        if (date.year() < 0)
            return FuzzyDate::yearText(date.year());
        return tr("%1", "a year on the axis (Japanese adds 年)").arg(date.year());
    case TickUnit::Decade:
        if (upperTier && date.year() == 1) // the unit that starts the era has no round year to name it
            return tr("AD 1");
        if (date.year() < 0)
            return upperTier ? tr("%1s BC", "a decade before AD 1, e.g. 40s BC").arg(-date.year())
                             : FuzzyDate::yearText(date.year());
        return upperTier ? tr("%1s", "a decade, e.g. 1990s").arg(date.year())
                         : tr("%1", "a decade on the axis's lower tier, e.g. 1990").arg(date.year());
    case TickUnit::Millennium: {
        // "2nd millennium" (from AD 1000) and, before AD 1, "4th millennium BC" (4000 to 3001 BC).
        const bool beforeChrist = date.year() < 0;
        const int millennium = beforeChrist ? -date.year() / 1000 : date.year() / 1000 + 1;
        const int last = millennium % 10;
        const bool teens = millennium % 100 >= 11 && millennium % 100 <= 13;
        const int form = last == 1 && !teens ? 1 : last == 2 && !teens ? 2 : last == 3 && !teens ? 3 : 0;
        if (beforeChrist) {
            switch (form) {
            case 1:
                return tr("%1st millennium BC", "an ordinal millennium before AD 1").arg(millennium);
            case 2:
                return tr("%1nd millennium BC", "an ordinal millennium before AD 1").arg(millennium);
            case 3:
                return tr("%1rd millennium BC", "an ordinal millennium before AD 1").arg(millennium);
            default:
                return tr("%1th millennium BC", "an ordinal millennium before AD 1").arg(millennium);
            }
        }
        switch (form) {
        case 1:
            return tr("%1st millennium", "an ordinal millennium on the axis").arg(millennium);
        case 2:
            return tr("%1nd millennium", "an ordinal millennium on the axis").arg(millennium);
        case 3:
            return tr("%1rd millennium", "an ordinal millennium on the axis").arg(millennium);
        default:
            return tr("%1th millennium", "an ordinal millennium on the axis").arg(millennium);
        }
    }
    case TickUnit::Century: {
        // "20th century" rather than "1900s", which reads as the first decade of it; before AD 1, the
        // unit from 300 BC to 201 BC is the "3rd century BC".
        const bool beforeChrist = date.year() < 0;
        const int century = beforeChrist ? -date.year() / 100 : date.year() / 100 + 1;
        const int last = century % 10;
        const bool teens = century % 100 >= 11 && century % 100 <= 13;
        if (beforeChrist) {
            if (last == 1 && !teens)
                return tr("%1st century BC", "an ordinal century before AD 1, e.g. 1st century BC")
                    .arg(century);
            if (last == 2 && !teens)
                return tr("%1nd century BC", "an ordinal century before AD 1, e.g. 2nd century BC")
                    .arg(century);
            if (last == 3 && !teens)
                return tr("%1rd century BC", "an ordinal century before AD 1, e.g. 3rd century BC")
                    .arg(century);
            return tr("%1th century BC", "an ordinal century before AD 1, e.g. 5th century BC").arg(century);
        }
        if (last == 1 && !teens)
            return tr("%1st century", "an ordinal century on the axis, e.g. 21st century").arg(century);
        if (last == 2 && !teens)
            return tr("%1nd century", "an ordinal century on the axis, e.g. 22nd century").arg(century);
        if (last == 3 && !teens)
            return tr("%1rd century", "an ordinal century on the axis, e.g. 23rd century").arg(century);
        return tr("%1th century", "an ordinal century on the axis, e.g. 20th century").arg(century);
    }
    }
    return {};
}

AxisLayout AxisLayout::build(const TimeScale &scale, const Measure &measure, double upperTop, double lowerTop,
                             double labelHeight)
{
    // The finest unit that can be labelled where time is widest.
    const double widest = scale.pixelsPerUnit() * maxFactor(scale);
    const double windowDays = scale.endDay() - scale.firstDay();
    TierBuilder builder(scale, measure);
    TickUnit lowerUnit = TickUnit::Millennium;
    for (TickUnit unit : finestToCoarsest) {
        if (windowDays / approximateDays(unit) <= maxTicks &&
            widest * approximateDays(unit) >= builder.need(unit)) {
            lowerUnit = unit;
            break;
        }
    }

    AxisLayout axis;
    axis.upper = builder.upper(upperUnitFor(lowerUnit));
    axis.lower = builder.lower(lowerUnit, axis.upper);
    for (const TimeWarp::Span &span : scale.warp().compressedSpans()) {
        const double x0 = std::max(scale.x(span.firstDay), scale.left());
        const double x1 = std::min(scale.x(span.endDay), scale.right());
        if (x1 > x0)
            axis.compressed.append({x0, x1});
    }
    placeLabels(axis.upper, measure, upperTop, labelHeight, true, scale.left(), scale.right());
    placeLabels(axis.lower, measure, lowerTop, labelHeight, false, scale.left(), scale.right());
    return axis;
}

} // namespace argline
