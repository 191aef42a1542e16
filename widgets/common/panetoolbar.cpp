#include "widgets/common/panetoolbar.h"

namespace argline {

PaneToolBar::PaneToolBar(QWidget *parent)
    : QToolBar(parent)
{
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setContentsMargins(2, 0, 2, 0);
}

void PaneToolBar::addStretch()
{
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
}

} // namespace argline
