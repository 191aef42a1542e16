#include "models/io/quotematcher.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <vector>

namespace argline {

namespace {

QChar normaliseQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201A: // ‚
    case 0x201B: // ‛
    case 0x2032: // ′
        return u'\'';
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F: // ‟
    case 0x2033: // ″
        return u'"';
    default:
        return c;
    }
}

// Sets `out` to the normalised form of `text`; when `origin` is given, records each output character's
// index. Writes through pointers: QString::append(QChar) per character was a tenth of a large load.
void normaliseInto(QStringView text, QString &out, QList<int> *origin)
{
    out.resize(text.size());
    QChar *to = out.data();
    int *from = nullptr;
    if (origin) {
        origin->resize(text.size());
        from = origin->data();
    }
    qsizetype length = 0;
    bool pendingSpace = false;
    const char16_t *chars = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = chars[i];
        if (u > u' ' && u < 0x7F) [[likely]] { // printable ASCII, not a space: kept as it is
            if (pendingSpace) {
                to[length] = u' ';
                if (from)
                    from[length] = int(i - 1);
                ++length;
                pendingSpace = false;
            }
            to[length] = QChar(u);
            if (from)
                from[length] = int(i);
            ++length;
            continue;
        }
        const QChar c(u);
        if (c.isSpace()) {
            pendingSpace = length > 0;
            continue;
        }
        if (pendingSpace) {
            to[length] = u' ';
            if (from)
                from[length] = int(i - 1);
            ++length;
            pendingSpace = false;
        }
        to[length] = normaliseQuoteMark(c);
        if (from)
            from[length] = int(i);
        ++length;
    }
    out.truncate(length);
    if (origin)
        origin->resize(length);
}

// Hash of QuoteMatcher::window UTF-16 units (32 bytes) starting at `text`.
quint32 windowHash(const QChar *text)
{
    quint64 words[4];
    static_assert(sizeof(words) == QuoteMatcher::window * sizeof(QChar));
    std::memcpy(words, text, sizeof(words));
    quint64 h = words[0] * 0x9E3779B97F4A7C15ULL;
    h = (std::rotl(h, 31) ^ words[1]) * 0xC2B2AE3D27D4EB4FULL;
    h = (std::rotl(h, 29) ^ words[2]) * 0x165667B19E3779F9ULL;
    h = (std::rotl(h, 27) ^ words[3]) * 0x9E3779B97F4A7C15ULL;
    return quint32(h >> 32);
}

} // namespace

QuoteMatcher::QuoteMatcher(const QString &article, qsizetype expectedQuotes)
{
    normaliseInto(article, m_normalised, &m_origin);
    // Index every stride-th window: building costs length / stride random writes, and each quote then
    // looks up stride windows. The stride closest to sqrt(length / quotes) balances the two: one long
    // source quoted 100,000 times spent a quarter of "every panel ready" indexing every window.
    if (expectedQuotes > 0) {
        const qsizetype ratio = m_normalised.size() / expectedQuotes;
        while (m_stride < 16 && (m_stride * 2) * (m_stride * 2) <= ratio)
            m_stride *= 2;
    }
    buildIndex();
}

void QuoteMatcher::buildIndex()
{
    const qsizetype windows = m_normalised.size() - window + 1;
    if (windows <= 0)
        return;
    const qsizetype indexed = (windows + m_stride - 1) / m_stride;
    m_next.fill(-1, indexed);
    m_table.fill(Slot{}, qsizetype(std::bit_ceil(quint64(indexed) * 2)));
    const quint32 mask = quint32(m_table.size() - 1);
    // Back to front, so each hash's chain lists positions in ascending order (the first match wins). A
    // slot keeps its hash beside its chain's head: one memory access per probe.
    for (qsizetype k = indexed - 1; k >= 0; --k) {
        const quint32 hash = windowHash(m_normalised.constData() + k * m_stride);
        for (quint32 slot = hash & mask;; slot = (slot + 1) & mask) {
            Slot &entry = m_table[slot];
            if (entry.head < 0 || entry.hash == hash) {
                m_next[k] = entry.head;
                entry = {hash, int(k)};
                break;
            }
        }
    }
}

QuoteMatcher::Indexed QuoteMatcher::findIndexed(QStringView needle, qsizetype *at) const
{
    // Every occurrence starts at s with exactly one of the windows at s .. s + stride - 1 indexed: look
    // up the needle's windows at offsets 0 .. stride - 1.
    if (needle.size() < window + m_stride - 1 || m_table.isEmpty())
        return Indexed::Unsettled;
    const quint32 mask = quint32(m_table.size() - 1);
    // Candidates cost at most the characters compared; past the budget the quote goes to the automaton.
    qsizetype budget = 8 * needle.size() + 4096;
    const QStringView text(m_normalised);
    const qsizetype probe = std::min<qsizetype>(needle.size(), 64);
    qsizetype best = -1;
    for (qsizetype offset = 0; offset < m_stride; ++offset) {
        const quint32 hash = windowHash(needle.data() + offset);
        qsizetype slot = hash & mask;
        while (m_table[slot].head >= 0 && m_table[slot].hash != hash)
            slot = (slot + 1) & mask;
        // Each chain lists its candidates in ascending order: its first match is its earliest.
        for (int k = m_table[slot].head; k >= 0; k = m_next[k]) {
            const qsizetype start = qsizetype(k) * m_stride - offset;
            if (start < 0)
                continue;
            if ((best >= 0 && start >= best) || start + needle.size() > text.size())
                break;
            if (text.sliced(start, probe) == needle.first(probe)) {
                if (text.sliced(start, needle.size()) == needle) {
                    best = start;
                    break;
                }
                budget -= needle.size();
            } else {
                budget -= probe;
            }
            if (budget < 0)
                return Indexed::Unsettled;
        }
    }
    if (best < 0)
        return Indexed::Absent;
    *at = best;
    return Indexed::Found;
}

namespace {

// An Aho–Corasick automaton over a batch of needles, run once over the text. For every trie node (a
// prefix of some needle) it finds the first position where that prefix ends in the text, which gives
// both the first occurrence of each needle and the longest prefix of it that occurs. Time and memory are
// linear in the text plus the needles.
class PrefixAutomaton
{
public:
    static constexpr int none = -1;
    static constexpr qsizetype unseen = std::numeric_limits<qsizetype>::max();

    explicit PrefixAutomaton(qsizetype expectedNodes)
        : m_rootChild(0x10000, none)
    {
        m_fail.reserve(expectedNodes + 1);
        m_firstChild.reserve(expectedNodes + 1);
        m_nextSibling.reserve(expectedNodes + 1);
        m_firstEnd.reserve(expectedNodes + 1);
        newNode(); // the root
        m_slots.assign(64, Slot{});
    }

    void add(QStringView needle)
    {
        int node = 0;
        for (const QChar c : needle) {
            int next = child(node, c.unicode());
            if (next == none) {
                next = newNode();
                setChild(node, c.unicode(), next);
            }
            node = next;
        }
    }

    void run(QStringView text)
    {
        computeFailureLinks();
        int state = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            int next = child(state, c);
            while (next == none && state != 0) {
                state = m_fail[size_t(state)];
                next = child(state, c);
            }
            state = next == none ? 0 : next;
            if (state != 0 && m_firstEnd[size_t(state)] == unseen)
                m_firstEnd[size_t(state)] = i;
        }
        // A prefix also ends wherever a longer string it is a suffix of ends: deepest nodes first.
        for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
            qsizetype &target = m_firstEnd[size_t(m_fail[size_t(*it)])];
            target = std::min(target, m_firstEnd[size_t(*it)]);
        }
    }

    // The longest prefix of `needle` that occurs in the text, and where the first occurrence of the
    // whole needle ends (unseen when it does not occur).
    std::pair<qsizetype, qsizetype> match(QStringView needle) const
    {
        int node = 0;
        qsizetype occurring = 0;
        for (qsizetype i = 0; i < needle.size(); ++i) {
            node = child(node, needle[i].unicode());
            if (m_firstEnd[size_t(node)] == unseen)
                return {occurring, unseen};
            occurring = i + 1;
        }
        return {occurring, needle.isEmpty() ? unseen : m_firstEnd[size_t(node)]};
    }

private:
    struct Slot
    {
        quint64 key = ~quint64(0);
        int value = none;
    };

    static constexpr int listedChildren = 8;

    int newNode()
    {
        m_degree.push_back(0);
        m_fail.push_back(0);
        m_firstChild.push_back(none);
        m_nextSibling.push_back(none);
        m_chars.push_back(0);
        m_firstEnd.push_back(unseen);
        return int(m_fail.size() - 1);
    }
    static quint64 keyOf(int node, char16_t c) { return (quint64(quint32(node)) << 16) | c; }
    size_t slotOf(quint64 key) const
    {
        // Fibonacci hashing: the high bits of the product depend on every bit of the key.
        return size_t((key * 0x9E3779B97F4A7C15ULL) >> (64 - std::countr_zero(m_slots.size())));
    }
    int child(int node, char16_t c) const
    {
        if (node == 0)
            return m_rootChild[c];
        // Most nodes have one child or a few, usually the next node: look through them in place, and
        // only a node with many children in the hash table (a lookup there is a cache miss).
        if (m_degree[size_t(node)] <= listedChildren) {
            for (int next = m_firstChild[size_t(node)]; next != none; next = m_nextSibling[size_t(next)]) {
                if (m_chars[size_t(next)] == c)
                    return next;
            }
            return none;
        }
        const quint64 key = keyOf(node, c);
        for (size_t slot = slotOf(key);; slot = (slot + 1) & (m_slots.size() - 1)) {
            if (m_slots[slot].key == key)
                return m_slots[slot].value;
            if (m_slots[slot].value == none)
                return none;
        }
    }
    void setChild(int node, char16_t c, int next)
    {
        m_chars[size_t(next)] = c;
        m_nextSibling[size_t(next)] = m_firstChild[size_t(node)];
        m_firstChild[size_t(node)] = next;
        if (node == 0) {
            m_rootChild[c] = next;
            return;
        }
        // Past a few children, a node's children go to the hash table: all of them at once, then each new
        // one.
        const int degree = ++m_degree[size_t(node)];
        if (degree == listedChildren + 1) {
            for (int each = m_firstChild[size_t(node)]; each != none; each = m_nextSibling[size_t(each)])
                addToTable(keyOf(node, m_chars[size_t(each)]), each);
        } else if (degree > listedChildren + 1) {
            addToTable(keyOf(node, c), next);
        }
    }
    void addToTable(quint64 key, int value)
    {
        if (++m_used * 2 > m_slots.size())
            grow();
        insert(key, value);
    }
    void insert(quint64 key, int value)
    {
        size_t slot = slotOf(key);
        while (m_slots[slot].value != none)
            slot = (slot + 1) & (m_slots.size() - 1);
        m_slots[slot] = {key, value};
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.value != none)
                insert(slot.key, slot.value);
        }
    }
    void computeFailureLinks()
    {
        // Breadth first, so a node's failure link (a shorter node) is known before its children's.
        m_order.clear();
        for (int c = m_firstChild[0]; c != none; c = m_nextSibling[size_t(c)])
            m_order.push_back(c);
        for (size_t at = 0; at < m_order.size(); ++at) {
            const int node = m_order[at];
            for (int c = m_firstChild[size_t(node)]; c != none; c = m_nextSibling[size_t(c)]) {
                int fallback = m_fail[size_t(node)];
                int target = child(fallback, m_chars[size_t(c)]);
                while (target == none && fallback != 0) {
                    fallback = m_fail[size_t(fallback)];
                    target = child(fallback, m_chars[size_t(c)]);
                }
                m_fail[size_t(c)] = target == none ? 0 : target;
                m_order.push_back(c);
            }
        }
    }

    std::vector<int> m_degree; // children of each node
    std::vector<int> m_fail;
    std::vector<int> m_firstChild;
    std::vector<int> m_nextSibling;
    std::vector<char16_t> m_chars;
    std::vector<qsizetype> m_firstEnd;
    std::vector<int> m_order; // every node but the root, breadth first
    std::vector<int> m_rootChild;
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace

QString QuoteMatcher::normalise(QStringView text)
{
    QString out;
    normaliseInto(text, out, nullptr);
    return out;
}

TextSpan QuoteMatcher::spanOf(qsizetype at, qsizetype length) const
{
    const qsizetype start = m_origin[at];
    const qsizetype end = m_origin[at + length - 1] + 1;
    return TextSpan{start, end - start};
}

QList<QuoteMatch> QuoteMatcher::findAll(const QList<QString> &quotes, qsizetype prefixes) const
{
    QList<QuoteMatch> matches(quotes.size());
    QList<qsizetype> hard;  // what the index did not settle
    QList<QString> needles; // their normalised forms
    QString needle;         // reused: most quotes are settled by the index and need no copy
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        normaliseInto(quotes[i], needle, nullptr);
        if (needle.isEmpty())
            continue;
        qsizetype at = -1;
        const Indexed indexed = findIndexed(needle, &at);
        if (indexed == Indexed::Found)
            matches[i] = {spanOf(at, needle.size()), needle.size()};
        if (indexed == Indexed::Unsettled || (indexed == Indexed::Absent && prefixes-- > 0)) {
            hard.append(i);
            needles.append(QString(needle.constData(), needle.size()));
        }
    }
    // The automaton's memory grows with the needles: settle them in batches of bounded total length.
    constexpr qsizetype batchCharacters = 1 << 20;
    for (qsizetype first = 0; first < hard.size();) {
        qsizetype last = first;
        qsizetype characters = 0;
        while (last < hard.size() && (last == first || characters + needles[last].size() <= batchCharacters))
            characters += needles[last++].size();
        PrefixAutomaton automaton(characters);
        for (qsizetype k = first; k < last; ++k)
            automaton.add(needles[k]);
        automaton.run(m_normalised);
        for (qsizetype k = first; k < last; ++k) {
            const auto [prefix, end] = automaton.match(needles[k]);
            QuoteMatch &match = matches[hard[k]];
            match.matchedPrefix = prefix;
            if (end != PrefixAutomaton::unseen)
                match.span = spanOf(end - needles[k].size() + 1, needles[k].size());
        }
        first = last;
    }
    return matches;
}

std::optional<TextSpan> QuoteMatcher::find(const QString &quote) const
{
    return findAll({quote}).constFirst().span;
}

qsizetype QuoteMatcher::longestMatchingPrefix(const QString &quote) const
{
    return findAll({quote}, 1).constFirst().matchedPrefix;
}

} // namespace argline
