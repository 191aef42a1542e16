// The real argument map and sources chart on the offscreen platform, driven the way a user drives them.
#include "models/explore/corpusdocument.h"
#include "tests/support/testcorpus.h"
#include "widgets/argmap/argumentmappane.h"
#include "widgets/argmap/argumentmapwidget.h"
#include "widgets/common/barchart.h"
#include "widgets/panels/sourceschart.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace argline;

using Detail = ArgumentMapRenderer::Detail;

class TestArgumentMapWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensShowingTheWholeMapReadably();
    void clickSelectsTheRightCard();
    void ctrlClickAddsAndEmptyClickClears();
    void arrowsMoveToParentChildAndSiblings();
    void arrowsFollowTheOrientation();
    void toggleCollapsesWithoutMovingOthers();
    void spaceTogglesAndEnterActivates();
    void focusModeDimsTheRest();
    void wheelZoomKeepsThePointUnderTheCursor();
    void crossingADetailLevelKeepsTheCardUnderTheCursor();
    void hoverShowsTheQuote();
    void focusedCardHasAnAccessibleName();
    void selectingAnEventHighlightsItsArguments();
    void sourcesChartFiltersByArticle();

private:
    ArgumentMapWidget *map() const { return m_pane->map(); }
    QPoint centreOf(const QString &id) const { return map()->cardRect(id).center().toPoint(); }

    std::unique_ptr<CorpusDocument> m_document;
    std::unique_ptr<ArgumentMapPane> m_pane;
};

void TestArgumentMapWidget::init()
{
    m_document = std::make_unique<CorpusDocument>();
    m_document->setCorpus(test::builtInCorpus());
    m_pane = std::make_unique<ArgumentMapPane>(m_document.get());
    m_pane->resize(1400, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    map()->fitAll();
    QCoreApplication::processEvents();
}

void TestArgumentMapWidget::cleanup()
{
    m_pane.reset();
    m_document.reset();
}

void TestArgumentMapWidget::opensShowingTheWholeMapReadably()
{
    // On a laptop-sized window the whole built-in map fits with its titles readable.
    QVERIFY(ArgumentMapRenderer::detailFor(map()->state().scale) >= Detail::Titles);
    for (const Argument &argument : m_document->corpus().arguments)
        QVERIFY2(QRectF(map()->rect()).contains(map()->cardRect(argument.id)), qPrintable(argument.id));
}

void TestArgumentMapWidget::clickSelectsTheRightCard()
{
    const QString id = u"a-con-no-united-front"_s;
    QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(id));
    QCOMPARE(m_document->selection()->ids(), QStringList{id});
    QCOMPARE(map()->focusedArgument(), id);
}

void TestArgumentMapWidget::ctrlClickAddsAndEmptyClickClears()
{
    QTest::mouseClick(map(), Qt::LeftButton, {}, centreOf(u"a-con-no-united-front"_s));
    QTest::mouseClick(map(), Qt::LeftButton, Qt::ControlModifier, centreOf(u"a-pro-closest-partner"_s));
    QCOMPARE(m_document->selection()->ids(),
             (QStringList{u"a-con-no-united-front"_s, u"a-pro-closest-partner"_s}));
    QTest::mouseClick(map(), Qt::LeftButton, {}, QPoint(20, 60)); // empty corner
    QVERIFY(m_document->selection()->isEmpty());
}

void TestArgumentMapWidget::arrowsMoveToParentChildAndSiblings()
{
    map()->setOrientation(MapOrientation::TwoSided);
    map()->setFocus();
    QTest::keyClick(map(), Qt::Key_Home);
    QCOMPARE(map()->focusedArgument(), u"claim-global-nato"_s);
    QCOMPARE(m_document->selection()->ids(), QStringList{u"claim-global-nato"_s}); // moving selects
    // Two-sided: against is to the right, for to the left.
    QTest::keyClick(map(), Qt::Key_Right);
    const Argument *against = m_document->corpus().argument(map()->focusedArgument());
    QCOMPARE(against->kind, ArgumentKind::Con);
    QTest::keyClick(map(), Qt::Key_Down);
    const Argument *next = m_document->corpus().argument(map()->focusedArgument());
    QCOMPARE(next->parentId, against->parentId); // a sibling, below
    QVERIFY(map()->cardRect(next->id).top() > map()->cardRect(against->id).top());
    QTest::keyClick(map(), Qt::Key_Left);
    QCOMPARE(map()->focusedArgument(), u"claim-global-nato"_s); // back to the parent
    QTest::keyClick(map(), Qt::Key_Left);
    QCOMPARE(m_document->corpus().argument(map()->focusedArgument())->kind, ArgumentKind::Pro);
    // Ctrl keeps the selection while moving.
    const QStringList selected = m_document->selection()->ids();
    QTest::keyClick(map(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_document->selection()->ids(), selected);
}

void TestArgumentMapWidget::arrowsFollowTheOrientation()
{
    map()->setOrientation(MapOrientation::TopDown);
    map()->setFocus();
    map()->setFocusedArgument(u"a-obj-info-laggard"_s);
    QTest::keyClick(map(), Qt::Key_Up);
    QCOMPARE(map()->focusedArgument(), u"a-pro-intel-sharing"_s);
    QTest::keyClick(map(), Qt::Key_Down);
    QCOMPARE(map()->focusedArgument(), u"a-obj-info-laggard"_s);
    QTest::keyClick(map(), Qt::Key_Down);
    QCOMPARE(map()->focusedArgument(), u"a-reb-clearance-system"_s);

    // Columns: children are indented beneath their parent, so Right goes in and Left comes back out;
    // the claim's reasons are below it.
    map()->setOrientation(MapOrientation::Columns);
    map()->setFocusedArgument(u"a-pro-intel-sharing"_s);
    QTest::keyClick(map(), Qt::Key_Right);
    QCOMPARE(map()->focusedArgument(), u"a-obj-info-laggard"_s);
    QTest::keyClick(map(), Qt::Key_Left);
    QCOMPARE(map()->focusedArgument(), u"a-pro-intel-sharing"_s);
    QTest::keyClick(map(), Qt::Key_Left);
    QCOMPARE(map()->focusedArgument(), u"claim-global-nato"_s);
    QTest::keyClick(map(), Qt::Key_Down);
    QCOMPARE(m_document->corpus().argument(map()->focusedArgument())->depth, 1);
}

void TestArgumentMapWidget::toggleCollapsesWithoutMovingOthers()
{
    map()->setScale(1.0);
    const QString id = u"a-con-regional-unease"_s;
    map()->panBy(QPointF(map()->rect().center()) - map()->cardRect(id).center());
    QHash<QString, QRectF> before;
    for (const Argument &argument : m_document->corpus().arguments)
        before.insert(argument.id, map()->cardRect(argument.id));
    const Argument *argument = m_document->corpus().argument(id);
    const int card =
        map()->renderer().cardIndexOf(m_document->corpus().indexOf(ItemKind::Argument, id), Detail::Text);
    const QPointF toggle = map()
                               ->renderer()
                               .transform(QRectF(map()->rect()))
                               .map(map()->renderer().cards(Detail::Text)[card].togglePosition());
    QTest::mouseClick(map(), Qt::LeftButton, {}, toggle.toPoint());
    QVERIFY(map()->state().collapsed.contains(id));
    for (int child : argument->children)
        QVERIFY(map()->cardRect(m_document->corpus().arguments[child].id).isEmpty()); // hidden
    for (const Argument &other : m_document->corpus().arguments) {
        if (!map()->cardRect(other.id).isEmpty())
            QCOMPARE(map()->cardRect(other.id), before.value(other.id)); // nothing else moved
    }
    QTest::mouseClick(map(), Qt::LeftButton, {}, toggle.toPoint());
    QVERIFY(!map()->state().collapsed.contains(id));
}

void TestArgumentMapWidget::spaceTogglesAndEnterActivates()
{
    QSignalSpy activated(map(), &ArgumentMapWidget::activated);
    map()->setFocus();
    map()->setFocusedArgument(u"a-pro-intel-sharing"_s);
    QTest::keyClick(map(), Qt::Key_Space);
    QVERIFY(map()->state().collapsed.contains(u"a-pro-intel-sharing"_s));
    QTest::keyClick(map(), Qt::Key_Space);
    QVERIFY(map()->state().collapsed.isEmpty());
    QTest::keyClick(map(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), u"a-pro-intel-sharing"_s);
}

void TestArgumentMapWidget::focusModeDimsTheRest()
{
    map()->setFocus();
    map()->setFocusedArgument(u"a-obj-info-laggard"_s);
    const QRect outside = map()->cardRect(u"a-con-article-6"_s).toRect();       // not on its path
    const QRect inside = map()->cardRect(u"a-reb-clearance-system"_s).toRect(); // in its subtree
    const auto inkAt = [&](const QRect &r) {
        // How far the card's pixels are, on average, from the background: dimmed cards fade towards it.
        const QImage image = map()->grab().toImage();
        const QColor background = map()->renderer().style().background;
        double total = 0;
        int count = 0;
        for (int y = r.top() + 2; y < r.bottom() - 2; y += 2) {
            for (int x = r.left() + 2; x < r.right() - 2; x += 2) {
                const QColor c = image.pixelColor(x, y);
                total += std::abs(c.red() - background.red()) + std::abs(c.green() - background.green()) +
                         std::abs(c.blue() - background.blue());
                ++count;
            }
        }
        return total / std::max(count, 1);
    };
    const double outsideBefore = inkAt(outside);
    const double insideBefore = inkAt(inside);
    QTest::keyClick(map(), Qt::Key_F);
    QVERIFY(map()->state().focusMode);
    QVERIFY2(inkAt(outside) < outsideBefore * 0.5, "cards off the focus path fade");
    QVERIFY(std::abs(inkAt(inside) - insideBefore) < 1e-6); // the focused branch is untouched
    QTest::keyClick(map(), Qt::Key_Escape);
    QVERIFY(!map()->state().focusMode);
}

void TestArgumentMapWidget::wheelZoomKeepsThePointUnderTheCursor()
{
    map()->setScale(1.0);
    const QPointF at(500, 420);
    const QPointF before = map()->renderer().transform(QRectF(map()->rect())).inverted().map(at);
    QWheelEvent wheel(at, map()->mapToGlobal(at), QPoint(), QPoint(0, 60), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(map(), &wheel);
    QVERIFY(map()->state().scale > 1.0);
    QCOMPARE(ArgumentMapRenderer::detailFor(map()->state().scale), Detail::Text); // same level
    const QPointF after = map()->renderer().transform(QRectF(map()->rect())).inverted().map(at);
    QVERIFY(QLineF(before, after).length() < 1e-6);
}

void TestArgumentMapWidget::crossingADetailLevelKeepsTheCardUnderTheCursor()
{
    map()->setScale(0.7);
    const QString id = u"a-con-no-united-front"_s;
    const QRectF card = map()->cardRect(id);
    const QPointF at = card.topLeft() + QPointF(card.width() * 0.3, card.height() * 0.6);
    map()->setScale(1.2, at); // Titles → Text: cards grow, the layout changes
    const QRectF grown = map()->cardRect(id);
    QVERIFY(grown.width() > card.width());
    QVERIFY2(grown.contains(at), "the card under the pointer stays under it");
    QVERIFY(std::abs((at.x() - grown.left()) / grown.width() - 0.3) < 0.02);
}

void TestArgumentMapWidget::hoverShowsTheQuote()
{
    const QPoint at = centreOf(u"a-obj-not-inseparable"_s);
    QHelpEvent help(QEvent::ToolTip, at, map()->mapToGlobal(at));
    QCoreApplication::sendEvent(map(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"it would be highly inaccurate to say that they are inseparable"_s));
    QVERIFY(QToolTip::text().contains(u"East is East and West is West"_s));
}

void TestArgumentMapWidget::focusedCardHasAnAccessibleName()
{
    map()->setFocus();
    QTest::keyClick(map(), Qt::Key_Home);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(map());
    QVERIFY(list);
    QCOMPARE(list->childCount(), m_document->corpus().arguments.size());
    QAccessibleInterface *item = list->focusChild();
    QVERIFY(item);
    QVERIFY(item->text(QAccessible::Name).startsWith(u"The claim: NATO should go global"_s));
    QVERIFY(item->state().focused && item->state().selected);
}

void TestArgumentMapWidget::selectingAnEventHighlightsItsArguments()
{
    m_document->selection()->select(u"e-2023-france-blocks-office"_s);
    QVERIFY(map()->state().linked.contains(u"a-con-no-united-front"_s));
    QVERIFY(map()->state().linked.contains(u"a-pro-france-spoiler"_s));
}

void TestArgumentMapWidget::sourcesChartFiltersByArticle()
{
    SourcesChart chart(m_document.get());
    chart.resize(500, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // The bars are drawn in the stance colours: some clearly green pixels and some clearly red ones.
    const QImage image = chart.grab().toImage();
    int green = 0;
    int red = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QColor c = image.pixelColor(x, y);
            green += c.green() > c.red() + 40 && c.green() > c.blue() + 40;
            red += c.red() > c.green() + 80 && c.red() > c.blue() + 80;
        }
    }
    QVERIFY2(green > 200 && red > 200, qPrintable(QStringLiteral("%1 green, %2 red").arg(green).arg(red)));
    const int dw = m_document->corpus().indexOf(ItemKind::Article, u"dw-2025-rutte-closer-ties"_s);
    QSignalSpy clicked(chart.chart(), &BarChart::barClicked);
    chart.toggleArticle(dw);
    QCOMPARE(m_document->filter().articles, QSet<QString>{u"dw-2025-rutte-closer-ties"_s});
    QTRY_VERIFY(map()->cardRect(u"a-con-article-6"_s).isEmpty()); // War on the Rocks only: filtered out
    QVERIFY(!map()->cardRect(u"a-pro-cooperation-accelerating"_s).isEmpty()); // cites DW
    QVERIFY(!map()->cardRect(u"claim-global-nato"_s).isEmpty());              // kept as its ancestor
    chart.toggleArticle(dw);
    QVERIFY(m_document->filter().articles.isEmpty());
}

QTEST_MAIN(TestArgumentMapWidget)
#include "tst_argumentmapwidget.moc"
