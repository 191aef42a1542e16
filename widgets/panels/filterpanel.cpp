#include "widgets/panels/filterpanel.h"

#include "models/explore/corpusdocument.h"
#include "models/explore/filterdescription.h"
#include "models/explore/search.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QListWidget *facetList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setUniformItemSizes(true);
    return list;
}

QSet<QString> checkedIds(const QListWidget *list)
{
    QSet<QString> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.insert(list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void setChecked(QListWidget *list, const QSet<QString> &ids)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(
            ids.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

} // namespace

FilterPanel::FilterPanel(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_actors(facetList(this, tr("Actors")))
    , m_themes(facetList(this, tr("Themes")))
    , m_sources(facetList(this, tr("Sources")))
    , m_pro(new QCheckBox(tr("For a global NATO"), this))
    , m_con(new QCheckBox(tr("Against"), this))
    , m_importance(new QSlider(Qt::Horizontal, this))
    , m_importanceLabel(new QLabel(this))
{
    setAccessibleName(tr("Filters"));
    m_importance->setRange(1, 5);
    m_importance->setPageStep(1);
    m_importance->setAccessibleName(tr("Minimum importance of events"));
    const auto group = [this](const QString &title, QWidget *content) {
        auto *box = new QGroupBox(title, this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addWidget(content);
        return box;
    };
    auto *stance = new QWidget(this);
    auto *stanceLayout = new QVBoxLayout(stance);
    stanceLayout->setContentsMargins(0, 0, 0, 0);
    stanceLayout->addWidget(m_pro);
    stanceLayout->addWidget(m_con);
    auto *importance = new QWidget(this);
    auto *importanceLayout = new QHBoxLayout(importance);
    importanceLayout->setContentsMargins(0, 0, 0, 0);
    importanceLayout->addWidget(m_importance, 1);
    importanceLayout->addWidget(m_importanceLabel);
    auto *reset = new QPushButton(tr("Reset filters"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group(tr("Actors"), m_actors), 3);
    layout->addWidget(group(tr("Themes"), m_themes), 2);
    layout->addWidget(group(tr("Sources"), m_sources), 2);
    layout->addWidget(group(tr("Arguments"), stance));
    layout->addWidget(group(tr("Events of importance at least"), importance));
    layout->addWidget(reset);

    for (QListWidget *list : {m_actors, m_themes, m_sources})
        connect(list, &QListWidget::itemChanged, this, &FilterPanel::apply);
    connect(m_pro, &QCheckBox::toggled, this, &FilterPanel::apply);
    connect(m_con, &QCheckBox::toggled, this, &FilterPanel::apply);
    connect(m_importance, &QSlider::valueChanged, this, &FilterPanel::apply);
    connect(reset, &QPushButton::clicked, this, [this] {
        FilterSpec spec;
        spec.asOfDay = m_document->filter().asOfDay; // the time cursor is not a facet
        m_document->setFilter(spec);
    });
    connect(document, &CorpusDocument::corpusChanged, this, &FilterPanel::rebuild);
    connect(document, &CorpusDocument::resultChanged, this, &FilterPanel::syncFromFilter);
    rebuild();
}

void FilterPanel::rebuild()
{
    m_syncing = true;
    const Corpus &corpus = m_document->corpus();
    const auto fill = [](QListWidget *list, const QList<std::tuple<QString, QString, QColor>> &entries) {
        list->clear();
        for (const auto &[id, name, color] : entries) {
            auto *item = new QListWidgetItem(name, list);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            if (color.isValid())
                item->setIcon(swatch(color));
        }
    };
    QList<std::tuple<QString, QString, QColor>> actors, themes, sources;
    for (const Facet &f : corpus.actors)
        actors.append({f.id, f.name, f.color});
    for (const Facet &f : corpus.themes)
        themes.append({f.id, f.name, f.color});
    for (const Article &a : corpus.articles)
        sources.append({a.id, a.label, QColor()});
    fill(m_actors, actors);
    fill(m_themes, themes);
    fill(m_sources, sources);
    m_syncing = false;
    syncFromFilter();
}

void FilterPanel::syncFromFilter()
{
    m_syncing = true;
    const FilterSpec &spec = m_document->filter();
    setChecked(m_actors, spec.actors);
    setChecked(m_themes, spec.themes);
    setChecked(m_sources, spec.articles);
    m_pro->setChecked(spec.showPro);
    m_con->setChecked(spec.showCon);
    m_importance->setValue(spec.minImportance);
    m_importanceLabel->setText(QString(spec.minImportance, u'★') + QString(5 - spec.minImportance, u'☆'));
    m_syncing = false;
}

void FilterPanel::apply()
{
    if (m_syncing)
        return;
    FilterSpec spec = m_document->filter();
    spec.actors = checkedIds(m_actors);
    spec.themes = checkedIds(m_themes);
    spec.articles = checkedIds(m_sources);
    spec.showPro = m_pro->isChecked();
    spec.showCon = m_con->isChecked();
    spec.minImportance = m_importance->value();
    m_document->setFilter(spec);
}

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
            u"QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }"_s);
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
