// ArgumentMapRenderer, continued: where things are — the laid-out cards, the transform from layout to
// target coordinates, fitting cards into a target, and hit testing. (Split from argumentmaprenderer.cpp,
// which lays out and paints, to keep each file readable.)
#include "render/argmap/argumentmaprenderer.h"

#include <QLineF>

#include <cmath>

namespace argline {

const QList<ArgumentMapRenderer::Card> &ArgumentMapRenderer::cards(Detail detail) const
{
    return level(detail).cards;
}

QRectF ArgumentMapRenderer::bounds(Detail detail) const
{
    return level(detail).bounds;
}

int ArgumentMapRenderer::cardIndexOf(int argument, Detail detail) const
{
    const Level &l = level(detail);
    return argument >= 0 && argument < l.cardOf.size() ? l.cardOf[argument] : -1;
}

QTransform ArgumentMapRenderer::transform(const QRectF &target) const
{
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(m_state.scale, m_state.scale);
    t.translate(-m_state.center.x(), -m_state.center.y());
    return t;
}

std::pair<double, QPointF> ArgumentMapRenderer::fit(const QRectF &target) const
{
    // Fitting changes the scale and so perhaps the detail level: settle on a level whose bounds fit.
    const QRectF area = target.adjusted(16, 16, -16, -16);
    double scale = 1;
    QRectF b;
    for (Detail detail : {Detail::Text, Detail::Titles}) {
        b = bounds(detail);
        if (b.isEmpty())
            return {1, QPointF()};
        scale = std::min({area.width() / b.width(), area.height() / b.height(), 1.25});
        if (detailAt(scale) == detail)
            break;
        // Titles fit larger than the text level begins, but the text level's bigger cards did not fit:
        // stay just below it.
        if (detail == Detail::Titles) {
            scale = std::min(scale, std::nextafter(detailThresholds[1], 0.0));
            break;
        }
    }
    return {scale, b.center()};
}

QRectF ArgumentMapRenderer::cardsBounds(const QList<int> &arguments, Detail detail) const
{
    QRectF bounds;
    for (int argument : arguments) {
        const int card = cardIndexOf(argument, detail);
        if (card >= 0)
            bounds = bounds.isNull() ? cards(detail)[card].rect : bounds.united(cards(detail)[card].rect);
    }
    return bounds;
}

std::pair<double, QPointF> ArgumentMapRenderer::fitTo(const QRectF &target, const QList<int> &arguments,
                                                      double maximumScale, double margin) const
{
    // Each detail level has its own card sizes and layout, so the cards must fit at a scale within the
    // level whose layout was measured: try the closest level first, then coarser ones.
    if (cardsBounds(arguments, detailAt(maximumScale)).isNull())
        return fit(target);
    for (int level = int(detailAt(maximumScale)); level >= 0; --level) {
        const auto detail = Detail(level);
        const QRectF wanted = cardsBounds(arguments, detail);
        const double fits = std::min((target.width() - 2 * margin) / wanted.width(),
                                     (target.height() - 2 * margin) / wanted.height());
        const double ceiling = level < int(Detail::Quotes) ? detailThresholds[level] * 0.999 : maximumScale;
        const double scale = std::min({maximumScale, fits, ceiling});
        if (detailAt(scale) == detail || level == 0)
            return {std::max(scale, 0.01), wanted.center()};
    }
    return fit(target);
}

QRectF ArgumentMapRenderer::cardRect(const QRectF &target, int argument) const
{
    const Detail detail = detailAt(m_state.scale);
    const int card = cardIndexOf(argument, detail);
    if (card < 0)
        return {};
    return transform(target).mapRect(level(detail).cards[card].rect);
}

int ArgumentMapRenderer::argumentAt(const QRectF &target, QPointF point) const
{
    const Detail detail = detailAt(m_state.scale);
    const QPointF p = transform(target).inverted().map(point);
    const QList<Card> &list = level(detail).cards;
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (list[i].rect.contains(p))
            return list[i].argument;
    }
    return -1;
}

int ArgumentMapRenderer::toggleAt(const QRectF &target, QPointF point) const
{
    const Detail detail = detailAt(m_state.scale);
    const QPointF p = transform(target).inverted().map(point);
    const double reach = std::max(toggleRadius + 1, 9 / m_state.scale); // stay clickable when zoomed out
    for (const Card &card : level(detail).cards) {
        if (card.hasChildren && QLineF(card.togglePosition(), p).length() <= reach)
            return card.argument;
    }
    return -1;
}

} // namespace argline
