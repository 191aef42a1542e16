#include "widgets/panels/filterpanel.h"

#include "models/explore/corpusdocument.h"
#include "models/explore/filterdescription.h"
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
    , m_pro(new QCheckBox(tr("For the claim"), this))
    , m_con(new QCheckBox(tr("Against the claim"), this))
    , m_claim(new QLabel(this))
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
    // For and against mean the stance on the claim, which is named here; the rules say how each facet
    // applies to events and to arguments.
    m_claim->setWordWrap(true);
    m_claim->setForegroundRole(QPalette::PlaceholderText);
    m_pro->setToolTip(tr("Arguments for the claim, and the events they cite. A reason that supports an "
                         "argument against the claim counts as against."));
    m_con->setToolTip(tr("Arguments against the claim, and the events they cite. An objection to an "
                         "argument against the claim counts as for."));
    auto *stance = new QWidget(this);
    auto *stanceLayout = new QVBoxLayout(stance);
    stanceLayout->setContentsMargins(0, 0, 0, 0);
    stanceLayout->addWidget(m_claim);
    stanceLayout->addWidget(m_pro);
    stanceLayout->addWidget(m_con);
    auto *rules = new QLabel(FilterDescription::rules(), this);
    rules->setObjectName(u"filterRules"_s);
    rules->setWordWrap(true);
    rules->setForegroundRole(QPalette::PlaceholderText);
    QFont small = rules->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    rules->setFont(small);
    m_claim->setFont(small);
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
    layout->addWidget(rules);
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
    const Corpus &corpus = m_document->corpus();
    QStringList claims;
    for (const Argument &argument : corpus.arguments) {
        if (argument.parent < 0)
            claims.append(tr("“%1”").arg(argument.title));
    }
    m_claim->setText(claims.isEmpty() ? QString() : tr("The claim: %1").arg(claims.join(u"; "_s)));
    m_claim->setVisible(!claims.isEmpty());
    // The slider starts at the least important event, where it filters nothing.
    int lowest = 5;
    for (const Event &event : corpus.events)
        lowest = std::min(lowest, event.importance);
    m_importance->setRange(std::clamp(lowest, 1, 5), 5);
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
    m_importance->setValue(std::max(spec.minImportance, m_importance->minimum()));
    const int stars = m_importance->value();
    m_importanceLabel->setText(QString(stars, u'★') + QString(5 - stars, u'☆'));
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
    // At its lowest the slider keeps every event: no importance filter (and no chip) at all.
    spec.minImportance = m_importance->value() > m_importance->minimum() ? m_importance->value() : 1;
    m_document->setFilter(spec);
}

} // namespace argline
