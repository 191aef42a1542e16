// Every theme keeps text legible: WCAG contrast of at least 7:1 for text and 4.5:1 for secondary text
// against both background shades, and corpus colours stay distinguishable from the background. Highlights
// (search matches, links, selection, keyboard focus) stand out from the background at 3:1 (WCAG's figure
// for graphics) and from each other.
#include "render/style/stancestyle.h"
#include "render/style/viewstyle.h"
#include "tests/support/testcorpus.h"

#include <QTest>

using namespace argline;
using namespace Qt::StringLiterals;

class TestViewStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsLegible_data();
    void textIsLegible();
    void highlightedLabelsStayLegible_data();
    void highlightedLabelsStayLegible();
    void cardTextIsLegible_data();
    void cardTextIsLegible();
    void badgeCountsReadOnEveryLaneColour_data();
    void badgeCountsReadOnEveryLaneColour();
    void contrastIsTheWcagRatio();
    void corpusColoursStayVisible_data();
    void corpusColoursStayVisible();
    void highlightsAreVisibleAndDistinct_data();
    void highlightsAreVisibleAndDistinct();
    void themeKeysRoundTrip();
};

static double contrast(const QColor &a, const QColor &b)
{
    return ViewStyle::contrast(a, b);
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

void TestViewStyle::highlightedLabelsStayLegible_data()
{
    textIsLegible_data();
}

// A selected, linked or matching timeline label keeps its text at 7:1 on the highlight behind it.
void TestViewStyle::highlightedLabelsStayLegible()
{
    QFETCH(int, theme);
    const ViewStyle s = ViewStyle::forTheme(Theme(theme));
    using H = ViewStyle::Highlight;
    for (H h : {H::None, H::Selected, H::Linked, H::Match}) {
        const double ratio = contrast(s.text, s.labelBackground(h));
        QVERIFY2(ratio >= 7.0, qPrintable(QStringLiteral("highlight %1: %2").arg(int(h)).arg(ratio)));
    }
}

void TestViewStyle::cardTextIsLegible_data()
{
    textIsLegible_data();
}

// On every card: the title at 7:1, the sources and quotes at 4.5:1, and the stance label ("FOR",
// "AGAINST"), drawn in the stance's colour, at 4.5:1.
void TestViewStyle::cardTextIsLegible()
{
    QFETCH(int, theme);
    const ViewStyle s = ViewStyle::forTheme(Theme(theme));
    for (Stance stance : {Stance::Claim, Stance::For, Stance::Against}) {
        const QColor fill = StanceStyle::fill(stance, s);
        const QString what = StanceStyle::label(stance);
        QVERIFY2(contrast(s.text, fill) >= 7.0, qPrintable(what));
        QVERIFY2(contrast(s.mutedText, fill) >= 4.5, qPrintable(what));
        const double kindRatio = contrast(StanceStyle::labelColor(stance, s), fill);
        QVERIFY2(kindRatio >= 4.5, qPrintable(QStringLiteral("%1 label: %2").arg(what).arg(kindRatio)));
    }
}

void TestViewStyle::badgeCountsReadOnEveryLaneColour_data()
{
    textIsLegible_data();
}

// A cluster's count is drawn on its lane's colour: every lane colour of the built-in corpus, as the
// theme adjusts it, keeps the count at 4.5:1.
void TestViewStyle::badgeCountsReadOnEveryLaneColour()
{
    QFETCH(int, theme);
    const ViewStyle s = ViewStyle::forTheme(Theme(theme));
    const auto corpus = test::builtInCorpus();
    QVERIFY(corpus && !corpus->actors.isEmpty());
    for (const Facet &actor : corpus->actors) {
        const QColor fill = s.adjusted(actor.color);
        QVERIFY2(contrast(s.textOn(fill), fill) >= 4.5, qPrintable(actor.id + u' ' + fill.name()));
    }
}

void TestViewStyle::contrastIsTheWcagRatio()
{
    QCOMPARE(contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
    QCOMPARE(contrast(Qt::white, Qt::black), contrast(Qt::black, Qt::white));
    QVERIFY(qAbs(contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01); // WebAIM's reference grey
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
