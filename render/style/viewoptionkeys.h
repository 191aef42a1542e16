#pragma once

#include "models/time/timeindex.h"
#include "render/argmap/argumentmapstate.h"
#include "render/timeline/timelineviewstate.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace argline {

// The stable words for view options, as saved in settings and typed on the command line
// ("actor", "top-down"). Unknown words give no value, so callers can say what is wrong.
class ViewOptionKeys final
{
public:
    static QString laneModeKey(LaneMode mode);
    static std::optional<LaneMode> laneMode(const QString &key);
    static QStringList laneModeKeys();

    static QString scaleModeKey(ScaleMode mode);
    static std::optional<ScaleMode> scaleMode(const QString &key);
    static QStringList scaleModeKeys();

    static QString orientationKey(MapOrientation orientation);
    static std::optional<MapOrientation> orientation(const QString &key);
    static QStringList orientationKeys();
};

} // namespace argline
