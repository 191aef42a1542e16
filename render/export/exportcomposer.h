#pragma once

#include "render/argmap/argumentmaprenderer.h"
#include "render/export/exportlegend.h"
#include "render/export/exportoptions.h"
#include "render/export/exportscene.h"
#include "render/timeline/timelinerenderer.h"

#include <QCoreApplication>

class QPainter;

namespace argline {

// Lays out and paints one exported page into any QPainter — PNG, SVG, PDF, the printer, the clipboard
// and the export dialog's preview all come through here, and the views inside come from their own
// renderers, never from grabbing widgets:
//   title and subtitle; the timeline and/or the map (each with a caption and a frame); a set-off quote;
//   the legend; and a footer crediting every article that something on the page cites.
class ExportComposer final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ExportComposer)

public:
    ExportComposer(ExportScene scene, ExportOptions options);

    const ExportScene &scene() const { return m_scene; }
    const ExportOptions &options() const { return m_options; }
    // The style pages are painted in (the theme, with a transparent page when asked).
    const ViewStyle &style() const { return m_style; }

    // Shows [firstDay, endDay) on the timeline (a tiled PDF moves it page by page).
    void setTimelineWindow(double firstDay, double endDay);
    // The window shown when the scene does not set one: all its events.
    std::pair<double, double> timelineSpan() const;
    void setTitle(const QString &title) { m_options.title = title; }
    // Cards laid out on the map but drawn as faint ghosts (not yet revealed).
    void setGhosted(const QSet<QString> &ids);

    // Paints a page filling `page` (logical units: 1/96 in on paper, pixels / scale on screen).
    void paint(QPainter *p, const QRectF &page);

    // What the last page showed: the views' rectangles and the articles its footer credits (corpus
    // indices, oldest first).
    QRectF timelineRect() const { return m_timelineRect; }
    QRectF mapRect() const { return m_mapRect; }
    const QList<int> &creditedArticles() const { return m_credited; }
    const TimelineRenderer &timelineRenderer() const { return m_timeline; }
    const ArgumentMapRenderer &mapRenderer() const { return m_map; }

private:
    struct Layout
    {
        QRectF header;
        QRectF body;
        QRectF note;
        QRectF legend;
        QRectF footer;
    };
    Layout layOut(const QRectF &page, const QList<int> &credits) const;
    QString footerText(const QList<int> &articles) const;
    QFont scaledFont(double factor, bool bold = false, bool italic = false) const;
    QList<int> shownEvents() const;
    QList<int> shownArguments() const;
    void paintHeader(QPainter *p, const QRectF &rect) const;
    void paintLanesLeftOut(QPainter *p, double bottom) const;
    void paintCaption(QPainter *p, const QRectF &rect, const QString &text) const;
    void paintNote(QPainter *p, const QRectF &rect) const;
    void paintFooter(QPainter *p, const QRectF &rect) const;
    // The key; with `lanesShown`, only those lanes' colours (else every lane's).
    ExportLegend legend(const QList<int> &lanesShown = {}) const;
    // The lanes whose marker row is (or is not) whole on the page.
    QList<int> lanesShown(bool shown) const;
    QString timelineCaption() const;
    QString mapCaption() const;

    ExportScene m_scene;
    ExportOptions m_options;
    ViewStyle m_style;
    TimelineRenderer m_timeline;
    ArgumentMapRenderer m_map;
    QRectF m_timelineRect;
    QRectF m_mapRect;
    QList<int> m_credited;
    std::pair<double, double> m_fullSpan; // of all the scene's events
};

} // namespace argline
