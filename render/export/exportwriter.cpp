#include "render/export/exportwriter.h"

#include "render/export/exportcomposer.h"
#include "render/style/viewstyle.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Paper and vector output are laid out in CSS pixels (1/96 in), like the screen, so the views' metrics
// and fonts keep their proportions.
constexpr int vectorDpi = 96;
constexpr double daysPerYear = 365.2425;
constexpr int pngQuality = 80; // Qt maps it to zlib level 1

QSize rasterSize(const ExportOptions &options)
{
    if (options.dpi > 0) {
        const QSizeF inches = options.pageSizePoints() / 72.0;
        return QSize(int(std::round(inches.width() * options.dpi)),
                     int(std::round(inches.height() * options.dpi)));
    }
    return options.pixelSize;
}

// Qt 6.4's generator writes only a font's first family. Name the fallbacks too (the document font's CJK
// family, then any sans-serif), so a viewer that does not fall back by itself still finds the glyphs
// of a Japanese export; QtSvg reads the list as the first family.
QByteArray withFallbackFamilies(QByteArray svg)
{
    const QStringList families = ViewStyle::documentFont(10).families();
    const QByteArray first = "font-family=\"" + families.first().toUtf8() + '"';
    const QByteArray all = "font-family=\"" + families.join(u", "_s).toUtf8() + ", sans-serif\"";
    return svg.replace(first, all);
}

// The days a tiled timeline spreads over its pages: the scene's window, or all its events.
std::pair<double, double> tiledSpan(const ExportComposer &composer)
{
    const ExportScene &scene = composer.scene();
    return scene.fitTimeline ? composer.timelineSpan()
                             : std::pair(scene.timeline.firstDay, scene.timeline.endDay);
}

// Shows page `index` of `pages` equal stretches of the span on the timeline.
void showTile(ExportComposer &composer, int index, int pages)
{
    if (pages <= 1)
        return;
    const auto [first, end] = tiledSpan(composer);
    const double step = (end - first) / pages;
    composer.setTimelineWindow(first + index * step, first + (index + 1) * step);
}

QString documentTitle(const ExportComposer &composer)
{
    return composer.options().title.isEmpty() ? composer.scene().corpus->title : composer.options().title;
}

} // namespace

QImage ExportWriter::image(ExportComposer &composer)
{
    const ExportOptions &options = composer.options();
    const QSize size = rasterSize(options);
    const double scale = options.effectiveScale();
    // Opaque pages are stored as RGB: a quarter less to compress than RGBA.
    QImage image(size, options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(options.transparent ? QColor(Qt::transparent) : composer.style().background);
    QPainter painter(&image);
    composer.paint(&painter, QRectF(0, 0, size.width() / scale, size.height() / scale));
    painter.end();
    if (options.dpi > 0) { // after painting: the image's DPI would otherwise rescale its fonts
        const int dotsPerMeter = int(std::round(options.dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
    }
    return image;
}

QByteArray ExportWriter::svg(ExportComposer &composer)
{
    const ExportOptions &options = composer.options();
    const double scale = options.effectiveScale();
    const QSizeF logical = QSizeF(options.pixelSize) / scale;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(vectorDpi);
    generator.setSize(options.pixelSize);
    generator.setViewBox(QRectF(QPointF(0, 0), logical));
    // Qt 6.4's generator writes these into the XML as they are: "NATO & Japan" would break the file.
    generator.setTitle(documentTitle(composer).toHtmlEscaped());
    generator.setDescription(
        tr("Made with Argline from %1").arg(composer.scene().corpus->title).toHtmlEscaped());
    QPainter painter(&generator);
    composer.paint(&painter, QRectF(QPointF(0, 0), logical));
    painter.end();
    return withFallbackFamilies(bytes);
}

QByteArray ExportWriter::pdf(const ExportOptions &options, const QString &title, int pages,
                             const PagePainter &paintPage, const Progress &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(vectorDpi);
    writer.setTitle(title);
    writer.setCreator(u"Argline"_s);
    const QSizeF points = options.pageSizePoints();
    writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF()));
    QPainter painter(&writer);
    const QRectF page(0, 0, writer.width(), writer.height());
    for (int i = 0; i < pages; ++i) {
        if (progress && !progress(i, pages)) {
            painter.end();
            if (cancelled)
                *cancelled = true;
            return {};
        }
        if (i > 0)
            writer.newPage();
        paintPage(i, &painter, page);
    }
    painter.end();
    if (progress)
        progress(pages, pages);
    return bytes;
}

int ExportWriter::tileCount(const ExportComposer &composer)
{
    const ExportOptions &options = composer.options();
    if (options.tileYears <= 0 || options.view == ExportOptions::View::Map)
        return 1;
    const auto [first, end] = tiledSpan(composer);
    return std::max(1, int(std::ceil((end - first) / (options.tileYears * daysPerYear) - 1e-9)));
}

ExportWriter::Result ExportWriter::write(ExportComposer &composer, const QString &path,
                                         const Progress &progress)
{
    const ExportOptions &options = composer.options();
    switch (options.format) {
    case ExportOptions::Format::Png: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        // zlib's fastest level: views are flat colour and compress well anyway, and the default level
        // costs five times the time for a file a fifth smaller.
        writer.setQuality(pngQuality);
        const QImage rendered = image(composer);
        if (!writer.write(rendered))
            return Result::failed(tr("Could not encode the PNG: %1").arg(writer.errorString()));
        Result saved = save(path, bytes);
        saved.pixelSize = rendered.size();
        return saved;
    }
    case ExportOptions::Format::Svg:
        return save(path, svg(composer));
    case ExportOptions::Format::Pdf:
        break;
    }
    // PDF: one page, or the timeline's span cut into equal stretches with the axis on every page.
    const int pages = tileCount(composer);
    const QString title = options.title;
    bool cancelled = false;
    const QByteArray bytes = pdf(
        options, documentTitle(composer), pages,
        [&](int index, QPainter *painter, const QRectF &page) {
            showTile(composer, index, pages);
            if (pages > 1) {
                composer.setTitle(tr("%1 (page %2 of %3)")
                                      .arg(title.isEmpty() ? composer.scene().corpus->title : title)
                                      .arg(index + 1)
                                      .arg(pages));
            }
            composer.paint(painter, page);
        },
        progress, &cancelled);
    composer.setTitle(title);
    if (cancelled)
        return Result::cancelledByUser();
    Result result = save(path, bytes);
    result.pages = pages;
    return result;
}

ExportWriter::Result ExportWriter::print(ExportComposer &composer, QPagedPaintDevice *printer, int resolution)
{
    QPainter painter;
    if (!painter.begin(printer))
        return Result::failed(tr("The printer could not be started."));
    // Lay out in CSS pixels, as for PDF, whatever the printer's resolution.
    const double factor = resolution / double(vectorDpi);
    painter.scale(factor, factor);
    const QRectF paper = printer->pageLayout().paintRectPixels(resolution);
    const QRectF page(0, 0, paper.width() / factor, paper.height() / factor);
    const int pages = tileCount(composer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer->newPage();
        showTile(composer, i, pages);
        composer.paint(&painter, page);
    }
    painter.end();
    return Result::written(pages);
}

ExportWriter::Result ExportWriter::save(const QString &path, const QByteArray &data)
{
    // QSaveFile replaces the target by renaming over it: a pipe or a device (even /dev/null) would be
    // swapped for a plain file. Refuse them.
    if (const QFileInfo target(path); target.exists() && !target.isFile())
        return Result::failed(tr("Cannot write %1: it is not a regular file").arg(target.absoluteFilePath()));
    QSaveFile file(path);
    const bool saved = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
    if (!saved)
        return Result::failed(
            tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return Result::written(1);
}

} // namespace argline
