#pragma once

#include <QWidget>

class QCheckBox;
class QListWidget;
class QSlider;
class QLabel;

namespace argline {

class CorpusDocument;

// The facets: actors, themes, sources, stance and importance. Every change filters both views at once
// through the document's shared FilterSpec; the panel also follows changes made elsewhere (a removed
// chip, the sources chart).
class FilterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    explicit FilterPanel(CorpusDocument *document, QWidget *parent = nullptr);

    QListWidget *actors() const { return m_actors; }
    QListWidget *themes() const { return m_themes; }
    QListWidget *sources() const { return m_sources; }
    QCheckBox *showPro() const { return m_pro; }
    QCheckBox *showCon() const { return m_con; }
    QSlider *importance() const { return m_importance; }

private:
    void rebuild();
    void syncFromFilter();
    void apply();

    CorpusDocument *m_document;
    QListWidget *m_actors;
    QListWidget *m_themes;
    QListWidget *m_sources;
    QCheckBox *m_pro;
    QCheckBox *m_con;
    QSlider *m_importance;
    QLabel *m_importanceLabel;
    bool m_syncing = false;
};

// The active filters as removable chips ("France ✕"), with one action to reset them all. Hidden while
// nothing is filtered.
class FilterChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterChips)

public:
    explicit FilterChips(CorpusDocument *document, QWidget *parent = nullptr);

private:
    void rebuild();

    CorpusDocument *m_document;
};

} // namespace argline
