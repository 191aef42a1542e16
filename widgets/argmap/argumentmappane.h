#pragma once

#include "render/style/viewstyle.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace argline {

class ArgumentMapWidget;
class CorpusDocument;

// The argument map with its controls: fit, orientation (two-sided, top-down, left-to-right), grouping
// for/against or corpus order, tidy up
// (pack around collapsed nodes), expand all, collapse to the main reasons, and focus mode.
class ArgumentMapPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentMapPane)

public:
    explicit ArgumentMapPane(CorpusDocument *document, QWidget *parent = nullptr);

    ArgumentMapWidget *map() const { return m_map; }
    void setTheme(Theme theme);

private:
    void syncControls();

    ArgumentMapWidget *m_map;
    QComboBox *m_orientation;
    QToolButton *m_grouped;
    QToolButton *m_compact;
    QToolButton *m_focusMode;
};

} // namespace argline
