// ArgumentMapRenderer, continued: the Columns layout. A debate with a dozen reasons on each side is a
// tall ribbon as a tree; flowed into columns under its claim it takes the shape of the screen or page,
// so the text stays readable at Fit. (Split from argumentmaprenderer.cpp to keep each file readable.)
#include "models/layout/columnflow.h"
#include "render/argmap/argumentmaprenderer.h"

#include <QFontMetricsF>

namespace argline {

namespace {

// Layout gaps, in multiples of the body font's average character width.
constexpr double indentEm = 4;
constexpr double itemGapEm = 1.2;
constexpr double blockGapEm = 2.5;
constexpr double columnGapEm = 5;
constexpr double halfGapEm = 7; // between the columns for and the columns against
constexpr double busGapEm = 6;  // between a claim and its columns
constexpr int maxColumnsPerSide = 8;

} // namespace

void ArgumentMapRenderer::layoutColumns(const QList<int> &roots, Detail detail, QHash<int, QRectF> *rects,
                                        QHash<int, Growth> *growth) const
{
    const double em = QFontMetricsF(m_bodyFont).averageCharWidth();
    ColumnFlow::Input base;
    base.indent = em * indentEm;
    base.itemGap = em * itemGapEm;
    base.blockGap = em * blockGapEm;
    base.columnGap = em * columnGapEm;
    const double halfGap = em * halfGapEm;
    const double busGap = em * busGapEm;
    const double width = cardWidth(detail);
    const auto collapsedAway = [&](int argument) {
        return m_state.compact && m_state.collapsed.contains(m_corpus->arguments[argument].id);
    };

    double top = 0;
    for (int root : roots) {
        // One block per reason: the reason, then its objections and rebuttals in outline order.
        std::array<QList<QList<ColumnFlow::Item>>, 2> blocks; // for, against
        std::array<QList<QList<int>>, 2> members;
        const QList<int> reasons = collapsedAway(root) ? QList<int>() : orderedChildren(root);
        for (int reason : reasons) {
            const size_t side = m_corpus->arguments[reason].role == ArgumentRole::Pro ? 0 : 1;
            QList<ColumnFlow::Item> items;
            QList<int> ids;
            QList<std::pair<int, int>> stack{{reason, 0}};
            while (!stack.isEmpty()) {
                const auto [argument, depth] = stack.takeLast();
                items.append({QSizeF(width, cardHeight(argument, detail)), depth});
                ids.append(argument);
                const QList<int> children =
                    collapsedAway(argument) ? QList<int>() : orderedChildren(argument);
                for (qsizetype i = children.size() - 1; i >= 0; --i)
                    stack.append({children[i], depth + 1});
            }
            blocks[side].append(items);
            members[side].append(ids);
        }

        // Every column count for each side, then the pair whose whole fits the view's shape best.
        std::array<QList<ColumnFlow::Result>, 2> flows;
        for (size_t side = 0; side < 2; ++side) {
            const int most = std::clamp(int(blocks[side].size()), 1, maxColumnsPerSide);
            for (int columns = 1; columns <= most; ++columns) {
                ColumnFlow::Input in = base;
                in.blocks = blocks[side];
                in.columns = columns;
                flows[side].append(ColumnFlow::layout(in));
            }
        }
        const QSizeF claim(width, cardHeight(root, detail));
        const double aspect = std::clamp(m_state.aspect, 0.25, 6.0);
        const auto sizeOf = [&](const QRectF &pro, const QRectF &con) {
            const double both = pro.width() + con.width() + (pro.isEmpty() || con.isEmpty() ? 0 : halfGap);
            const double below = std::max(pro.height(), con.height());
            return QSizeF(std::max(claim.width(), both), claim.height() + (below > 0 ? busGap + below : 0));
        };
        qsizetype bestPro = 0;
        qsizetype bestCon = 0;
        double bestScale = -1;
        for (qsizetype p = 0; p < flows[0].size(); ++p) {
            for (qsizetype c = 0; c < flows[1].size(); ++c) {
                const QSizeF size = sizeOf(flows[0][p].bounds, flows[1][c].bounds);
                const double scale = std::min(aspect / size.width(), 1 / size.height());
                if (scale > bestScale * 1.0001) { // ties go to fewer columns
                    bestScale = scale;
                    bestPro = p;
                    bestCon = c;
                }
            }
        }
        const ColumnFlow::Result &pro = flows[0][bestPro];
        const ColumnFlow::Result &con = flows[1][bestCon];

        const QRectF claimRect(-claim.width() / 2, top, claim.width(), claim.height());
        rects->insert(root, claimRect);
        growth->insert(root, Growth::Down);
        const double columnsTop = claimRect.bottom() + busGap;
        // For on the left and against on the right of the claim's centre; one side alone is centred.
        const bool both = !pro.bounds.isEmpty() && !con.bounds.isEmpty();
        const double proLeft = both ? -halfGap / 2 - pro.bounds.width() : -pro.bounds.width() / 2;
        const double conLeft = both ? halfGap / 2 : -con.bounds.width() / 2;
        const std::array<std::pair<const ColumnFlow::Result *, double>, 2> placed{std::pair{&pro, proLeft},
                                                                                  std::pair{&con, conLeft}};
        for (size_t side = 0; side < 2; ++side) {
            const auto [flow, left] = placed[side];
            for (qsizetype block = 0; block < members[side].size(); ++block) {
                for (qsizetype item = 0; item < members[side][block].size(); ++item) {
                    const int argument = members[side][block][item];
                    rects->insert(argument, flow->rects[block][item].translated(left, columnsTop));
                    growth->insert(argument, Growth::Indented);
                }
            }
        }
        top = columnsTop + std::max(pro.bounds.height(), con.bounds.height()) + busGap * 1.5;
    }
}

QPolygonF ArgumentMapRenderer::columnEdge(const Card &parent, const Card &child) const
{
    const QRectF &from = parent.rect;
    const QRectF &to = child.rect;
    const double arrival = to.top() + std::min(to.height() / 2, 28.0); // beside the child's title
    if (parent.growth == Growth::Down) {
        // From the claim: down to a bus between the claim and the columns, along it to the child's
        // column, then down the column's spine. For and against leave the claim a little apart, so
        // their lines never run on top of each other.
        const bool pro = to.center().x() < from.center().x();
        const double x = from.center().x() + (pro ? -1 : 1) * (toggleRadius + 6);
        const double bus = from.bottom() + QFontMetricsF(m_bodyFont).averageCharWidth() * busGapEm / 2;
        const double spine = to.left() - spineInset;
        return QPolygonF({QPointF(x, from.bottom()), QPointF(x, bus), QPointF(spine, bus),
                          QPointF(spine, arrival), QPointF(to.left(), arrival)});
    }
    // From a card in a column: down its spine, below its toggle, to the indented child.
    const double spine = from.left() + spineInset;
    return QPolygonF(
        {QPointF(spine, from.bottom() + toggleRadius), QPointF(spine, arrival), QPointF(to.left(), arrival)});
}

} // namespace argline
