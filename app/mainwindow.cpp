#include "mainwindow.h"

#include "argumentmappane.h"
#include "corpusdocument.h"
#include "diagnosticsdialog.h"
#include "sourceschart.h"
#include "timelinepane.h"
#include "timelinewidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace argline {

MainWindow::MainWindow(CorpusDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
{
    auto *tabs = new QTabWidget(this);
    m_timeline = new TimelinePane(document, tabs);
    tabs->addTab(m_timeline, tr("Timeline"));
    auto *mapSplitter = new QSplitter(tabs);
    m_map = new ArgumentMapPane(document, mapSplitter);
    m_sources = new SourcesChart(document, mapSplitter);
    mapSplitter->setStretchFactor(0, 4);
    mapSplitter->setStretchFactor(1, 1);
    tabs->addTab(mapSplitter, tr("Argument map"));

    auto *events = new QTableView(tabs);
    events->setModel(document->filteredEvents());
    events->setSortingEnabled(true);
    events->setSelectionBehavior(QAbstractItemView::SelectRows);
    events->horizontalHeader()->setStretchLastSection(true);
    events->verticalHeader()->hide();
    tabs->addTab(events, tr("Events"));

    auto *arguments = new QTreeView(tabs);
    arguments->setModel(document->filteredArguments());
    arguments->setAlternatingRowColors(true);
    arguments->header()->setStretchLastSection(true);
    tabs->addTab(arguments, tr("Arguments"));

    auto *sources = new QTableView(tabs);
    sources->setModel(document->sources());
    sources->horizontalHeader()->setStretchLastSection(true);
    sources->verticalHeader()->hide();
    tabs->addTab(sources, tr("Sources"));
    setCentralWidget(tabs);

    const auto refit = [events, arguments, sources] {
        events->resizeColumnsToContents();
        arguments->expandAll();
        arguments->resizeColumnToContents(0);
        sources->resizeColumnsToContents();
    };
    connect(document, &CorpusDocument::corpusChanged, this, refit);
    connect(document, &CorpusDocument::corpusChanged, this, &MainWindow::updateTitle);
    refit();

    auto *search = new QLineEdit(this);
    search->setPlaceholderText(tr("Search titles, texts and quotes"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, this, [this, arguments](const QString &text) {
        FilterSpec spec = m_document->filter();
        spec.text = text;
        m_document->setFilter(spec);
        arguments->expandAll();
    });
    QToolBar *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->addWidget(search);

    buildMenus();
    updateTitle();
    resize(1200, 760);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        QAction *action = themes->addAction(ViewStyle::themeName(theme), this,
                                            [this, theme] { m_timeline->setTheme(theme); });
        action->setCheckable(true);
        action->setChecked(theme == Theme::Light);
        themeGroup->addAction(action);
    }
    view->addAction(tr("&Fit All"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    [this] { m_timeline->timeline()->fitAll(250); });
    file->addAction(tr("&Open Corpus…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Corpus"), QString(),
                                                          tr("Argline corpus (*.json);;All files (*)"));
        if (!path.isEmpty())
            openCorpus(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
}

bool MainWindow::openCorpus(const QString &path)
{
    const ReadResult result = m_document->open(path);
    if (!result.ok() || !result.diagnostics.isEmpty()) {
        DiagnosticsDialog dialog(path, result.diagnostics, this);
        dialog.exec();
    }
    return result.ok();
}

void MainWindow::updateTitle()
{
    const QString title = m_document->corpus().title;
    setWindowTitle(title.isEmpty() ? tr("Argline") : tr("%1 — Argline").arg(title));
    statusBar()->showMessage(
        tr("%n event(s) · %1", nullptr, int(m_document->corpus().events.size()))
            .arg(tr("%n argument(s)", nullptr, int(m_document->corpus().arguments.size()))));
}

} // namespace argline
