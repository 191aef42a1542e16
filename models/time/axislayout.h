#pragma once

#include "models/time/timescale.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

namespace argline {

enum class TickUnit : quint8
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    FiveYears,
    Decade,
    HalfCentury,
    Century,
    Millennium // for spans of thousands of years (imported timelines reach back to 9999 BC)
};

struct AxisTick
{
    qint64 day = 0;  // where the tick starts: the first day of its unit, or of the view's part of it
    double x = 0;    // where the unit starts
    double endX = 0; // where it ends
    QString label;
    QRectF labelRect; // empty when the label was dropped for lack of space
    TickUnit unit = TickUnit::Year;
    bool hasLabel() const { return !labelRect.isEmpty(); }
};

struct AxisTier
{
    TickUnit unit = TickUnit::Year; // the finest unit the tier uses
    QList<AxisTick> ticks;
};

// The two tiers of the time axis for one window: a finer lower tier (e.g. months) and a coarser upper
// tier (e.g. years) whose labels stick to the left edge while their unit is in view. Labels never
// overlap: when they do not all fit, the rounder ones (decades before other years) are kept.
//
// On a density-balanced axis a year may be 200 pixels wide in one place and 8 in another, so units are
// chosen stretch by stretch: the upper tier coarsens (years, then decades, then centuries) where its
// units are too narrow for their labels, and under each upper tick the lower tier uses the finest unit
// whose ticks there are wide enough to be labelled, or none. No thicket of lines, no orphaned "Q1".
struct AxisLayout
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimeAxis)

public:
    using Measure = std::function<double(const QString &)>;

    // Never more ticks than this per tier, however the window is set: the axis cannot freeze the view.
    static constexpr int maxTicks = 2000;
    static constexpr double labelPadding = 6;

    AxisTier lower;
    AxisTier upper;
    QList<std::pair<double, double>> compressed; // x ranges drawn at less than half their linear width

    // `lowerTop`/`upperTop`: where each tier's labels go; `labelHeight`: their height.
    static AxisLayout build(const TimeScale &scale, const Measure &measure, double upperTop, double lowerTop,
                            double labelHeight);

    static TickUnit upperUnitFor(TickUnit lower);
    static QString labelFor(TickUnit unit, qint64 day, bool upperTier);
    // The first day of the unit containing `day`, and of the unit after it.
    static qint64 unitStart(TickUnit unit, qint64 day);
    static qint64 nextUnit(TickUnit unit, qint64 start);
};

} // namespace argline
