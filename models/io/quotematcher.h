#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace argline {

struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextSpan &) const = default;
};

// What QuoteMatcher found for one quote.
struct QuoteMatch
{
    std::optional<TextSpan> span; // where the quote is, in the original article text
    // How many leading characters of the normalised quote occur in the article: all of them when the quote
    // was found; otherwise computed only when asked for (for a "matches up to ..." hint), else 0.
    qsizetype matchedPrefix = 0;
};

// Finds verbatim quotes in an article, ignoring only what docs/corpus-format.md allows: runs of white
// space count as one space, and curly quote marks count as straight ones. Spans are reported in the
// original article text, so highlights land on the exact characters; the first occurrence wins.
//
// A corpus may hold 140,000 quotes: instead of scanning the article for each one, the matcher indexes
// windows of `window` characters of the normalised text by hash (every one, or every few for a long
// article quoted often), looks a quote's windows up and verifies the candidates, within a budget
// proportional to the quote's length. What the index
// cannot settle within that budget (a quote shorter than a window, one whose beginning recurs very
// often, and a missing quote's matching prefix) is settled for all such quotes together by one
// Aho–Corasick pass over the article. Every quote therefore costs time linear in its length, plus one
// linear pass over the article per findAll() call that needs it: never a search of the article per
// quote, whatever the text (a 4 MB article of near-repeats took 33 s for one quote before).
class QuoteMatcher final
{
public:
    static constexpr qsizetype window = 16;

    // `expectedQuotes`: about how many quotes will be looked for (0: unknown), to size the index.
    explicit QuoteMatcher(const QString &article, qsizetype expectedQuotes = 0);

    std::optional<TextSpan> find(const QString &quote) const;
    // How many leading characters of the normalised quote do occur in the article (for diagnostics
    // that say where a near-miss quote stops matching).
    qsizetype longestMatchingPrefix(const QString &quote) const;
    // Finds every quote, and computes matchedPrefix for the first `prefixes` of those not found.
    QList<QuoteMatch> findAll(const QList<QString> &quotes, qsizetype prefixes = 0) const;

    static QString normalise(QStringView text);

private:
    enum class Indexed : quint8
    {
        Found,
        Absent,
        Unsettled
    };
    void buildIndex();
    Indexed findIndexed(QStringView needle, qsizetype *at) const;
    TextSpan spanOf(qsizetype at, qsizetype length) const;

    struct Slot
    {
        quint32 hash = 0;
        int head = -1; // the first indexed window with this hash, or -1 for an empty slot
    };

    QString m_normalised;
    QList<int> m_origin;    // original index of each normalised character
    qsizetype m_stride = 1; // every stride-th window is indexed; window k starts at k * stride
    QList<int> m_next;      // next indexed window (ascending) with the same hash, or -1
    QList<Slot> m_table;    // open addressing over the distinct window hashes
};

} // namespace argline
