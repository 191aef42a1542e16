#pragma once

#include "models/present/presentationscreens.h"
#include "render/style/viewstyle.h"

#include <QObject>

#include <memory>

class QMainWindow;

namespace argline {

class PresentationView;
class PresenterView;
class StoryPresenter;
struct Corpus;

// One run of presentation mode: the story on the audience screen (full screen, no chrome), the presenter
// view on the laptop when there is a second screen, and the main window put away and given back exactly
// as it was when the presentation ends (Escape).
class PresentationSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationSession)

public:
    struct Options
    {
        bool highContrast = false;
        bool animated = true;
        Theme theme = Theme::Light; // the window's: the room sees the colours the teacher chose
    };

    PresentationSession(QMainWindow *window, std::shared_ptr<const Corpus> corpus, Options options,
                        QObject *parent = nullptr);
    ~PresentationSession() override;

    void start(int step = 0);
    void stop();
    bool isRunning() const { return m_running; }

    StoryPresenter *story() const { return m_story; }
    PresentationView *audience() const { return m_audience.get(); }
    PresenterView *presenterView() const { return m_presenterView.get(); }
    const PresentationScreens &screens() const { return m_screens; }

Q_SIGNALS:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    std::shared_ptr<const Corpus> m_corpus;
    Options m_options;
    StoryPresenter *m_story;
    std::unique_ptr<PresentationView> m_audience;
    std::unique_ptr<PresenterView> m_presenterView;
    PresentationScreens m_screens;
    Qt::WindowStates m_windowStates;
    bool m_running = false;
};

} // namespace argline
