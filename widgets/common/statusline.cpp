#include "widgets/common/statusline.h"

#include <QEvent>
#include <QPainter>

namespace argline {

namespace {

constexpr int margin = 2; // as a QLabel's, so the text sits where the status bar's messages do

} // namespace

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void StatusLine::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text);
    elide();
    update();
}

QSize StatusLine::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text) + 2 * margin, fontMetrics().height() + 2 * margin};
}

QSize StatusLine::minimumSizeHint() const
{
    return {0, fontMetrics().height() + 2 * margin};
}

void StatusLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().brush(backgroundRole()));
    painter.setPen(palette().color(foregroundRole()));
    const QFontMetrics metrics = fontMetrics();
    painter.drawText(QPoint(margin, (height() - metrics.height()) / 2 + metrics.ascent()), m_shown);
}

void StatusLine::resizeEvent(QResizeEvent *event)
{
    elide();
    QWidget::resizeEvent(event);
}

void StatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        elide();
        updateGeometry(); // the line's height follows the font
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
    QWidget::changeEvent(event);
}

void StatusLine::elide()
{
    // A text no wider than its length in the font's widest characters fits without being measured.
    const QFontMetrics metrics = fontMetrics();
    const int room = std::max(0, width() - 2 * margin);
    const bool fits =
        m_text.size() * qsizetype(metrics.maxWidth()) <= room || metrics.horizontalAdvance(m_text) <= room;
    m_shown = fits ? m_text : metrics.elidedText(m_text, Qt::ElideRight, room);
    setToolTip(fits ? QString() : m_text);
}

} // namespace argline
