#include "render/style/viewstyle.h"

#include "models/corpus/keytable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

constexpr KeyTable themeKeys{std::array{std::pair{Theme::Light, "light"}, std::pair{Theme::Dark, "dark"},
                                        std::pair{Theme::HighContrast, "high-contrast"},
                                        std::pair{Theme::Print, "print"}}};

// Relative luminance (WCAG), for picking readable text colours.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

} // namespace

QFont ViewStyle::documentFont(double pointSize)
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK JP"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

ViewStyle ViewStyle::forTheme(Theme theme, const QFont &base)
{
    ViewStyle s;
    s.theme = theme;
    s.font = base;
    if (s.font.pointSizeF() <= 0 && s.font.pixelSize() <= 0)
        s.font.setPointSizeF(9.5);
    s.smallFont = s.font;
    s.smallFont.setPointSizeF(s.font.pointSizeF() > 0 ? s.font.pointSizeF() * 0.85 : 8);
    s.boldFont = s.font;
    s.boldFont.setBold(true);

    switch (theme) {
    case Theme::Light:
        s.background = QColor(0xfb, 0xfb, 0xfa);
        s.alternateBackground = QColor(0xf1, 0xf2, 0xf4);
        s.text = QColor(0x1f, 0x23, 0x28);
        s.mutedText = QColor(0x5c, 0x63, 0x6e);
        s.grid = QColor(0xe1, 0xe4, 0xe8);
        s.strongGrid = QColor(0xc3, 0xc8, 0xcf);
        s.selection = QColor(0x11, 0x5b, 0xd6);
        s.linked = QColor(0xc0, 0x6a, 0x00);
        s.match = QColor(0x8e, 0x24, 0xaa); // purple: apart from selection, links and both stances
        s.focus = QColor(0x11, 0x5b, 0xd6);
        s.dimOverlay = QColor(0xfb, 0xfb, 0xfa, 200);
        break;
    case Theme::Dark:
        s.background = QColor(0x1c, 0x1e, 0x22);
        s.alternateBackground = QColor(0x24, 0x27, 0x2c);
        s.text = QColor(0xe6, 0xe8, 0xeb);
        s.mutedText = QColor(0xa0, 0xa7, 0xb1);
        s.grid = QColor(0x33, 0x37, 0x3d);
        s.strongGrid = QColor(0x4a, 0x50, 0x58);
        s.selection = QColor(0x5c, 0xa8, 0xff);
        s.linked = QColor(0xff, 0xb3, 0x47);
        s.match = QColor(0xd1, 0x7b, 0xff);
        s.focus = QColor(0x5c, 0xa8, 0xff);
        s.dimOverlay = QColor(0x1c, 0x1e, 0x22, 200);
        break;
    case Theme::HighContrast:
        s.background = Qt::black;
        s.alternateBackground = QColor(0x12, 0x12, 0x12);
        s.text = Qt::white;
        s.mutedText = QColor(0xe0, 0xe0, 0xe0);
        s.grid = QColor(0x55, 0x55, 0x55);
        s.strongGrid = QColor(0xaa, 0xaa, 0xaa);
        s.selection = QColor(0x00, 0xff, 0xff);
        s.linked = QColor(0xff, 0xff, 0x00);
        s.match = QColor(0xff, 0x00, 0xff);
        s.focus = QColor(0x00, 0xff, 0xff);
        s.dimOverlay = QColor(0, 0, 0, 210);
        s.lineWidth = 2;
        break;
    case Theme::Print:
        s.background = Qt::white;
        s.alternateBackground = QColor(0xf4, 0xf4, 0xf4);
        s.text = Qt::black;
        s.mutedText = QColor(0x44, 0x44, 0x44);
        s.grid = QColor(0xdd, 0xdd, 0xdd);
        s.strongGrid = QColor(0x99, 0x99, 0x99);
        s.selection = Qt::black;
        s.linked = QColor(0x55, 0x55, 0x55);
        s.match = QColor(0x88, 0x88, 0x88); // a lighter grey than links; labels are underlined too
        s.focus = Qt::black;
        s.dimOverlay = QColor(255, 255, 255, 200);
        break;
    }
    return s;
}

QPalette ViewStyle::palette(const QPalette &platform) const
{
    if (theme == Theme::Light || theme == Theme::Print)
        return platform;
    QPalette p;
    const QColor base = background;
    // Panels a step lighter than the views: Fusion draws check box and frame outlines a shade darker
    // than the window colour, and they must still show against the base.
    const QColor window = theme == Theme::Dark ? QColor(0x33, 0x37, 0x3d) : QColor(0x2a, 0x2a, 0x2a);
    const QColor button = theme == Theme::Dark ? QColor(0x30, 0x34, 0x3a) : QColor(0x20, 0x20, 0x20);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, selection);
    p.setColor(QPalette::HighlightedText, textOn(selection));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, selection);
    p.setColor(QPalette::LinkVisited, selection);
    p.setColor(QPalette::Mid, strongGrid);
    p.setColor(QPalette::Midlight, grid);
    p.setColor(QPalette::Dark, grid.darker(150));
    p.setColor(QPalette::Light, strongGrid.lighter(130));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, mutedText.darker(140));
    return p;
}

QColor ViewStyle::adjusted(const QColor &color) const
{
    switch (theme) {
    case Theme::Light:
        return color;
    case Theme::Dark:
        return luminance(color) < 0.18 ? color.lighter(160) : color;
    case Theme::HighContrast: {
        QColor bright = color.toHsv();
        bright.setHsv(bright.hue(), std::min(255, bright.saturation() + 40), 255);
        return bright;
    }
    case Theme::Print: {
        const int grey = qGray(color.rgb());
        return QColor(grey, grey, grey).darker(110);
    }
    }
    return color;
}

QColor ViewStyle::withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

QColor ViewStyle::blend(const QColor &color, double alpha, const QColor &background)
{
    return QColor::fromRgbF(float(color.redF() * alpha + background.redF() * (1 - alpha)),
                            float(color.greenF() * alpha + background.greenF() * (1 - alpha)),
                            float(color.blueF() * alpha + background.blueF() * (1 - alpha)));
}

QColor ViewStyle::labelBackground(Highlight highlight) const
{
    switch (highlight) {
    case Highlight::None:
        return background;
    case Highlight::Selected:
        return blend(selection, 0.22, background);
    case Highlight::Linked:
        return blend(linked, 0.22, background);
    case Highlight::Match: // faint: a strong highlight colour under the text stops it reading
        return blend(match, 0.3, background);
    }
    return background;
}

double ViewStyle::contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return std::max(x, y) / std::min(x, y);
}

QColor ViewStyle::textOn(const QColor &fill) const
{
    // Near-black or near-white, whichever reads better; on mid-tones (a red lane, a grey badge) where
    // neither reaches 4.5:1, pure black or white does: one of them always clears 4.58:1.
    const QColor dark(0x11, 0x11, 0x11);
    const QColor light(0xfa, 0xfa, 0xfa);
    const bool onLight = contrast(dark, fill) >= contrast(light, fill);
    const QColor soft = onLight ? dark : light;
    if (contrast(soft, fill) >= 4.5)
        return soft;
    return onLight ? QColor(Qt::black) : QColor(Qt::white);
}

QColor ViewStyle::legibleOn(const QColor &color, const QColor &fill, double ratio)
{
    // Step the colour's lightness away from the fill's until it reads; the hue stays, so a "FOR" label
    // is still green.
    const bool darken = luminance(fill) > 0.18;
    QColor c = color.toHsl();
    for (int step = 0; step < 40 && contrast(c, fill) < ratio; ++step) {
        const double l = c.lightnessF() + (darken ? -0.025 : 0.025);
        c.setHslF(c.hslHueF(), c.hslSaturationF(), std::clamp(l, 0.0, 1.0), c.alphaF());
    }
    return c.toRgb();
}

QString ViewStyle::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return tr("Light");
    case Theme::Dark:
        return tr("Dark");
    case Theme::HighContrast:
        return tr("High contrast");
    case Theme::Print:
        return tr("Print");
    }
    return {};
}

QString ViewStyle::themeKey(Theme theme)
{
    return themeKeys.key(theme);
}

Theme ViewStyle::themeFromKey(const QString &key)
{
    return themeKeys.value(key, Qt::CaseSensitive).value_or(Theme::Light);
}

} // namespace argline
