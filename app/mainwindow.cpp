#include "app/mainwindow.h"

#include "app/about.h"
#include "app/desktopintegration.h"
#include "app/linkednavigation.h"
#include "app/loadprogress.h"
#include "app/presentationsession.h"
#include "app/toolbartext.h"
#include "models/explore/corpusdocument.h"
#include "models/explore/filterdescription.h"
#include "models/explore/search.h"
#include "models/explore/selectionhistory.h"
#include "resources/translations.h"
#include "widgets/argmap/argumentmappane.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/common/statusline.h"
#include "widgets/panels/articlereader.h"
#include "widgets/panels/detailspanel.h"
#include "widgets/panels/filterchips.h"
#include "widgets/panels/filterpanel.h"
#include "widgets/panels/searchbar.h"
#include "widgets/panels/sourceschart.h"
#include "widgets/panels/storylist.h"
#include "widgets/timeline/timelinepane.h"
#include "widgets/timeline/timelinewidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileSystemWatcher>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Layout generations: bump when docks are added or renamed, so an old saved layout is not applied.
constexpr int dockStateVersion = 2;

} // namespace

MainWindow::MainWindow(CorpusDocument *document, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_saved(WindowSettings::read(*m_settings))
    , m_loader(new CorpusLoader(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(DesktopIntegration::appIcon());
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_history = new SelectionHistory(document->selection(), this);
    buildCentralArea();
    m_navigation = new LinkedNavigation(document, m_timeline->timeline(), m_map->map(), this);
    buildDocks();
    buildActions();
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildHelpMenu();
    buildToolBar();
    // From the search field, Tab reaches the timeline and then the map before anything else (the views'
    // own tool bars and the panels come after); each view frames itself while it has the keys.
    setTabOrder(m_search->field(), m_timeline->timeline());
    setTabOrder(m_timeline->timeline(), m_map->map());
    m_status = new StatusLine(this);
    m_status->setAccessibleName(tr("What is shown"));
    statusBar()->addWidget(m_status, 1);
    m_loadProgress = new LoadProgress(m_loader, this);
    statusBar()->addPermanentWidget(m_loadProgress);
    connect(m_loader, &CorpusLoader::finished, this, &MainWindow::loadDone);
    connect(m_loader, &CorpusLoader::cancelled, this, &MainWindow::loadCancelled);

    connect(document, &CorpusDocument::corpusChanged, this, &MainWindow::updateTitle);
    connect(document, &CorpusDocument::corpusChanged, this, &MainWindow::scheduleStatusUpdate);
    connect(document, &CorpusDocument::resultChanged, this, &MainWindow::scheduleStatusUpdate);
    connect(m_timeline->timeline(), &TimelineWidget::windowChanged, this, &MainWindow::scheduleStatusUpdate);
    connect(m_search, &SearchBar::matchesChanged, m_navigation, &LinkedNavigation::setMatches);
    connect(m_timeline->timeline(), &TimelineWidget::activated, this, [this] { m_detailsDock->show(); });
    connect(m_map->map(), &ArgumentMapWidget::activated, this, [this] { m_detailsDock->show(); });

    // Changed files are read after a short quiet spell: editors often save in several steps.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &MainWindow::folderChangedOnDisk);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { reloadCorpus(); });

    // The first frame: then the optional panels are filled in.
    m_timeline->timeline()->installEventFilter(this);

    if (m_saved.geometry.isEmpty())
        firstRunLayout();
    applySettings(m_saved);
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new FilterChips(m_document, central));
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"viewsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_timeline = new TimelinePane(m_document, m_splitter);
    m_map = new ArgumentMapPane(m_document, m_splitter);
    m_splitter->setSizes({600, 400}); // proportions: the splitter scales them to its width
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

QDockWidget *MainWindow::addPanelDock(const QString &title, const QString &objectName,
                                      Qt::DockWidgetArea area, const QKeySequence &shortcut)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->toggleViewAction()->setShortcut(shortcut);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildDocks()
{
    // The docks exist from the start, so the saved layout applies to them; their contents come after the
    // first frame (ensurePanels).
    m_detailsDock =
        addPanelDock(tr("Details"), u"detailsDock"_s, Qt::RightDockWidgetArea, Qt::CTRL | Qt::Key_4);
    m_readerDock =
        addPanelDock(tr("Article"), u"readerDock"_s, Qt::RightDockWidgetArea, Qt::CTRL | Qt::Key_5);
    m_filtersDock =
        addPanelDock(tr("Filters"), u"filtersDock"_s, Qt::RightDockWidgetArea, Qt::CTRL | Qt::Key_1);
    m_storyDock = addPanelDock(tr("Story"), u"storyDock"_s, Qt::RightDockWidgetArea, Qt::CTRL | Qt::Key_2);
    m_sourcesDock =
        addPanelDock(tr("Sources"), u"sourcesDock"_s, Qt::RightDockWidgetArea, Qt::CTRL | Qt::Key_3);
    // One column of tabs, so the two views in the middle keep most of the width.
    tabifyDockWidget(m_detailsDock, m_readerDock);
    tabifyDockWidget(m_readerDock, m_filtersDock);
    tabifyDockWidget(m_filtersDock, m_storyDock);
    tabifyDockWidget(m_storyDock, m_sourcesDock);
    m_detailsDock->raise();
    resizeDocks({m_detailsDock}, {340}, Qt::Horizontal);
}

void MainWindow::firstRunLayout()
{
    // Later runs restore the user's own layout; the first one suits the screen it opens on. The window
    // fills the screen. On a laptop or a projector (1280×720, 1366×768) the two views need all of it to
    // be read: the panels wait one click away (the tool bar's Filters and Details, Ctrl+1…5, or Enter on
    // an item) and the overview chart starts hidden. On a large screen the panels share one column on the
    // right.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    const bool compact = screen.width() < 1600 || screen.height() < 900;
    resize(screen.size());
    setWindowState(windowState() | Qt::WindowMaximized); // two views side by side want the whole screen
    if (compact) {
        for (QDockWidget *dock : {m_filtersDock, m_storyDock, m_sourcesDock, m_detailsDock, m_readerDock})
            dock->hide();
        m_saved.overview = false; // its height labels more events here
    }
    m_firstRun = true; // the views' split is set once the window has its size (first frame)
}

void MainWindow::ensurePanels()
{
    if (m_details)
        return;
    m_filters = new FilterPanel(m_document, m_filtersDock);
    m_filtersDock->setWidget(m_filters);
    m_story = new StoryList(m_document, m_storyDock);
    m_storyDock->setWidget(m_story);
    connect(m_story, &StoryList::stepActivated, m_navigation,
            [this](int, const QString &id) { m_navigation->reveal(id); });
    m_sources = new SourcesChart(m_document, m_sourcesDock);
    m_sourcesDock->setWidget(m_sources);
    m_details = new DetailsPanel(m_document, m_detailsDock);
    m_detailsDock->setWidget(m_details);
    m_reader = new ArticleReader(m_document, m_readerDock);
    m_readerDock->setWidget(m_reader);
    setTheme(m_theme); // the new panels take the theme too
}

void MainWindow::buildActions()
{
    QStyle *s = style();
    m_backAction = new QAction(s->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this);
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setToolTip(tr("Back to the previous selection (%1)")
                                 .arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    connect(m_backAction, &QAction::triggered, m_history, &SelectionHistory::back);
    m_forwardAction = new QAction(s->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setToolTip(
        tr("Forward to the next selection (%1)")
            .arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    connect(m_forwardAction, &QAction::triggered, m_history, &SelectionHistory::forward);
    const auto updateHistory = [this] {
        m_backAction->setEnabled(m_history->canGoBack());
        m_forwardAction->setEnabled(m_history->canGoForward());
    };
    connect(m_history, &SelectionHistory::changed, this, updateHistory);
    updateHistory();

    m_onlyLinkedAction = new QAction(tr("Only &Linked"), this);
    m_onlyLinkedAction->setCheckable(true);
    m_onlyLinkedAction->setShortcut(Qt::CTRL | Qt::Key_L);
    m_onlyLinkedAction->setToolTip(tr("Show only the selection and what it is linked to (Ctrl+L)"));
    connect(m_onlyLinkedAction, &QAction::toggled, m_navigation, &LinkedNavigation::setOnlyLinked);
    connect(m_navigation, &LinkedNavigation::onlyLinkedChanged, m_onlyLinkedAction, &QAction::setChecked);

    m_asOfAction = new QAction(tr("&As Of…"), this);
    m_asOfAction->setCheckable(true);
    m_asOfAction->setShortcut(Qt::CTRL | Qt::Key_T);
    m_asOfAction->setToolTip(tr("A time cursor: drag its date on the timeline to see the debate as it "
                                "stood then; later events dim and unpublished arguments hide (Ctrl+T)"));
    connect(m_asOfAction, &QAction::toggled, m_navigation, &LinkedNavigation::setAsOfEnabled);
    connect(m_navigation, &LinkedNavigation::asOfChanged, m_asOfAction,
            [this](std::optional<qint64> day) { m_asOfAction->setChecked(day.has_value()); });

    m_stackedAction = new QAction(tr("&Stack Views"), this);
    m_stackedAction->setCheckable(true);
    m_stackedAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    m_stackedAction->setToolTip(tr("The timeline above the map, instead of side by side"));
    connect(m_stackedAction, &QAction::toggled, this, &MainWindow::setStacked);
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Corpus…"),
                                    QKeySequence::Open, this, &MainWindow::chooseCorpusFile);
    open->setObjectName(u"openAction"_s);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(tr("Open &Built-in Corpus"), this,
                    [this] { openCorpus(CorpusReader::builtInCorpusPath()); });
    // Ctrl+R rather than the platform's "refresh", which is F5 on some desktops: F5 presents.
    m_reloadAction =
        file->addAction(tr("Re&load"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] { reloadCorpus(); });
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::chooseSaveAsFile)
        ->setObjectName(u"saveAsAction"_s);
    file->addSeparator();
    file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    [this] { exportDialog()->open(); });
    file->addAction(tr("Export &Story Deck…"), this,
                    [this] { exportDialog()->chooseFileAndExportStoryDeck(); });
    file->addAction(tr("&Print…"), QKeySequence::Print, this, [this] { exportDialog()->print(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] { m_search->focusField(); });
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, this, [this] { m_search->step(1); });
    edit->addAction(tr("Find &Previous"), QKeySequence::FindPrevious, this, [this] { m_search->step(-1); });
    edit->addSeparator();
    edit->addAction(tr("&Copy Image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, [this] {
        exportDialog()->copyImage();
        statusBar()->showMessage(tr("The image of both views is on the clipboard."), 4000);
    });
    edit->addAction(tr("Select &None"), QKeySequence::Deselect, this,
                    [this] { m_document->selection()->clear(); });
    edit->addAction(m_onlyLinkedAction);
    edit->addAction(tr("&Reset Filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this] {
        m_navigation->setOnlyLinked(false);
        m_document->setFilter({});
    });
}

void MainWindow::buildViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_backAction);
    m_viewMenu->addAction(m_forwardAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Fit All"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] {
        m_timeline->timeline()->fitAll(250);
        m_map->map()->fitAll(250);
    });
    m_viewMenu->addAction(m_asOfAction);
    m_viewMenu->addAction(m_stackedAction);
    m_overviewAction = m_viewMenu->addAction(tr("Timeline &Overview"));
    m_overviewAction->setCheckable(true);
    m_overviewAction->setChecked(true);
    m_overviewAction->setToolTip(tr("The chart of events per year under the timeline, to move its window"));
    connect(m_overviewAction, &QAction::toggled, m_timeline, &TimelinePane::setOverviewVisible);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : {m_filtersDock, m_storyDock, m_sourcesDock, m_detailsDock, m_readerDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QMenu *themes = m_viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        QAction *action =
            themes->addAction(ViewStyle::themeName(theme), this, [this, theme] { setTheme(theme); });
        action->setCheckable(true);
        action->setData(int(theme));
        m_themeGroup->addAction(action);
    }
    // Each language named in itself, so a user who cannot read the current one still finds theirs.
    QMenu *languages = m_viewMenu->addMenu(tr("&Language"));
    languages->setObjectName(u"languageMenu"_s);
    m_languageGroup = new QActionGroup(this);
    QStringList choices{QString()};
    choices += UiLanguage::available();
    for (const QString &choice : std::as_const(choices)) {
        QAction *action =
            languages->addAction(choice.isEmpty() ? tr("&System Default") : UiLanguage::nativeName(choice),
                                 this, [this, choice] { chooseLanguage(choice); });
        action->setCheckable(true);
        action->setChecked(choice == m_saved.language);
        action->setData(choice);
        m_languageGroup->addAction(action);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Present"), QKeySequence(Qt::Key_F5), this, &MainWindow::present);
    m_presentContrastAction = m_viewMenu->addAction(tr("Present in &High Contrast"));
    m_presentContrastAction->setCheckable(true);
    m_presentContrastAction->setToolTip(tr("For washed-out projectors (H while presenting)"));
    m_presentContrastAction->setChecked(m_settings->value(u"presentation/highContrast"_s, false).toBool());
    m_presentAnimateAction = m_viewMenu->addAction(tr("&Animate Presentation"));
    m_presentAnimateAction->setCheckable(true);
    m_presentAnimateAction->setToolTip(
        tr("Glide the timeline between steps and bring in arguments one by one"));
    m_presentAnimateAction->setChecked(m_settings->value(u"presentation/animate"_s, true).toBool());
    for (QAction *option : {m_presentContrastAction, m_presentAnimateAction}) {
        connect(option, &QAction::toggled, this, [this] {
            m_settings->setValue(u"presentation/highContrast"_s, m_presentContrastAction->isChecked());
            m_settings->setValue(u"presentation/animate"_s, m_presentAnimateAction->isChecked());
        });
    }
    QAction *fullScreen = m_viewMenu->addAction(tr("F&ull Screen"), QKeySequence::FullScreen, this,
                                                [this](bool on) { on ? showFullScreen() : showNormal(); });
    fullScreen->setCheckable(true);
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Argline"), this, &MainWindow::showAbout);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(findChild<QAction *>(u"openAction"_s));
    bar->addSeparator();
    bar->addAction(m_backAction);
    bar->addAction(m_forwardAction);
    bar->addSeparator();
    m_search = new SearchBar(m_document, bar);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(420);
    bar->addWidget(m_search);
    bar->addSeparator();
    bar->addAction(m_onlyLinkedAction);
    bar->addAction(m_asOfAction);
    bar->addAction(m_stackedAction);
    bar->addSeparator();
    // The panels most wanted, one click away even when the first run on a small screen hid them.
    for (QDockWidget *dock : {m_filtersDock, m_detailsDock}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setToolTip(
            tr("Show or hide the %1 panel (%2)")
                .arg(dock->windowTitle(), toggle->shortcut().toString(QKeySequence::NativeText)));
        bar->addAction(toggle);
    }
    useCleanButtonTexts(bar);
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_firstFrameSeen && watched == m_timeline->timeline() && event->type() == QEvent::Paint) {
        m_firstFrameSeen = true;
        watched->removeEventFilter(this);
        // After this paint has reached the screen: announce it, then build what can wait.
        QTimer::singleShot(0, this, [this] {
            if (m_firstRun) { // the timeline is the wider view: its labels need the room
                const int length = isStacked() ? m_splitter->height() : m_splitter->width();
                m_splitter->setSizes({length * 60 / 100, length - length * 60 / 100});
            }
            Q_EMIT firstFrameShown();
            ensurePanels();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    setPalette(ViewStyle::forTheme(theme).palette(QApplication::palette()));
    m_timeline->setTheme(theme);
    m_map->setTheme(theme);
    if (m_sources)
        m_sources->setTheme(ViewStyle::forTheme(theme, font()));
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(Theme(action->data().toInt()) == theme);
}

void MainWindow::setStacked(bool stacked)
{
    m_splitter->setOrientation(stacked ? Qt::Vertical : Qt::Horizontal);
    m_stackedAction->setChecked(stacked);
}

bool MainWindow::isStacked() const
{
    return m_splitter->orientation() == Qt::Vertical;
}

void MainWindow::applySettings(const WindowSettings &settings)
{
    if (!settings.geometry.isEmpty())
        restoreGeometry(settings.geometry);
    if (!settings.dockState.isEmpty())
        restoreState(settings.dockState, dockStateVersion);
    setStacked(settings.stacked);
    if (!settings.splitterState.isEmpty())
        m_splitter->restoreState(settings.splitterState);
    setTheme(settings.theme);
    TimelineWidget *timeline = m_timeline->timeline();
    timeline->setLaneMode(settings.laneMode);
    timeline->setScaleMode(settings.scaleMode);
    m_overviewAction->setChecked(settings.overview);
    if (settings.timelineWindow)
        timeline->setWindow(settings.timelineWindow->first, settings.timelineWindow->second);
    m_map->map()->setOrientation(settings.mapOrientation);
    if (settings.mapView)
        m_map->map()->setView(settings.mapView->first, settings.mapView->second);
}

WindowSettings MainWindow::currentSettings() const
{
    WindowSettings s = m_saved;
    s.geometry = saveGeometry();
    s.dockState = saveState(dockStateVersion);
    s.splitterState = m_splitter->saveState();
    s.stacked = isStacked();
    s.theme = m_theme;
    const TimelineViewState &timeline = m_timeline->timeline()->state();
    s.timelineWindow = std::pair(timeline.firstDay, timeline.endDay);
    s.laneMode = timeline.laneMode;
    s.scaleMode = timeline.scaleMode;
    s.overview = m_overviewAction->isChecked();
    const ArgumentMapState &map = m_map->map()->state();
    s.mapOrientation = map.orientation;
    s.mapView = std::pair(map.scale, map.center);
    return s;
}

void MainWindow::saveSettings()
{
    m_saved = currentSettings();
    m_saved.write(*m_settings);
    m_settings->sync();
}

bool MainWindow::isBuiltIn(const QString &path)
{
    return path.startsWith(u':'); // a Qt resource: the built-in corpus
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

// What is shown.

void MainWindow::scheduleStatusUpdate()
{
    // A filter change reaches the proxies as many row signals; count once they have settled.
    if (m_statusUpdateScheduled)
        return;
    m_statusUpdateScheduled = true;
    QTimer::singleShot(0, this, &MainWindow::updateStatus);
}

void MainWindow::updateStatus()
{
    m_statusUpdateScheduled = false;
    // What is in view: the events the filter keeps within the timeline's window, and the arguments.
    const auto [first, end] = m_timeline->timeline()->window();
    const FilterResult &result = m_document->result();
    m_status->setText(FilterDescription::statusLine(
        m_document->corpus(), m_document->filter(), int(result.events.size()),
        m_document->visibleArgumentCount(),
        FilterDescription::EventWindow{first, end, result.eventsIn(m_document->corpus(), first, end)}));
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

ExportScene MainWindow::currentScene() const
{
    const TimelineRenderer &timeline = m_timeline->timeline()->renderer();
    const ArgumentMapRenderer &map = m_map->map()->renderer();
    ExportScene scene;
    scene.corpus = m_document->corpusPointer();
    scene.events = timeline.events();
    scene.arguments = map.arguments();
    scene.timeline = timeline.state();
    scene.fitTimeline = false;
    scene.map = map.state();
    return scene;
}

void MainWindow::present()
{
    if (m_presentation)
        return;
    if (m_document->corpus().story.steps.isEmpty()) {
        QMessageBox::information(this, tr("Present"),
                                 tr("This corpus has no story to present. A story is a list of steps in the "
                                    "corpus file; see docs/corpus-format.md."));
        return;
    }
    m_presentation = new PresentationSession(
        this, m_document->corpusPointer(),
        {m_presentContrastAction->isChecked(), m_presentAnimateAction->isChecked(), m_theme}, this);
    connect(m_presentation, &PresentationSession::finished, m_presentation, &QObject::deleteLater);
    m_presentation->start();
}

ExportDialog *MainWindow::exportDialog()
{
    if (!m_export)
        m_export = new ExportDialog([this] { return currentScene(); }, m_settings, this);
    return m_export;
}

void MainWindow::updateTitle()
{
    const QString title = m_document->corpus().title;
    setWindowTitle(title.isEmpty() ? tr("Argline") : tr("%1 — Argline").arg(title));
    setWindowFilePath(isBuiltIn(m_corpusPath) ? QString() : m_corpusPath);
}

void MainWindow::showShortcuts()
{
    const QList<std::pair<QString, QString>> rows = {
        {tr("F5"), tr("Present the story to a class (Esc ends the presentation)")},
        {tr("Ctrl+E, Ctrl+P, Ctrl+Shift+C"), tr("Export, print, copy the image of both views")},
        {tr("Ctrl+F, F3, Shift+F3"),
         tr("Search; next and previous match (Enter and Shift+Enter in the field)")},
        {tr("Alt+Left, Alt+Right"), tr("Back and forward through the selections")},
        {tr("Ctrl+L"), tr("Show only the selection and what it is linked to")},
        {tr("Ctrl+T"), tr("The “as of” time cursor")},
        {tr("Ctrl+0"), tr("Fit both views")},
        {tr("Ctrl+1 … Ctrl+5"), tr("Show or hide the filters, story, sources, details and article panels")},
        {tr("Ctrl+Shift+L"), tr("Stack the views or put them side by side")},
        {tr("Ctrl+Shift+R"), tr("Reset all filters")},
        {tr("Timeline: wheel, + / −"), tr("Zoom around the pointer; drag or Shift+wheel pans")},
        {tr("Timeline: ← → ↑ ↓, Home, End"), tr("Move between events in time and across lanes")},
        {tr("Map: arrows, Home"), tr("Move to the parent, a child or a sibling; the root claim")},
        {tr("Map: Space, F"), tr("Collapse or expand; focus mode")},
        {tr("Enter"), tr("Open the focused item's details")},
        {tr("Ctrl+click"), tr("Add to or remove from the selection")},
    };
    QString html = u"<table cellspacing=6>"_s;
    for (const auto &[keys, what] : rows)
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += u"</table>"_s;
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Argline"), About::html());
}

void MainWindow::chooseLanguage(const QString &choice)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == choice);
    if (choice == m_saved.language)
        return;
    m_saved.language = choice;
    saveSettings();
    Q_EMIT languageChosen(choice);
}

void MainWindow::takeOverFrom(const MainWindow &previous)
{
    followCorpusPath(previous.m_corpusPath);
    if (previous.isLoading()) // the previous window's load goes with it: read the file again here
        startLoad(previous.m_loader->path(), previous.m_loader->purpose());
    m_search->field()->setText(previous.m_search->field()->text());
    m_navigation->setOnlyLinked(previous.m_navigation->isOnlyLinked());
    // The as-of day lives in the document's filter, which both windows share: show it here too.
    const std::optional<qint64> asOf = previous.m_navigation->asOfDay();
    m_asOfAction->setChecked(asOf.has_value());
    m_timeline->timeline()->setAsOfDay(asOf);
    m_map->map()->setAsOfDay(asOf);
    if (previous.isFullScreen())
        setWindowState(windowState() | Qt::WindowFullScreen);
}

} // namespace argline
