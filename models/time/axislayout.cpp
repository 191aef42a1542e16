#include "models/time/axislayout.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace argline {

namespace {

constexpr TickUnit finestToCoarsest[] = {TickUnit::Day,     TickUnit::Week,        TickUnit::Month,
                                         TickUnit::Quarter, TickUnit::Year,        TickUnit::FiveYears,
                                         TickUnit::Decade,  TickUnit::HalfCentury, TickUnit::Century};

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
    default:
        return 1;
    }
}

// A label that would be the widest of its unit, to decide whether the unit fits.
QString widestSample(TickUnit unit)
{
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
        return date.year() % 100 == 0  ? 4
               : date.year() % 50 == 0 ? 3
               : date.year() % 10 == 0 ? 2
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
        return roundness(tier.unit, tier.ticks[a].day) > roundness(tier.unit, tier.ticks[b].day);
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

AxisTier ticksFor(TickUnit unit, const TimeScale &scale, bool upperTier)
{
    AxisTier tier;
    tier.unit = unit;
    const qint64 first = AxisLayout::unitStart(unit, qint64(std::floor(scale.firstDay())));
    for (qint64 day = first; double(day) < scale.endDay() && tier.ticks.size() < AxisLayout::maxTicks;) {
        const qint64 next = AxisLayout::nextUnit(unit, day);
        tier.ticks.append({day,
                           scale.x(double(day)),
                           scale.x(double(next)),
                           AxisLayout::labelFor(unit, day, upperTier),
                           {}});
        day = next;
    }
    return tier;
}

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
    case TickUnit::Century:
        return TickUnit::Century;
    }
    return TickUnit::Century;
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
        const int year = int(std::floor(double(date.year()) / step)) * step;
        return QDate(std::max(year, 1), 1, 1).toJulianDay();
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
    default:
        return date.addYears(yearStep(unit)).toJulianDay();
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
        return upperTier
                   ? locale.toString(date, tr("MMMM yyyy", "Qt date format of a month on the axis"))
                   : locale.toString(date, tr("MMM", "Qt date format of a month on the axis's lower tier"));
    case TickUnit::Quarter:
        return tr("Q%1", "a quarter of a year").arg((date.month() - 1) / 3 + 1);
    case TickUnit::Year:
    case TickUnit::FiveYears:
    case TickUnit::HalfCentury:
        return tr("%1", "a year on the axis (Japanese adds 年)").arg(date.year());
    case TickUnit::Decade:
        return upperTier ? tr("%1s", "a decade, e.g. 1990s").arg(date.year())
                         : tr("%1", "a decade on the axis's lower tier, e.g. 1990").arg(date.year());
    case TickUnit::Century:
        return tr("%1s", "a century, e.g. 1900s").arg(date.year());
    }
    return {};
}

AxisLayout AxisLayout::build(const TimeScale &scale, const Measure &measure, double upperTop, double lowerTop,
                             double labelHeight)
{
    const double widest = scale.pixelsPerUnit() * maxFactor(scale);
    const double windowDays = scale.endDay() - scale.firstDay();
    TickUnit lowerUnit = TickUnit::Century;
    for (TickUnit unit : finestToCoarsest) {
        const double available = widest * approximateDays(unit);
        if (windowDays / approximateDays(unit) <= maxTicks &&
            available >= measure(widestSample(unit)) + 2 * labelPadding) {
            lowerUnit = unit;
            break;
        }
    }

    AxisLayout axis;
    axis.lower = ticksFor(lowerUnit, scale, false);
    axis.upper = ticksFor(upperUnitFor(lowerUnit), scale, true);
    for (const TimeWarp::Span &span : scale.warp().compressedSpans()) {
        const double x0 = std::max(scale.x(span.firstDay), scale.left());
        const double x1 = std::min(scale.x(span.endDay), scale.right());
        if (x1 > x0)
            axis.compressed.append({x0, x1});
    }
    // The lower unit was chosen for where time is widest; inside compressed stretches it would be a
    // thicket of "Q1"s without their years, so there only the upper tier speaks.
    if (!axis.compressed.isEmpty()) {
        axis.lower.ticks.removeIf([&](const AxisTick &tick) {
            return std::any_of(axis.compressed.begin(), axis.compressed.end(), [&](const auto &span) {
                return tick.x >= span.first - 0.5 && tick.endX <= span.second + 0.5;
            });
        });
    }
    placeLabels(axis.upper, measure, upperTop, labelHeight, true, scale.left(), scale.right());
    placeLabels(axis.lower, measure, lowerTop, labelHeight, false, scale.left(), scale.right());
    return axis;
}

} // namespace argline
