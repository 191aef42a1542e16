#include "render/argmap/argumentmaprenderer.h"

#include "models/corpus/citation.h"
#include "models/explore/filterspec.h"
#include "models/explore/itemfilter.h"
#include "models/layout/forestpacking.h"
#include "render/style/stancestyle.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

constexpr double padding = ArgumentMapRenderer::cardPadding;
// How much larger a card's title and header are at the titles level than with its full text: a card that
// shows only its title can show it large, so it reads at the zoom where the whole map fits a pane.
constexpr double titlesMagnification = 1.45;

// Fonts whose advances scale linearly, so wrapped text measured at scale 1 fits at any zoom.
QFont linearFont(QFont font, double factor, bool bold = false, bool italic = false)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// Note: drawStaticText() uses the painter's font, so set the same font before drawing.
QStaticText wrapped(const QString &text, double width, const QFont &font)
{
    QStaticText shaped(text);
    shaped.setTextFormat(Qt::PlainText);
    if (width > 0)
        shaped.setTextWidth(width); // wraps; size() then reports this width, not the text's
    shaped.prepare(QTransform(), font);
    return shaped;
}

} // namespace

ArgumentMapRenderer::Detail ArgumentMapRenderer::detailFor(double scale)
{
    if (scale < detailThresholds[0])
        return Detail::Boxes;
    if (scale < detailThresholds[1])
        return Detail::Titles;
    if (scale < detailThresholds[2])
        return Detail::Text;
    return Detail::Quotes;
}

ArgumentMapRenderer::ArgumentMapRenderer()
    : ArgumentMapRenderer(ViewStyle::forTheme(Theme::Light))
{}

ArgumentMapRenderer::ArgumentMapRenderer(const ViewStyle &style)
{
    setStyle(style);
}

void ArgumentMapRenderer::setData(std::shared_ptr<const Corpus> corpus, const QList<int> &arguments)
{
    if (corpus != m_corpus)
        m_texts.clear();
    m_corpus = std::move(corpus);
    m_arguments = arguments;
    m_shown.fill(false, m_corpus ? m_corpus->arguments.size() : 0);
    for (int argument : arguments) {
        if (argument >= 0 && argument < m_shown.size())
            m_shown[argument] = true;
    }
    // Several trees are packed to the view's shape, so a new shape lays them out again.
    int roots = 0;
    for (int argument : arguments)
        roots += m_corpus && argument >= 0 && argument < m_shown.size() &&
                 (m_corpus->arguments[argument].parent < 0 ||
                  !m_shown.value(m_corpus->arguments[argument].parent));
    m_severalRoots = roots > 1;
    updateCardHeights();
    invalidateLayouts();
}

void ArgumentMapRenderer::setState(const ArgumentMapState &state)
{
    const bool relayout =
        state.orientation != m_state.orientation || state.groupByStance != m_state.groupByStance ||
        state.compact != m_state.compact || state.collapsed != m_state.collapsed ||
        (state.aspect != m_state.aspect && (state.orientation == MapOrientation::Columns || m_severalRoots));
    m_state = state;
    if (relayout)
        invalidateLayouts();
}

void ArgumentMapRenderer::setStyle(const ViewStyle &style)
{
    m_style = style;
    m_titleFont = linearFont(style.font, 1.05, true);
    m_largeTitleFont = linearFont(style.font, 1.05 * titlesMagnification, true);
    m_largeLabelFont = linearFont(style.smallFont, titlesMagnification, true);
    m_bodyFont = linearFont(style.font, 1.0);
    m_quoteFont = linearFont(style.font, 0.95, false, true);
    m_labelFont = linearFont(style.smallFont, 1.0, true);
    m_texts.clear();
    updateCardHeights();
    invalidateLayouts();
}

void ArgumentMapRenderer::invalidateLayouts()
{
    for (Level &level : m_levels)
        level.valid = false;
}

double ArgumentMapRenderer::cardWidth(Detail detail) const
{
    const double em = QFontMetricsF(m_bodyFont).averageCharWidth();
    switch (detail) {
    case Detail::Boxes:
    case Detail::Titles:
        return std::round(em * 28 * (1 + (titlesMagnification - 1) * 0.6));
    case Detail::Text:
        return std::round(em * 38);
    case Detail::Quotes:
        return std::round(em * 44);
    }
    return 240;
}

const ArgumentMapRenderer::CardText &ArgumentMapRenderer::cardText(int argument, Detail detail) const
{
    const quint64 key = (quint64(argument) << 2) | quint64(detail);
    auto it = m_texts.find(key);
    if (it != m_texts.end())
        return it.value();

    const Argument &a = m_corpus->arguments[argument];
    const double inner = cardWidth(detail) - 2 * padding;
    const QFont &labelFont = this->labelFont(detail);
    const QFontMetricsF label(labelFont);
    CardText text;
    // The badge takes what the icon and the stance label leave of the header.
    const double kindWidth = label.height() * 0.85 + label.horizontalAdvance(StanceStyle::header(a)) + 10;
    const QString imported = importBadge(argument);
    const QString badge = sourceBadge(argument);
    const auto fitted = [&](double width) {
        return wrapped(imported.isEmpty() ? fittedBadge(badge, width, label)
                                          : label.elidedText(imported, Qt::ElideRight, width),
                       0, labelFont);
    };
    text.badge = fitted(inner - kindWidth);
    // The "as of" mark sits in the header too, never outside the card where it would cover a neighbour.
    text.uncertainMark = tr("date uncertain");
    double markWidth = label.horizontalAdvance(text.uncertainMark) + 10;
    if (inner - kindWidth - markWidth < label.horizontalAdvance(u"W… 2024"_s)) {
        text.uncertainMark = u"?"_s;
        markWidth = label.horizontalAdvance(text.uncertainMark) + 10;
    }
    text.uncertainBadge = fitted(inner - kindWidth - markWidth);
    text.height = measureCard(argument, detail, &text);
    return m_texts.insert(key, text).value();
}

double ArgumentMapRenderer::measureCard(int argument, Detail detail, CardText *out) const
{
    const Argument &a = m_corpus->arguments[argument];
    const double inner = cardWidth(detail) - 2 * padding;
    const QFontMetricsF label(labelFont(detail));
    CardText scratch;
    CardText &text = out ? *out : scratch;
    double height = padding + label.height() + 5; // header: kind and sources
    text.title = wrapped(a.title, inner, titleFont(detail));
    height += text.title.size().height();
    if (detail == Detail::Text || detail == Detail::Quotes) {
        text.body = wrapped(a.text, inner, m_bodyFont);
        height += 5 + text.body.size().height();
    }
    if (detail == Detail::Quotes) {
        for (const Quote &quote : a.evidence) {
            const Article *article = m_corpus->article(quote.articleId);
            const QString source = article ? article->label : quote.articleId;
            QStaticText shaped = wrapped(u"%1 — %2"_s.arg(Citation::quoted(quote.text.simplified()), source),
                                         inner - 6, m_quoteFont);
            height += 6 + shaped.size().height();
            text.quotes.append(shaped);
        }
        if (a.evidence.isEmpty() && !a.importedFrom.isEmpty() && a.copyOf.isEmpty()) {
            QStaticText shaped = wrapped(Citation::withoutQuote(a.importedFrom), inner - 6, m_quoteFont);
            height += 6 + shaped.size().height();
            text.quotes.append(shaped);
        }
    }
    if (!a.copyOf.isEmpty()) {
        text.crossReference = wrapped(crossReference(argument), inner, m_labelFont);
        height += 5 + text.crossReference.size().height();
    }
    const bool footer = !a.children.isEmpty();
    height += footer ? 6 + label.height() + 4 : 0;
    return std::ceil(height + padding);
}

double ArgumentMapRenderer::cardHeight(int argument, Detail detail) const
{
    if (m_heights) {
        const QList<double> &heights = m_heights->byDetail[size_t(detail)];
        if (argument < heights.size())
            return heights[argument];
    }
    return cardText(argument, detail).height;
}

QString ArgumentMapRenderer::fontKey(const ViewStyle &style)
{
    return style.font.toString() + u'\n' + style.smallFont.toString();
}

namespace {

// A font of its own, shared with no other thread's: one read back from its description, then detached
// from the application font it may have started out sharing (a QFont resolves its engine lazily, in
// place, so two threads must not share one).
QFont ownFont(const QString &description)
{
    QFont font;
    font.fromString(description);
    if (font.pointSizeF() > 0) {
        const double size = font.pointSizeF();
        font.setPointSizeF(size * 2);
        font.setPointSizeF(size);
    } else {
        const int size = font.pixelSize();
        font.setPixelSize(size + 1);
        font.setPixelSize(size);
    }
    return font;
}

} // namespace

std::shared_ptr<const ArgumentMapRenderer::CardHeights>
ArgumentMapRenderer::measureCards(const std::shared_ptr<const Corpus> &corpus, const QString &fonts,
                                  const QList<Detail> &details, const std::function<bool()> &keepGoing)
{
    if (!corpus)
        return {};
    auto heights = std::make_shared<CardHeights>();
    heights->corpus = corpus;
    heights->fonts = fonts;
    ViewStyle style;
    style.font = ownFont(fonts.section(u'\n', 0, 0));
    style.smallFont = ownFont(fonts.section(u'\n', 1, 1));
    style.boldFont = style.font;
    ArgumentMapRenderer renderer(style);
    renderer.m_corpus = corpus;
    const qsizetype count = corpus->arguments.size();
    for (Detail detail : details) {
        QList<double> &out = heights->byDetail[size_t(detail)];
        out.resize(count);
        for (qsizetype argument = 0; argument < count; ++argument) {
            if (argument % 256 == 0 && keepGoing && !keepGoing())
                return {};
            out[argument] = renderer.measureCard(int(argument), detail, nullptr);
        }
    }
    return heights;
}

void ArgumentMapRenderer::setCardHeights(std::shared_ptr<const CardHeights> heights)
{
    m_cardHeights = std::move(heights);
    updateCardHeights();
    invalidateLayouts();
}

void ArgumentMapRenderer::updateCardHeights()
{
    const bool fits = m_cardHeights && m_corpus && m_cardHeights->corpus.lock() == m_corpus &&
                      m_cardHeights->fonts == fontKey(m_style);
    m_heights = fits ? m_cardHeights.get() : nullptr;
}

QList<int> ArgumentMapRenderer::orderedChildren(int argument) const
{
    QList<int> children;
    const Argument &a = m_corpus->arguments[argument];
    for (int child : a.children) {
        if (m_shown.value(child))
            children.append(child);
    }
    if (m_state.groupByStance) // reasons for first, against after; corpus order within each
        std::stable_partition(children.begin(), children.end(),
                              [&](int c) { return m_corpus->arguments[c].role == ArgumentRole::Pro; });
    return children;
}

const ArgumentMapRenderer::Level &ArgumentMapRenderer::level(Detail detail) const
{
    const Detail sized = detail == Detail::Boxes ? Detail::Titles : detail;
    Level &l = m_levels[size_t(sized)];
    if (!l.valid)
        buildLevel(sized, l);
    return l;
}

QPointF ArgumentMapRenderer::Card::togglePosition() const
{
    switch (growth) {
    case Growth::Down:
        return {rect.center().x(), rect.bottom()};
    // Beside a sideways card, wholly outside it: over the edge it covered the first or last letters.
    case Growth::Right:
        return {rect.right() + toggleRadius, rect.center().y()};
    case Growth::Left:
        return {rect.left() - toggleRadius, rect.center().y()};
    case Growth::Indented:
        return {rect.left() + spineInset, rect.bottom()};
    }
    return rect.center();
}

QHash<int, QRectF> ArgumentMapRenderer::layoutForest(const QList<int> &roots,
                                                     TidyTree::Orientation orientation, Detail detail,
                                                     QRectF *bounds) const
{
    // Number the nodes depth-first from the roots; a collapsed node is a leaf when compacting, else its
    // subtree keeps its space so that collapsing never moves unrelated cards.
    QList<int> nodes;
    QHash<int, int> nodeOf;
    QList<int> stack(roots.rbegin(), roots.rend());
    TidyTree::Input in;
    in.orientation = orientation;
    const double em = QFontMetricsF(m_bodyFont).averageCharWidth();
    in.levelGap = orientation == TidyTree::Orientation::TopDown ? em * 7 : em * 8;
    in.siblingGap = orientation == TidyTree::Orientation::TopDown ? em * 2.5 : em * 1.5;
    in.subtreeGap = orientation == TidyTree::Orientation::TopDown ? em * 5 : em * 3;
    const auto childrenOf = [&](int argument) {
        return m_state.compact && m_state.collapsed.contains(m_corpus->arguments[argument].id)
                   ? QList<int>()
                   : orderedChildren(argument);
    };
    while (!stack.isEmpty()) {
        const int argument = stack.takeLast();
        nodeOf.insert(argument, int(nodes.size()));
        nodes.append(argument);
        const QList<int> children = childrenOf(argument);
        for (qsizetype i = children.size() - 1; i >= 0; --i)
            stack.append(children[i]);
    }
    const double width = cardWidth(detail);
    in.sizes.resize(nodes.size());
    in.children.resize(nodes.size());
    for (int node = 0; node < nodes.size(); ++node) {
        in.sizes[node] = QSizeF(width, cardHeight(nodes[node], detail));
        for (int child : childrenOf(nodes[node]))
            in.children[node].append(nodeOf.value(child));
    }
    for (int root : roots)
        in.roots.append(nodeOf.value(root));
    const TidyTree::Result result = TidyTree::layout(in);
    QHash<int, QRectF> rects;
    rects.reserve(nodes.size());
    for (int node = 0; node < nodes.size(); ++node)
        rects.insert(nodes[node], result.rects[node]);
    *bounds = result.bounds;
    return rects;
}

// Several claims (an imported map may have dozens): their trees, each kept whole, placed in columns
// that fill the view's shape rather than one long column or row.
void ArgumentMapRenderer::packForest(const QList<int> &roots, QHash<int, QRectF> *rects) const
{
    QList<QList<int>> trees;
    QList<QRectF> boxes;
    for (int root : roots) {
        QList<int> tree;
        QRectF box;
        QList<int> walk{root};
        while (!walk.isEmpty()) {
            const int argument = walk.takeLast();
            if (const auto it = rects->constFind(argument); it != rects->cend()) {
                tree.append(argument);
                box = box.isNull() ? *it : box.united(*it);
            }
            walk.append(orderedChildren(argument));
        }
        trees.append(tree);
        boxes.append(box);
    }
    const double gap = QFontMetricsF(m_bodyFont).averageCharWidth() * 8;
    const QList<QPointF> offsets = ForestPacking::pack(boxes, m_state.aspect, gap);
    for (qsizetype t = 0; t < trees.size(); ++t) {
        for (int argument : std::as_const(trees[t]))
            (*rects)[argument].translate(offsets[t]);
    }
}

void ArgumentMapRenderer::buildLevel(Detail detail, Level &l) const
{
    l = Level();
    l.valid = true;
    if (!m_corpus)
        return;
    QList<int> roots; // shown arguments whose parent is not shown, in corpus order
    for (int argument : std::as_const(m_arguments)) {
        const int parent = m_corpus->arguments[argument].parent;
        if (parent < 0 || !m_shown.value(parent))
            roots.append(argument);
    }

    QHash<int, QRectF> rects;
    QHash<int, Growth> growth;
    if (m_state.orientation == MapOrientation::Columns) {
        layoutColumns(roots, detail, &rects, &growth);
    } else if (m_state.orientation != MapOrientation::TwoSided) {
        const bool topDown = m_state.orientation == MapOrientation::TopDown;
        QRectF bounds;
        rects =
            layoutForest(roots, topDown ? TidyTree::Orientation::TopDown : TidyTree::Orientation::LeftToRight,
                         detail, &bounds);
        for (auto it = rects.cbegin(); it != rects.cend(); ++it)
            growth.insert(it.key(), topDown ? Growth::Down : Growth::Right);
    } else {
        // Each claim with its reasons for mirrored to the left and against to the right, both forests
        // centred on the claim; several claims are stacked.
        const double em = QFontMetricsF(m_bodyFont).averageCharWidth();
        const double gap = em * 8;
        double top = 0;
        for (int root : std::as_const(roots)) {
            QList<int> pro;
            QList<int> con;
            for (int child : orderedChildren(root))
                (m_corpus->arguments[child].role == ArgumentRole::Pro ? pro : con).append(child);
            if (m_state.compact && m_state.collapsed.contains(m_corpus->arguments[root].id)) {
                pro.clear();
                con.clear();
            }
            const QSizeF claim(cardWidth(detail), cardHeight(root, detail));
            QRectF left;
            QRectF right;
            const QHash<int, QRectF> leftRects =
                layoutForest(pro, TidyTree::Orientation::LeftToRight, detail, &left);
            const QHash<int, QRectF> rightRects =
                layoutForest(con, TidyTree::Orientation::LeftToRight, detail, &right);
            const double height = std::max({claim.height(), left.height(), right.height()});
            const double centreY = top + height / 2;
            const QRectF claimRect(-claim.width() / 2, centreY - claim.height() / 2, claim.width(),
                                   claim.height());
            rects.insert(root, claimRect);
            growth.insert(root, Growth::Down);
            for (auto it = rightRects.cbegin(); it != rightRects.cend(); ++it) {
                rects.insert(it.key(), it.value().translated(claimRect.right() + gap - right.left(),
                                                             centreY - right.center().y()));
                growth.insert(it.key(), Growth::Right);
            }
            for (auto it = leftRects.cbegin(); it != leftRects.cend(); ++it) {
                const QRectF &r = it.value();
                const QRectF mirrored(-r.right(), r.top(), r.width(), r.height());
                rects.insert(it.key(), mirrored.translated(claimRect.left() - gap + left.left(),
                                                           centreY - left.center().y()));
                growth.insert(it.key(), Growth::Left);
            }
            top += height + gap;
        }
    }

    if (roots.size() > 1)
        packForest(roots, &rects);

    // Cards: everything not hidden inside a collapsed ancestor, in tree order.
    l.cardOf.fill(-1, m_corpus->arguments.size());
    QList<std::pair<int, bool>> walk; // (argument, hidden)
    for (qsizetype i = roots.size() - 1; i >= 0; --i)
        walk.append({roots[i], false});
    while (!walk.isEmpty()) {
        const auto [argument, hidden] = walk.takeLast();
        const bool collapsed = m_state.collapsed.contains(m_corpus->arguments[argument].id);
        const QList<int> children = orderedChildren(argument);
        if (!hidden && rects.contains(argument)) {
            Card card;
            card.argument = argument;
            card.rect = rects.value(argument);
            card.hasChildren = !children.isEmpty();
            card.growth = growth.value(argument);
            if (collapsed) { // count what the collapsed card hides
                QList<int> below = children;
                while (!below.isEmpty()) {
                    ++card.hiddenDescendants;
                    below.append(orderedChildren(below.takeLast()));
                }
            }
            l.cardOf[argument] = int(l.cards.size());
            l.cards.append(card);
            l.bounds = l.bounds.isNull() ? card.rect : l.bounds.united(card.rect);
        }
        for (qsizetype i = children.size() - 1; i >= 0; --i)
            walk.append({children[i], hidden || collapsed});
    }
}

QSet<int> ArgumentMapRenderer::focusSet() const
{
    QSet<int> keep;
    const int focus = m_corpus ? m_corpus->indexOf(ItemKind::Argument, m_state.focused) : -1;
    if (!m_state.focusMode || focus < 0)
        return keep;
    for (int a = focus; a >= 0; a = m_corpus->arguments[a].parent)
        keep.insert(a);
    QList<int> below{focus};
    while (!below.isEmpty()) {
        const int a = below.takeLast();
        keep.insert(a);
        below.append(m_corpus->arguments[a].children);
    }
    return keep;
}

void ArgumentMapRenderer::paintEdges(QPainter *p, const Level &l, const QRectF &visible, Detail detail,
                                     const QSet<int> &focus) const
{
    // Colour means stance on the cards; an edge says what a card does to its parent by its form alone.
    const QColor supports = StanceStyle::edgeColor(m_style);
    const QColor attacks = supports;
    const bool simple = detail == Detail::Boxes;
    QList<QLineF> supportLines;
    QList<QLineF> attackLines;
    for (const Card &card : l.cards) {
        const Argument &a = m_corpus->arguments[card.argument];
        if (a.parent < 0 || l.cardOf.value(a.parent, -1) < 0)
            continue;
        if (!isPainted(card.argument) || !isPainted(a.parent))
            continue; // one end left out of a page: no line into nothing
        const Card &parentCard = l.cards[l.cardOf[a.parent]];
        const QRectF &parent = parentCard.rect;
        const QRectF &child = card.rect;
        if (!visible.intersects(parent.united(child).adjusted(-spineInset * 4, 0, 0, 0)))
            continue;
        const bool attack = a.role == ArgumentRole::Con;
        if (m_state.orientation == MapOrientation::Columns) {
            const QPolygonF elbow = columnEdge(parentCard, card);
            if (simple) {
                for (qsizetype i = 1; i < elbow.size(); ++i)
                    (attack ? attackLines : supportLines).append(QLineF(elbow[i - 1], elbow[i]));
                continue;
            }
            const bool dim = !focus.isEmpty() && !(focus.contains(card.argument) && focus.contains(a.parent));
            p->setOpacity(m_state.ghosted.contains(a.id) ? ghostOpacity : dim ? 0.2 : 1.0);
            p->setPen(QPen(attack ? attacks : supports, 1.8 * m_style.lineWidth,
                           attack ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
            p->setBrush(Qt::NoBrush);
            p->drawPolyline(elbow);
            // The end at the child: an arrowhead for support, a bar for attack, as in the tree layouts.
            const QPointF end = elbow.last();
            p->setPen(
                QPen(attack ? attacks : supports, 1.8 * m_style.lineWidth, Qt::SolidLine, Qt::RoundCap));
            if (attack) {
                p->drawLine(end + QPointF(-4, -6), end + QPointF(-4, 6));
            } else {
                p->setBrush(supports);
                const QPointF head[] = {end + QPointF(-8, 0), end + QPointF(-1, -5), end + QPointF(-1, 5)};
                p->drawPolygon(head, 3);
            }
            continue;
        }
        // Attach on the facing sides: below, right of or left of the parent.
        // The child's growth says which way the tree runs here; geometry alone misled top-down edges
        // into sideways ones when a child sat beside its parent's neighbours.
        const bool right = card.growth == Growth::Right;
        const bool left = card.growth == Growth::Left;
        const bool topDown = !right && !left;
        const QPointF from = topDown ? QPointF(child.center().x(), child.top())
                                     : QPointF(right ? child.left() : child.right(), child.center().y());
        // Clear the parent's toggle button: half its height below a card, its whole width beside one.
        const bool viaToggle = (parentCard.growth == Growth::Down) == topDown;
        const double clearance = !viaToggle ? 0 : topDown ? toggleRadius : 2 * toggleRadius;
        const QPointF to = topDown ? QPointF(parent.center().x(), parent.bottom() + clearance)
                                   : QPointF(right ? parent.right() + clearance : parent.left() - clearance,
                                             parent.center().y());
        const QPointF along = topDown ? QPointF(0, 1) : QPointF(right ? 1 : -1, 0);
        if (simple) {
            (attack ? attackLines : supportLines).append(QLineF(from, to));
            continue;
        }
        const bool dim = !focus.isEmpty() && !(focus.contains(card.argument) && focus.contains(a.parent));
        p->setOpacity(m_state.ghosted.contains(a.id) ? ghostOpacity : dim ? 0.2 : 1.0);
        // Supports: a solid line with an arrow into the parent. Attacks: dashed, ending in a bar.
        QPen pen(attack ? attacks : supports, 1.8 * m_style.lineWidth, attack ? Qt::DashLine : Qt::SolidLine,
                 Qt::FlatCap);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        QPainterPath curve(from);
        const QPointF middle = (from + to) / 2;
        curve.cubicTo(topDown ? QPointF(from.x(), middle.y()) : QPointF(middle.x(), from.y()),
                      topDown ? QPointF(to.x(), middle.y()) : QPointF(middle.x(), to.y()), to + along * 7);
        p->drawPath(curve);
        p->setPen(QPen(attack ? attacks : supports, 1.8 * m_style.lineWidth, Qt::SolidLine, Qt::RoundCap));
        const QPointF across = topDown ? QPointF(1, 0) : QPointF(0, 1);
        if (attack) {
            p->drawLine(to + along * 3 - across * 6, to + along * 3 + across * 6);
        } else {
            p->setBrush(supports);
            const QPointF head[] = {to, to + along * 8 - across * 5, to + along * 8 + across * 5};
            p->drawPolygon(head, 3);
        }
    }
    p->setOpacity(1);
    if (simple) {
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(QPen(supports, 0));
        p->drawLines(supportLines);
        p->setPen(QPen(attacks, 0, Qt::DashLine));
        p->drawLines(attackLines);
        p->setRenderHint(QPainter::Antialiasing, true);
    }
}

void ArgumentMapRenderer::paintBoxes(QPainter *p, const Level &l, const QRectF &visible,
                                     const QSet<int> &focus) const
{
    // Too far out to read: coloured boxes, one drawRects() call per stance, without antialiasing.
    std::array<QList<QRectF>, 3> byStance; // against, claim, for
    for (const Card &card : l.cards) {
        if (card.rect.intersects(visible) && isPainted(card.argument))
            byStance[size_t(int(stanceOf(m_corpus->arguments[card.argument])) + 1)].append(card.rect);
    }
    p->setRenderHint(QPainter::Antialiasing, false);
    for (size_t stance = 0; stance < byStance.size(); ++stance) {
        const QColor color = StanceStyle::color(Stance(int(stance) - 1), m_style);
        p->setPen(QPen(color, 0));
        p->setBrush(ViewStyle::blend(color, 0.35, m_style.background));
        p->drawRects(byStance[stance]);
    }
    p->setRenderHint(QPainter::Antialiasing, true);
    for (const Card &card : l.cards) { // highlights stay visible even as boxes
        if (!isPainted(card.argument))
            continue;
        const QString &id = m_corpus->arguments[card.argument].id;
        const bool selected = m_state.selected.contains(id);
        if ((selected || m_state.linked.contains(id) || m_state.matches.contains(id)) &&
            card.rect.intersects(visible)) {
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(selected                      ? m_style.selection
                           : m_state.linked.contains(id) ? m_style.linked
                                                         : m_style.match,
                           4 / m_state.scale));
            p->drawRect(card.rect.adjusted(-4, -4, 4, 4));
        }
        if (card.rect.intersects(visible) && cardOpacity(card.argument, focus) < 1)
            p->fillRect(card.rect,
                        ViewStyle::withAlpha(m_style.background, 1 - cardOpacity(card.argument, focus)));
    }
}

void ArgumentMapRenderer::paint(QPainter *p, const QRectF &target)
{
    p->save();
    p->setClipRect(target);
    p->fillRect(target, m_style.background);
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    if (!m_corpus || m_arguments.isEmpty()) {
        p->setPen(m_style.mutedText);
        p->setFont(m_style.font);
        p->drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
                    m_corpus && !m_corpus->arguments.isEmpty() ? tr("No arguments match the current filters.")
                                                               : tr("This corpus has no arguments."));
        p->restore();
        return;
    }
    const Detail detail = detailAt(m_state.scale);
    const Level &l = level(detail);
    const QTransform t = transform(target);
    const QRectF visible = t.inverted().mapRect(target).adjusted(-20, -20, 20, 20);
    const QSet<int> focus = focusSet();
    m_paintOnly.clear();
    if (m_state.wholeCardsOnly) {
        for (const auto &[argument, rect] : paintedCards(target))
            m_paintOnly.insert(argument);
        if (m_paintOnly.isEmpty())
            m_paintOnly.insert(-1); // nothing fits whole: paint nothing rather than everything
    }
    p->setTransform(t, true);
    paintEdges(p, l, visible, detail, focus);
    if (detail == Detail::Boxes) {
        paintBoxes(p, l, visible, focus);
    } else {
        for (const Card &card : l.cards) {
            if (card.rect.intersects(visible) && isPainted(card.argument))
                paintCard(p, card, detail, cardOpacity(card.argument, focus));
        }
    }
    m_paintOnly.clear();
    p->restore();
}

double ArgumentMapRenderer::titlePixelSize(double scale) const
{
    const QFont &font = titleFont(detailAt(scale));
    const double pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
    return pixels * scale;
}

QList<std::pair<int, QRectF>> ArgumentMapRenderer::paintedCards(const QRectF &target) const
{
    QList<std::pair<int, QRectF>> painted;
    if (!m_corpus || m_arguments.isEmpty())
        return painted;
    const QTransform t = transform(target);
    const QRectF inside = target.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const Card &card : level(detailAt(m_state.scale)).cards) {
        const QRectF rect = t.mapRect(card.rect);
        if (!isPainted(card.argument))
            continue;
        if (m_state.wholeCardsOnly ? inside.contains(rect) : rect.intersects(target))
            painted.append({card.argument, rect});
    }
    return painted;
}

} // namespace argline
