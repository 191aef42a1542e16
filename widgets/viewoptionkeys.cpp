#include "viewoptionkeys.h"

#include <array>
#include <utility>

namespace argline {

namespace {

constexpr std::array laneModes = {std::pair{LaneMode::Actor, "actor"}, std::pair{LaneMode::Theme, "theme"}};
constexpr std::array orientations = {std::pair{MapOrientation::TwoSided, "two-sided"},
                                     std::pair{MapOrientation::TopDown, "top-down"},
                                     std::pair{MapOrientation::LeftToRight, "left-to-right"}};

template <typename Table, typename Value>
QString keyOf(const Table &table, Value value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Table>
auto valueOf(const Table &table, const QString &key) -> std::optional<typename Table::value_type::first_type>
{
    for (const auto &[v, k] : table) {
        if (key == QLatin1StringView(k))
            return v;
    }
    return std::nullopt;
}

template <typename Table>
QStringList keysOf(const Table &table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys.append(QString::fromLatin1(entry.second));
    return keys;
}

} // namespace

QString ViewOptionKeys::laneModeKey(LaneMode mode)
{
    return keyOf(laneModes, mode);
}

std::optional<LaneMode> ViewOptionKeys::laneMode(const QString &key)
{
    return valueOf(laneModes, key);
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
    return valueOf(orientations, key);
}

QStringList ViewOptionKeys::orientationKeys()
{
    return keysOf(orientations);
}

} // namespace argline
