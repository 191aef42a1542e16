#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace argline::TerminalHelp {

// The columns `text` takes in a terminal: two for each wide (CJK, full-width) character, one otherwise.
int displayWidth(QStringView text);

// `text` wrapped to `width` columns: at spaces, between CJK characters (never before 、。） and the
// like, nor after （「), never inside a run of Latin letters or digits unless it is longer than a line.
// Lines that start with spaces keep them as a hanging indent; "\n" breaks where it stands.
QStringList wrap(const QString &text, int width);

struct Argument
{
    QString name; // "FILE"
    QString description;
    QString syntax; // as the usage line shows it: "[FILE]"
};

// The help QCommandLineParser would print — "Usage:", the description, "Options:", "Arguments:" (in
// Qt's own words, which qt6-translations-l10n translates) — but wrapped by display width:
// QCommandLineParser counts a Japanese character as one column where a terminal gives it two, and cuts
// "2022-02-24" in half when a line has no space.
QString format(const QString &usage, const QString &description, const QList<QCommandLineOption> &options,
               const QList<Argument> &arguments, int width = 80);

} // namespace argline::TerminalHelp
