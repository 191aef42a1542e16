#pragma once

#include "render/style/viewstyle.h"
#include "widgets/common/accessibleitemview.h"

#include <QSet>
#include <QWidget>

class QVariantAnimation;

namespace argline {

class CorpusDocument;

// What the timeline and the argument map share as interactive views of one CorpusDocument: following
// the document (a new corpus, a new filter result, the shared selection), the theme, the animation
// that glides the view, and the gestures every item view has —
//   click selects an item, Ctrl+click adds or removes it, a click on empty space clears the selection,
//   drag from empty space pans, double-click activates, wheel/pinch zoom, tooltips;
//   + / − zoom, Ctrl+0 fits, Enter activates the focused item, Escape clears the selection.
// Each view subclasses it and supplies only what is particular to it: hit testing, what a drag or a zoom
// does to its own state, its own controls (lane headers, card toggles, the "as of" cursor) and painting.
// When the view has keyboard focus it says so with a frame around its edge.
class InteractiveView : public QWidget, public AccessibleItemView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractiveView)

public:
    explicit InteractiveView(CorpusDocument *document, QWidget *parent = nullptr);
    ~InteractiveView() override;

    CorpusDocument *document() const { return m_document; }
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

    virtual void fitAll(int animationMs = 0) = 0;

Q_SIGNALS:
    void activated(const QString &id); // Enter on the focused item: open its details
    void viewOptionsChanged();

protected:
    // The document's data: a new corpus (`newCorpus`) or a new filter result.
    virtual void refreshData(bool newCorpus) = 0;
    // The shared selection changed: `selected` ids and everything linked to them.
    virtual void followSelection(const QSet<QString> &selected, const QSet<QString> &linked) = 0;
    virtual void applyStyle(const ViewStyle &style) = 0;
    virtual void paintView(QPainter *painter) = 0;

    // The item under `pos` (an event or argument id), or empty.
    virtual QString itemAt(QPointF pos) const = 0;
    // After a click selected `id`: give it keyboard focus.
    virtual void focusClickedItem(const QString &id, QPointF pos) = 0;
    virtual QString focusedItem() const = 0;
    // A press on one of the view's own controls, handled before items are hit-tested; true if consumed.
    virtual bool pressControl(QPointF pos) { return (void)pos, false; }
    // While a control is being dragged (pressControl took the press): true if the view handled it.
    virtual bool dragControl(QPointF pos) { return (void)pos, false; }
    virtual void releaseControl() {}
    virtual Qt::CursorShape cursorAt(QPointF pos) const = 0;
    // A drag from empty space moved the pointer by `delta`.
    virtual void dragBy(QPointF delta) = 0;
    // Wheel, pinch or keyboard zoom by `factor` around `anchor` (none: the keyboard's own centre).
    virtual void zoomAround(double factor, std::optional<QPointF> anchor) = 0;
    virtual void activateAt(QPointF pos) = 0; // double-click
    // A click on empty space (which has cleared the selection).
    virtual void clickedEmptySpace() {}
    virtual QString toolTipAt(QPointF pos) const = 0;

    QVariantAnimation *animation() const { return m_animation; }
    // Why `id` passes the current filter, as a paragraph for a tooltip (empty when nothing is filtered
    // or when it is shown only for context).
    QString filterReasonsHtml(const QString &id) const;
    // Sets the keyboard focus to `id` (for the subclass's keys): emits nothing itself.
    void selectFocused(bool toggle);

    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();

    CorpusDocument *m_document;
    Theme m_theme = Theme::Light;
    QColor m_focusColor;
    QVariantAnimation *m_animation;
    // A press: where it started, where the drag last was, and what it turned out to be.
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    bool m_pressOnEmpty = false;
    bool m_pressOnControl = false;
};

} // namespace argline
