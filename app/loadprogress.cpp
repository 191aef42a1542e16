#include "app/loadprogress.h"

#include "app/corpusloader.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace argline {

LoadProgress::LoadProgress(CorpusLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_button(new QToolButton(this))
    , m_cancel(new QAction(tr("Cancel"), this))
    , m_showTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_button);
    m_bar->setRange(0, 1000);
    m_bar->setFixedWidth(180);
    m_bar->setAccessibleName(tr("Reading the file"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    m_cancel->setToolTip(tr("Stop reading the file; the open corpus stays as it is (Esc)"));
    m_cancel->setEnabled(false); // Esc belongs to the rest of the window unless a file is being read
    m_button->setDefaultAction(m_cancel);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (parent)
        parent->addAction(m_cancel); // a shortcut needs a visible widget: the bar is hidden at first
    connect(m_cancel, &QAction::triggered, m_loader, &CorpusLoader::cancel);
    connect(m_loader, &CorpusLoader::finished, this, &LoadProgress::stop);
    connect(m_loader, &CorpusLoader::cancelled, this, &LoadProgress::stop);

    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(showAfterMs);
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        poll();
        show();
        m_pollTimer->start();
    });
    m_pollTimer->setInterval(100);
    connect(m_pollTimer, &QTimer::timeout, this, &LoadProgress::poll);
    hide();
}

void LoadProgress::follow()
{
    const QString name = QFileInfo(m_loader->path()).fileName();
    m_label->setText(m_loader->purpose() == CorpusLoader::Purpose::Reload ? tr("Reloading %1…").arg(name)
                                                                          : tr("Opening %1…").arg(name));
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    if (isHidden())
        m_showTimer->start();
    else
        m_pollTimer->start(); // a load that replaces one already shown: the bar stays
}

void LoadProgress::poll()
{
    const CorpusLoader::Progress progress = m_loader->progress();
    if (progress.total <= 0) {
        m_bar->setValue(0);
        return;
    }
    m_bar->setValue(int(std::min<qint64>(1000, progress.done * 1000 / progress.total)));
}

void LoadProgress::stop()
{
    m_showTimer->stop();
    m_pollTimer->stop();
    m_cancel->setEnabled(false);
    hide();
}

} // namespace argline
