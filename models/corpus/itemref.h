#pragma once

#include <QtGlobal>

namespace argline {

enum class ItemKind : quint8
{
    None,
    Article,
    Actor,
    Theme,
    Event,
    Argument,
    Era
};

// Where an id points: an item of some kind, by its index in that kind's list.
struct ItemRef
{
    ItemKind kind = ItemKind::None;
    int index = -1;

    bool isValid() const { return kind != ItemKind::None; }
    bool operator==(const ItemRef &) const = default;
};

} // namespace argline
