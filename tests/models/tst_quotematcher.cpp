// QuoteMatcher finds quotes through a hash index of text windows; these tests hold it to the plain
// normalised search it replaces, on fixed cases and on random texts.
#include "models/io/quotematcher.h"
#include "tests/support/syntheticcorpus.h"

#include <QTest>

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
};

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

QTEST_GUILESS_MAIN(TestQuoteMatcher)
#include "tst_quotematcher.moc"
