#include "widgets/common/accessibleitemview.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QWidget>

namespace argline {

namespace {

class ItemAccessible;

class ItemViewAccessible final : public QAccessibleWidget
{
public:
    ItemViewAccessible(QWidget *widget, AccessibleItemView *view)
        : QAccessibleWidget(widget, QAccessible::List)
        , m_view(view)
    {}

    AccessibleItemView *view() const { return m_view; }
    QAccessibleInterface *childFor(const QString &id) const;

    int childCount() const override { return int(m_view->accessibleItems().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QStringList items = m_view->accessibleItems();
        return index >= 0 && index < items.size() ? childFor(items[index]) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override
    {
        const QString focused = m_view->accessibleFocusedItem();
        return focused.isEmpty() ? nullptr : childFor(focused);
    }

private:
    AccessibleItemView *m_view;
    mutable QHash<QString, QAccessible::Id> m_children;
};

class ItemAccessible final : public QAccessibleInterface
{
public:
    ItemAccessible(ItemViewAccessible *parent, QString id)
        : m_parent(parent)
        , m_id(std::move(id))
    {}

    const QString &id() const { return m_id; }
    bool isValid() const override { return m_parent->isValid(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_parent->window(); }
    QAccessibleInterface *parent() const override { return m_parent; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override {}
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return m_parent->view()->accessibleItemName(m_id);
        if (t == QAccessible::Description)
            return m_parent->view()->accessibleItemDescription(m_id);
        return {};
    }
    QRect rect() const override
    {
        const QRect local = m_parent->view()->accessibleItemRect(m_id);
        auto *widget = static_cast<QWidget *>(m_parent->object());
        return local.isNull() ? QRect() : QRect(widget->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        s.focused = m_parent->view()->accessibleFocusedItem() == m_id;
        s.selected = m_parent->view()->isAccessibleItemSelected(m_id);
        return s;
    }

private:
    ItemViewAccessible *m_parent;
    QString m_id;
};

QAccessibleInterface *ItemViewAccessible::childFor(const QString &id) const
{
    if (const auto it = m_children.constFind(id); it != m_children.cend()) {
        if (QAccessibleInterface *existing = QAccessible::accessibleInterface(it.value()))
            return existing;
    }
    auto *child = new ItemAccessible(const_cast<ItemViewAccessible *>(this), id);
    m_children.insert(id, QAccessible::registerAccessibleInterface(child));
    return child;
}

int ItemViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const ItemAccessible *>(child);
    return item ? int(m_view->accessibleItems().indexOf(item->id())) : -1;
}

QAccessibleInterface *factory(const QString &, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    if (auto *view = dynamic_cast<AccessibleItemView *>(widget))
        return new ItemViewAccessible(widget, view);
    return nullptr;
}

} // namespace

void installItemViewAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

void notifyItemFocus(QWidget *view, const QString &id)
{
    if (!QAccessible::isActive() || id.isEmpty())
        return;
    auto *list = static_cast<ItemViewAccessible *>(QAccessible::queryAccessibleInterface(view));
    if (!list)
        return;
    QAccessibleEvent focus(list->childFor(id), QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

} // namespace argline
