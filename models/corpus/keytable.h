#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace argline {

// Stable words for enum values, from a table of {value, "word"} pairs: what settings files and the
// command line use. Reading ignores case ("PDF" is "pdf").
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
auto valueOfKey(const Table &table, const QString &key)
    -> std::optional<typename Table::value_type::first_type>
{
    for (const auto &[v, k] : table) {
        if (key.compare(QLatin1StringView(k), Qt::CaseInsensitive) == 0)
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

} // namespace argline
