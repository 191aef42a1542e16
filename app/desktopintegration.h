#pragma once

#include <QIcon>
#include <QString>

class QGuiApplication;

namespace argline::DesktopIntegration {

// The AppStream id: the .desktop file is <appId>.desktop and the metainfo <appId>.metainfo.xml (set in
// CMake, where the installed files are named).
QString appId();
// The icon theme's "argline" (installed into hicolor), else the SVG the executable embeds.
QIcon appIcon();
// What every window of the application shares: the icon, and the desktop file that Wayland compositors
// and task bars match windows to (their app_id).
void identify(QGuiApplication &app);

} // namespace argline::DesktopIntegration
