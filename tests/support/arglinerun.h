#pragma once

#include <QString>
#include <QStringList>

namespace argline::test {

// One run of the real `argline` binary as a user or a script runs it: without a display or a platform
// chosen for it, so the tests prove that the headless commands need neither.
struct ArglineRun
{
    int exitCode = -1; // -1 when it crashed
    QString out;
    QString err; // without the test machine's own XDG_RUNTIME_DIR warning

    // `environment`: variables to set for this run ("LANGUAGE=ja").
    static ArglineRun of(const QString &binary, const QStringList &arguments,
                         const QStringList &environment = {});
};

} // namespace argline::test
