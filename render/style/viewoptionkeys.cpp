#include "render/style/viewoptionkeys.h"

#include "models/corpus/keytable.h"

#include <array>
#include <utility>

namespace argline {

namespace {

constexpr KeyTable laneModes{
    std::array{std::pair{LaneMode::Actor, "actor"}, std::pair{LaneMode::Theme, "theme"}}};
constexpr KeyTable scaleModes{std::array{std::pair{ScaleMode::Automatic, "auto"},
                                         std::pair{ScaleMode::Linear, "linear"},
                                         std::pair{ScaleMode::Balanced, "balanced"}}};
constexpr KeyTable orientations{std::array{
    std::pair{MapOrientation::Columns, "columns"}, std::pair{MapOrientation::TwoSided, "two-sided"},
    std::pair{MapOrientation::TopDown, "top-down"}, std::pair{MapOrientation::LeftToRight, "left-to-right"}}};

} // namespace

QString ViewOptionKeys::laneModeKey(LaneMode mode)
{
    return laneModes.key(mode);
}

std::optional<LaneMode> ViewOptionKeys::laneMode(const QString &key)
{
    return laneModes.value(key);
}

QStringList ViewOptionKeys::laneModeKeys()
{
    return laneModes.keys();
}

QString ViewOptionKeys::scaleModeKey(ScaleMode mode)
{
    return scaleModes.key(mode);
}

std::optional<ScaleMode> ViewOptionKeys::scaleMode(const QString &key)
{
    return scaleModes.value(key);
}

QStringList ViewOptionKeys::scaleModeKeys()
{
    return scaleModes.keys();
}

QString ViewOptionKeys::orientationKey(MapOrientation orientation)
{
    return orientations.key(orientation);
}

std::optional<MapOrientation> ViewOptionKeys::orientation(const QString &key)
{
    return orientations.value(key);
}

QStringList ViewOptionKeys::orientationKeys()
{
    return orientations.keys();
}

} // namespace argline
