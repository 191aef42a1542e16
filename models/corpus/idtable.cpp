#include "models/corpus/idtable.h"

#include <QHashFunctions>

namespace argline {

namespace {

// At most half the slots in use, so that a probe for a missing id stops at an empty slot after one or two.
constexpr qsizetype slotsFor(qsizetype count)
{
    qsizetype slots = 16;
    while (slots < count * 2)
        slots *= 2;
    return slots;
}

} // namespace

quint32 IdTable::hashOf(QStringView id)
{
    return quint32(qHash(id, size_t(0)));
}

void IdTable::reserve(qsizetype count)
{
    if (slotsFor(count) > m_slots.size())
        rehash(slotsFor(count));
}

void IdTable::clear()
{
    m_slots.clear();
    m_used = 0;
}

qsizetype IdTable::slotOf(QStringView id, quint32 hash, const IdOf &idOf) const
{
    const size_t mask = size_t(m_slots.size()) - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const Slot &entry = m_slots[qsizetype(slot)];
        if (entry.isEmpty() || (entry.hash == hash && idOf(entry.ref()) == id))
            return qsizetype(slot);
    }
}

ItemRef IdTable::find(QStringView id, const IdOf &idOf) const
{
    if (m_used == 0)
        return {};
    return m_slots[slotOf(id, hashOf(id), idOf)].ref();
}

ItemRef IdTable::insert(QStringView id, ItemRef ref, const IdOf &idOf)
{
    if ((m_used + 1) * 2 > m_slots.size())
        rehash(slotsFor(m_used + 1));
    Q_ASSERT(ref.isValid() && ref.index >= 0 && ref.index < (1 << indexBits));
    const quint32 hash = hashOf(id);
    const qsizetype slot = slotOf(id, hash, idOf);
    Slot &entry = m_slots[slot];
    if (!entry.isEmpty())
        return entry.ref();
    entry = {hash, quint32(ref.kind) << indexBits | quint32(ref.index)};
    ++m_used;
    return ref;
}

void IdTable::rehash(qsizetype slotCount)
{
    QList<Slot> old(slotCount);
    old.swap(m_slots);
    const size_t mask = size_t(slotCount) - 1;
    for (const Slot &entry : std::as_const(old)) {
        if (entry.isEmpty())
            continue;
        size_t slot = entry.hash & mask;
        while (!m_slots[qsizetype(slot)].isEmpty())
            slot = (slot + 1) & mask;
        m_slots[qsizetype(slot)] = entry;
    }
}

} // namespace argline
