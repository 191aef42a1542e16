#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace argline {

// The interface languages: a choice is a language code Argline has a translation for ("en", "ja"), or
// empty to follow the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the first of the system's UI
// languages that Argline speaks, else English). The window stores the choice in its settings; the
// command line always follows the system, as command-line tools do.
namespace UiLanguage {

// The codes there are translations for, English first ("en", "ja").
QStringList available();
// A language's name in that language ("English", "日本語"), for the menu that chooses it.
QString nativeName(const QString &code);
// `choice` when Argline has it, else empty (the system's language): settings files are not trusted.
QString sanitized(const QString &choice);
// The language the interface speaks for `choice` on a system whose locale is `system`.
QString resolved(const QString &choice, const QLocale &system = QLocale::system());
// The locale dates and numbers follow for `choice`: the system's own when it speaks the interface's
// language (so en_GB keeps its day-month order), else the interface language's.
QLocale locale(const QString &choice, const QLocale &system = QLocale::system());

} // namespace UiLanguage

// Installs Argline's translations on `app` for the interface language `choice` (see UiLanguage),
// replacing those an earlier call installed: English first (it supplies the plural forms behind every
// "%n item(s)" string), then the chosen language and Qt's own strings in it (dialog buttons, the
// command line's "Usage:"). Makes that language's locale QLocale's default, so dates written with
// QLocale (the as-of cursor, filter chips, tooltips) follow the interface, not only the environment.
void installTranslations(QCoreApplication &app, const QString &choice = {});

} // namespace argline
