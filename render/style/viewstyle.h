#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QString>

namespace argline {

enum class Theme : quint8
{
    Light,
    Dark,
    HighContrast,
    Print // white, greyscale-safe: meaning never rests on colour alone
};

// Colours and fonts shared by every view's renderer. Built from a theme, never from a widget, so the
// same style paints the screen, a PNG or a printed page.
struct ViewStyle
{
    Q_DECLARE_TR_FUNCTIONS(argline::ViewStyle)

public:
    Theme theme = Theme::Light;
    QFont font;      // labels
    QFont smallFont; // axis, counts, badges
    QFont boldFont;  // lane names, selected labels
    QColor background;
    QColor alternateBackground; // every other lane
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor strongGrid;
    QColor selection;  // selected items
    QColor linked;     // items linked to the selection
    QColor match;      // search matches: a hue of their own, never the links' or a stance's
    QColor focus;      // keyboard focus
    QColor dimOverlay; // covers what the "as of" cursor hides
    double lineWidth = 1;

    static ViewStyle forTheme(Theme theme, const QFont &base = QFont());
    // The font every export and slide starts from, whatever the desktop's font: a named family (with
    // a CJK fallback), so an export looks the same on every machine that has the fonts ./dev installs.
    static QFont documentFont(double pointSize);
    // A corpus colour adjusted to stay visible and distinct on this theme's background.
    QColor adjusted(const QColor &color) const;
    // A text colour that reads on `fill`.
    QColor textOn(const QColor &fill) const;
    // What a timeline label's text sits on: the background, or a selected, linked or matching highlight
    // over it (as opaque colours, so their contrast can be checked).
    enum class Highlight : quint8
    {
        None,
        Selected,
        Linked,
        Match
    };
    QColor labelBackground(Highlight highlight) const;
    static double contrast(const QColor &a, const QColor &b); // WCAG contrast ratio, 1 to 21
    // `color`, darkened or lightened as little as needed to reach `ratio` against `fill`.
    static QColor legibleOn(const QColor &color, const QColor &fill, double ratio = 4.5);
    // A widget palette in this theme's colours, so panels and controls match the views (Light keeps the
    // platform's own palette).
    QPalette palette(const QPalette &platform) const;

    // `color` with its alpha set to `alpha`.
    static QColor withAlpha(QColor color, double alpha);
    // `color` at `alpha` over `background`, as an opaque colour: cheaper to fill than a blend.
    static QColor blend(const QColor &color, double alpha, const QColor &background);

    static QString themeName(Theme theme);
    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString &key);
};

} // namespace argline
