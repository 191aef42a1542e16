#include "render/style/viewoptionkeys.h"

#include "models/corpus/keytable.h"

#include <array>
#include <utility>

namespace argline {

namespace {

constexpr std::array laneModes = {std::pair{LaneMode::Actor, "actor"}, std::pair{LaneMode::Theme, "theme"}};
constexpr std::array orientations = {
    std::pair{MapOrientation::Columns, "columns"}, std::pair{MapOrientation::TwoSided, "two-sided"},
    std::pair{MapOrientation::TopDown, "top-down"}, std::pair{MapOrientation::LeftToRight, "left-to-right"}};

} // namespace

QString ViewOptionKeys::laneModeKey(LaneMode mode)
{
    return keyOf(laneModes, mode);
}

std::optional<LaneMode> ViewOptionKeys::laneMode(const QString &key)
{
    return valueOfKey(laneModes, key);
}

QStringList ViewOptionKeys::laneModeKeys()
{
    return keysOf(laneModes);
}

QString ViewOptionKeys::orientationKey(MapOrientation orientation)
{
    return keyOf(orientations, orientation);
}

std::optional<MapOrientation> ViewOptionKeys::orientation(const QString &key)
{
    return valueOfKey(orientations, key);
}

QStringList ViewOptionKeys::orientationKeys()
{
    return keysOf(orientations);
}

} // namespace argline
