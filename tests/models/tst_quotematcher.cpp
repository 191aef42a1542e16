// QuoteMatcher finds quotes through a hash index of text windows; these tests hold it to the plain
// normalised search it replaces, on fixed cases and on random texts.
#include "models/io/quotematcher.h"
#include "tests/support/syntheticcorpus.h"

#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using namespace argline;

class TestQuoteMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsVerbatimQuotes_data();
    void findsVerbatimQuotes();
    void agreesWithPlainSearchOnRandomTexts();
    void firstOccurrenceWins();
    void longestMatchingPrefix();
    void findAllAgreesWithPlainSearch();
    void nearRepeatsAreSettled();
};

namespace {

// What the matcher must answer, by brute force over the normalised texts.
std::pair<qsizetype, qsizetype> plainSearch(const QString &normalisedArticle, const QString &quote)
{
    const QString needle = QuoteMatcher::normalise(quote);
    if (needle.isEmpty())
        return {-1, 0};
    qsizetype prefix = 0;
    while (prefix < needle.size() && normalisedArticle.contains(QStringView(needle).left(prefix + 1)))
        ++prefix;
    return {normalisedArticle.indexOf(needle), prefix};
}

} // namespace

void TestQuoteMatcher::findsVerbatimQuotes_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("found"); // the original text the span covers; empty when not found

    const QString text = u"He said: “No partner is closer\nand more capable than Japan,” gushed the chief.\n"
                         "It’s a  long road — with   spaces."_s;
    QTest::newRow("exact, longer than a window") << text << u"gushed the chief."_s << u"gushed the chief."_s;
    QTest::newRow("shorter than a window") << text << u"He said"_s << u"He said"_s;
    QTest::newRow("across a line break")
        << text << u"closer and more capable"_s << u"closer\nand more capable"_s;
    QTest::newRow("straight quotes for curly")
        << text << u"\"No partner is closer and more capable than Japan,\""_s
        << u"“No partner is closer\nand more capable than Japan,”"_s;
    QTest::newRow("apostrophe") << text << u"It's a long road"_s << u"It’s a  long road"_s;
    QTest::newRow("extra spaces in the quote") << text << u"  with    spaces. "_s << u"with   spaces."_s;
    QTest::newRow("dash must match") << text << u"long road - with spaces"_s << QString();
    QTest::newRow("case must match") << text << u"no partner is closer"_s << QString();
    QTest::newRow("not there") << text << u"and more capable than Korea"_s << QString();
    QTest::newRow("empty quote") << text << QString() << QString();
    QTest::newRow("empty article") << QString() << u"anything at all here, really"_s << QString();
}

void TestQuoteMatcher::findsVerbatimQuotes()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QString, found);
    const auto span = QuoteMatcher(article).find(quote);
    QCOMPARE(span.has_value(), !found.isEmpty());
    if (span)
        QCOMPARE(article.mid(span->start, span->length), found);
}

// Property: for random texts and random substrings (with white space and quote marks re-styled), the
// indexed search returns exactly what a plain search of the normalised text returns.
void TestQuoteMatcher::agreesWithPlainSearchOnRandomTexts()
{
    test::Random random(42);
    const QString alphabet = u"ab ’“”\n"_s; // few letters: many repeated windows and near misses
    for (int round = 0; round < 200; ++round) {
        QString article;
        const int length = random.between(0, 600);
        for (int i = 0; i < length; ++i)
            article += alphabet[random.between(0, int(alphabet.size()) - 1)];
        const QString normalisedArticle = QuoteMatcher::normalise(article);
        const QuoteMatcher matcher(article);
        for (int probe = 0; probe < 20; ++probe) {
            QString quote;
            if (probe % 2 == 0 && !article.isEmpty()) { // a real substring, usually found
                const int start = random.between(0, int(article.size()) - 1);
                quote = article.mid(start, random.between(1, 40));
            } else { // random text, usually not found
                const int quoteLength = random.between(1, 30);
                for (int i = 0; i < quoteLength; ++i)
                    quote += alphabet[random.between(0, int(alphabet.size()) - 1)];
            }
            const QString needle = QuoteMatcher::normalise(quote);
            const qsizetype expected = needle.isEmpty() ? -1 : normalisedArticle.indexOf(needle);
            const auto span = matcher.find(quote);
            QCOMPARE(span.has_value(), expected >= 0);
            if (span)
                QCOMPARE(QuoteMatcher::normalise(QStringView(article).sliced(span->start, span->length)),
                         needle);
        }
    }
}

void TestQuoteMatcher::firstOccurrenceWins()
{
    const QString repeated = u"the alliance is global. the alliance is global. the alliance is global."_s;
    const auto span = QuoteMatcher(repeated).find(u"the alliance is global."_s);
    QVERIFY(span);
    QCOMPARE(span->start, 0);
}

void TestQuoteMatcher::longestMatchingPrefix()
{
    const QuoteMatcher matcher(u"the two ministers met in Brussels"_s);
    QCOMPARE(matcher.longestMatchingPrefix(u"the two ministers met in Paris"_s), 25);
    QCOMPARE(matcher.longestMatchingPrefix(u"Presidents"_s), 0);
}

// Property: findAll() over many quotes at once (the validator's call, which settles the quotes the index
// cannot in one automaton pass) finds the first occurrence of each and the longest prefix of each that
// occurs, as a plain search does. Few letters and long quotes make the index give up often.
void TestQuoteMatcher::findAllAgreesWithPlainSearch()
{
    test::Random random(17);
    const QString alphabet = u"aab ’\n"_s;
    for (int round = 0; round < 60; ++round) {
        QString article;
        const int length = random.between(0, 3000);
        for (int i = 0; i < length; ++i)
            article += alphabet[random.between(0, int(alphabet.size()) - 1)];
        const QString normalisedArticle = QuoteMatcher::normalise(article);
        QList<QString> quotes;
        for (int probe = 0; probe < 40; ++probe) {
            QString quote;
            if (probe % 2 == 0 && !article.isEmpty()) {
                quote = article.mid(random.between(0, int(article.size()) - 1), random.between(1, 300));
                if (probe % 4 == 0) // a near miss: a real passage that goes on differently
                    quote += u'x';
            } else {
                for (int i = random.between(1, 60); i > 0; --i)
                    quote += alphabet[random.between(0, int(alphabet.size()) - 1)];
            }
            quotes.append(quote);
        }
        // Few expected quotes for the text's length make the index sample windows (a stride up to 16).
        const qsizetype expectedQuotes = std::array<qsizetype, 4>{0, 1, 4, 40}[round % 4];
        const QuoteMatcher matcher(article, expectedQuotes);
        const QList<QuoteMatch> matches = matcher.findAll(quotes, quotes.size());
        QCOMPARE(matches.size(), quotes.size());
        for (qsizetype i = 0; i < quotes.size(); ++i) {
            const auto [at, prefix] = plainSearch(normalisedArticle, quotes[i]);
            QCOMPARE(matches[i].span.has_value(), at >= 0);
            QCOMPARE(matches[i].matchedPrefix, prefix);
            if (matches[i].span) {
                // The first occurrence: nothing before the span's start matches.
                const QString needle = QuoteMatcher::normalise(quotes[i]);
                QCOMPARE(QuoteMatcher::normalise(
                             QStringView(article).sliced(matches[i].span->start, matches[i].span->length)),
                         needle);
                QCOMPARE(
                    QuoteMatcher::normalise(QStringView(article).left(matches[i].span->start + 1)).size() - 1,
                    at);
            }
        }
    }
}

// The inputs that were quadratic: an article of near-repeats and quotes that share a long prefix or
// suffix with every repeat. The index gives up on them and the automaton settles them, correctly.
void TestQuoteMatcher::nearRepeatsAreSettled()
{
    const QString unit = u"The alliance is global. "_s;
    QString article;
    for (int i = 0; i < 20000; ++i)
        article += unit;
    const QuoteMatcher matcher(article, 2);
    QString shared;
    for (int i = 0; i < 200; ++i)
        shared += unit;
    const QList<QString> quotes = {shared + u"It is not."_s, u"Not so: "_s + shared, shared.trimmed(),
                                   u"alliance is global. The"_s};
    const QList<QuoteMatch> matches = matcher.findAll(quotes, quotes.size());
    QVERIFY(!matches[0].span);
    QCOMPARE(matches[0].matchedPrefix, shared.size()); // "…global. " occurs everywhere, "…global. I" nowhere
    QVERIFY(!matches[1].span);
    QCOMPARE(matches[1].matchedPrefix, 0);
    QVERIFY(matches[2].span);
    QCOMPARE(matches[2].span->start, 0);
    QVERIFY(matches[3].span);
    QCOMPARE(matches[3].span->start, 4);
}

QTEST_GUILESS_MAIN(TestQuoteMatcher)
#include "tst_quotematcher.moc"
