#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTimer;

namespace argline {

class PresentationView;
class StoryPresenter;
struct Corpus;

// The teacher's screen while the class sees the projector: the current step and its quote, the next
// step, the time since the start, and a small copy of what the room sees. Its keys drive the story too.
class PresenterView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterView)

public:
    PresenterView(const Corpus &corpus, StoryPresenter *presenter, PresentationView *audience,
                  QWidget *parent = nullptr);

    QString currentText() const;
    QString nextText() const;
    QString elapsedText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    const Corpus &m_corpus;
    StoryPresenter *m_presenter;
    PresentationView *m_audience;
    QLabel *m_counter;
    QLabel *m_elapsed;
    QLabel *m_current;
    QLabel *m_next;
    QLabel *m_state;
    QWidget *m_preview;
    QTimer *m_clock;
    QElapsedTimer m_started;
};

} // namespace argline
