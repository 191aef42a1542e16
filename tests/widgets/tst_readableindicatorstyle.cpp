// Check boxes stay visible in every theme: the edge of an unchecked box, in a panel and in an item view,
// stands out from the panel behind it at 3:1 or more (WCAG's figure for the boundary of a control).
#include "render/style/viewstyle.h"
#include "widgets/common/readableindicatorstyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

using namespace argline;

class TestReadableIndicatorStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uncheckedBoxesShowTheirEdge_data();
    void uncheckedBoxesShowTheirEdge();
};

void TestReadableIndicatorStyle::uncheckedBoxesShowTheirEdge_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("element");
    for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        for (QStyle::PrimitiveElement e :
             {QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorItemViewItemCheck})
            QTest::addRow("%s %s", qPrintable(ViewStyle::themeKey(t)),
                          e == QStyle::PE_IndicatorCheckBox ? "panel" : "item view")
                << int(t) << int(e);
    }
}

void TestReadableIndicatorStyle::uncheckedBoxesShowTheirEdge()
{
    QFETCH(int, theme);
    QFETCH(int, element);
    const QPalette palette = ViewStyle::forTheme(Theme(theme)).palette(QApplication::palette());
    const auto edgeContrast = [&](QStyle *style) {
        QImage image(24, 24, QImage::Format_ARGB32_Premultiplied);
        const QColor behind =
            palette.color(element == QStyle::PE_IndicatorCheckBox ? QPalette::Window : QPalette::Base);
        image.fill(behind);
        QStyleOptionButton option;
        option.palette = palette;
        option.rect = QRect(4, 4, 14, 14);
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        QPainter painter(&image);
        style->drawPrimitive(QStyle::PrimitiveElement(element), &option, &painter);
        painter.end();
        return ViewStyle::contrast(image.pixelColor(4, 10), behind); // the middle of the left edge
    };
    ReadableIndicatorStyle readable(QStyleFactory::create(QStringLiteral("Fusion")));
    const double ratio = edgeContrast(&readable);
    QVERIFY2(ratio >= 3.0, qPrintable(QString::number(ratio)));
}

QTEST_MAIN(TestReadableIndicatorStyle)
#include "tst_readableindicatorstyle.moc"
