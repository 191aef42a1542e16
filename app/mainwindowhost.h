#pragma once

#include <QObject>

#include <memory>

class QSettings;

namespace argline {

class CorpusDocument;
class MainWindow;

// Keeps the main window, and builds it anew when the user picks another interface language in
// View ▸ Language. The new language's translators go in, the window saves its layout, and a new window
// reads it back around the same open document (corpus, selection, filters, as-of cursor), taking over
// the open file, the search and "only linked". So every string — menus, toolbar, docks, panels, the
// status line, tooltips, dates written with QLocale — is the new language's at once, without a restart
// and without each widget having to retranslate itself (which every new string would have to remember).
// What does not carry over: the back/forward history and the map's collapsed branches.
class MainWindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowHost)

public:
    // Installs the interface language saved in `settings` (null: the user's settings). The window comes
    // from createWindow(), so a corpus can be read in that language first.
    explicit MainWindowHost(CorpusDocument *document, QSettings *settings = nullptr,
                            QObject *parent = nullptr);
    ~MainWindowHost() override;

    MainWindow *createWindow();
    MainWindow *window() const { return m_window.get(); }
    // The language the interface speaks now ("en", "ja").
    const QString &language() const { return m_language; }

    // What View ▸ Language does: remembers `choice` ("" follows the system) and, when that changes the
    // language spoken, replaces the window with one in the new language.
    void setLanguage(const QString &choice);

Q_SIGNALS:
    void windowReplaced(argline::MainWindow *window);

private:
    void rebuild(const QString &choice);

    CorpusDocument *m_document;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindow> m_previous; // replaced, deleted once its signal has returned
    QString m_language;
};

} // namespace argline
