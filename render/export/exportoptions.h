#pragma once

#include "models/time/timeindex.h"
#include "models/time/timerange.h"
#include "render/argmap/argumentmapstate.h"
#include "render/style/viewstyle.h"
#include "render/timeline/timelineviewstate.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace argline {

// Everything a user chooses about an export, in the words of the command line and the export dialog.
// Plain values: the dialog, `argline export` and the story deck all fill one in.
struct ExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(argline::ExportOptions)

public:
    enum class View : quint8
    {
        Timeline,
        Map,
        Both // side by side, for a slide
    };
    enum class Format : quint8
    {
        Png,
        Svg,
        Pdf
    };
    enum class Page : quint8
    {
        Slide, // 16:9, 13.333 × 7.5 in
        A4,    // landscape unless `portrait`
        Letter
    };

    View view = View::Both;
    Format format = Format::Png;
    std::optional<TimeRange> range; // the timeline's window; none: the whole story (or the window's)
    QString subtree;                // the map shows only this argument and what is below it
    QString select;                 // an item to highlight, with what it links to
    LaneMode lanes = LaneMode::Actor;
    ScaleMode timeScale = ScaleMode::Automatic;
    MapOrientation orientation = MapOrientation::Columns;
    Theme theme = Theme::Light;
    QString title;
    QString subtitle;
    bool legend = true;
    bool credits = true;
    bool transparent = false; // PNG only: no page background
    double typeScale = 1;     // text size relative to the screen's (presentation mode enlarges it)

    // Raster and SVG size, in pixels. `scale` is the device pixel ratio: the page is laid out at
    // size / scale and drawn `scale` times finer, so text keeps a readable size on a 4K image. Zero
    // chooses one from the size (1 for 1920×1080, 2 for 3840×2160).
    QSize pixelSize{1920, 1080};
    double scale = 0;
    int dpi = 0; // PNG: when set, the pixel size is the page size at this resolution

    // PDF.
    Page page = Page::Slide;
    bool portrait = false;
    double tileYears = 0; // when > 0, the timeline spans pages of this many years each

    // The pixel ratio actually used for `pixelSize`.
    double effectiveScale() const;
    // The page size in points (1/72 in).
    QSizeF pageSizePoints() const;

    static QString viewKey(View view);
    static std::optional<View> viewFromKey(const QString &key);
    static QString formatKey(Format format);
    static std::optional<Format> formatFromKey(const QString &key);
    // The format a file name implies ("brief.pdf"), if any.
    static std::optional<Format> formatFromFileName(const QString &fileName);
    static QString pageKey(Page page);
    static std::optional<Page> pageFromKey(const QString &key);
    static QStringList themeKeys(); // the themes an export offers
};

} // namespace argline
