#include "app/presentationsession.h"

#include "models/corpus/corpus.h"
#include "models/present/storypresenter.h"
#include "widgets/present/presentationview.h"
#include "widgets/present/presenterview.h"

#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>

namespace argline {

PresentationSession::PresentationSession(QMainWindow *window, std::shared_ptr<const Corpus> corpus,
                                         Options options, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_corpus(std::move(corpus))
    , m_options(options)
    , m_story(new StoryPresenter(int(m_corpus->story.steps.size()), this))
{
    m_story->setHighContrast(options.highContrast);
    connect(m_story, &StoryPresenter::finished, this, &PresentationSession::stop);
}

// The views are top-level windows (unique_ptr members) and go with the session. The main window is not
// touched here: a session ends with its window, which is then being destroyed.
PresentationSession::~PresentationSession() = default;

void PresentationSession::start(int step)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QList<PresentationScreens::Screen> described;
    for (QScreen *screen : screens)
        described.append({screen->geometry(), screen == QGuiApplication::primaryScreen()});
    m_screens = PresentationScreens::choose(described, int(screens.indexOf(m_window->screen())));

    // The window goes away while the class watches, and comes back as it was.
    m_windowStates = m_window->windowState();

    m_story->goTo(step);
    m_audience = std::make_unique<PresentationView>(m_corpus, m_story);
    m_audience->setAnimated(m_options.animated);
    m_audience->setTheme(m_options.theme);
    m_audience->setWindowTitle(tr("Argline — presentation"));
    if (m_screens.audience >= 0) {
        QScreen *screen = screens[m_screens.audience];
        m_audience->setScreen(screen);
        m_audience->setGeometry(screen->geometry());
    }
    if (m_screens.presenter) {
        QScreen *screen = screens[*m_screens.presenter];
        m_presenterView = std::make_unique<PresenterView>(*m_corpus, m_story, m_audience.get());
        m_presenterView->setScreen(screen);
        m_presenterView->setGeometry(screen->availableGeometry());
        m_presenterView->showMaximized();
    }
    // Closing a view through the window manager (Alt+F4) ends the presentation like Escape, rather than
    // leaving the main window hidden.
    m_audience->installEventFilter(this);
    if (m_presenterView)
        m_presenterView->installEventFilter(this);
    m_window->hide();
    m_audience->showFullScreen();
    // The teacher's keys go to the laptop's window when there is one, else to the room's.
    QWidget *keys = m_presenterView ? static_cast<QWidget *>(m_presenterView.get()) : m_audience.get();
    keys->activateWindow();
    keys->setFocus(Qt::OtherFocusReason);
    m_running = true;
}

bool PresentationSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && m_running) {
        event->ignore();
        stop();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void PresentationSession::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // Hidden, not closed: the window kept its place, size, panels and views. Only a state the window
    // manager may have changed while it was away (maximized, full screen) is put back. It comes back
    // before the presentation goes, so there is always a window on screen.
    m_window->setWindowState(m_windowStates);
    m_window->show();
    m_window->activateWindow();
    // Escape arrives inside a view's own key handler: hide the views now, delete them once it returns.
    for (QWidget *view :
         {static_cast<QWidget *>(m_presenterView.release()), static_cast<QWidget *>(m_audience.release())}) {
        if (view) {
            view->hide();
            view->deleteLater();
        }
    }
    Q_EMIT finished();
}

} // namespace argline
