// TimelineRenderer, continued: what is drawn inside the lanes — density strips, date spans, markers,
// cluster badges and labels. (Split from timelinerenderer.cpp, which sets up, lays out and paints the
// frame around them: eras, axis, lane headers and the "as of" cursor.)
#include "render/timeline/timelinerenderer.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>

#include <cmath>

namespace argline {

namespace {

bool isFuzzy(const FuzzyDate &date)
{
    return date.precision() != DatePrecision::Day || date.qualifier() != DateQualifier::None ||
           (date.isRange() && date.end().precision != DatePrecision::Day);
}

} // namespace

void TimelineRenderer::paintLaneContent(QPainter *p) const
{
    const TimelineMetrics &m = m_metrics;
    QList<QColor> colors(m_index.lanes().size());
    for (int i = 0; i < colors.size(); ++i)
        colors[i] = laneColor(i);

    // Density strips: one bar per bucket, height by the logarithm of its count.
    if (!m_layout.density.isEmpty()) {
        int most = 1;
        for (const TimelineDensity &bucket : m_layout.density)
            most = std::max(most, bucket.count);
        // Thousands of buckets: one drawRects() call per lane, opaque and without antialiasing.
        const double scale = 1.0 / std::log1p(double(most));
        const double full = m.rowHeight - 2;
        p->save();
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(Qt::NoPen);
        QList<QRectF> rects;
        for (qsizetype i = 0; i < m_layout.density.size();) {
            const int lane = m_layout.density[i].lane;
            const TimelineLaneBox &box = m_layout.lanes[lane];
            const double bottom = box.rect.top() + m.lanePadding + m.rowHeight - 1;
            rects.clear();
            // Bars land on whole pixels (they are drawn without antialiasing anyway), so neighbours of the
            // same height merge into one rectangle: a few hundred 2-pixel bars per lane cost a fill each.
            for (; i < m_layout.density.size() && m_layout.density[i].lane == lane; ++i) {
                const TimelineDensity &bucket = m_layout.density[i];
                const double height =
                    std::max(2.0, std::round(full * std::log1p(double(bucket.count)) * scale));
                if (!rects.isEmpty() && rects.last().height() == height && rects.last().right() == bucket.x0)
                    rects.last().setRight(bucket.x1);
                else
                    rects.append(QRectF(bucket.x0, bottom - height, bucket.x1 - bucket.x0, height));
            }
            p->setBrush(ViewStyle::blend(colors[lane], 0.75,
                                         lane % 2 ? m_style.alternateBackground : m_style.background));
            p->drawRects(rects.constData(), int(rects.size()));
        }
        p->restore();
    }

    // Leader lines first, so markers and labels draw over them; they are axis-aligned, so no antialiasing.
    p->setRenderHint(QPainter::Antialiasing, false);
    for (const TimelineLabel &label : m_layout.labels) {
        if (label.row == 0)
            continue;
        const QColor color = ViewStyle::withAlpha(colors[label.lane], 0.7);
        p->setPen(QPen(color, 1));
        const double y = label.rect.top() + m.rowHeight / 2; // to the first line of a wrapped label
        const double x = label.rect.left() >= label.markerX ? label.rect.left() - 1 : label.rect.right() + 1;
        const QPointF points[] = {
            {label.markerX, label.markerY + m.markerRadius}, {label.markerX, y}, {x, y}};
        p->drawPolyline(points, 3);
    }
    p->setRenderHint(QPainter::Antialiasing, true);

    // On raster devices markers are stamped from cached sprites; vector output (SVG, PDF) gets shapes.
    const bool sprites = p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Raster;
    for (const TimelineMarker &marker : m_layout.markers) {
        if (marker.cluster >= 0 && m_layout.clusters[marker.cluster].events.size() > 1)
            continue; // drawn as part of its cluster's badge
        if (!marker.echo)
            paintMarker(p, marker, colors[marker.lane], sprites);
    }

    const QFontMetricsF &small = m_smallMetrics;
    p->setFont(m_style.smallFont);
    for (const TimelineCluster &cluster : m_layout.clusters) {
        if (cluster.events.size() < 2)
            continue;
        const QString count = QString::number(cluster.events.size());
        const double width = std::max(cluster.rect.width(), small.horizontalAdvance(count) + 8);
        const QRectF badge(cluster.rect.center().x() - width / 2, cluster.rect.top(), width,
                           cluster.rect.height());
        const QColor fill = colors[cluster.lane];
        p->setPen(QPen(m_style.background, 1));
        p->setBrush(fill);
        p->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        p->setPen(m_style.textOn(fill));
        p->drawText(badge, Qt::AlignCenter, count);
    }

    for (const TimelineMarker &marker : m_layout.markers) {
        if (marker.echo)
            paintEcho(p, marker, colors[marker.lane]);
    }

    for (const TimelineLabel &label : m_layout.labels)
        paintLabel(p, label, colors[label.lane]);
}

void TimelineRenderer::paintEcho(QPainter *p, const TimelineMarker &marker, const QColor &laneColor) const
{
    // The event is labelled in another of its lanes: here a small mark in this lane's colour says "this
    // actor too", without a second label. Selected or linked, it is ringed like its full marker.
    const Event &event = m_corpus->events[marker.event];
    const double r = std::max(2.5, m_metrics.markerRadius * 0.55);
    const double dim = isDimmed(event) ? 0.35 : 1.0;
    const bool selected = m_state.selected.contains(event.id);
    const bool linked = !selected && m_state.linked.contains(event.id);
    if (m_state.matches.contains(event.id)) {
        p->setPen(Qt::NoPen);
        p->setBrush(ViewStyle::withAlpha(m_style.match, 0.75));
        p->drawEllipse(QPointF(marker.x, marker.y), r + 4, r + 4);
    }
    p->setPen(QPen(ViewStyle::withAlpha(m_style.background, dim), 1));
    p->setBrush(ViewStyle::withAlpha(laneColor, dim));
    p->drawEllipse(QPointF(marker.x, marker.y), r, r);
    if (selected || linked) {
        p->setBrush(Qt::NoBrush);
        p->setPen(
            QPen(selected ? m_style.selection : m_style.linked, 2, linked ? Qt::DotLine : Qt::SolidLine));
        p->drawEllipse(QPointF(marker.x, marker.y), r + 3, r + 3);
    }
}

void TimelineRenderer::paintSpan(QPainter *p, const TimelineMarker &marker, const QColor &laneColor,
                                 double dim, bool fuzzy, bool planned) const
{
    // The date's span: a soft band for a vague date (its ends fade), a firm bar for an exact range.
    const double r = m_metrics.markerRadius;
    const double x0 = std::max(marker.spanX0, m_layoutTarget.left() - 2);
    const double x1 = std::min(marker.spanX1, m_layoutTarget.right() + 2);
    if (marker.spanX1 - marker.spanX0 <= 2 * r + 2 || x1 <= x0)
        return;
    const QRectF band(x0, marker.y - r * 0.6, x1 - x0, r * 1.2);
    if (!fuzzy) {
        p->setPen(QPen(ViewStyle::withAlpha(laneColor, dim), 1, planned ? Qt::DashLine : Qt::SolidLine));
        p->setBrush(ViewStyle::withAlpha(laneColor, 0.3 * dim));
        p->drawRect(band);
        return;
    }
    // A flat fill in the middle and short gradients at whichever ends are in view: a full-width
    // gradient per vague date would cost a blend per pixel.
    const double cap = std::min(14.0, (marker.spanX1 - marker.spanX0) / 3);
    p->setPen(Qt::NoPen);
    const QColor solid = ViewStyle::withAlpha(laneColor, 0.28 * dim);
    const QColor faint;
    const double inner0 = std::max(x0, marker.spanX0 + cap);
    const double inner1 = std::min(x1, marker.spanX1 - cap);
    if (inner1 > inner0)
        p->fillRect(QRectF(inner0, band.top(), inner1 - inner0, band.height()), solid);
    Q_UNUSED(faint)
    constexpr int steps = 4; // a stepped fade reads as a gradient at this size and costs four fills
    for (const bool start : {true, false}) {
        const double a = start ? marker.spanX0 : marker.spanX1 - cap;
        if (a + cap < x0 || a > x1)
            continue;
        for (int i = 0; i < steps; ++i) {
            const double alpha = 0.28 * dim * (i + 0.5) / steps;
            const double step = cap / steps;
            const double left = start ? a + i * step : a + cap - (i + 1) * step;
            p->fillRect(QRectF(left, band.top(), step, band.height()),
                        ViewStyle::withAlpha(laneColor, alpha));
        }
    }
    if (planned) {
        p->setPen(QPen(ViewStyle::withAlpha(laneColor, 0.8 * dim), 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(band);
    }
}

void TimelineRenderer::paintMarker(QPainter *p, const TimelineMarker &marker, const QColor &laneColor,
                                   bool sprites) const
{
    const Event &event = m_corpus->events[marker.event];
    const double r = m_metrics.markerRadius;
    const bool planned = event.status == EventStatus::Planned;
    const bool fuzzy = isFuzzy(event.date.date);
    const double dim = isDimmed(event) ? 0.35 : 1.0;
    const QColor color = ViewStyle::withAlpha(laneColor, dim);
    const Qt::PenStyle lineStyle = planned ? Qt::DashLine : Qt::SolidLine;
    paintSpan(p, marker, laneColor, dim, fuzzy, planned);

    const QString &id = event.id;
    const bool selected = m_state.selected.contains(id);
    const bool linked = !selected && m_state.linked.contains(id);
    if (m_state.matches.contains(id)) { // search match: a halo behind the marker
        p->setPen(Qt::NoPen);
        p->setBrush(ViewStyle::withAlpha(m_style.match, 0.75));
        p->drawEllipse(QPointF(marker.x, marker.y), r + 5, r + 5);
    }
    // Exact day: a filled dot. Vague date: a ring. Planned: dashed.
    const auto drawDot = [&](QPainter *painter, QPointF centre) {
        painter->setPen(
            QPen(fuzzy ? color : ViewStyle::withAlpha(laneColor.darker(140), dim), fuzzy ? 2 : 1, lineStyle));
        painter->setBrush(fuzzy ? m_style.background : color);
        painter->drawEllipse(centre, r, r);
    };
    if (sprites) {
        const qreal dpr = p->device()->devicePixelRatioF();
        const QString key = QStringLiteral("argline-marker-%1-%2-%3-%4-%5-%6")
                                .arg(color.rgba(), 0, 16)
                                .arg(m_style.background.rgba(), 0, 16)
                                .arg(int(fuzzy) * 2 + int(planned))
                                .arg(r)
                                .arg(dpr);
        QPixmap sprite;
        const double size = std::ceil(2 * r + 4);
        if (!QPixmapCache::find(key, &sprite)) {
            sprite = QPixmap(QSize(int(size * dpr), int(size * dpr)));
            sprite.setDevicePixelRatio(dpr);
            sprite.fill(Qt::transparent);
            QPainter painter(&sprite);
            painter.setRenderHint(QPainter::Antialiasing);
            drawDot(&painter, QPointF(size / 2, size / 2));
            painter.end();
            QPixmapCache::insert(key, sprite);
        }
        p->drawPixmap(QPointF(marker.x - size / 2, marker.y - size / 2), sprite);
    } else {
        drawDot(p, QPointF(marker.x, marker.y));
    }
    if (selected || linked) {
        p->setBrush(Qt::NoBrush);
        p->setPen(
            QPen(selected ? m_style.selection : m_style.linked, 2.5, linked ? Qt::DotLine : Qt::SolidLine));
        p->drawEllipse(QPointF(marker.x, marker.y), r + 3.5, r + 3.5);
    }
    if (id == m_state.focused && !marker.labelled && !marker.echo && marker.lane == focusRingLane()) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(m_style.focus, 1.5, Qt::DotLine));
        p->drawRect(QRectF(marker.x - r - 6, marker.y - r - 6, 2 * r + 12, 2 * r + 12));
    }
}

void TimelineRenderer::paintLabel(QPainter *p, const TimelineLabel &label, const QColor &laneColor) const
{
    const Event &event = m_corpus->events[label.event];
    const bool selected = m_state.selected.contains(event.id);
    const bool linked = !selected && m_state.linked.contains(event.id);
    const bool match = m_state.matches.contains(event.id);
    const QRectF box = label.rect.adjusted(-2, 1, 2, -1);
    // A soft pad keeps the text legible over grid lines and other events' spans.
    p->fillRect(box, ViewStyle::withAlpha(m_style.background, 0.78));
    if (selected || linked || match) {
        p->setPen(Qt::NoPen);
        p->setBrush(m_style.labelBackground(selected ? ViewStyle::Highlight::Selected
                                            : linked ? ViewStyle::Highlight::Linked
                                                     : ViewStyle::Highlight::Match));
        p->drawRoundedRect(box, 3, 3);
    }
    if (selected) { // a left bar: selection is visible without colour too
        p->fillRect(QRectF(box.left(), box.top(), 2.5, box.height()), m_style.selection);
    }
    p->setFont(m_style.font);
    QColor textColor = m_style.text;
    if (isDimmed(event))
        textColor.setAlphaF(0.45f);
    p->setPen(textColor);
    m_labelText.paint(p, label.rect, m_metrics.rowHeight, label.event, event.title, label.lines);
    if (match) // matches also get an underline, for greyscale print
        p->fillRect(QRectF(label.rect.left(), box.bottom() - 2, label.rect.width(), 2), m_style.match);
    if (event.id == m_state.focused && label.lane == focusRingLane()) { // once, and only with focus
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(m_style.focus, 1.5, Qt::DotLine));
        p->drawRect(box.adjusted(-2, -1, 2, 1));
    }
    Q_UNUSED(laneColor)
}

} // namespace argline
