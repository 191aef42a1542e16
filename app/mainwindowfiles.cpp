// MainWindow, continued: the corpus file. Opening (in the background, newest open wins), reloading when
// the file changes on disk, the diagnostics of a file that does not load, Save As in every format,
// recent files, and files dropped on the window. The window's shape and the rest stay in mainwindow.cpp.
#include "app/desktopintegration.h"
#include "app/loadprogress.h"
#include "app/mainwindow.h"
#include "app/recentlyused.h"
#include "models/explore/corpusdocument.h"
#include "widgets/argmap/argumentmappane.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/panels/diagnosticsdialog.h"
#include "widgets/timeline/timelinepane.h"
#include "widgets/timeline/timelinewidget.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace argline {

void MainWindow::openCorpus(const QString &path)
{
    startLoad(path, CorpusLoader::Purpose::Open);
}

void MainWindow::startLoad(const QString &path, CorpusLoader::Purpose purpose)
{
    m_reloadTimer->stop(); // whatever changed on disk, this load reads it
    m_loader->setMapFonts(ArgumentMapRenderer::fontKey(m_map->map()->renderer().style()));
    m_loader->setFilter(m_document->filter());
    m_loader->load(path, purpose);
    m_loadProgress->follow();
}

void MainWindow::cancelLoading()
{
    m_loader->cancel();
}

void MainWindow::loadDone(const QString &path, CorpusLoader::Purpose purpose,
                          const CorpusLoader::Loaded &loaded)
{
    const ReadResult &result = loaded.read;
    // What the worker measured for the map goes in first, so that the map lays out the new corpus
    // from it instead of shaping every card here.
    if (result.ok())
        m_map->map()->renderer().setCardHeights(loaded.cardHeights);
    const QString name = QFileInfo(path).fileName();
    // Freeing a large corpus takes as long as a good part of reading it: the one replaced here goes in
    // the background, once the document and the views have let go of it.
    CorpusLoader::releaseInBackground(m_document->corpusPointer());
    if (purpose == CorpusLoader::Purpose::Reload) {
        if (result.ok()) {
            // A reload is the same story edited: keep looking where the user is looking now.
            TimelineWidget *timeline = m_timeline->timeline();
            const auto window = timeline->window();
            const ArgumentMapState map = m_map->map()->state();
            adopt(loaded);
            timeline->setWindow(window.first, window.second);
            m_map->map()->setView(map.scale, map.center);
            statusBar()->showMessage(tr("Reloaded %1.").arg(name), 4000);
        } else {
            showDiagnostics(path, result.diagnostics);
            statusBar()->showMessage(
                tr("%1 changed on disk but has errors; the previous version stays open.").arg(name));
        }
        watch(m_corpusPath);
        Q_EMIT loadFinished(path, result.ok(), result.diagnostics);
        return;
    }
    if (!result.ok()) {
        showDiagnostics(path, result.diagnostics);
        statusBar()->showMessage(tr("Could not open %1; the open corpus is unchanged.").arg(name), 8000);
        Q_EMIT loadFinished(path, false, result.diagnostics);
        return;
    }
    adopt(loaded);
    setCorpusPath(path);
    if (!result.diagnostics.isEmpty())
        showDiagnostics(path, result.diagnostics); // warnings: opened, but worth reading
    Q_EMIT loadFinished(path, true, result.diagnostics);
}

void MainWindow::adopt(const CorpusLoader::Loaded &loaded)
{
    if (loaded.prepared)
        m_document->setCorpus(*loaded.prepared); // shares what the worker built: no deep copies
    else
        m_document->setCorpus(loaded.read.corpus);
}

void MainWindow::loadCancelled(const QString &path, CorpusLoader::Purpose purpose)
{
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(
        purpose == CorpusLoader::Purpose::Reload
            ? tr("Reloading %1 was cancelled; the previous version stays open.").arg(name)
            : tr("Opening %1 was cancelled; the open corpus is unchanged.").arg(name),
        8000);
    Q_EMIT loadFinished(path, false, {});
}

void MainWindow::setCorpusPath(const QString &path)
{
    if (!isBuiltIn(path)) {
        m_saved.addRecentFile(path);
        m_saved.lastDirectory = QFileInfo(path).absolutePath();
        m_saved.write(*m_settings);
        RecentlyUsed().add(path); // the desktop's "Recent" too; a failure there is not the user's problem
    }
    followCorpusPath(path);
}

void MainWindow::followCorpusPath(const QString &path)
{
    m_corpusPath = path;
    watch(path);
    m_reloadAction->setEnabled(!isBuiltIn(path));
    updateTitle();
}

bool MainWindow::reloadCorpus()
{
    if (m_corpusPath.isEmpty() || isBuiltIn(m_corpusPath))
        return false;
    if (m_loader->isLoading() && m_loader->purpose() == CorpusLoader::Purpose::Open)
        return false; // another file is on its way in: this one is about to be replaced
    if (!QFileInfo::exists(m_corpusPath)) {
        statusBar()->showMessage(
            tr("%1 is gone from the disk; the corpus stays open.").arg(QFileInfo(m_corpusPath).fileName()));
        return false;
    }
    startLoad(m_corpusPath, CorpusLoader::Purpose::Reload); // a reload still running reads stale bytes
    return true;
}

void MainWindow::watch(const QString &path)
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (isBuiltIn(path))
        return;
    // The corpus file and the article texts it reads. Editors that save by replacing a file end its
    // watch; watching again after each reload keeps it. The folder is watched too, so a file deleted
    // and written anew (a version-control checkout) is picked up when it comes back.
    const QDir folder = QFileInfo(path).absoluteDir();
    QStringList paths{path};
    for (const Article &article : m_document->corpus().articles) {
        if (!article.file.isEmpty())
            paths.append(folder.filePath(article.file));
    }
    for (const QString &file : std::as_const(paths)) {
        if (QFileInfo(file).isFile())
            m_watcher->addPath(file);
    }
    if (folder.exists())
        m_watcher->addPath(folder.absolutePath());
}

void MainWindow::fileChangedOnDisk()
{
    m_reloadTimer->start();
}

void MainWindow::folderChangedOnDisk()
{
    // Only the corpus file coming back matters; other files in the folder come and go.
    if (!m_corpusPath.isEmpty() && !m_watcher->files().contains(m_corpusPath) &&
        QFileInfo(m_corpusPath).isFile())
        m_reloadTimer->start();
}

void MainWindow::showDiagnostics(const QString &path, const Diagnostics &diagnostics)
{
    if (m_diagnostics)
        m_diagnostics->close();
    m_diagnostics = new DiagnosticsDialog(path, diagnostics, this);
    m_diagnostics->setAttribute(Qt::WA_DeleteOnClose);
    m_diagnostics->open(); // window-modal, without blocking: a reload can report while the user works
}

void MainWindow::chooseCorpusFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Corpus"), m_saved.lastDirectory,
                                                      CorpusFormats::openFilter());
    if (!path.isEmpty())
        openCorpus(path);
}

WriteReport MainWindow::saveCorpusAs(const QString &path, CorpusFormat format)
{
    const WriteReport report = CorpusFormats::write(m_document->corpus(), format, path);
    if (report.ok())
        statusBar()->showMessage(tr("Saved a copy as %1 (%2).")
                                     .arg(QFileInfo(path).fileName(), CorpusFormats::displayName(format)),
                                 8000);
    return report;
}

void MainWindow::chooseSaveAsFile()
{
    QStringList filters;
    for (CorpusFormat format : CorpusFormats::all())
        filters.append(CorpusFormats::saveFilter(format));
    QFileDialog dialog(this, tr("Save As"), m_saved.lastDirectory, filters.join(u";;"_s));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(CorpusFormats::extension(CorpusFormat::Argline));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString &filter) {
        dialog.setDefaultSuffix(
            CorpusFormats::extension(CorpusFormats::all().value(filters.indexOf(filter))));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const CorpusFormat format = CorpusFormats::all().value(filters.indexOf(dialog.selectedNameFilter()));
    const QString path = dialog.selectedFiles().first();
    const WriteReport report = saveCorpusAs(path, format);
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Save As"), tr("Could not write %1: %2").arg(path, report.error));
        return;
    }
    if (report.carried.isEmpty() && report.lost.isEmpty())
        return;
    // What the format could not hold, said once, where the user is looking.
    QString html = u"<p>%1</p>"_s.arg(
        tr("%1 was saved as %2.")
            .arg(QFileInfo(path).fileName().toHtmlEscaped(), CorpusFormats::displayName(format)));
    const auto list = [](const QString &heading, const QStringList &lines) {
        if (lines.isEmpty())
            return QString();
        QString items;
        for (const QString &line : lines)
            items += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        return u"<p><b>%1</b></p><ul>%2</ul>"_s.arg(heading.toHtmlEscaped(), items);
    };
    html += list(tr("Kept in the nearest place the format offers:"), report.carried);
    html += list(tr("Not kept (the format has no place for it):"), report.lost);
    QMessageBox box(QMessageBox::Information, tr("Save As"), html, QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    int number = 1;
    for (const QString &path : m_saved.recentFiles) {
        const QFileInfo info(path);
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2 — %3").arg(number++).arg(info.fileName(), info.absolutePath()),
                                    this, [this, path] { openCorpus(path); });
        action->setEnabled(info.exists());
        if (!info.exists())
            action->setToolTip(tr("This file no longer exists."));
    }
    if (m_saved.recentFiles.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Recent Files"), this, [this] {
        m_saved.recentFiles.clear();
        m_saved.write(*m_settings);
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openCorpus(urls.first().toLocalFile());
}

} // namespace argline
