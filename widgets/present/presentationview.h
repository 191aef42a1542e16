#pragma once

#include "models/corpus/linkindex.h"
#include "render/export/exportcomposer.h"

#include <QWidget>

#include <memory>

class QTimer;
class QVariantAnimation;

namespace argline {

class StoryPresenter;

// What the class sees: one story step at a time, full screen, in large type — the step's caption, the
// timeline around its event, the map with the story's arguments so far (this step's appearing one by
// one), and the quote large with its source. Drawn by the same page composer as exports. Keys go to the
// StoryPresenter; clicking an event or a card explores it (the story pauses until resumed).
class PresentationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationView)

public:
    static constexpr int moveMs = 400;   // the timeline's glide to the next step
    static constexpr int revealMs = 350; // between one argument appearing and the next

    PresentationView(std::shared_ptr<const Corpus> corpus, StoryPresenter *presenter,
                     QWidget *parent = nullptr);
    ~PresentationView() override;

    // Animated: the timeline glides and arguments appear one by one. Off: each step shows at once.
    void setAnimated(bool animated);
    // The colours of the page (high contrast, toggled with H, overrides them).
    void setTheme(Theme theme);
    bool isAnimated() const { return m_animated; }

    // What the page shows now (for the presenter view and tests).
    const ExportScene &scene() const { return m_composer->scene(); }
    const ExportComposer &composer() const { return *m_composer; }
    const ExportOptions &pageOptions() const { return m_composer->options(); }
    std::pair<double, double> timelineWindow() const;
    const QSet<QString> &ghosts() const { return m_ghosts; }
    // Paints the page as the audience sees it into `target` (scaled), for the presenter's preview.
    void paintPage(QPainter *painter, const QRectF &target);
    // The event or argument drawn at `point`, or empty.
    QString itemAt(QPointF point) const;

    // The arguments the story has brought in by step `step` (with their ancestors, so the tree holds).
    static QList<int> revealedBy(const Corpus &corpus, const LinkIndex &links, int step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void startMoving(std::pair<double, double> from, std::pair<double, double> to);
    void revealNext();
    ExportOptions optionsForPage() const;
    void paintOverlays(QPainter *p) const;

    std::shared_ptr<const Corpus> m_corpus;
    LinkIndex m_links;
    StoryPresenter *m_presenter;
    std::unique_ptr<ExportComposer> m_composer;
    QVariantAnimation *m_move;
    QTimer *m_reveal;
    QStringList m_toReveal;
    QSet<QString> m_ghosts;
    bool m_animated = true;
    Theme m_theme = Theme::Light;
    // What the composer was built for, so only real changes rebuild it.
    int m_builtStep = -1;
    QString m_builtExploring;
    double m_builtTypeScale = 0;
    bool m_builtContrast = false;
    Theme m_builtTheme = Theme::Light;
    QSize m_builtSize;
};

} // namespace argline
