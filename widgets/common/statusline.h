#pragma once

#include <QWidget>

namespace argline {

// One line of status text that changes often: what the timeline's window holds, on every zoom step. A
// QLabel asks its layout to recompute on every setText(), and the status bar then measured the text
// again, a tenth of a zoom step. This line keeps the height of one line of text, never asks for a new
// layout, measures a text only when it might not fit, paints its own background (so the status bar
// behind it is not painted again), and elides what does not fit (the whole text is then its tool tip). Screen
// readers read the text as its accessible description.
class StatusLine final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_text;
    QString m_shown; // m_text, elided to the width
};

} // namespace argline
