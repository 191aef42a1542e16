#pragma once

#include <QRect>
#include <QString>
#include <QStringList>

class QWidget;

namespace argline {

// A view that paints its own items (timeline events, map cards) and shows them to screen readers as an
// accessible list: each item a child with a name, a description and a screen rectangle, the keyboard
// focus a focus child. A widget inherits this interface and calls installItemViewAccessibility() once.
class AccessibleItemView
{
public:
    virtual ~AccessibleItemView() = default;

    virtual QStringList accessibleItems() const = 0; // ids, in reading order
    virtual QString accessibleItemName(const QString &id) const = 0;
    virtual QString accessibleItemDescription(const QString &id) const = 0;
    virtual QRect accessibleItemRect(const QString &id) const = 0; // in the widget's coordinates
    virtual QString accessibleFocusedItem() const = 0;
    virtual bool isAccessibleItemSelected(const QString &id) const = 0;
};

// Registers the accessibility factory for every widget that is an AccessibleItemView.
void installItemViewAccessibility();
// Tells assistive technology that keyboard focus moved to item `id` of `view`.
void notifyItemFocus(QWidget *view, const QString &id);

} // namespace argline
