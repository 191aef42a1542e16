// The built-in corpus as shipped: it loads from the resources with no diagnostic at all, and it keeps
// the promises the app makes to its users (every item quoted, every article cited, dates honest).
#include "citation.h"
#include "corpusreader.h"
#include "corpussummary.h"
#include "quotematcher.h"
#include "testcorpus.h"

#include <QDate>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestBuiltInCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsFromResourcesWithoutDiagnostics();
    void coversTheWholeStory();
    void everyItemIsQuotedVerbatim();
    void everyArticleIsCited();
    void idsAreUniqueAndReferencesResolve();
    void datesAreHonest();
    void articleMetadataStatesOnlyWhatTheTextSays();
    void argumentMapHasDepth();
    void storyIsTeachable();
    void cleanedArticlesDropOnlyScrapingArtefacts();

private:
    std::shared_ptr<const Corpus> m_corpus;
};

void TestBuiltInCorpus::initTestCase()
{
    const ReadResult result = CorpusReader::readFile(CorpusReader::builtInCorpusPath());
    for (const Diagnostic &d : result.diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    QVERIFY(result.ok());
    m_corpus = result.corpus;
}

void TestBuiltInCorpus::loadsFromResourcesWithoutDiagnostics()
{
    const ReadResult result = CorpusReader::readFile(CorpusReader::builtInCorpusPath());
    QVERIFY(result.ok());
    QCOMPARE(result.diagnostics, Diagnostics()); // not even a warning
    // The embedded copy is the one in the source tree.
    QVERIFY(*result.corpus == *test::builtInCorpus());
}

void TestBuiltInCorpus::coversTheWholeStory()
{
    QCOMPARE(m_corpus->articles.size(), 5);
    QVERIFY(m_corpus->events.size() >= 30);
    QVERIFY(m_corpus->arguments.size() >= 25);
    const auto [first, last] = m_corpus->eventSpan();
    QCOMPARE(QDate::fromJulianDay(first).year(), 1983); // Abe's father's consultation attempt
    QCOMPARE(QDate::fromJulianDay(last).year(), 2025);  // Rutte's April 2025 visit and what came with it

    const auto hasEvent = [&](const QString &needle, int year) {
        return std::any_of(m_corpus->events.begin(), m_corpus->events.end(), [&](const Event &e) {
            return e.title.contains(needle, Qt::CaseInsensitive) &&
                   QDate::fromJulianDay(e.date.date.firstDay()).year() == year;
        });
    };
    QVERIFY(hasEvent(u"consultation"_s, 1983));
    QVERIFY(hasEvent(u"NATO headquarters"_s, 2007));
    QVERIFY(hasEvent(u"Strategic Concept"_s, 2022));
    QVERIFY(hasEvent(u"office in Tokyo"_s, 2023));
    QVERIFY(hasEvent(u"Rutte"_s, 2025));
    QVERIFY(std::any_of(m_corpus->events.begin(), m_corpus->events.end(),
                        [](const Event &e) { return e.status == EventStatus::Planned; }));

    const QSet<QString> actors = [&] {
        QSet<QString> ids;
        for (const Facet &actor : m_corpus->actors)
            ids.insert(actor.name);
        return ids;
    }();
    for (const char *name : {"Japan", "NATO", "United States", "China", "Russia", "France", "United Kingdom",
                             "India", "South Korea"})
        QVERIFY2(actors.contains(QString::fromUtf8(name)), name);
}

void TestBuiltInCorpus::everyItemIsQuotedVerbatim()
{
    const auto check = [&](const QString &id, const QList<Quote> &evidence) {
        QVERIFY2(!evidence.isEmpty(), qPrintable(id));
        for (const Quote &quote : evidence) {
            const Article *article = m_corpus->article(quote.articleId);
            QVERIFY(article);
            QVERIFY2(quote.start >= 0, qPrintable(id));
            // The located span, normalised, is the quote, normalised: verbatim up to white space and
            // quote-mark style, nothing else.
            QCOMPARE(QuoteMatcher::normalise(article->text.mid(quote.start, quote.length)),
                     QuoteMatcher::normalise(quote.text));
        }
    };
    for (const Event &event : m_corpus->events)
        check(event.id, event.evidence);
    for (const Argument &argument : m_corpus->arguments)
        check(argument.id, argument.evidence);
}

void TestBuiltInCorpus::everyArticleIsCited()
{
    QSet<QString> cited;
    for (const Event &event : m_corpus->events)
        for (const Quote &quote : event.evidence)
            cited.insert(quote.articleId);
    for (const Argument &argument : m_corpus->arguments)
        for (const Quote &quote : argument.evidence)
            cited.insert(quote.articleId);
    for (const Article &article : m_corpus->articles)
        QVERIFY2(cited.contains(article.id), qPrintable(article.id));
}

void TestBuiltInCorpus::idsAreUniqueAndReferencesResolve()
{
    QSet<QString> ids;
    qsizetype count = 0;
    const auto add = [&](const auto &list) {
        for (const auto &item : list) {
            ids.insert(item.id);
            ++count;
        }
    };
    add(m_corpus->articles);
    add(m_corpus->actors);
    add(m_corpus->themes);
    add(m_corpus->events);
    add(m_corpus->arguments);
    add(m_corpus->eras);
    QCOMPARE(ids.size(), count);

    for (const Event &event : m_corpus->events) {
        for (const QString &actor : event.actors)
            QVERIFY(m_corpus->actor(actor));
        for (const QString &theme : event.themes)
            QVERIFY(m_corpus->theme(theme));
    }
    for (const Argument &argument : m_corpus->arguments) {
        QVERIFY(argument.parentId.isEmpty() || m_corpus->argument(argument.parentId));
        for (const QString &event : argument.events)
            QVERIFY(m_corpus->event(event));
    }
    for (const StoryStep &step : m_corpus->story.steps)
        QVERIFY(m_corpus->event(step.item) || m_corpus->argument(step.item));
}

void TestBuiltInCorpus::datesAreHonest()
{
    const qint64 lastPublished =
        std::max_element(m_corpus->articles.begin(), m_corpus->articles.end(),
                         [](const Article &a, const Article &b) {
                             return a.published.date.lastDay() < b.published.date.lastDay();
                         })
            ->published.date.lastDay();
    for (const Event &event : m_corpus->events) {
        QVERIFY(event.date.date.isValid());
        QVERIFY(event.date.date.firstDay() <= event.date.date.lastDay());
        if (event.date.basis != DateBasis::Stated)
            QVERIFY2(!event.date.note.isEmpty(), qPrintable(event.id)); // say how it was derived
        // Only plans may lie after the newest source.
        if (event.date.date.firstDay() > lastPublished)
            QVERIFY2(event.status == EventStatus::Planned, qPrintable(event.id));
    }
    for (const Article &article : m_corpus->articles) {
        QVERIFY(article.published.basis == DateBasis::Stated ||
                article.published.basis == DateBasis::Inferred);
        if (article.published.basis == DateBasis::Inferred)
            QVERIFY(!article.published.note.isEmpty());
    }
    // The relative dates the issue names: "on Wednesday"/"on Tuesday" in the DW piece of 9 April 2025.
    const Event *talks = m_corpus->event(u"e-2025-rutte-nakatani-nsatu"_s);
    QVERIFY(talks);
    QCOMPARE(talks->date.basis, DateBasis::Derived);
    QCOMPARE(talks->date.date.firstDay(), QDate(2025, 4, 8).toJulianDay());
}

void TestBuiltInCorpus::articleMetadataStatesOnlyWhatTheTextSays()
{
    for (const Article &article : m_corpus->articles) {
        // An outlet, title or author must appear in the text or be explained by the provenance note; an
        // outlet that only the page named must say so.
        const auto stated = [&](const QString &value) {
            return article.text.contains(value) || article.provenance.contains(value);
        };
        if (!article.outlet.isEmpty())
            QVERIFY2(stated(article.outlet), qPrintable(article.id));
        if (article.outletSource == OutletSource::Page)
            QVERIFY2(article.provenance.contains(article.outlet), qPrintable(article.id));
        if (!article.title.isEmpty())
            QVERIFY2(article.text.contains(article.title), qPrintable(article.id));
        for (const QString &author : article.authors)
            QVERIFY2(article.text.contains(author), qPrintable(author));
        QVERIFY(!article.originalFile.isEmpty());
        QVERIFY(QFile::exists(QStringLiteral(ARGLINE_SOURCE_DIR) + u"/corpus/"_s + article.file));
    }
    // War on the Rocks is named only in the page footer that cleaning removed (the text mentions it once,
    // in a biography, as a place an author has published): every citation says where the outlet is from.
    const Article *warOnTheRocks = m_corpus->article(u"wotr-smoke-or-substance"_s);
    QVERIFY(warOnTheRocks);
    QCOMPARE(warOnTheRocks->outletSource, OutletSource::Page);
    QVERIFY(warOnTheRocks->provenance.contains(u"removed during cleaning"_s));
    QCOMPARE(Citation::outlet(*warOnTheRocks), u"War on the Rocks (from the page, not the text)"_s);
    QVERIFY(
        Citation::plainText(*warOnTheRocks).contains(u"War on the Rocks (from the page, not the text)"_s));
    QVERIFY(Citation::shortText(*warOnTheRocks)
                .startsWith(u"War on the Rocks (from the page, not the text), "_s));
    for (const Article &article : m_corpus->articles) {
        if (article.id != warOnTheRocks->id)
            QCOMPARE(article.outletSource, OutletSource::Text);
    }

    // Two of the five articles name no outlet and no author; the corpus must not invent them.
    const auto unnamed =
        std::count_if(m_corpus->articles.begin(), m_corpus->articles.end(),
                      [](const Article &a) { return a.outlet.isEmpty() && a.authors.isEmpty(); });
    QCOMPARE(unnamed, 2);
}

void TestBuiltInCorpus::argumentMapHasDepth()
{
    const CorpusSummary summary = CorpusSummary::of(*m_corpus);
    QCOMPARE(summary.claims, 1);
    QVERIFY(summary.pro >= 8);
    QVERIFY(summary.con >= 8);
    QVERIFY(summary.objections >= 3);
    QVERIFY(summary.rebuttals >= 1);
    // The "inseparable" objection the issue names is there, answering the linked-security reason.
    const auto inseparable =
        std::find_if(m_corpus->arguments.begin(), m_corpus->arguments.end(),
                     [](const Argument &a) { return a.title.contains(u"inseparable"_s); });
    QVERIFY(inseparable != m_corpus->arguments.end());
    QCOMPARE(inseparable->kind, ArgumentKind::Objection);
    // France blocking the Tokyo office backs "NATO has no united front on China".
    const auto unity = std::find_if(m_corpus->arguments.begin(), m_corpus->arguments.end(),
                                    [](const Argument &a) { return a.title.contains(u"united front"_s); });
    QVERIFY(unity != m_corpus->arguments.end());
    QVERIFY(unity->events.contains(u"e-2023-france-blocks-office"_s));
    const qsizetype linked = std::count_if(m_corpus->arguments.begin(), m_corpus->arguments.end(),
                                           [](const Argument &a) { return !a.events.isEmpty(); });
    QVERIFY(linked * 3 >= m_corpus->arguments.size() * 2); // most arguments rest on events
}

void TestBuiltInCorpus::storyIsTeachable()
{
    const QList<StoryStep> &steps = m_corpus->story.steps;
    QVERIFY(steps.size() >= 12 && steps.size() <= 20);
    QCOMPARE(steps.first().item, u"e-1983-consultation-attempt"_s);
    qint64 previous = 0;
    for (const StoryStep &step : steps) {
        QVERIFY(!step.caption.isEmpty());
        if (const Event *event = m_corpus->event(step.item)) {
            QVERIFY2(event->date.date.firstDay() >= previous, qPrintable(step.item)); // events in time order
            previous = event->date.date.firstDay();
        }
    }
}

void TestBuiltInCorpus::cleanedArticlesDropOnlyScrapingArtefacts()
{
    const Article *globalTimes = m_corpus->article(u"gt-2025-rutte-visit"_s);
    QVERIFY(globalTimes);
    // The scraped duplicate opening is gone: the first paragraph appears once.
    QCOMPARE(globalTimes->text.count(u"On Wednesday, NATO Secretary General Mark Rutte concluded"_s), 1);
    QVERIFY(!globalTimes->text.contains(u"Given constraints,"_s));

    const Article *warOnTheRocks = m_corpus->article(u"wotr-smoke-or-substance"_s);
    QVERIFY(warOnTheRocks->text.startsWith(u"Smoke or Substance?"_s));
    for (const char *chrome : {"Jesus", "Comments are closed.", "cookies", "Image: NATO"})
        QVERIFY2(!warOnTheRocks->text.contains(QString::fromUtf8(chrome)), chrome);
    QVERIFY(warOnTheRocks->text.contains(u"Ryan Ashley is an intelligence officer"_s)); // bios are content
    QVERIFY(warOnTheRocks->text.contains(u"Jada Fraser is an M.A. student"_s));
}

QTEST_GUILESS_MAIN(TestBuiltInCorpus)
#include "tst_builtincorpus.moc"
