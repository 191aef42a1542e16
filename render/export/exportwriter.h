#pragma once

#include "render/export/exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace argline {

class ExportComposer;

// Turns composed pages into files: PNG (a pixel size or a DPI, a scale factor, solid or transparent),
// SVG (true vector, text kept as text, with a viewBox) and PDF (vector pages of a chosen size; a long
// timeline tiled across pages by time range). Files are written atomically: a failed or cancelled
// export never leaves a partial file behind.
class ExportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ExportWriter)

public:
    // Told the pages done and the total; returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    // Paints page `index` of a multi-page document into `page`.
    using PagePainter = std::function<void(int index, QPainter *painter, const QRectF &page)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // for the user: what went wrong, naming the file
        int pages = 0;
        QSize pixelSize; // a PNG's size in pixels; empty for vector formats

        static Result written(int pages) { return {true, false, {}, pages, {}}; }
        static Result failed(const QString &why) { return {false, false, why, 0, {}}; }
        static Result cancelledByUser()
        {
            return {false, true, tr("The export was cancelled; nothing was written."), 0, {}};
        }
    };

    // Writes `composer`'s page (or, for a tiled PDF, pages) to `path` in its options' format.
    static Result write(ExportComposer &composer, const QString &path, const Progress &progress = {});

    static QImage image(ExportComposer &composer);
    static QByteArray svg(ExportComposer &composer);
    // A PDF of `pages` pages of `options.page` size, each painted by `paintPage`.
    static QByteArray pdf(const ExportOptions &options, const QString &title, int pages,
                          const PagePainter &paintPage, const Progress &progress, bool *cancelled);
    // The pages a tiled timeline needs (1 when not tiled).
    static int tileCount(const ExportComposer &composer);

    // Prints the composer's page (or tiled pages) on `printer` (a QPrinter the print dialog has set up,
    // whose resolution is `resolution` dots per inch). QtGui only: the caller owns the print dialog.
    static Result print(ExportComposer &composer, QPagedPaintDevice *printer, int resolution);

    // Saves `data` to `path` through QSaveFile; on failure, says why.
    static Result save(const QString &path, const QByteArray &data);
};

} // namespace argline
