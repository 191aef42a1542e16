#pragma once

#include <QDateTime>
#include <QString>

namespace argline {

// The desktop's list of recently used files: the freedesktop.org XBEL file (recently-used.xbel in
// $XDG_DATA_HOME, normally ~/.local/share) that GTK's GtkRecentManager and KDE's KRecentDocument both
// read and write, and that file managers, file dialogs and launchers show as "Recent". Qt has no API for
// it, so Argline adds its own entries, carefully:
//   - the file is rewritten token by token, so every other application's entries stay as they were;
//   - a file that is not XBEL 1.0 (or does not parse) is left alone, never replaced;
//   - writes are atomic (QSaveFile) and, like KDE's, guarded by a lock file against a concurrent writer
//     that also uses it (GTK does not lock: the last writer wins, as between GTK applications).
// The window keeps its own Open Recent menu as well; this only tells the rest of the desktop.
class RecentlyUsed final
{
public:
    static QString defaultPath(); // $XDG_DATA_HOME/recently-used.xbel

    explicit RecentlyUsed(QString xbelPath = defaultPath());

    // Adds `file` (or, when it is listed, refreshes its times and Argline's use count), with the file's
    // MIME type as the shared MIME database knows it. Returns whether the list was written.
    bool add(const QString &file, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace argline
