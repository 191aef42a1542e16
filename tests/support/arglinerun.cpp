#include "tests/support/arglinerun.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace argline::test {

ArglineRun ArglineRun::of(const QString &binary, const QStringList &arguments, const QStringList &variables)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    for (const QString &variable : variables)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(binary, arguments);
    if (!process.waitForFinished(120000))
        qFatal("argline did not finish");
    QString err = QString::fromUtf8(process.readAllStandardError());
    err.remove(QRegularExpression(u"QStandardPaths: XDG_RUNTIME_DIR[^\n]*\n"_s));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), err};
}

} // namespace argline::test
