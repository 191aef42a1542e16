#include "render/export/exportoptions.h"

#include "models/corpus/keytable.h"

#include <QFileInfo>

#include <array>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace argline {

double ExportOptions::effectiveScale() const
{
    if (scale > 0)
        return scale;
    if (dpi > 0)
        return dpi / 96.0;
    // Half steps from the size relative to a 1920×1080 screen, never below 1.
    const double relative = std::min(pixelSize.width() / 1920.0, pixelSize.height() / 1080.0);
    return std::max(1.0, std::round(relative * 2) / 2);
}

QSizeF ExportOptions::pageSizePoints() const
{
    QSizeF size;
    switch (page) {
    case Page::Slide:
        size = QSizeF(960, 540); // 13.333 × 7.5 in
        break;
    case Page::A4:
        size = QSizeF(841.89, 595.28);
        break;
    case Page::Letter:
        size = QSizeF(792, 612);
        break;
    }
    return portrait ? size.transposed() : size;
}

namespace {

constexpr KeyTable views{std::array{std::pair{ExportOptions::View::Timeline, "timeline"},
                                    std::pair{ExportOptions::View::Map, "map"},
                                    std::pair{ExportOptions::View::Both, "both"}}};
constexpr KeyTable formats{std::array{std::pair{ExportOptions::Format::Png, "png"},
                                      std::pair{ExportOptions::Format::Svg, "svg"},
                                      std::pair{ExportOptions::Format::Pdf, "pdf"}}};
constexpr KeyTable pages{std::array{std::pair{ExportOptions::Page::Slide, "slide"},
                                    std::pair{ExportOptions::Page::A4, "a4"},
                                    std::pair{ExportOptions::Page::Letter, "letter"}}};

} // namespace

QString ExportOptions::viewKey(View view)
{
    return views.key(view);
}

std::optional<ExportOptions::View> ExportOptions::viewFromKey(const QString &key)
{
    return views.value(key);
}

QString ExportOptions::formatKey(Format format)
{
    return formats.key(format);
}

std::optional<ExportOptions::Format> ExportOptions::formatFromKey(const QString &key)
{
    return formats.value(key);
}

std::optional<ExportOptions::Format> ExportOptions::formatFromFileName(const QString &fileName)
{
    return formatFromKey(QFileInfo(fileName).suffix());
}

QString ExportOptions::pageKey(Page page)
{
    return pages.key(page);
}

std::optional<ExportOptions::Page> ExportOptions::pageFromKey(const QString &key)
{
    return pages.value(key);
}

QStringList ExportOptions::themeKeys()
{
    return {ViewStyle::themeKey(Theme::Light), ViewStyle::themeKey(Theme::Dark),
            ViewStyle::themeKey(Theme::HighContrast), ViewStyle::themeKey(Theme::Print)};
}

} // namespace argline
