#include "widgets/panels/sourceschart.h"

#include "models/explore/corpusdocument.h"
#include "models/itemmodels/sourcemodel.h"
#include "render/style/stancestyle.h"
#include "widgets/common/barchart.h"

#include <QVBoxLayout>

namespace argline {

SourcesChart::SourcesChart(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_chart(new BarChart(BarChart::Orientation::Horizontal, this))
{
    setAccessibleName(tr("Arguments for and against, by source"));
    setToolTip(
        tr("Arguments for (green) and against (red) the claim that each article supplies, counted by "
           "their stance on the claim, as the map's cards show it. Click an article's bar to show only "
           "what it supports; click again to show everything."));
    m_chart->setModel(document->sources(), SourceModel::ProColumn, SourceModel::ConColumn);
    m_chart->setLegendVisible(true);
    m_chart->setTitle(tr("For and against, by source"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart);
    connect(m_chart, &BarChart::barClicked, this, [this](int category, int) { toggleArticle(category); });
    connect(document, &CorpusDocument::corpusChanged, this, &SourcesChart::refreshLabels);
    refreshLabels();
    setTheme(ViewStyle::forTheme(Theme::Light, font()));
}

void SourcesChart::setTheme(const ViewStyle &style)
{
    m_chart->setTheme(style);
    m_chart->setSetColors(
        {StanceStyle::color(Stance::For, style), StanceStyle::color(Stance::Against, style)});
}

void SourcesChart::refreshLabels()
{
    QStringList labels;
    for (const Article &article : m_document->corpus().articles)
        labels.append(article.label);
    m_chart->setCategoryLabels(labels);
}

void SourcesChart::toggleArticle(int row)
{
    const Article *article = m_document->sources()->articleAt(m_document->sources()->index(row, 0));
    if (!article)
        return;
    FilterSpec spec = m_document->filter();
    if (spec.articles == QSet<QString>{article->id})
        spec.articles.clear();
    else
        spec.articles = {article->id};
    m_document->setFilter(spec);
}

} // namespace argline
