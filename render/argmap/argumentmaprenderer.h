#pragma once

#include "models/corpus/corpus.h"
#include "models/layout/tidytree.h"
#include "render/argmap/argumentmapstate.h"
#include "render/style/viewstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QStaticText>
#include <QTransform>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QFontMetricsF;
class QPainter;

namespace argline {

// Paints the pro/con argument map into any QPainter at any size: the widget, export and presentation
// all draw through here. Semantic zoom: far out, cards are coloured boxes; then titles; then full
// text; close up, the verbatim quotes with their sources. Each level has its own card sizes and its
// own (cached) tidy-tree layout.
class ArgumentMapRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ArgumentMapRenderer)

public:
    static constexpr double cardPadding = 8; // inside a card, around its text
    using Detail = MapDetail;
    static constexpr std::array<double, 3> detailThresholds = {0.38, 0.8, 1.45};
    static constexpr double toggleRadius = 8; // a card's collapse toggle, in layout units
    // Where an indented card's toggle and the spine to its children sit, from its left edge.
    static constexpr double spineInset = 2 * toggleRadius;
    static Detail detailFor(double scale);
    // The detail shown at `scale` under this state's limit (state().maxDetail).
    Detail detailAt(double scale) const { return std::min(detailFor(scale), m_state.maxDetail); }

    // Where a card's children are, which is where its collapse toggle sits.
    enum class Growth : quint8
    {
        Down,
        Right,
        Left,
        Indented // beneath the card, indented (the Columns layout)
    };

    struct Card
    {
        int argument = -1;
        QRectF rect;               // in layout coordinates
        int hiddenDescendants = 0; // when collapsed
        bool hasChildren = false;
        Growth growth = Growth::Down;
        QPointF togglePosition() const;
    };

    ArgumentMapRenderer();

    // Card heights per argument and detail level, measured ahead of time (off the GUI thread, by the
    // loader) so that laying out a large map does not shape every card's text where the user waits.
    // They hold for one corpus and one pair of fonts; a renderer given others measures as before.
    struct CardHeights
    {
        std::weak_ptr<const Corpus> corpus;
        QString fonts;                           // fontKey() of the style they were measured with
        std::array<QList<double>, 4> byDetail{}; // per corpus argument; empty: not measured
    };
    // What the card sizes depend on in a style: its fonts, as text (safe to hand to another thread).
    static QString fontKey(const ViewStyle &style);
    // Measures every argument of `corpus` at `details` with the fonts fontKey() describes. Runs on any
    // thread: it builds its own fonts and touches nothing shared. Returns null when `keepGoing` says stop.
    static std::shared_ptr<const CardHeights> measureCards(const std::shared_ptr<const Corpus> &corpus,
                                                           const QString &fonts, const QList<Detail> &details,
                                                           const std::function<bool()> &keepGoing = {});
    // Uses `heights` for the layout when they are for this renderer's corpus and fonts.
    void setCardHeights(std::shared_ptr<const CardHeights> heights);

    // The arguments to show (indices into corpus->arguments; e.g. those passing the filters, with
    // their ancestors).
    void setData(std::shared_ptr<const Corpus> corpus, const QList<int> &arguments);
    const Corpus *corpus() const { return m_corpus.get(); }
    const QList<int> &arguments() const { return m_arguments; }
    void setState(const ArgumentMapState &state);
    const ArgumentMapState &state() const { return m_state; }
    void setStyle(const ViewStyle &style);
    const ViewStyle &style() const { return m_style; }

    // The cards shown at a detail level (collapsed subtrees left out), in layout coordinates.
    const QList<Card> &cards(Detail detail) const;
    QRectF bounds(Detail detail) const;
    int cardIndexOf(int argument, Detail detail) const;
    QTransform transform(const QRectF &target) const;
    // The scale and centre that show the whole map in `target`.
    std::pair<double, QPointF> fit(const QRectF &target) const;
    // ... that show the cards of `arguments` (corpus indices) with `margin` around them, no closer than
    // `maximumScale`; the whole map when none of them is shown.
    std::pair<double, QPointF> fitTo(const QRectF &target, const QList<int> &arguments, double maximumScale,
                                     double margin) const;
    // The union of those cards at a detail level, in layout coordinates (null when none is shown).
    QRectF cardsBounds(const QList<int> &arguments, Detail detail) const;

    // Hit testing in target coordinates: the argument whose card is at `point`, or -1; the argument
    // whose collapse toggle is at `point`, or -1.
    int argumentAt(const QRectF &target, QPointF point) const;
    int toggleAt(const QRectF &target, QPointF point) const;
    // Where a card is drawn, in target coordinates (empty when not shown).
    QRectF cardRect(const QRectF &target, int argument) const;

    void paint(QPainter *painter, const QRectF &target);
    // The size of card titles at `scale`, in pixels (CSS pixels on a page: 1/96 in).
    double titlePixelSize(double scale) const;
    // The cards `paint` draws in `target` (arguments), with their rectangles in target coordinates: with
    // wholeCardsOnly, only those wholly inside it.
    QList<std::pair<int, QRectF>> paintedCards(const QRectF &target) const;

    QString tooltip(int argument) const;
    QString accessibleName(int argument) const;
    // Where the argument stands and what it does to its parent, in words: "against the claim · supports
    // “NATO has no united front on China”".
    QString stanceSentence(int argument) const;
    // "DW 2025 · War on the Rocks 2024": outlet (or label when none is stated) and year of each source.
    QString sourceBadge(int argument) const;
    QString importBadge(int argument) const;
    QString crossReference(int argument) const;
    void packForest(const QList<int> &roots, QHash<int, QRectF> *rects) const;
    // The badge cut to `width`: names shortened, years and the count of further sources kept.
    static QString fittedBadge(const QString &badge, double width, const QFontMetricsF &metrics);

private:
    explicit ArgumentMapRenderer(const ViewStyle &style);

    struct Level
    {
        bool valid = false;
        QList<Card> cards;
        QList<int> cardOf; // per argument, index into cards or -1
        QRectF bounds;
    };
    struct CardText
    {
        QStaticText title;
        QStaticText body;
        QList<QStaticText> quotes;
        QStaticText badge;
        // Under an "as of" cursor that falls within a source's possible dates: a mark ("date uncertain",
        // or "?" when the header is short of room) and the badge fitted beside it, inside the header.
        QString uncertainMark;
        QStaticText uncertainBadge;
        QStaticText crossReference; // a copy's "↗ also under …" (imported maps)
        double height = 0;
    };

    const Level &level(Detail detail) const;
    void buildLevel(Detail detail, Level &level) const;
    double cardWidth(Detail detail) const;
    const CardText &cardText(int argument, Detail detail) const;
    // The height of an argument's card: measured ahead (setCardHeights) or from its shaped text.
    double cardHeight(int argument, Detail detail) const;
    // Shapes what sets a card's height (title, text, quotes, cross reference) into `text`, if given.
    double measureCard(int argument, Detail detail, CardText *text) const;
    void updateCardHeights();
    void invalidateLayouts();
    QSet<int> focusSet() const;
    bool isPainted(int argument) const { return m_paintOnly.isEmpty() || m_paintOnly.contains(argument); }
    bool publishedUncertain(int argument) const;
    void paintUncertainMark(QPainter *p, const Card &card, const CardText &text, const QFont &labelFont,
                            const QColor &color) const;
    QList<int> orderedChildren(int argument) const;
    // Lays out the subtrees under `roots` as one tidy forest; rects by argument.
    QHash<int, QRectF> layoutForest(const QList<int> &roots, TidyTree::Orientation orientation, Detail detail,
                                    QRectF *bounds) const;

    // The Columns layout: each claim on top, its reasons for flowed into columns on the left and
    // against on the right, objections and rebuttals indented beneath their reason.
    void layoutColumns(const QList<int> &roots, Detail detail, QHash<int, QRectF> *rects,
                       QHash<int, Growth> *growth) const;
    // The elbow from a parent card to its child in the Columns layout, as a polyline.
    QPolygonF columnEdge(const Card &parent, const Card &child) const;

    void paintEdges(QPainter *p, const Level &level, const QRectF &visible, Detail detail,
                    const QSet<int> &focus) const;
    void paintBoxes(QPainter *p, const Level &level, const QRectF &visible, const QSet<int> &focus) const;
    void paintCard(QPainter *p, const Card &card, Detail detail, double opacity) const;
    // Faded by focus mode, or not yet revealed (a ghost).
    double cardOpacity(int argument, const QSet<int> &focus) const;
    static constexpr double ghostOpacity = 0.08;

    std::shared_ptr<const Corpus> m_corpus;
    QList<int> m_arguments;
    QList<bool> m_shown; // per corpus argument
    // While painting with wholeCardsOnly: the cards wholly in view (empty: no such limit).
    QSet<int> m_paintOnly;
    bool m_severalRoots = false; // more than one tree is shown: they are packed to the view's shape
    ArgumentMapState m_state;
    ViewStyle m_style;
    // Layouts per detail level and shaped card text, built on demand: a cache, hence mutable.
    mutable std::array<Level, 4> m_levels;
    mutable QHash<quint64, CardText> m_texts; // by (argument, detail)
    std::shared_ptr<const CardHeights> m_cardHeights;
    const CardHeights *m_heights = nullptr; // m_cardHeights when they fit the corpus and fonts, else null
    QFont m_titleFont;
    // The titles level shows a card's title alone: larger, so it can be read from further out.
    QFont m_largeTitleFont;
    QFont m_largeLabelFont;
    const QFont &titleFont(Detail detail) const
    {
        return detail == Detail::Titles || detail == Detail::Boxes ? m_largeTitleFont : m_titleFont;
    }
    const QFont &labelFont(Detail detail) const
    {
        return detail == Detail::Titles || detail == Detail::Boxes ? m_largeLabelFont : m_labelFont;
    }
    QFont m_bodyFont;
    QFont m_quoteFont;
    QFont m_labelFont;
};

} // namespace argline
