#pragma once

#include <QWidget>

namespace argline {

class BarChart;
class CorpusDocument;
struct ViewStyle;

// How many arguments for and against the root claim each article supplies, as stacked bars, so a reader
// sees each source's leaning at a glance. Clicking an article's bar filters both views to that article;
// clicking it again clears the filter.
class SourcesChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesChart)

public:
    explicit SourcesChart(CorpusDocument *document, QWidget *parent = nullptr);

    void setTheme(const ViewStyle &style);
    BarChart *chart() const { return m_chart; }
    // Filters both views to the article in `row` of the source model (or clears that filter).
    void toggleArticle(int row);

    QSize sizeHint() const override { return {360, 260}; }

private:
    void refreshLabels();

    CorpusDocument *m_document;
    BarChart *m_chart;
};

} // namespace argline
