#pragma once

#include <QWidget>

class QCheckBox;
class QListView;
class QSlider;
class QLabel;

namespace argline {

class CorpusDocument;
class FacetModel;

// The facets: actors, themes, sources, stance and importance, with the rule each follows written beneath
// (FilterDescription::rules()). The facet lists are item views of FacetModels whose check boxes are the
// filter. Every change filters both views at once through the
// document's shared FilterSpec; the panel also follows changes made elsewhere (a removed chip, the
// sources chart).
class FilterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    explicit FilterPanel(CorpusDocument *document, QWidget *parent = nullptr);

    FacetModel *actors() const { return m_actors; }
    FacetModel *themes() const { return m_themes; }
    FacetModel *sources() const { return m_sources; }
    QCheckBox *showPro() const { return m_pro; }
    QCheckBox *showCon() const { return m_con; }
    QSlider *importance() const { return m_importance; }

private:
    void rebuild();
    void syncFromFilter();
    void apply();
    QListView *facetList(FacetModel *model, const QString &name);

    CorpusDocument *m_document;
    FacetModel *m_actors;
    FacetModel *m_themes;
    FacetModel *m_sources;
    QCheckBox *m_pro;
    QCheckBox *m_con;
    QLabel *m_claim;
    QSlider *m_importance;
    QLabel *m_importanceLabel;
    bool m_syncing = false;
};

} // namespace argline
