#include "models/io/quotematcher.h"

#include <bit>
#include <cstring>

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

// Appends the normalised form of `text`; when `origin` is given, records each output character's index.
void normaliseInto(QStringView text, QString &out, QList<int> *origin)
{
    out.reserve(text.size());
    if (origin)
        origin->reserve(text.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            if (origin)
                origin->append(int(i - 1));
            pendingSpace = false;
        }
        out.append(normaliseQuoteMark(c));
        if (origin)
            origin->append(int(i));
    }
}

// Whether normalise(text) == text: single spaces only, no curly quote marks, nothing at either end.
bool isNormalised(QStringView text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    QChar previous;
    for (QChar c : text) {
        if ((c.isSpace() && (c != u' ' || previous == u' ')) || normaliseQuoteMark(c) != c)
            return false;
        previous = c;
    }
    return true;
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

QuoteMatcher::QuoteMatcher(const QString &article)
{
    normaliseInto(article, m_normalised, &m_origin);
    buildIndex();
}

void QuoteMatcher::buildIndex()
{
    const qsizetype windows = m_normalised.size() - window + 1;
    if (windows <= 0)
        return;
    m_hashes.resize(windows);
    m_next.fill(-1, windows);
    m_table.fill(-1, qsizetype(std::bit_ceil(quint64(windows) * 2)));
    const quint32 mask = quint32(m_table.size() - 1);
    // Back to front, so each hash's chain lists positions in ascending order (the first match wins).
    for (qsizetype at = windows - 1; at >= 0; --at) {
        const quint32 hash = windowHash(m_normalised.constData() + at);
        m_hashes[at] = hash;
        for (quint32 slot = hash & mask;; slot = (slot + 1) & mask) {
            int &head = m_table[slot];
            if (head < 0 || m_hashes[head] == hash) {
                m_next[at] = head;
                head = int(at);
                break;
            }
        }
    }
}

qsizetype QuoteMatcher::findNormalised(QStringView needle) const
{
    if (needle.size() < window || m_table.isEmpty())
        return m_normalised.indexOf(needle);
    const quint32 hash = windowHash(needle.data());
    const quint32 mask = quint32(m_table.size() - 1);
    for (quint32 slot = hash & mask; m_table[slot] >= 0; slot = (slot + 1) & mask) {
        if (m_hashes[m_table[slot]] != hash)
            continue;
        for (int at = m_table[slot]; at >= 0; at = m_next[at]) {
            if (at + needle.size() <= m_normalised.size() &&
                QStringView(m_normalised).sliced(at, needle.size()) == needle)
                return at;
        }
        return -1;
    }
    return -1;
}

QString QuoteMatcher::normalise(QStringView text)
{
    QString out;
    normaliseInto(text, out, nullptr);
    return out;
}

std::optional<TextSpan> QuoteMatcher::find(const QString &quote) const
{
    const QString needle = isNormalised(quote) ? quote : normalise(quote);
    if (needle.isEmpty())
        return std::nullopt;
    const qsizetype at = findNormalised(needle);
    if (at < 0)
        return std::nullopt;
    const qsizetype start = m_origin[at];
    const qsizetype end = m_origin[at + needle.size() - 1] + 1;
    return TextSpan{start, end - start};
}

qsizetype QuoteMatcher::longestMatchingPrefix(const QString &quote) const
{
    const QString needle = normalise(quote);
    qsizetype low = 0;
    qsizetype high = needle.size();
    while (low < high) { // invariant: a prefix of `low` characters matches
        const qsizetype mid = (low + high + 1) / 2;
        if (m_normalised.contains(QStringView(needle).left(mid)))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

} // namespace argline
