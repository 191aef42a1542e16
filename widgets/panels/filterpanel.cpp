#include "widgets/panels/filterpanel.h"

#include "models/explore/corpusdocument.h"
#include "models/itemmodels/facetmodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace argline {

FilterPanel::FilterPanel(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_actors(new FacetModel(FacetModel::Facet::Actors, this))
    , m_themes(new FacetModel(FacetModel::Facet::Themes, this))
    , m_sources(new FacetModel(FacetModel::Facet::Articles, this))
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
    layout->addWidget(group(tr("Actors"), facetList(m_actors, tr("Actors"))), 3);
    layout->addWidget(group(tr("Themes"), facetList(m_themes, tr("Themes"))), 2);
    layout->addWidget(group(tr("Sources"), facetList(m_sources, tr("Sources"))), 2);
    layout->addWidget(group(tr("Arguments"), stance));
    layout->addWidget(group(tr("Events of importance at least"), importance));
    layout->addWidget(reset);

    for (FacetModel *facet : {m_actors, m_themes, m_sources})
        connect(facet, &FacetModel::checkedChanged, this, &FilterPanel::apply);
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

QListView *FilterPanel::facetList(FacetModel *model, const QString &name)
{
    auto *list = new QListView(this);
    list->setModel(model);
    list->setAccessibleName(name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setUniformItemSizes(true);
    list->setIconSize(QSize(10, 10)); // the facet's colour, as a swatch
    return list;
}

void FilterPanel::rebuild()
{
    m_syncing = true;
    for (FacetModel *facet : {m_actors, m_themes, m_sources})
        facet->setCorpus(m_document->corpusPointer());
    m_syncing = false;
    syncFromFilter();
}

void FilterPanel::syncFromFilter()
{
    m_syncing = true;
    const FilterSpec &spec = m_document->filter();
    m_actors->setChecked(spec.actors);
    m_themes->setChecked(spec.themes);
    m_sources->setChecked(spec.articles);
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
    spec.actors = m_actors->checked();
    spec.themes = m_themes->checked();
    spec.articles = m_sources->checked();
    spec.showPro = m_pro->isChecked();
    spec.showCon = m_con->isChecked();
    spec.minImportance = m_importance->value();
    m_document->setFilter(spec);
}

} // namespace argline
