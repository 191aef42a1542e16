#pragma once

#include "render/style/viewstyle.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace argline {

class CorpusDocument;
class TimelineOverview;
class TimelineWidget;

// The timeline with its controls: fit all, the presets (the whole story; 2022–2025), a typed range
// ("2007..2017", "2023"), lanes by actor or theme, linear or density-balanced scale, and the overview
// strip below.
class TimelinePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePane)

public:
    explicit TimelinePane(CorpusDocument *document, QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    TimelineOverview *overview() const { return m_overview; }
    void setOverviewVisible(bool visible);
    QLineEdit *rangeEdit() const { return m_range; }
    void setTheme(Theme theme);
    // Shows the typed range; on a typing error, says what is wrong and returns false.
    bool goToRange(const QString &text);

private:
    void syncControls();

    TimelineWidget *m_timeline;
    TimelineOverview *m_overview;
    QLineEdit *m_range;
    QComboBox *m_lanes;
    QComboBox *m_scale;
};

} // namespace argline
