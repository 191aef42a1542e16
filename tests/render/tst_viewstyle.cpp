// Every theme keeps text legible: WCAG contrast of at least 7:1 for text and 4.5:1 for secondary text
// against both background shades, and corpus colours stay distinguishable from the background. Highlights
// (search matches, links, selection, keyboard focus) stand out from the background at 3:1 (WCAG's figure
// for graphics) and from each other.
#include "render/style/stancestyle.h"
#include "render/style/viewstyle.h"

#include <QTest>

using namespace argline;
using namespace Qt::StringLiterals;

class TestViewStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsLegible_data();
    void textIsLegible();
    void corpusColoursStayVisible_data();
    void corpusColoursStayVisible();
    void highlightsAreVisibleAndDistinct_data();
    void highlightsAreVisibleAndDistinct();
    void themeKeysRoundTrip();
};

static double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

static double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return std::max(x, y) / std::min(x, y);
}

void TestViewStyle::textIsLegible_data()
{
    QTest::addColumn<int>("theme");
    for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast, Theme::Print})
        QTest::newRow(qPrintable(ViewStyle::themeKey(t))) << int(t);
}

void TestViewStyle::textIsLegible()
{
    QFETCH(int, theme);
    const ViewStyle s = ViewStyle::forTheme(Theme(theme));
    for (const QColor &background : {s.background, s.alternateBackground}) {
        QVERIFY2(contrast(s.text, background) >= 7.0,
                 qPrintable(QString::number(contrast(s.text, background))));
        QVERIFY2(contrast(s.mutedText, background) >= 4.5,
                 qPrintable(QString::number(contrast(s.mutedText, background))));
    }
    // Text on any fill (cluster badges, chart bars) picks the readable side.
    for (const QColor &fill :
         {QColor(0xbc, 0x00, 0x2d), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x49, 0x90), QColor(Qt::white)})
        QVERIFY(contrast(s.textOn(fill), fill) >= 4.5);
}

void TestViewStyle::corpusColoursStayVisible_data()
{
    textIsLegible_data();
}

void TestViewStyle::corpusColoursStayVisible()
{
    QFETCH(int, theme);
    const ViewStyle s = ViewStyle::forTheme(Theme(theme));
    // Dark corpus colours (navy, maroon) are lightened on dark backgrounds so markers do not vanish.
    for (const QColor &color : {QColor(0x00, 0x49, 0x90), QColor(0x88, 0x22, 0x55), QColor(0xbc, 0x00, 0x2d),
                                QColor(0x56, 0xb4, 0xe9)})
        QVERIFY2(contrast(s.adjusted(color), s.background) >= 1.9, qPrintable(s.adjusted(color).name()));
}

void TestViewStyle::highlightsAreVisibleAndDistinct_data()
{
    textIsLegible_data();
}

static int hueDistance(const QColor &a, const QColor &b)
{
    const int d = std::abs(a.hsvHue() - b.hsvHue()) % 360;
    return std::min(d, 360 - d);
}

void TestViewStyle::highlightsAreVisibleAndDistinct()
{
    QFETCH(int, theme);
    const ViewStyle s = ViewStyle::forTheme(Theme(theme));
    for (const QColor &background : {s.background, s.alternateBackground}) {
        for (const QColor &highlight : {s.match, s.linked, s.selection, s.focus})
            QVERIFY2(contrast(highlight, background) >= 3.0,
                     qPrintable(highlight.name() + u" on "_s + background.name()));
    }
    if (Theme(theme) == Theme::Print) { // greys: a search match is a lighter grey than a link
        QVERIFY(contrast(s.match, s.linked) >= 1.5);
        QVERIFY(contrast(s.match, s.selection) >= 1.5);
        return;
    }
    // A search match never looks like a link, the selection, or a stance's colour on the map.
    for (const QColor &other :
         {s.linked, s.selection, StanceStyle::color(Stance::For, s), StanceStyle::color(Stance::Against, s)})
        QVERIFY2(hueDistance(s.match, other) >= 60, qPrintable(s.match.name() + u" vs "_s + other.name()));
    QVERIFY(hueDistance(s.linked, s.selection) >= 60);
}

void TestViewStyle::themeKeysRoundTrip()
{
    for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast, Theme::Print})
        QCOMPARE(ViewStyle::themeFromKey(ViewStyle::themeKey(t)), t);
    QCOMPARE(ViewStyle::themeFromKey(QStringLiteral("nonsense")), Theme::Light);
}

QTEST_GUILESS_MAIN(TestViewStyle)
#include "tst_viewstyle.moc"
