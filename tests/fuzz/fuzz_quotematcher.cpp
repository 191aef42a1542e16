// libFuzzer target: quote matching. The input is split at its first NUL into an article and quotes (one
// per line); every answer of QuoteMatcher::findAll is checked against a plain search of the normalised
// texts: found exactly when the quote occurs, at its first occurrence, with the right matching prefix.
// Inputs are small, so the plain search is fast enough; the matcher's budget makes it give up on the
// index often, which exercises the automaton.
#include "models/io/quotematcher.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

using namespace argline;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_quotematcher: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\0');
    const QString article = QString::fromUtf8(bytes.left(split < 0 ? bytes.size() : split));
    const QList<QString> quotes =
        split < 0 ? QList<QString>() : QString::fromUtf8(bytes.mid(split + 1)).split(u'\n');
    // The number of quotes sizes the index: few quotes for a long article make it sample windows.
    const QuoteMatcher matcher(article, quotes.size());
    const QList<QuoteMatch> matches = matcher.findAll(quotes, quotes.size());
    check(matches.size() == quotes.size(), "one answer per quote");
    const QString text = QuoteMatcher::normalise(article);
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        const QString needle = QuoteMatcher::normalise(quotes[i]);
        const qsizetype at = needle.isEmpty() ? -1 : text.indexOf(needle);
        check(matches[i].span.has_value() == (at >= 0), "found exactly when it occurs");
        qsizetype prefix = 0;
        while (prefix < needle.size() && text.contains(QStringView(needle).left(prefix + 1)))
            ++prefix;
        check(matches[i].matchedPrefix == prefix, "the longest matching prefix");
        if (at >= 0) {
            const TextSpan span = *matches[i].span;
            check(QuoteMatcher::normalise(QStringView(article).sliced(span.start, span.length)) == needle,
                  "the span holds the quote");
            check(QuoteMatcher::normalise(QStringView(article).left(span.start + 1)).size() - 1 == at,
                  "the first occurrence");
        }
    }
    return 0;
}
