#include "tests/support/syntheticcorpus.h"

#include "models/io/corpuswriter.h"

#include <QDate>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace argline::test {

namespace {

constexpr std::array words = {
    "alliance",    "security",
    "partner",     "treaty",
    "summit",      "minister",
    "defence",     "maritime",
    "deterrence",  "cooperation",
    "strategy",    "region",
    "Pacific",     "Atlantic",
    "exercise",    "frigate",
    "office",      "mission",
    "dialogue",    "consensus",
    "capability",  "industry",
    "supply",      "chain",
    "information", "sharing",
    "coercion",    "disinformation",
    "resilience",  "framework",
    "agreement",   "interoperability",
    "policy",      "rhetoric",
    "resources",   "budget",
    "naval",       "presence",
    "visit",       "declaration",
    "concept",     "challenge",
    "threat",      "stability",
    "order",       "values",
    "interests",   "members",
    "capital",     "headquarters",
    "liaison",     "outreach",
    "perception",  "narrative",
    "escalation",  "balance",
    "power",       "influence",
    "commitment",  "assistance",
    "training",    "command",
    "deployment",  "carrier",
    "strike",      "group",
    "port",        "drills",
    "the",         "of",
    "and",         "to",
    "in",          "a",
    "for",         "with",
    "on",          "that",
    "by",          "its",
    "as",          "from",
    "at",          "new",
    "closer",      "wider",
    "global",      "regional",
    "formal",      "practical",
    "limited",     "growing",
    "strong",
};

constexpr std::array actorNames = {"Japan",       "NATO",      "United States",  "China",
                                   "Russia",      "France",    "United Kingdom", "India",
                                   "South Korea", "Australia", "Germany",        "EU"};
constexpr std::array themeNames = {"Institutions",      "Military",          "China",
                                   "Ukraine war",       "Alliance politics", "Perception",
                                   "Economic security", "Industry"};

QString sentence(Random &random, int minWords, int maxWords)
{
    const int count = random.between(minWords, maxWords);
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i)
            text += u' ';
        text += QLatin1StringView(words[size_t(random.between(0, int(words.size()) - 1))]);
    }
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// A quote: a run of whole words from the article.
QString quoteFrom(Random &random, const QString &article)
{
    const qsizetype length = random.between(40, 100);
    qsizetype start = random.between(0, int(std::max<qsizetype>(0, article.size() - length - 1)));
    while (start > 0 && article[start - 1] != u' ')
        --start;
    qsizetype end = std::min(article.size(), start + length);
    while (end < article.size() && article[end] != u' ')
        ++end;
    return article.mid(start, end - start).trimmed();
}

// Dates crowd towards the end of the span, as in the real debate.
FuzzyDate randomDate(Random &random, const SyntheticSpec &spec)
{
    const qint64 first = QDate(spec.firstYear, 1, 1).toJulianDay();
    const qint64 last = QDate(spec.lastYear, 12, 31).toJulianDay();
    const double skew = std::sqrt(random.unit());
    const QDate day = QDate::fromJulianDay(first + qint64(skew * double(last - first)));
    const int kind = random.between(0, 99);
    QString text;
    if (kind < 60)
        text = day.toString(u"yyyy-MM-dd"_s);
    else if (kind < 85)
        text = day.toString(u"yyyy-MM"_s);
    else if (kind < 93)
        text = QString::number(day.year());
    else if (kind < 97)
        text = u"early "_s + QString::number(day.year());
    else
        text =
            day.toString(u"yyyy-MM"_s) + u'/' + day.addMonths(random.between(1, 14)).toString(u"yyyy-MM"_s);
    return *FuzzyDate::parse(text);
}

QList<Quote> evidence(Random &random, const Corpus &corpus, int count)
{
    QList<Quote> quotes;
    for (int i = 0; i < count; ++i) {
        const Article &article = corpus.articles[random.between(0, int(corpus.articles.size()) - 1)];
        quotes.append({article.id, quoteFrom(random, article.text), {}, -1, 0});
    }
    return quotes;
}

} // namespace

Corpus makeSyntheticCorpus(const SyntheticSpec &spec)
{
    Random random(spec.seed);
    Corpus corpus;
    corpus.title = u"Synthetic corpus"_s;
    corpus.description = u"Generated for benchmarks and property tests."_s;

    for (int i = 0; i < spec.articles; ++i) {
        Article &article = corpus.articles.emplaceBack();
        article.id = u"art-%1"_s.arg(i);
        article.label = u"Source %1"_s.arg(i);
        article.title = sentence(random, 5, 10);
        article.outlet = u"Outlet %1"_s.arg(i % 7);
        article.authors = {u"Author %1"_s.arg(i)};
        article.published.date =
            *FuzzyDate::parse(u"%1-%2"_s.arg(spec.lastYear - i % 3).arg(1 + i % 12, 2, 10, QLatin1Char('0')));
        for (int p = 0; p < 40; ++p)
            article.text += sentence(random, 18, 40) + u".\n"_s;
    }
    for (size_t i = 0; i < actorNames.size(); ++i)
        corpus.actors.append({u"actor-%1"_s.arg(i), QString::fromLatin1(actorNames[i]),
                              QColor(QColor::fromHsv(int(i) * 30, 160, 200).rgb())});
    for (size_t i = 0; i < themeNames.size(); ++i)
        corpus.themes.append({u"theme-%1"_s.arg(i), QString::fromLatin1(themeNames[i]),
                              QColor(QColor::fromHsv(int(i) * 45, 120, 180).rgb())});

    corpus.events.reserve(spec.events);
    for (int i = 0; i < spec.events; ++i) {
        Event &event = corpus.events.emplaceBack();
        event.id = u"ev-%1"_s.arg(i);
        event.title = sentence(random, 3, 6);
        event.summary = sentence(random, 5, 12) + u'.';
        event.date.date = randomDate(random, spec);
        if (random.between(0, 9) == 0) {
            event.date.basis = DateBasis::Derived;
            event.date.note = u"Derived from the article's date."_s;
        }
        event.status = random.between(0, 19) == 0 ? EventStatus::Planned : EventStatus::Happened;
        const int actorCount = random.between(1, 3);
        for (int a = 0; a < actorCount; ++a) {
            const QString id = corpus.actors[random.between(0, int(corpus.actors.size()) - 1)].id;
            if (!event.actors.contains(id))
                event.actors.append(id);
        }
        event.themes = {corpus.themes[random.between(0, int(corpus.themes.size()) - 1)].id};
        const int roll = random.between(0, 99);
        event.importance = roll < 40 ? 1 : roll < 70 ? 2 : roll < 88 ? 3 : roll < 97 ? 4 : 5;
        event.evidence = evidence(random, corpus, random.between(0, 5) == 0 ? 2 : 1);
    }

    corpus.arguments.reserve(spec.arguments);
    for (int i = 0; i < spec.arguments; ++i) {
        Argument &argument = corpus.arguments.emplaceBack();
        argument.id = u"arg-%1"_s.arg(i);
        if (i < spec.claims) {
            argument.role = ArgumentRole::Claim;
        } else {
            // Prefer recent parents so trees grow deep as well as wide.
            const int window = std::min(i, 400);
            argument.parentId = corpus.arguments[random.between(i - window, i - 1)].id;
            argument.role = random.between(0, 1) ? ArgumentRole::Pro : ArgumentRole::Con;
        }
        argument.title = sentence(random, 3, 6);
        argument.text = sentence(random, 8, 20) + u'.';
        argument.evidence = evidence(random, corpus, 1);
        const int links = random.between(0, 2);
        for (int l = 0; l < links && spec.events > 0; ++l)
            argument.events.append(corpus.events[random.between(0, spec.events - 1)].id);
        // Every third argument names an actor and a theme of its own, chosen without a random draw so
        // that the rest of the corpus is the same as before arguments had them.
        if (i % 3 == 0) {
            argument.actors = {corpus.actors[i % corpus.actors.size()].id};
            argument.themes = {corpus.themes[i % corpus.themes.size()].id};
        }
    }
    if (spec.events > 0) {
        for (int s = 0; s < 16; ++s)
            corpus.story.steps.append(
                {corpus.events[random.between(0, spec.events - 1)].id, sentence(random, 6, 12)});
    }
    corpus.rebuildIndex();
    corpus.deriveStructure();
    return corpus;
}

QByteArray makeSyntheticCorpusJson(const SyntheticSpec &spec)
{
    return CorpusWriter::toJson(makeSyntheticCorpus(spec), CorpusWriter::ArticleTexts::Inline);
}

} // namespace argline::test
