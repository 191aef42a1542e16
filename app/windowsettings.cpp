#include "app/windowsettings.h"

#include "render/style/viewoptionkeys.h"
#include "render/timeline/timelineviewstate.h"
#include "resources/translations.h"

#include <QFileInfo>
#include <QSettings>

#include <cmath>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Bumped when the meaning of a saved value changes, so an old file is ignored rather than misread.
constexpr int settingsVersion = 1;

std::optional<double> finite(const QVariant &value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional(d) : std::nullopt;
}

} // namespace

WindowSettings WindowSettings::read(QSettings &s)
{
    WindowSettings w;
    if (s.value(u"version"_s).toInt() != settingsVersion)
        return w;
    w.geometry = s.value(u"window/geometry"_s).toByteArray();
    w.dockState = s.value(u"window/docks"_s).toByteArray();
    w.splitterState = s.value(u"window/splitter"_s).toByteArray();
    w.stacked = s.value(u"window/stacked"_s).toBool();
    const QString theme = s.value(u"view/theme"_s).toString();
    w.theme = ViewStyle::themeFromKey(theme);
    if (w.theme == Theme::Print) // a paper theme, for export only
        w.theme = Theme::Light;

    const auto first = finite(s.value(u"timeline/firstDay"_s));
    const auto end = finite(s.value(u"timeline/endDay"_s));
    // Days are Julian day numbers: a window outside years 1–9999, or wider or narrower than the
    // timeline can zoom, was not written by Argline and is ignored.
    constexpr double firstJulianDay = 1721426; // 1 January of year 1
    constexpr double lastJulianDay = 5373484;  // 31 December 9999
    const bool saneWindow = first && end && *first >= firstJulianDay && *end <= lastJulianDay &&
                            *end - *first >= TimelineViewState::minimumSpanDays &&
                            *end - *first <= TimelineViewState::maximumSpanDays;
    if (saneWindow)
        w.timelineWindow = std::pair(*first, *end);
    w.laneMode = ViewOptionKeys::laneMode(s.value(u"timeline/lanes"_s).toString()).value_or(LaneMode::Actor);
    w.scaleMode = ViewOptionKeys::scaleMode(s.value(u"timeline/scale"_s).toString())
                      .value_or(s.value(u"timeline/densityBalanced"_s).toBool() // before scale modes
                                    ? ScaleMode::Balanced
                                    : ScaleMode::Automatic);

    w.overview = s.value(u"timeline/overview"_s, true).toBool();

    w.mapOrientation = ViewOptionKeys::orientation(s.value(u"map/orientation"_s).toString())
                           .value_or(MapOrientation::Columns);
    const auto scale = finite(s.value(u"map/scale"_s));
    const auto x = finite(s.value(u"map/centerX"_s));
    const auto y = finite(s.value(u"map/centerY"_s));
    constexpr double farthest = 1e7; // layout units; a map is a few thousand across
    if (scale && *scale >= ArgumentMapState::minimumScale && *scale <= ArgumentMapState::maximumScale && x &&
        y && std::abs(*x) < farthest && std::abs(*y) < farthest)
        w.mapView = std::pair(*scale, QPointF(*x, *y));

    for (const QString &path : s.value(u"files/recent"_s).toStringList()) {
        if (!path.isEmpty() && w.recentFiles.size() < maximumRecentFiles && !w.recentFiles.contains(path))
            w.recentFiles.append(path);
    }
    w.lastDirectory = s.value(u"files/lastDirectory"_s).toString();
    w.language = UiLanguage::sanitized(s.value(u"ui/language"_s).toString());
    return w;
}

void WindowSettings::write(QSettings &s) const
{
    s.setValue(u"version"_s, settingsVersion);
    s.setValue(u"window/geometry"_s, geometry);
    s.setValue(u"window/docks"_s, dockState);
    s.setValue(u"window/splitter"_s, splitterState);
    s.setValue(u"window/stacked"_s, stacked);
    s.setValue(u"view/theme"_s, ViewStyle::themeKey(theme));
    if (timelineWindow) {
        s.setValue(u"timeline/firstDay"_s, timelineWindow->first);
        s.setValue(u"timeline/endDay"_s, timelineWindow->second);
    } else {
        s.remove(u"timeline/firstDay"_s);
        s.remove(u"timeline/endDay"_s);
    }
    s.setValue(u"timeline/lanes"_s, ViewOptionKeys::laneModeKey(laneMode));
    s.setValue(u"timeline/scale"_s, ViewOptionKeys::scaleModeKey(scaleMode));
    s.remove(u"timeline/densityBalanced"_s);
    s.setValue(u"timeline/overview"_s, overview);
    s.setValue(u"map/orientation"_s, ViewOptionKeys::orientationKey(mapOrientation));
    if (mapView) {
        s.setValue(u"map/scale"_s, mapView->first);
        s.setValue(u"map/centerX"_s, mapView->second.x());
        s.setValue(u"map/centerY"_s, mapView->second.y());
    } else {
        s.remove(u"map/scale"_s);
        s.remove(u"map/centerX"_s);
        s.remove(u"map/centerY"_s);
    }
    s.setValue(u"files/recent"_s, recentFiles);
    s.setValue(u"files/lastDirectory"_s, lastDirectory);
    s.setValue(u"ui/language"_s, language);
}

void WindowSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recentFiles.removeAll(absolute);
    recentFiles.prepend(absolute);
    while (recentFiles.size() > maximumRecentFiles)
        recentFiles.removeLast();
}

} // namespace argline
