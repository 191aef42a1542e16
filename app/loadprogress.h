#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace argline {

class CorpusLoader;

// The status bar's word on a file being read: "Opening name.json…", a bar of the bytes parsed so far,
// and Cancel (Esc). It stays hidden for loads that end within half a second, so a quick open does not
// flicker; from then on it polls the loader a few times a second.
class LoadProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadProgress)

public:
    // How long a load runs before the bar shows.
    static constexpr int showAfterMs = 500;

    explicit LoadProgress(CorpusLoader *loader, QWidget *parent = nullptr);

    // Cancels the load; its shortcut (Esc) works anywhere in the window while a load runs.
    QAction *cancelAction() const { return m_cancel; }
    QProgressBar *bar() const { return m_bar; }

    // Called when a load starts (the loader says nothing until it is done).
    void follow();

private:
    void poll();
    void stop();

    CorpusLoader *m_loader;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_button;
    QAction *m_cancel;
    QTimer *m_showTimer;
    QTimer *m_pollTimer;
};

} // namespace argline
