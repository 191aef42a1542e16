#pragma once

#include "models/time/timeindex.h"
#include "render/argmap/argumentmapstate.h"
#include "render/style/viewstyle.h"
#include "render/timeline/timelineviewstate.h"

#include <QByteArray>
#include <QPointF>
#include <QStringList>

#include <optional>
#include <utility>

class QSettings;

namespace argline {

// What the window remembers between sessions, as plain values. Reading never trusts the file: a value
// of the wrong type or out of range (a hand-edited or older settings file) is dropped and the default
// used instead.
struct WindowSettings
{
    static constexpr int maximumRecentFiles = 8;

    QByteArray geometry;
    QByteArray dockState;
    QByteArray splitterState;
    bool stacked = false; // timeline above the map, instead of side by side
    Theme theme = Theme::Light;
    std::optional<std::pair<double, double>> timelineWindow; // [firstDay, endDay)
    LaneMode laneMode = LaneMode::Actor;
    ScaleMode scaleMode = ScaleMode::Automatic;
    bool overview = true; // the events-per-year chart under the timeline
    MapOrientation mapOrientation = MapOrientation::Columns;
    std::optional<std::pair<double, QPointF>> mapView; // scale, centre
    QStringList recentFiles;                           // most recent first
    QString lastDirectory;
    QString language; // the interface language ("en", "ja"); empty follows the system (see UiLanguage)

    static WindowSettings read(QSettings &settings);
    void write(QSettings &settings) const;

    // Puts `path` first in the recent files, without duplicates, keeping at most maximumRecentFiles.
    void addRecentFile(const QString &path);

    bool operator==(const WindowSettings &) const = default;
};

} // namespace argline
