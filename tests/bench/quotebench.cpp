// Quote matching on the inputs that used to be quadratic (issue 17): a 4 MB article of near-repeats with
// a quote of 256K characters that shares a long prefix with every one of them, the same with a long
// shared suffix, 20,000 quotes missing from a 1 MB article (each with its "matches up to" hint), and
// 20,000 short quotes missing from it. Plus the usual case: 20,000 quotes found in a 1 MB article.
//
// Prints quote.shared-prefix.4mb, quote.shared-suffix.4mb, quote.missing.20k, quote.missing-short.20k,
// quote.found.20k (each the median of 3, in ms, including building the article's index) and
// quote.worst (the largest of them).
#include "models/io/quotematcher.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/syntheticcorpus.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

QString repeated(const QString &unit, qsizetype size)
{
    QString text;
    text.reserve(size + unit.size());
    while (text.size() < size)
        text += unit;
    return text;
}

QString words(test::Random &random, int count)
{
    static const QStringList vocabulary =
        u"alliance security partner treaty summit minister defence maritime "
        "deterrence cooperation strategy region Pacific Atlantic exercise "
        "frigate office mission dialogue consensus the of and to in a"_s.split(u' ');
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i)
            text += u' ';
        text += vocabulary[random.between(0, int(vocabulary.size()) - 1)];
    }
    return text;
}

double time(const QString &article, const QList<QString> &quotes)
{
    return bench::medianMs(3, [&] {
        const QuoteMatcher matcher(article, quotes.size()); // as the validator builds it
        const QList<QuoteMatch> matches = matcher.findAll(quotes, quotes.size());
        if (matches.size() != quotes.size())
            qFatal("quote_bench: lost a quote");
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double worst = 0;
    const auto report = [&](const QString &name, double ms) {
        bench::report(name, ms, u"ms"_s);
        worst = std::max(worst, ms);
    };

    const QString sentence = u"The alliance is global and its partners meet every year. "_s;
    const QString nearRepeats = repeated(sentence, 4 * 1024 * 1024 / 2); // 4 MB of UTF-16
    const QString shared = repeated(sentence, 256 * 1024);               // a quarter of a million characters
    report(u"quote.shared-prefix.4mb"_s, time(nearRepeats, {shared + u"But not this year."_s}));
    report(u"quote.shared-suffix.4mb"_s, time(nearRepeats, {u"Not one word of it: "_s + shared}));

    test::Random random(7);
    QString article;
    while (article.size() < 512 * 1024) // 1 MB of UTF-16
        article += words(random, random.between(12, 30)) + u".\n"_s;
    QList<QString> missing;
    QList<QString> missingShort;
    QList<QString> found;
    for (int i = 0; i < 20000; ++i) {
        missing.append(words(random, 14));
        missingShort.append(words(random, 2).left(15));
        const int start = random.between(0, int(article.size()) - 200);
        found.append(article.mid(start, random.between(40, 120)));
    }
    report(u"quote.missing.20k"_s, time(article, missing));
    report(u"quote.missing-short.20k"_s, time(article, missingShort));
    report(u"quote.found.20k"_s, time(article, found));
    bench::report(u"quote.worst"_s, worst, u"ms"_s);
    return 0;
}
