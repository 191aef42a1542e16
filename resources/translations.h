#pragma once

class QCoreApplication;

namespace argline {

// Installs Argline's translations on `app`: English first (it supplies the plural forms behind every
// "%n item(s)" string), then the user's UI language and Qt's own strings for it when available.
void installTranslations(QCoreApplication &app);

} // namespace argline
