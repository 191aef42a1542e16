#include "models/present/storypresenter.h"

#include <algorithm>

namespace argline {

StoryPresenter::StoryPresenter(int stepCount, QObject *parent)
    : QObject(parent)
    , m_count(std::max(0, stepCount))
{}

void StoryPresenter::goTo(int step)
{
    if (m_count == 0)
        return;
    const int previousStep = m_step;
    m_step = std::clamp(step, 0, m_count - 1);
    m_exploring.clear();
    m_blanked = false;
    if (m_step != previousStep)
        Q_EMIT stepChanged(m_step, previousStep);
    Q_EMIT changed();
}

void StoryPresenter::next()
{
    goTo(m_step + 1);
}

void StoryPresenter::previous()
{
    goTo(m_step - 1);
}

void StoryPresenter::setBlanked(bool blanked)
{
    if (blanked == m_blanked)
        return;
    m_blanked = blanked;
    Q_EMIT changed();
}

void StoryPresenter::explore(const QString &itemId)
{
    if (itemId.isEmpty() || itemId == m_exploring)
        return;
    m_exploring = itemId;
    m_blanked = false;
    Q_EMIT changed();
}

void StoryPresenter::resume()
{
    if (m_exploring.isEmpty())
        return;
    m_exploring.clear();
    Q_EMIT changed();
}

void StoryPresenter::setTypeScale(double scale)
{
    scale = std::clamp(scale, minimumTypeScale, maximumTypeScale);
    if (scale == m_typeScale)
        return;
    m_typeScale = scale;
    Q_EMIT changed();
}

void StoryPresenter::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT changed();
}

bool StoryPresenter::stepKey(int key)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Down:
        // While exploring, the first press comes back to the story where it was.
        isPaused() ? resume() : next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        isPaused() ? resume() : previous();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(m_count - 1);
        return true;
    default:
        return false;
    }
}

void StoryPresenter::commitTypedNumber()
{
    bool ok = false;
    const int number = m_typed.toInt(&ok);
    m_typed.clear();
    if (ok && number >= 1 && number <= m_count) {
        goTo(number - 1);
        return;
    }
    m_notice = tr("There is no step %1: the story has %n step(s).", nullptr, m_count).arg(number);
    Q_EMIT changed();
}

bool StoryPresenter::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    const bool hadNotice = !m_notice.isEmpty();
    m_notice.clear();
    if (modifiers & Qt::ControlModifier) {
        if (key == Qt::Key_Plus || key == Qt::Key_Equal) {
            setTypeScale(m_typeScale * 1.15);
            return true;
        }
        if (key == Qt::Key_Minus) {
            setTypeScale(m_typeScale / 1.15);
            return true;
        }
        return false;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && m_typed.size() < 4) {
        m_typed += QChar(u'0' + (key - Qt::Key_0));
        Q_EMIT changed();
        return true;
    }
    if (!m_typed.isEmpty()) { // a number is being typed: Enter takes it, Escape and Backspace edit it
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            commitTypedNumber();
        } else if (key == Qt::Key_Backspace) {
            m_typed.chop(1);
            Q_EMIT changed();
        } else if (key == Qt::Key_Escape) {
            m_typed.clear();
            Q_EMIT changed();
        } else {
            return false;
        }
        return true;
    }
    if (stepKey(key))
        return true;
    switch (key) {
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlanked(!m_blanked);
        return true;
    case Qt::Key_H:
        setHighContrast(!m_highContrast);
        return true;
    case Qt::Key_R:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        resume();
        return true;
    case Qt::Key_Escape:
        Q_EMIT finished();
        return true;
    default:
        if (hadNotice)
            Q_EMIT changed();
        return false;
    }
}

} // namespace argline
