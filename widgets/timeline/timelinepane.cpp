#include "widgets/timeline/timelinepane.h"

#include "models/time/timerange.h"
#include "widgets/common/panetoolbar.h"
#include "widgets/timeline/timelineoverview.h"
#include "widgets/timeline/timelinewidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace argline {

TimelinePane::TimelinePane(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_timeline(new TimelineWidget(document, this))
    , m_overview(new TimelineOverview(document, m_timeline, this))
    , m_range(new QLineEdit(this))
    , m_lanes(new QComboBox(this))
    , m_scale(new QComboBox(this))
{
    const auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    QToolButton *fit =
        button(tr("Fit all"), tr("Show every event (Ctrl+0)"), [this] { m_timeline->fitAll(250); });
    QToolButton *whole = button(tr("1983–2025"), tr("The whole story"), [this] { m_timeline->fitAll(250); });
    QToolButton *recent =
        button(tr("2022–2025"), tr("From the invasion of Ukraine to Rutte's visit to Japan"),
               [this] { goToRange(QStringLiteral("2022..2025")); });

    m_range->setPlaceholderText(tr("Go to… e.g. 2007..2017"));
    m_range->setClearButtonEnabled(true);
    m_range->setMaximumWidth(220);
    m_range->setAccessibleName(tr("Go to a year or range"));
    connect(m_range, &QLineEdit::returnPressed, this, [this] { goToRange(m_range->text()); });
    connect(m_range, &QLineEdit::textEdited, this, [this] { m_range->setStyleSheet(QString()); });

    m_lanes->addItem(tr("Lanes by actor"));
    m_lanes->addItem(tr("Lanes by theme"));
    m_lanes->setAccessibleName(tr("Lanes"));
    connect(m_lanes, &QComboBox::activated, this,
            [this](int index) { m_timeline->setLaneMode(index == 0 ? LaneMode::Actor : LaneMode::Theme); });

    // In the order of ScaleMode.
    m_scale->addItem(tr("Scale: automatic"));
    m_scale->addItem(tr("Linear time"));
    m_scale->addItem(tr("Density-balanced"));
    m_scale->setAccessibleName(tr("Time scale"));
    m_scale->setToolTip(tr("Density-balanced gives busy years more width and quiet ones less; compressed "
                           "stretches are hatched on the axis. Automatic chooses it when events bunch up."));
    connect(m_scale, &QComboBox::activated, this,
            [this](int index) { m_timeline->setScaleMode(ScaleMode(index)); });
    connect(m_timeline, &TimelineWidget::viewOptionsChanged, this, &TimelinePane::syncControls);

    auto *controls = new PaneToolBar(this);
    controls->setAccessibleName(tr("Timeline controls"));
    controls->addWidget(fit);
    controls->addWidget(whole);
    controls->addWidget(recent);
    controls->addWidget(m_range);
    controls->addStretch();
    controls->addWidget(m_lanes);
    controls->addWidget(m_scale);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(controls);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_overview);
    setFocusProxy(m_timeline);
}

bool TimelinePane::goToRange(const QString &text)
{
    QString error;
    const auto range = TimeRange::parse(text, &error);
    if (!range) {
        m_range->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
        m_range->setToolTip(error);
        QToolTip::showText(m_range->mapToGlobal(QPoint(0, m_range->height())), error, m_range);
        return false;
    }
    m_range->setStyleSheet(QString());
    m_range->setToolTip(QString());
    m_timeline->showRange(*range, 250);
    return true;
}

void TimelinePane::setOverviewVisible(bool visible)
{
    m_overview->setVisible(visible);
}

void TimelinePane::setTheme(Theme theme)
{
    m_timeline->setTheme(theme);
    m_overview->setTheme(ViewStyle::forTheme(theme, font()));
}

void TimelinePane::syncControls()
{
    m_lanes->setCurrentIndex(m_timeline->state().laneMode == LaneMode::Actor ? 0 : 1);
    m_scale->setCurrentIndex(int(m_timeline->state().scaleMode));
}

} // namespace argline
