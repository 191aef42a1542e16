#pragma once

#include "models/corpus/itemref.h"

#include <QList>
#include <QStringView>

#include <functional>

namespace argline {

// The corpus's id index: a flat open-addressing table that keeps each id's hash beside its item, not a
// copy of the id. A probe compares hashes and reads an id (from the item, through `IdOf`) only when they
// match, so inserting 120,000 ids touches one slot each. The QHash<QString, ItemRef> it replaces compared
// whole strings on every collision, each a cache miss into a string allocated long before: a tenth of
// loading a 100,000-event file went into registering and resolving ids.
//
// The table does not own the ids: an item's id must not change while it is in the table (the corpus
// rebuilds the table after editing its lists). Copies share the slots until one of them inserts.
class IdTable final
{
public:
    // The id of the item a ref points at.
    using IdOf = std::function<QStringView(ItemRef)>;

    void reserve(qsizetype count);
    void clear();
    qsizetype size() const { return m_used; }

    // The item with `id`, or an invalid ref.
    ItemRef find(QStringView id, const IdOf &idOf) const;
    // Adds `id` for `ref` and returns `ref`; when the id is taken, returns the item that has it instead.
    ItemRef insert(QStringView id, ItemRef ref, const IdOf &idOf);

private:
    // Eight bytes a slot: 120,000 ids take 2 MB (at most half the slots in use).
    static constexpr int indexBits = 29; // 536 million items of a kind: far more than a 512 MB file holds
    struct Slot
    {
        quint32 hash = 0; // the id's hash (its low 32 bits)
        quint32 item = 0; // kind << indexBits | index; 0 (kind None) for an empty slot

        bool isEmpty() const { return item == 0; }
        ItemRef ref() const
        {
            return isEmpty() ? ItemRef()
                             : ItemRef{ItemKind(item >> indexBits), int(item & ((1u << indexBits) - 1))};
        }
    };

    static quint32 hashOf(QStringView id);
    // The slot holding `id`, or the empty slot where it would go.
    qsizetype slotOf(QStringView id, quint32 hash, const IdOf &idOf) const;
    void rehash(qsizetype slotCount);

    QList<Slot> m_slots;
    qsizetype m_used = 0;
};

} // namespace argline
