// Build tool: renders the SVG app icon to the PNG sizes of the hicolor icon theme, with QtSvg (what the
// app's own icon engine uses), so the SVG is the only source.
//
//   argline_rendericon ICON.svg OUTPUT_FOLDER SIZE...     writes OUTPUT_FOLDER/argline-SIZE.png
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: argline_rendericon ICON.svg OUTPUT_FOLDER SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "argline_rendericon: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QDir folder(arguments.at(2));
    for (const QString &argument : arguments.mid(3)) {
        const int size = argument.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString path = folder.filePath(QStringLiteral("argline-%1.png").arg(size));
        if (size <= 0 || !image.save(path)) {
            std::fprintf(stderr, "argline_rendericon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
