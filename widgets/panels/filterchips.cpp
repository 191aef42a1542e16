#include "widgets/panels/filterchips.h"

#include "models/explore/corpusdocument.h"
#include "models/explore/filterdescription.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace argline {

FilterChips::FilterChips(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setAccessibleName(tr("Active filters"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(4);
    connect(document, &CorpusDocument::resultChanged, this, &FilterChips::rebuild);
    connect(document, &CorpusDocument::corpusChanged, this, &FilterChips::rebuild);
    rebuild();
}

void FilterChips::rebuild()
{
    QLayout *layout = this->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<FilterChip> chips = FilterDescription::chips(m_document->corpus(), m_document->filter());
    setVisible(!chips.isEmpty());
    if (chips.isEmpty())
        return;
    auto *label = new QLabel(tr("Filtered by:"), this);
    layout->addWidget(label);
    for (const FilterChip &chip : chips) {
        auto *button = new QToolButton(this);
        button->setText(chip.label + u"  ✕"_s);
        button->setToolTip(tr("Remove this filter"));
        button->setAccessibleName(tr("Remove filter %1").arg(chip.label));
        button->setAutoRaise(false);
        button->setStyleSheet(
            u"QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px;"
            " background: palette(button); color: palette(button-text); }"_s);
        connect(button, &QToolButton::clicked, this, [this, chip] {
            m_document->setFilter(FilterDescription::without(m_document->filter(), chip));
        });
        layout->addWidget(button);
    }
    auto *reset = new QToolButton(this);
    reset->setText(tr("Reset all"));
    reset->setAutoRaise(true);
    connect(reset, &QToolButton::clicked, this, [this] { m_document->setFilter({}); });
    layout->addWidget(reset);
    static_cast<QHBoxLayout *>(layout)->addStretch();
}

} // namespace argline
