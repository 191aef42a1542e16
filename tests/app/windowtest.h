#pragma once

// What every test of the real main window starts from: translations for the plural forms, the offscreen
// platform's dock warnings filtered out, Qt's test paths for what the desktop shares (the recently used
// files), and a fresh window on the built-in corpus with settings in a scratch file that no other test
// (or user) sees.
#include "app/mainwindow.h"
#include "models/explore/corpusdocument.h"
#include "resources/translations.h"
#include "tests/support/testcorpus.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace argline::test {

class WindowTest : public QObject
{
protected:
    // From initTestCase().
    void startUp()
    {
        installTranslations(*QCoreApplication::instance());
        // Files the window opens go to the desktop's recently-used list: a scratch one, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        s_previousHandler = qInstallMessageHandler(dropPlatformNoise);
        QVERIFY(m_dir.isValid());
    }

    // From init(): `presets` writes settings the window should start with.
    void openWindow(QSize size, const std::function<void(QSettings &)> &presets = {})
    {
        using namespace Qt::StringLiterals;
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        if (presets)
            presets(*m_settings);
        m_document = std::make_unique<CorpusDocument>();
        m_document->setCorpus(builtInCorpus());
        m_window = std::make_unique<MainWindow>(m_document.get(), m_settings.get());
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->detailsPanel()); // the panels come just after the first frame
    }

    // Opens `path` through the window (read in the background, as File ▸ Open does) and waits for the
    // load to end; returns whether the file is now the open corpus.
    static bool openAndWait(MainWindow &window, const QString &path, int timeoutMs = 20000)
    {
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCorpus(path);
        if (!finished.wait(timeoutMs))
            return false;
        return finished.last().at(1).toBool();
    }
    bool openAndWait(const QString &path) { return openAndWait(*m_window, path); }

    // From cleanup().
    void closeWindow()
    {
        m_window.reset();
        m_document.reset();
        m_settings->clear();
        m_settings.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CorpusDocument> m_document;
    std::unique_ptr<MainWindow> m_window;

private:
    // The offscreen platform warns on every dock that it cannot propagate size hints; that says nothing
    // about Argline, and would bury the warnings that do.
    static void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.contains(QStringLiteral("does not support propagateSizeHints")))
            return;
        s_previousHandler(type, context, message);
    }
    static inline QtMessageHandler s_previousHandler = nullptr;
};

} // namespace argline::test
