#pragma once

#include "models/corpus/corpus.h"

#include <QHash>

namespace argline {

// Resolves ids to items, once per distinct string. The reader interns references (every "japan" in the
// corpus shares one QString), so keying a cache by the string's data pointer turns half a million
// reference lookups into a few thousand string hashes.
class IdResolver final
{
public:
    explicit IdResolver(const Corpus &corpus)
        : m_corpus(corpus)
    {}

    ItemRef resolve(const QString &id)
    {
        const QChar *key = id.constData();
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return it.value();
        const ItemRef ref = m_corpus.find(id);
        m_cache.insert(key, ref);
        return ref;
    }
    int indexOf(ItemKind kind, const QString &id)
    {
        const ItemRef ref = resolve(id);
        return ref.kind == kind ? ref.index : -1;
    }

private:
    const Corpus &m_corpus;
    QHash<const QChar *, ItemRef> m_cache;
};

} // namespace argline
