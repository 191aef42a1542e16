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

// Finds verbatim quotes in an article, ignoring only what docs/corpus-format.md allows: runs of white
// space count as one space, and curly quote marks count as straight ones. Spans are reported in the
// original article text, so highlights land on the exact characters.
//
// A corpus may hold 140,000 quotes: instead of scanning the article for each one, the matcher indexes
// every window of `window` characters of the normalised text by hash, looks a quote's first window up
// and verifies the few candidates. Quotes shorter than a window fall back to a plain search.
class QuoteMatcher final
{
public:
    static constexpr qsizetype window = 16;

    explicit QuoteMatcher(const QString &article);

    std::optional<TextSpan> find(const QString &quote) const;
    // How many leading characters of the normalised quote do occur in the article (for diagnostics
    // that say where a near-miss quote stops matching).
    qsizetype longestMatchingPrefix(const QString &quote) const;

    static QString normalise(QStringView text);

private:
    void buildIndex();
    qsizetype findNormalised(QStringView needle) const;

    QString m_normalised;
    QList<int> m_origin;     // original index of each normalised character
    QList<quint32> m_hashes; // hash of the window starting at each position
    QList<int> m_next;       // next position (ascending) whose window has the same hash, or -1
    QList<int> m_table;      // open addressing: first position of each distinct window hash, or -1
};

} // namespace argline
