#include "app/desktopintegration.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace argline {

QString DesktopIntegration::appId()
{
    return QStringLiteral(ARGLINE_APP_ID);
}

QIcon DesktopIntegration::appIcon()
{
    return QIcon::fromTheme(u"argline"_s, QIcon(u":/icons/argline.svg"_s));
}

void DesktopIntegration::identify(QGuiApplication &app)
{
    app.setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(appId());
}

} // namespace argline
