#pragma once

#include <QToolBar>

namespace argline {

// A view's row of controls. Unlike a row of buttons in a layout, a tool bar never squeezes its controls
// below their size: what does not fit goes into the » overflow menu, so a narrow pane stays usable.
class PaneToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneToolBar)

public:
    explicit PaneToolBar(QWidget *parent = nullptr);

    // Pushes the controls added after it to the right end.
    void addStretch();
};

} // namespace argline
