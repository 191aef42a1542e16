#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace argline {

// Where a presentation of the corpus story stands, and what the keys a presentation clicker sends do to
// it. No widgets: the audience view and the presenter view both follow it.
//   Right, PageDown, Space, Down: next step     Left, PageUp, Backspace, Up: previous step
//   Home / End: first / last step               B or . : blank the screen, and back
//   digits then Enter: go to that step          Escape: cancel the typed number, else leave
//   Ctrl+plus / Ctrl+minus: larger / smaller type          H: high contrast on or off
// Clicking an item explores it (the story pauses); R, Enter or any step key resumes at the step.
class StoryPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryPresenter)

public:
    static constexpr double minimumTypeScale = 0.5;
    static constexpr double maximumTypeScale = 3.0;

    explicit StoryPresenter(int stepCount, QObject *parent = nullptr);

    int step() const { return m_step; }
    int stepCount() const { return m_count; }
    bool isBlanked() const { return m_blanked; }
    // The item being explored off the story (empty while following it).
    const QString &exploring() const { return m_exploring; }
    bool isPaused() const { return !m_exploring.isEmpty(); }
    const QString &typedNumber() const { return m_typed; }
    double typeScale() const { return m_typeScale; }
    bool isHighContrast() const { return m_highContrast; }
    // Set when a typed step number was out of range, until the next key.
    const QString &notice() const { return m_notice; }

    void goTo(int step);
    void next();
    void previous();
    void setBlanked(bool blanked);
    void explore(const QString &itemId);
    void resume();
    void setTypeScale(double scale);
    void setHighContrast(bool on);

    // Applies a key from the keyboard or a clicker; returns whether it meant something here.
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);

Q_SIGNALS:
    void changed();
    void stepChanged(int step, int previous);
    void finished(); // Escape: leave the presentation

private:
    bool stepKey(int key);
    void commitTypedNumber();

    int m_count;
    int m_step = 0;
    bool m_blanked = false;
    QString m_exploring;
    QString m_typed;
    QString m_notice;
    double m_typeScale = 1;
    bool m_highContrast = false;
};

} // namespace argline
