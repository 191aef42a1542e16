#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace argline::test {

constexpr qsizetype megabyte = 1024 * 1024;

enum class Expect : quint8
{
    Loads,
    Refused,
    Either
};

// One hostile input for `argline --self-check`.
struct HostileCase
{
    QString name;
    Expect expect;
    // Writes the case into `dir` and returns the path to check (relative to `dir` unless absolute).
    std::function<QString(const QString &dir)> make;
    QString mustContain = {}; // in stderr (refused) or stdout (loaded)
};

// Writes `bytes` to dir/name and returns `name`.
QString writeCase(const QString &dir, const QString &name, const QByteArray &bytes);

// Malformed, huge, deep, binary and repetitive files, files hostile to quote matching, special files and odd
// names, and the resource limits of issue 17.
QList<HostileCase> hostileCases();

} // namespace argline::test
