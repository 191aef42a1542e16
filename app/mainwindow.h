#pragma once

#include "app/corpusloader.h"
#include "app/presentationsession.h"
#include "app/windowsettings.h"
#include "models/formats/corpusformats.h"
#include "render/style/viewstyle.h"
#include "widgets/export/exportdialog.h"
#include "widgets/panels/diagnosticsdialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTimer;

namespace argline {

class ArgumentMapPane;
class LoadProgress;
class ArticleReader;
class CorpusDocument;
class DetailsPanel;
class FilterPanel;
class LinkedNavigation;
class SearchBar;
class SelectionHistory;
class SourcesChart;
class StatusLine;
class StoryList;
class TimelinePane;

// The exploration window: the timeline and the argument map side by side (or stacked) around one shared
// selection, with dockable panels for details, filters, the article reader, the story and the sources
// chart. The optional panels are filled in after the first frame is painted, so the window is usable at
// once. It remembers its layout and view options, opens corpora by dialog, drag-and-drop, the recent
// files menu or the command line, and reloads the corpus when its file changes on disk; a file with
// errors is reported and the open corpus stays. Files are read off the GUI thread (CorpusLoader): the
// open corpus stays usable until the new one is ready, a load past half a second shows its progress in
// the status bar with Cancel (Esc), and a newer open supersedes one still running.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `settings` is where the window remembers itself (tests pass a scratch file); null uses the user's.
    explicit MainWindow(CorpusDocument *document, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts reading `path` in the background; loadFinished() says how it went. On errors, shows them
    // (without blocking) and keeps the open corpus.
    void openCorpus(const QString &path);
    // Starts reading the open file again, keeping the selection, the filters and where both views look;
    // returns false (and says why in the status bar) when there is nothing to reload.
    bool reloadCorpus();
    // Stops the running load, if any; the open corpus stays as it is.
    void cancelLoading();
    bool isLoading() const { return m_loader->isLoading(); }
    LoadProgress *loadProgress() const { return m_loadProgress; }
    // Saves a copy of the open corpus as `path` in `format` (File ▸ Save As…), atomically; the open file
    // stays the one being shown and watched. The report says what the format could not keep.
    WriteReport saveCorpusAs(const QString &path, CorpusFormat format);
    const QString &corpusPath() const { return m_corpusPath; }
    void setCorpusPath(const QString &path); // the file the document was opened from (for reloads)
    void showDiagnostics(const QString &path, const Diagnostics &diagnostics);

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    void setStacked(bool stacked);
    bool isStacked() const;

    WindowSettings currentSettings() const;
    void saveSettings();
    // Builds the optional panels now if the first frame has not done so yet.
    void ensurePanels();

    TimelinePane *timelinePane() const { return m_timeline; }
    ArgumentMapPane *mapPane() const { return m_map; }
    SearchBar *searchBar() const { return m_search; }
    LinkedNavigation *navigation() const { return m_navigation; }
    SelectionHistory *history() const { return m_history; }
    DetailsPanel *detailsPanel() const { return m_details; }
    FilterPanel *filterPanel() const { return m_filters; }
    ArticleReader *articleReader() const { return m_reader; }
    StoryList *storyList() const { return m_story; }
    DiagnosticsDialog *diagnosticsDialog() const { return m_diagnostics; }
    QDockWidget *dock(const QString &objectName) const;
    QString statusText() const;
    // What an export of "the current view" shows: the filtered items, the timeline's window and lanes,
    // the map's layout, and the selection's highlight.
    ExportScene currentScene() const;
    // The export dialog, created on demand (null until then).
    ExportDialog *exportDialog();
    // Presentation mode (F5): the corpus story for a class. Null while not presenting.
    void present();
    PresentationSession *presentation() const { return m_presentation; }

    // The interface language chosen in View ▸ Language ("" follows the system; see UiLanguage).
    const QString &languageChoice() const { return m_saved.language; }
    // Saves `choice` with the settings and announces it; MainWindowHost then builds the window anew in
    // that language.
    void chooseLanguage(const QString &choice);
    // For a window built to replace `previous` (same document and settings): takes over its open file,
    // search, "only linked" and as-of cursor. The layout and view options come from the settings.
    void takeOverFrom(const MainWindow &previous);

Q_SIGNALS:
    void firstFrameShown();
    // A load has ended: `opened` when the file is now the open corpus; otherwise it had errors (listed
    // in `diagnostics`) or was cancelled, and the corpus that was open stays. A load superseded by a
    // newer one ends without a word.
    void loadFinished(const QString &path, bool opened, const argline::Diagnostics &diagnostics);
    void languageChosen(const QString &choice);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool isBuiltIn(const QString &path); // the built-in corpus, a Qt resource
    void buildCentralArea();
    void buildDocks();
    void buildActions();
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildHelpMenu();
    void buildToolBar();
    QDockWidget *addPanelDock(const QString &title, const QString &objectName, Qt::DockWidgetArea area,
                              const QKeySequence &shortcut);
    void firstRunLayout();
    void applySettings(const WindowSettings &settings);
    void chooseCorpusFile();
    void chooseSaveAsFile();
    void rebuildRecentMenu();
    void startLoad(const QString &path, CorpusLoader::Purpose purpose);
    void loadDone(const QString &path, CorpusLoader::Purpose purpose, const CorpusLoader::Loaded &loaded);
    void loadCancelled(const QString &path, CorpusLoader::Purpose purpose);
    // Swaps in what a load read and prepared.
    void adopt(const CorpusLoader::Loaded &loaded);
    void watch(const QString &path);
    void fileChangedOnDisk();
    void folderChangedOnDisk();
    void scheduleStatusUpdate();
    void updateStatus();
    void updateTitle();
    void showShortcuts();
    void showAbout();
    void followCorpusPath(const QString &path);

    CorpusDocument *m_document;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    WindowSettings m_saved; // what was read at start, updated as files are opened
    Theme m_theme = Theme::Light;
    QString m_corpusPath;

    QSplitter *m_splitter = nullptr;
    TimelinePane *m_timeline = nullptr;
    ArgumentMapPane *m_map = nullptr;
    SearchBar *m_search = nullptr;
    LinkedNavigation *m_navigation = nullptr;
    SelectionHistory *m_history = nullptr;
    StatusLine *m_status = nullptr;

    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_filtersDock = nullptr;
    QDockWidget *m_readerDock = nullptr;
    QDockWidget *m_storyDock = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    DetailsPanel *m_details = nullptr;
    FilterPanel *m_filters = nullptr;
    ArticleReader *m_reader = nullptr;
    StoryList *m_story = nullptr;
    SourcesChart *m_sources = nullptr;
    QPointer<DiagnosticsDialog> m_diagnostics;
    QPointer<ExportDialog> m_export;
    QPointer<PresentationSession> m_presentation;
    QAction *m_presentContrastAction = nullptr;
    QAction *m_presentAnimateAction = nullptr;

    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_onlyLinkedAction = nullptr;
    QAction *m_asOfAction = nullptr;
    QAction *m_stackedAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;

    CorpusLoader *m_loader = nullptr;
    LoadProgress *m_loadProgress = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_statusUpdateScheduled = false;
    bool m_firstFrameSeen = false;
    bool m_firstRun = false; // no saved layout: this run lays the window out for its screen
};

} // namespace argline
