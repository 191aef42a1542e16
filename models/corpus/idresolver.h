#pragma once

#include "models/corpus/corpus.h"

#include <vector>

namespace argline {

// Resolves ids to items, once per distinct string. The reader interns references (every "japan" in the
// corpus shares one QString), so keying a cache by the string's data pointer turns half a million
// reference lookups into a few thousand string hashes. The cache is a flat open-addressing table: one
// memory access per reference, where a QHash took three (it was a tenth of loading 100,000 events).
class IdResolver final
{
public:
    explicit IdResolver(const Corpus &corpus)
        : m_corpus(corpus)
        , m_slots(1024)
    {}

    ItemRef resolve(const QString &id)
    {
        const QChar *key = id.constData();
        const size_t mask = m_slots.size() - 1;
        size_t slot = slotOf(key);
        for (; m_slots[slot].key; slot = (slot + 1) & mask) {
            if (m_slots[slot].key == key)
                return m_slots[slot].ref;
        }
        const ItemRef ref = m_corpus.find(id);
        m_slots[slot] = {key, ref};
        if (++m_used * 2 > m_slots.size())
            grow();
        return ref;
    }
    int indexOf(ItemKind kind, const QString &id)
    {
        const ItemRef ref = resolve(id);
        return ref.kind == kind ? ref.index : -1;
    }

private:
    struct Slot
    {
        const QChar *key = nullptr;
        ItemRef ref;
    };

    size_t slotOf(const QChar *key) const
    {
        return size_t((quint64(quintptr(key)) * 0x9E3779B97F4A7C15ULL) >> 40) & (m_slots.size() - 1);
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &entry : old) {
            if (!entry.key)
                continue;
            size_t slot = slotOf(entry.key);
            while (m_slots[slot].key)
                slot = (slot + 1) & (m_slots.size() - 1);
            m_slots[slot] = entry;
        }
    }

    const Corpus &m_corpus;
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace argline
