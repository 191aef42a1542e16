#pragma once

#include "render/argmap/argumentmaprenderer.h"
#include "widgets/common/interactiveview.h"

#include <QWidget>

#include <functional>
#include <optional>

namespace argline {

// The interactive argument map: ArgumentMapRenderer in an InteractiveView. It shows the document's
// filtered arguments (with their ancestors), follows and drives the shared selection, and turns input
// into navigation:
//   wheel or pinch zooms around the pointer, drag or a touchpad swipe pans, + / − zoom, Ctrl+0 fits;
//   arrows move to the parent, a child or a sibling in that direction, selecting as they go (Ctrl
//   keeps the selection), Home goes to the root claim, Space collapses or expands, Enter activates,
//   F toggles focus mode; click selects, Ctrl+click adds, a card's toggle collapses it, double-click
//   zooms to a card.
class ArgumentMapWidget final : public InteractiveView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentMapWidget)

public:
    static constexpr double minimumScale = ArgumentMapState::minimumScale;
    static constexpr double maximumScale = ArgumentMapState::maximumScale;
    // A map first shown smaller than this (card titles in pixels) starts at this size from the top.
    static constexpr double readableTitlePx = 12;

    explicit ArgumentMapWidget(CorpusDocument *document, QWidget *parent = nullptr);
    ~ArgumentMapWidget() override;

    ArgumentMapRenderer &renderer() { return m_renderer; }
    const ArgumentMapRenderer &renderer() const { return m_renderer; }
    const ArgumentMapState &state() const { return m_renderer.state(); }

    void fitAll(int animationMs = 0) override;
    void zoomBy(double factor, std::optional<QPointF> anchor = std::nullopt);
    void setScale(double scale, std::optional<QPointF> anchor = std::nullopt);
    void panBy(QPointF delta);
    // Pans (zooming out if needed) so that every card in `ids` is in view.
    void showArguments(const QStringList &ids, int animationMs = 0);
    void zoomToArgument(const QString &id, int animationMs = 0);
    // Expands every collapsed ancestor of `ids`, so their cards are shown.
    void expandTo(const QStringList &ids);
    // Shows the map at `scale` around `center` (layout coordinates), instead of fitting it on first show.
    void setView(double scale, QPointF center);

    void setOrientation(MapOrientation orientation);
    void setGroupByStance(bool grouped);
    void setCompact(bool compact);
    void toggleCollapsed(const QString &id);
    void expandAll();
    void collapseToReasons(); // collapse everything below the first level of reasons
    void setFocusMode(bool on);
    void setMatches(const QSet<QString> &ids);
    // Marks the cards whose source may or may not be published by `day` (hiding those that certainly
    // are not is the filter's job).
    void setAsOfDay(std::optional<qint64> day);

    QString focusedArgument() const { return state().focused; }
    void setFocusedArgument(const QString &id);
    // Where a card is drawn, in widget coordinates (empty when it is not shown).
    QRectF cardRect(const QString &id) const;

    QSize sizeHint() const override { return {900, 620}; }
    QSize minimumSizeHint() const override { return {300, 200}; }

    // AccessibleItemView: the cards shown, in tree order.
    QStringList accessibleItems() const override;
    QString accessibleItemName(const QString &id) const override;
    QString accessibleItemDescription(const QString &id) const override;
    QRect accessibleItemRect(const QString &id) const override { return cardRect(id).toAlignedRect(); }
    QString accessibleFocusedItem() const override { return focusedArgument(); }
    bool isAccessibleItemSelected(const QString &id) const override { return state().selected.contains(id); }

Q_SIGNALS:
    void focusedArgumentChanged(const QString &argumentId);

protected:
    // InteractiveView
    void refreshData(bool newCorpus) override;
    void followSelection(const QSet<QString> &selected, const QSet<QString> &linked) override;
    void applyStyle(const ViewStyle &style) override;
    void paintView(QPainter *painter) override;
    QString itemAt(QPointF pos) const override;
    void focusClickedItem(const QString &id, QPointF pos) override;
    QString focusedItem() const override { return focusedArgument(); }
    bool pressControl(QPointF pos) override;
    Qt::CursorShape cursorAt(QPointF pos) const override;
    void dragBy(QPointF delta) override { panBy(delta); }
    void zoomAround(double factor, std::optional<QPointF> anchor) override { zoomBy(factor, anchor); }
    void activateAt(QPointF pos) override;
    QString toolTipAt(QPointF pos) const override;

    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateState(const std::function<void(ArgumentMapState &)> &change);
    void reframe();
    void frameForReading();
    void framePending(); // the fit a new corpus waits for, unless a view was set meanwhile
    void followShape(QSize oldSize);
    // The argument whose card's centre is nearest `layoutPoint` at a detail level, or -1.
    int nearestArgument(QPointF layoutPoint, ArgumentMapRenderer::Detail detail) const;
    void animateTo(double scale, QPointF center, int animationMs);
    void moveFocus(int key, bool keepSelection);
    QRectF area() const { return QRectF(rect()); }
    int argumentIndex(const QString &id) const;
    QString argumentId(int index) const;

    ArgumentMapRenderer m_renderer;
    bool m_fitPending = true;
    QList<int> m_shownArguments; // corpus indices, sorted
};

} // namespace argline
