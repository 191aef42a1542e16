#include "widgets/common/interactiveview.h"

#include "models/explore/corpusdocument.h"
#include "models/explore/filterdescription.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QToolTip>
#include <QVariantAnimation>

namespace argline {

InteractiveView::InteractiveView(CorpusDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_animation(new QVariantAnimation(this))
{
    installItemViewAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(document, &CorpusDocument::corpusChanged, this, [this] {
        refreshData(true);
        selectionChanged();
    });
    connect(document, &CorpusDocument::resultChanged, this, [this] { refreshData(false); });
    connect(document->selection(), &SharedSelection::changed, this, &InteractiveView::selectionChanged);
}

InteractiveView::~InteractiveView() = default;

void InteractiveView::setTheme(Theme theme)
{
    m_theme = theme;
    const ViewStyle style = ViewStyle::forTheme(theme, font());
    m_focusColor = style.focus;
    applyStyle(style);
    update();
}

void InteractiveView::selectionChanged()
{
    const SharedSelection *selection = m_document->selection();
    const QSet<QString> selected(selection->ids().begin(), selection->ids().end());
    followSelection(selected, m_document->links().linkedTo(selection->ids()));
}

void InteractiveView::selectFocused(bool toggle)
{
    const QString id = focusedItem();
    if (id.isEmpty())
        return;
    if (toggle)
        m_document->selection()->toggle(id);
    else
        m_document->selection()->select(id);
}

QString InteractiveView::filterReasonsHtml(const QString &id) const
{
    const ItemRef item = m_document->corpus().find(id);
    if (item.kind == ItemKind::Argument && !m_document->result().argumentMatches(item.index))
        return {}; // the view already says it is there for context
    const QStringList reasons =
        FilterDescription::reasons(m_document->corpus(), m_document->links(), m_document->filter(), id);
    if (reasons.isEmpty())
        return {};
    QStringList escaped;
    for (const QString &reason : reasons)
        escaped.append(reason.toHtmlEscaped());
    return QStringLiteral("<p><small>%1<br>%2</small></p>")
        .arg(tr("Why it is shown:").toHtmlEscaped(), escaped.join(QStringLiteral("<br>")));
}

void InteractiveView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintView(&painter);
    if (hasFocus()) {
        // Which view the keys go to, visible at a glance (Tab moves between the views and the panels).
        painter.setPen(QPen(m_focusColor, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void InteractiveView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void InteractiveView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void InteractiveView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position();
    m_lastDragPos = m_pressPos;
    m_dragging = false;
    m_pressOnEmpty = false;
    m_pressOnControl = false;
    if (event->button() != Qt::LeftButton)
        return;
    m_animation->stop();
    if (pressControl(m_pressPos)) {
        m_pressOnControl = true;
        return;
    }
    if (const QString id = itemAt(m_pressPos); !id.isEmpty()) {
        if (event->modifiers() & Qt::ControlModifier)
            m_document->selection()->toggle(id);
        else
            m_document->selection()->select(id);
        focusClickedItem(id, m_pressPos);
        return;
    }
    m_pressOnEmpty = true;
}

void InteractiveView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (event->buttons() & Qt::LeftButton && m_pressOnControl && dragControl(pos))
        return;
    if (event->buttons() & Qt::LeftButton && m_pressOnEmpty) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging) {
            dragBy(pos - m_lastDragPos);
            m_lastDragPos = pos;
            setCursor(Qt::ClosedHandCursor);
        }
        return;
    }
    setCursor(cursorAt(pos));
}

void InteractiveView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressOnEmpty && !m_dragging &&
        !(event->modifiers() & Qt::ControlModifier)) {
        m_document->selection()->clear(); // a click on empty space clears the selection
        clickedEmptySpace();
    }
    if (m_pressOnControl)
        releaseControl();
    m_dragging = false;
    m_pressOnEmpty = false;
    m_pressOnControl = false;
    setCursor(Qt::ArrowCursor);
}

void InteractiveView::mouseDoubleClickEvent(QMouseEvent *event)
{
    activateAt(event->position());
}

void InteractiveView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(1.25, std::nullopt);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAround(0.8, std::nullopt);
        break;
    case Qt::Key_0:
        if (!(event->modifiers() & Qt::ControlModifier))
            return QWidget::keyPressEvent(event);
        fitAll(250);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!focusedItem().isEmpty())
            Q_EMIT activated(focusedItem());
        break;
    case Qt::Key_Escape:
        if (m_document->selection()->isEmpty())
            return QWidget::keyPressEvent(event);
        m_document->selection()->clear();
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

bool InteractiveView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const QString tip = toolTipAt(help->pos()); !tip.isEmpty())
            QToolTip::showText(help->globalPos(), tip, this);
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(1 + gesture->value(), gesture->position());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void InteractiveView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        setTheme(m_theme);
    QWidget::changeEvent(event);
}

} // namespace argline
