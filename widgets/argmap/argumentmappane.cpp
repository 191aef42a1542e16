#include "widgets/argmap/argumentmappane.h"

#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/common/panetoolbar.h"

#include <QComboBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace argline {

ArgumentMapPane::ArgumentMapPane(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_map(new ArgumentMapWidget(document, this))
    , m_orientation(new QComboBox(this))
    , m_grouped(new QToolButton(this))
    , m_compact(new QToolButton(this))
    , m_focusMode(new QToolButton(this))
{
    const auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    const auto toggle = [](QToolButton *b, const QString &text, const QString &tip) {
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(true);
        b->setAutoRaise(true);
    };
    QToolButton *fit = button(tr("Fit"), tr("Show the whole map (Ctrl+0)"), [this] { m_map->fitAll(250); });
    QToolButton *expand =
        button(tr("Expand all"), tr("Show every objection and rebuttal"), [this] { m_map->expandAll(); });
    QToolButton *collapse =
        button(tr("Main reasons"), tr("Collapse everything below the reasons for and against"),
               [this] { m_map->collapseToReasons(); });
    m_orientation->addItem(tr("Claim over columns"), int(MapOrientation::Columns));
    m_orientation->addItem(tr("For ◂ claim ▸ against"), int(MapOrientation::TwoSided));
    m_orientation->addItem(tr("Top down"), int(MapOrientation::TopDown));
    m_orientation->addItem(tr("Left to right"), int(MapOrientation::LeftToRight));
    m_orientation->setToolTip(tr("How the map is laid out"));
    m_orientation->setAccessibleName(tr("Map layout"));
    toggle(m_grouped, tr("For | against"),
           tr("Group reasons for on one side and against on the other (else corpus order)"));
    toggle(m_compact, tr("Tidy up"), tr("Close the gaps left by collapsed branches (moves other cards)"));
    toggle(m_focusMode, tr("Focus"),
           tr("Dim everything but the focused card's path to the claim and its branch (F)"));
    connect(m_orientation, &QComboBox::activated, this, [this](int index) {
        m_map->setOrientation(MapOrientation(m_orientation->itemData(index).toInt()));
    });
    connect(m_grouped, &QToolButton::toggled, m_map, &ArgumentMapWidget::setGroupByStance);
    connect(m_compact, &QToolButton::toggled, m_map, &ArgumentMapWidget::setCompact);
    connect(m_focusMode, &QToolButton::toggled, m_map, &ArgumentMapWidget::setFocusMode);
    connect(m_map, &ArgumentMapWidget::viewOptionsChanged, this, &ArgumentMapPane::syncControls);

    auto *controls = new PaneToolBar(this);
    controls->setAccessibleName(tr("Map controls"));
    for (QToolButton *b : {fit, expand, collapse})
        controls->addWidget(b);
    controls->addStretch();
    controls->addWidget(m_orientation);
    for (QToolButton *b : {m_grouped, m_compact, m_focusMode})
        controls->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(controls);
    layout->addWidget(m_map, 1);
    setFocusProxy(m_map);
    syncControls();
}

void ArgumentMapPane::setTheme(Theme theme)
{
    m_map->setTheme(theme);
}

void ArgumentMapPane::syncControls()
{
    const ArgumentMapState &s = m_map->state();
    for (auto [button, on] : {std::pair{m_grouped, s.groupByStance}, std::pair{m_compact, s.compact},
                              std::pair{m_focusMode, s.focusMode}}) {
        const QSignalBlocker blocker(button);
        button->setChecked(on);
    }
    m_orientation->setCurrentIndex(m_orientation->findData(int(s.orientation)));
    // The two-sided and column layouts always put reasons for and against apart.
    m_grouped->setEnabled(s.orientation == MapOrientation::TopDown ||
                          s.orientation == MapOrientation::LeftToRight);
}

} // namespace argline
