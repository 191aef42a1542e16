#include "widgets/argmap/argumentmapwidget.h"

#include "models/explore/corpusdocument.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QVariantAnimation>

#include <cmath>

using namespace Qt::StringLiterals;

namespace argline {

ArgumentMapWidget::ArgumentMapWidget(CorpusDocument *document, QWidget *parent)
    : InteractiveView(document, parent)
{
    setAccessibleName(tr("Argument map"));
    setAccessibleDescription(tr("The pro and con arguments as a tree. Arrows move between parent, child and "
                                "sibling; Space collapses or expands; Enter opens details."));

    connect(animation(), &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        // (scale, centre x, centre y), interpolated with the scale on a log curve.
        const QRectF v = value.toRectF();
        updateState([&](ArgumentMapState &s) {
            s.scale = std::exp(v.x());
            s.center = QPointF(v.y(), v.width());
        });
    });

    setTheme(Theme::Light);
    refreshData(true);
}

ArgumentMapWidget::~ArgumentMapWidget() = default;

void ArgumentMapWidget::updateState(const std::function<void(ArgumentMapState &)> &change)
{
    ArgumentMapState next = m_renderer.state();
    change(next);
    if (next == m_renderer.state())
        return;
    m_renderer.setState(next);
    update();
}

void ArgumentMapWidget::refreshData(bool newCorpus)
{
    if (newCorpus) {
        m_fitPending = true;
        updateState([](ArgumentMapState &s) {
            s.collapsed.clear();
            s.focused.clear();
        });
    }
    // The result holds the matching arguments and their ancestors; the ancestors are drawn as context.
    const FilterResult &result = document()->result();
    QSet<QString> context;
    for (int argument : result.arguments) {
        if (!result.argumentMatches(argument))
            context.insert(document()->corpus().arguments[argument].id);
    }
    updateState([&](ArgumentMapState &s) { s.context = context; });
    const bool sameCards = result.arguments == m_shownArguments;
    m_shownArguments = result.arguments;
    m_renderer.setData(document()->corpusPointer(), result.arguments);
    if (m_fitPending && isVisible() && width() > 0) {
        // Framed a frame later (16 ms), once the event loop has turned and the window has shown the rest
        // of the new corpus: laying out 20,000 cards is the largest piece of adopting a corpus (35 ms of
        // 80), and with a zero timer it ran in the same stretch as the rest. A view restored meanwhile (a
        // reload keeps where the map looked) clears the pending fit.
        QTimer::singleShot(16, this, &ArgumentMapWidget::framePending);
    } else if (!newCorpus && !sameCards && isVisible() && width() > 0) {
        reframe();
    }
    update();
}

void ArgumentMapWidget::framePending()
{
    if (!m_fitPending || !isVisible() || width() <= 0)
        return;
    m_fitPending = false;
    frameForReading();
    update();
}

void ArgumentMapWidget::reframe()
{
    // Another filter shows other cards. Frame them when some fell out of view, or when so few are left
    // that they could be shown much larger; otherwise stay put (a small change, such as the "as of"
    // cursor letting in one more argument, should not make the map jump).
    const ArgumentMapRenderer::Detail detail = m_renderer.detailAt(state().scale);
    const QRectF shown = m_renderer.transform(area()).mapRect(m_renderer.bounds(detail));
    if (shown.isEmpty())
        return;
    const bool outOfView = !area().contains(shown);
    const bool couldBeMuchLarger = m_renderer.fit(area()).first > state().scale * 1.5;
    if (outOfView || couldBeMuchLarger)
        fitAll();
}

void ArgumentMapWidget::followSelection(const QSet<QString> &selected, const QSet<QString> &linked)
{
    updateState([&](ArgumentMapState &s) {
        s.selected = selected;
        s.linked = linked;
    });
}

void ArgumentMapWidget::animateTo(double scale, QPointF center, int animationMs)
{
    scale = std::clamp(scale, minimumScale, maximumScale);
    animation()->stop();
    if (animationMs <= 0 || !isVisible()) {
        updateState([&](ArgumentMapState &s) {
            s.scale = scale;
            s.center = center;
        });
        return;
    }
    animation()->setDuration(animationMs);
    animation()->setStartValue(QRectF(std::log(state().scale), state().center.x(), state().center.y(), 0));
    animation()->setEndValue(QRectF(std::log(scale), center.x(), center.y(), 0));
    animation()->start();
}

void ArgumentMapWidget::frameForReading()
{
    // The first view of a map: all of it when its titles can be read so; else (a laptop pane cannot show
    // forty cards readably at once) at reading size from the top, centred on the first claim.
    auto [scale, center] = m_renderer.fit(area());
    // The smallest zoom at which titles read at that size: at the titles level (large titles alone) if
    // that level holds there, else with the full text.
    double readable =
        readableTitlePx / std::max(1e-9, m_renderer.titlePixelSize(ArgumentMapRenderer::detailThresholds[0]) /
                                             ArgumentMapRenderer::detailThresholds[0]);
    if (m_renderer.detailAt(readable) != ArgumentMapRenderer::Detail::Titles)
        readable = readableTitlePx / std::max(1e-9, m_renderer.titlePixelSize(1));
    if (scale < readable && !m_renderer.arguments().isEmpty()) {
        scale = std::min(readable, maximumScale);
        const ArgumentMapRenderer::Detail detail = m_renderer.detailAt(scale);
        const QRectF bounds = m_renderer.bounds(detail);
        const QList<ArgumentMapRenderer::Card> &cards = m_renderer.cards(detail);
        const double x = cards.isEmpty() ? bounds.center().x() : cards.first().rect.center().x();
        const double margin = 12 / scale;
        center = QPointF(x, bounds.top() - margin + area().height() / scale / 2);
    }
    animateTo(scale, center, 0);
}

void ArgumentMapWidget::fitAll(int animationMs)
{
    const auto [scale, center] = m_renderer.fit(area());
    animateTo(scale, center, animationMs);
}

int ArgumentMapWidget::nearestArgument(QPointF layoutPoint, ArgumentMapRenderer::Detail detail) const
{
    int nearest = -1;
    double best = 0;
    for (const ArgumentMapRenderer::Card &card : m_renderer.cards(detail)) {
        const QPointF d = card.rect.center() - layoutPoint;
        const double distance = std::hypot(d.x(), d.y());
        if (nearest < 0 || distance < best) {
            nearest = card.argument;
            best = distance;
        }
    }
    return nearest;
}

// The column layout takes the view's shape. Shapes are rounded to steps of about a tenth, so a
// window being dragged larger reflows the map a few times rather than at every pixel; the card at
// the middle of the view stays there.
void ArgumentMapWidget::followShape(QSize oldSize)
{
    if (height() <= 0 || width() <= 0)
        return;
    constexpr double step = 1.12;
    const double aspect = std::pow(step, std::round(std::log(double(width()) / height()) / std::log(step)));
    if (std::abs(aspect - state().aspect) < 1e-9)
        return;
    // Only the column layout follows the shape; and before the first fit there is no view to keep, so
    // nothing is laid out for the old shape (that would lay the map out twice at start-up).
    if (state().orientation != MapOrientation::Columns || m_fitPending) {
        updateState([&](ArgumentMapState &s) { s.aspect = aspect; });
        return;
    }
    const ArgumentMapRenderer::Detail detail = m_renderer.detailAt(state().scale);
    // A map fitted to the old size is fitted again; otherwise the card in the middle stays put.
    const bool fitted = !oldSize.isEmpty() && std::abs(m_renderer.fit(QRectF(QPoint(), oldSize)).first -
                                                       state().scale) < state().scale * 0.02;
    const int middle = nearestArgument(state().center, detail);
    const QPointF offset =
        middle >= 0
            ? state().center - m_renderer.cards(detail)[m_renderer.cardIndexOf(middle, detail)].rect.center()
            : QPointF();
    animation()->stop();
    updateState([&](ArgumentMapState &s) { s.aspect = aspect; });
    if (fitted || middle < 0) {
        const std::pair<double, QPointF> fit = m_renderer.fit(area());
        updateState([&](ArgumentMapState &s) {
            s.scale = fit.first;
            s.center = fit.second;
        });
        return;
    }
    if (const int card = m_renderer.cardIndexOf(middle, detail); card >= 0) {
        const QPointF center = m_renderer.cards(detail)[card].rect.center() + offset;
        updateState([&](ArgumentMapState &s) { s.center = center; });
    }
}

void ArgumentMapWidget::setScale(double scale, std::optional<QPointF> anchor)
{
    scale = std::clamp(scale, minimumScale, maximumScale);
    const QPointF at = anchor.value_or(area().center());
    const ArgumentMapRenderer::Detail before = m_renderer.detailAt(state().scale);
    const ArgumentMapRenderer::Detail after = m_renderer.detailAt(scale);
    const QPointF layoutPoint = m_renderer.transform(area()).inverted().map(at);
    QPointF keep = layoutPoint;
    if (before != after) {
        // Cards change size between detail levels: keep the card under the pointer where it is, at the
        // same relative spot, so the map does not jump.
        if (const int argument = nearestArgument(layoutPoint, before); argument >= 0) {
            const QRectF old = m_renderer.cards(before)[m_renderer.cardIndexOf(argument, before)].rect;
            const double fx = (layoutPoint.x() - old.left()) / old.width();
            const double fy = (layoutPoint.y() - old.top()) / old.height();
            const int card = m_renderer.cardIndexOf(argument, after);
            if (card >= 0) {
                const QRectF r = m_renderer.cards(after)[card].rect;
                keep = QPointF(r.left() + fx * r.width(), r.top() + fy * r.height());
            }
        }
    }
    const QPointF offset = (at - area().center()) / scale;
    animation()->stop();
    updateState([&](ArgumentMapState &s) {
        s.scale = scale;
        s.center = keep - offset;
    });
}

void ArgumentMapWidget::zoomBy(double factor, std::optional<QPointF> anchor)
{
    if (!anchor) {
        const QRectF focused = cardRect(focusedArgument());
        if (!focused.isEmpty() && area().intersects(focused))
            anchor = focused.center(); // keyboard zoom centres on the focused card
    }
    setScale(state().scale * factor, anchor);
}

void ArgumentMapWidget::panBy(QPointF delta)
{
    animation()->stop();
    updateState([&](ArgumentMapState &s) { s.center -= delta / s.scale; });
}

void ArgumentMapWidget::showArguments(const QStringList &ids, int animationMs)
{
    QList<int> arguments;
    for (const QString &id : ids) {
        if (const int argument = argumentIndex(id); argument >= 0)
            arguments.append(argument);
    }
    constexpr double margin = 30;
    const QRectF wanted = m_renderer.cardsBounds(arguments, m_renderer.detailAt(state().scale));
    if (wanted.isNull())
        return;
    const QRectF view =
        m_renderer.transform(area()).inverted().mapRect(area().adjusted(margin, margin, -margin, -margin));
    if (view.contains(wanted))
        return;
    const auto [scale, center] = m_renderer.fitTo(area(), arguments, state().scale, margin);
    animateTo(scale, center, animationMs);
}

void ArgumentMapWidget::expandTo(const QStringList &ids)
{
    const Corpus &corpus = document()->corpus();
    QSet<QString> collapsed = state().collapsed;
    for (const QString &id : ids) {
        const int argument = argumentIndex(id);
        if (argument < 0)
            continue;
        for (int a = corpus.arguments[argument].parent; a >= 0; a = corpus.arguments[a].parent)
            collapsed.remove(corpus.arguments[a].id);
    }
    if (collapsed == state().collapsed)
        return;
    updateState([&](ArgumentMapState &s) { s.collapsed = collapsed; });
    Q_EMIT viewOptionsChanged();
}

void ArgumentMapWidget::setView(double scale, QPointF center)
{
    m_fitPending = false;
    animateTo(scale, center, 0);
}

void ArgumentMapWidget::zoomToArgument(const QString &id, int animationMs)
{
    // Close enough to read the full text.
    const double scale = std::max(state().scale, ArgumentMapRenderer::detailThresholds[1] * 1.15);
    const ArgumentMapRenderer::Detail detail = m_renderer.detailAt(scale);
    const int card = m_renderer.cardIndexOf(argumentIndex(id), detail);
    if (card >= 0)
        animateTo(scale, m_renderer.cards(detail)[card].rect.center(), animationMs);
}

void ArgumentMapWidget::setOrientation(MapOrientation orientation)
{
    updateState([&](ArgumentMapState &s) { s.orientation = orientation; });
    fitAll();
    Q_EMIT viewOptionsChanged();
}

void ArgumentMapWidget::setGroupByStance(bool grouped)
{
    updateState([&](ArgumentMapState &s) { s.groupByStance = grouped; });
    Q_EMIT viewOptionsChanged();
}

void ArgumentMapWidget::setCompact(bool compact)
{
    updateState([&](ArgumentMapState &s) { s.compact = compact; });
    Q_EMIT viewOptionsChanged();
}

void ArgumentMapWidget::toggleCollapsed(const QString &id)
{
    updateState([&](ArgumentMapState &s) {
        if (!s.collapsed.remove(id))
            s.collapsed.insert(id);
    });
}

void ArgumentMapWidget::expandAll()
{
    updateState([](ArgumentMapState &s) { s.collapsed.clear(); });
}

void ArgumentMapWidget::collapseToReasons()
{
    QSet<QString> collapsed;
    for (const Argument &argument : document()->corpus().arguments) {
        if (argument.depth == 1 && !argument.children.isEmpty())
            collapsed.insert(argument.id);
    }
    updateState([&](ArgumentMapState &s) { s.collapsed = collapsed; });
}

void ArgumentMapWidget::setFocusMode(bool on)
{
    updateState([on](ArgumentMapState &s) { s.focusMode = on; });
    Q_EMIT viewOptionsChanged();
}

void ArgumentMapWidget::applyStyle(const ViewStyle &style)
{
    m_renderer.setStyle(style);
}

void ArgumentMapWidget::setMatches(const QSet<QString> &ids)
{
    updateState([&](ArgumentMapState &s) { s.matches = ids; });
}

void ArgumentMapWidget::setAsOfDay(std::optional<qint64> day)
{
    updateState([&](ArgumentMapState &s) { s.asOfDay = day; });
}

void ArgumentMapWidget::setFocusedArgument(const QString &id)
{
    if (id == state().focused)
        return;
    updateState([&](ArgumentMapState &s) { s.focused = id; });
    Q_EMIT focusedArgumentChanged(id);
    notifyItemFocus(this, id);
}

QRectF ArgumentMapWidget::cardRect(const QString &id) const
{
    return m_renderer.cardRect(area(), argumentIndex(id));
}

int ArgumentMapWidget::argumentIndex(const QString &id) const
{
    return id.isEmpty() ? -1 : document()->corpus().indexOf(ItemKind::Argument, id);
}

QString ArgumentMapWidget::argumentId(int index) const
{
    return index >= 0 ? document()->corpus().arguments[index].id : QString();
}

QStringList ArgumentMapWidget::accessibleItems() const
{
    QStringList ids;
    for (const ArgumentMapRenderer::Card &card : m_renderer.cards(m_renderer.detailAt(state().scale)))
        ids.append(argumentId(card.argument));
    return ids;
}

QString ArgumentMapWidget::accessibleItemName(const QString &id) const
{
    return m_renderer.accessibleName(argumentIndex(id));
}

QString ArgumentMapWidget::accessibleItemDescription(const QString &id) const
{
    return m_renderer.sourceBadge(argumentIndex(id));
}

void ArgumentMapWidget::paintView(QPainter *painter)
{
    if (m_fitPending && isVisible()) { // framed in a moment: no layout at a scale about to change
        painter->fillRect(area(), m_renderer.style().background);
        return;
    }
    m_renderer.paint(painter, area());
}

void ArgumentMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    followShape(event->oldSize());
    if (m_fitPending && width() > 0) {
        m_fitPending = false;
        frameForReading();
    }
}

void ArgumentMapWidget::wheelEvent(QWheelEvent *event)
{
    const bool touchpad = !event->pixelDelta().isNull() && event->phase() != Qt::NoScrollPhase;
    if (touchpad || event->modifiers() & Qt::ShiftModifier) { // a two-finger swipe (or Shift) pans
        const QPoint delta = !event->pixelDelta().isNull() ? event->pixelDelta() : event->angleDelta() / 2;
        panBy(event->modifiers() & Qt::ShiftModifier && delta.x() == 0 ? QPointF(delta.y(), 0)
                                                                       : QPointF(delta));
    } else if (event->angleDelta().y() != 0) {
        zoomBy(std::pow(1.2, event->angleDelta().y() / 120.0), event->position());
    }
    event->accept();
}

bool ArgumentMapWidget::pressControl(QPointF pos)
{
    const int toggle = m_renderer.toggleAt(area(), pos);
    if (toggle < 0)
        return false;
    toggleCollapsed(argumentId(toggle));
    return true;
}

QString ArgumentMapWidget::itemAt(QPointF pos) const
{
    const int argument = m_renderer.argumentAt(area(), pos);
    // A copy (a statement under a second parent) stands for its original: clicking it selects that.
    if (argument >= 0 && !document()->corpus().arguments[argument].copyOf.isEmpty())
        return document()->corpus().arguments[argument].copyOf;
    return argumentId(argument);
}

void ArgumentMapWidget::focusClickedItem(const QString &id, QPointF pos)
{
    setFocusedArgument(id);
    if (argumentId(m_renderer.argumentAt(area(), pos)) != id) // a copy was clicked: go to the original
        showArguments({id}, 250);
}

Qt::CursorShape ArgumentMapWidget::cursorAt(QPointF pos) const
{
    const bool overItem = m_renderer.toggleAt(area(), pos) >= 0 || m_renderer.argumentAt(area(), pos) >= 0;
    return overItem ? Qt::PointingHandCursor : Qt::ArrowCursor;
}

void ArgumentMapWidget::activateAt(QPointF pos)
{
    if (m_renderer.toggleAt(area(), pos) >= 0)
        return; // a quick double toggle is two clicks, not a zoom
    if (const int argument = m_renderer.argumentAt(area(), pos); argument >= 0)
        zoomToArgument(argumentId(argument), 250);
}

void ArgumentMapWidget::moveFocus(int key, bool keepSelection)
{
    const Corpus &corpus = document()->corpus();
    const ArgumentMapRenderer::Detail detail = m_renderer.detailAt(state().scale);
    const QList<ArgumentMapRenderer::Card> &cards = m_renderer.cards(detail);
    if (cards.isEmpty())
        return;
    int current = argumentIndex(focusedArgument());
    if (current < 0 || m_renderer.cardIndexOf(current, detail) < 0) {
        current = cards.first().argument; // start at the first claim
    } else {
        // Each tree neighbour lies in one direction: the parent opposite to where its children grow (up
        // top-down, towards the claim in the two-sided map), children where this card's children grow,
        // siblings along the other axis. The arrow picks the nearest neighbour in its direction; past the
        // last sibling it goes on to the nearest card of the same level.
        const Argument &here = corpus.arguments[current];
        const ArgumentMapRenderer::Card &card = cards[m_renderer.cardIndexOf(current, detail)];
        const auto cardOf = [&](int argument) -> const ArgumentMapRenderer::Card * {
            const int index = m_renderer.cardIndexOf(argument, detail);
            return index >= 0 ? &cards[index] : nullptr;
        };
        using Growth = ArgumentMapRenderer::Growth;
        // A card grows away from its parent: its growth is the direction from the parent to it.
        const auto growthKey = [](Growth growth) {
            return growth == Growth::Down                                  ? int(Qt::Key_Down)
                   : growth == Growth::Right || growth == Growth::Indented ? int(Qt::Key_Right)
                                                                           : int(Qt::Key_Left);
        };
        const auto opposite = [](int k) {
            return k == Qt::Key_Down   ? int(Qt::Key_Up)
                   : k == Qt::Key_Up   ? int(Qt::Key_Down)
                   : k == Qt::Key_Left ? int(Qt::Key_Right)
                                       : int(Qt::Key_Left);
        };
        // Siblings lie across: left/right of each other top-down, above/below in the side layouts.
        const auto acrossKey = [&](const QRectF &r) {
            if (card.growth == Growth::Down)
                return int(r.center().x() < card.rect.center().x() ? Qt::Key_Left : Qt::Key_Right);
            return int(r.center().y() < card.rect.center().y() ? Qt::Key_Up : Qt::Key_Down);
        };
        const auto nearest = [&](const QList<int> &candidates, auto accept) {
            int best = -1;
            double bestDistance = 0;
            for (int candidate : candidates) {
                const ArgumentMapRenderer::Card *other = cardOf(candidate);
                if (candidate == current || !other || !accept(*other))
                    continue;
                const double distance = QLineF(other->rect.center(), card.rect.center()).length();
                if (best < 0 || distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        };
        const bool hasParent = here.parent >= 0 && cardOf(here.parent);
        int next = -1;
        if (hasParent && opposite(growthKey(card.growth)) == key)
            next = here.parent;
        // Children lie in their own growth direction (left or right of a two-sided claim), except that
        // the reasons indented under a claim in columns lie below it.
        const auto towardsChild = [&](const ArgumentMapRenderer::Card &c) {
            return card.growth == Growth::Down && c.growth == Growth::Indented ? int(Qt::Key_Down)
                                                                               : growthKey(c.growth);
        };
        if (next < 0)
            next = nearest(here.children,
                           [&](const ArgumentMapRenderer::Card &c) { return towardsChild(c) == key; });
        const auto across = [&](const ArgumentMapRenderer::Card &c) {
            return c.growth == card.growth && acrossKey(c.rect) == key;
        };
        if (next < 0 && hasParent)
            next = nearest(corpus.arguments[here.parent].children, across);
        if (next < 0) {
            QList<int> level;
            for (const ArgumentMapRenderer::Card &other : cards) {
                if (corpus.arguments[other.argument].depth == here.depth)
                    level.append(other.argument);
            }
            next = nearest(level, across);
        }
        if (next < 0)
            return;
        current = next;
    }
    const QString id = argumentId(current);
    setFocusedArgument(id);
    if (!keepSelection)
        document()->selection()->select(id);
    showArguments({id}, 150);
}

void ArgumentMapWidget::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        moveFocus(event->key(), control);
        break;
    case Qt::Key_Home: {
        const QList<ArgumentMapRenderer::Card> &cards = m_renderer.cards(m_renderer.detailAt(state().scale));
        if (!cards.isEmpty()) {
            const QString id = argumentId(cards.first().argument);
            setFocusedArgument(id);
            if (!control)
                document()->selection()->select(id);
            showArguments({id}, 150);
        }
        break;
    }
    case Qt::Key_Space:
        if (!focusedArgument().isEmpty() &&
            !document()->corpus().argument(focusedArgument())->children.isEmpty())
            toggleCollapsed(focusedArgument());
        break;
    case Qt::Key_F:
        setFocusMode(!state().focusMode);
        break;
    case Qt::Key_Escape:
        if (!state().focusMode)
            return InteractiveView::keyPressEvent(event); // clears the selection
        setFocusMode(false);
        break;
    default:
        return InteractiveView::keyPressEvent(event);
    }
    event->accept();
}

QString ArgumentMapWidget::toolTipAt(QPointF pos) const
{
    const int argument = m_renderer.argumentAt(area(), pos);
    return argument >= 0
               ? m_renderer.tooltip(argument) + filterReasonsHtml(document()->corpus().arguments[argument].id)
               : QString();
}

} // namespace argline
