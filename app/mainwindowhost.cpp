#include "app/mainwindowhost.h"

#include "app/mainwindow.h"
#include "app/windowsettings.h"
#include "resources/translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

namespace argline {

MainWindowHost::MainWindowHost(CorpusDocument *document, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{
    const QString choice = WindowSettings::read(*m_settings).language;
    installTranslations(*QCoreApplication::instance(), choice);
    m_language = UiLanguage::resolved(choice);
}

MainWindowHost::~MainWindowHost() = default;

MainWindow *MainWindowHost::createWindow()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(m_document, m_settings);
        connect(m_window.get(), &MainWindow::languageChosen, this, &MainWindowHost::rebuild);
    }
    return m_window.get();
}

void MainWindowHost::setLanguage(const QString &choice)
{
    createWindow()->chooseLanguage(choice); // saves the choice, and comes back through rebuild()
}

void MainWindowHost::rebuild(const QString &choice)
{
    const QString language = UiLanguage::resolved(choice);
    if (language == m_language)
        return; // "System default" that is the language already spoken, say
    installTranslations(*QCoreApplication::instance(), choice);
    m_language = language;

    m_previous = std::move(m_window);
    m_previous->saveSettings();
    createWindow();
    m_window->takeOverFrom(*m_previous);
    if (m_previous->isVisible())
        m_window->show();
    m_previous->hide();
    // The old window's menu action is still on the stack: delete it once that has returned.
    QTimer::singleShot(0, this, [this] { m_previous.reset(); });
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace argline
