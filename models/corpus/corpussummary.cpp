#include "models/corpus/corpussummary.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace argline {

CorpusSummary CorpusSummary::of(const Corpus &corpus)
{
    CorpusSummary s;
    s.articles = corpus.articles.size();
    s.events = corpus.events.size();
    s.arguments = corpus.arguments.size();
    s.eras = corpus.eras.size();
    s.storySteps = corpus.story.steps.size();
    s.undrawnRelations = corpus.relations.size();
    for (const Event &event : corpus.events) {
        s.quotes += event.evidence.size();
        if (event.status == EventStatus::Planned)
            ++s.plannedEvents;
        s.withoutQuote += event.evidence.isEmpty();
    }
    if (const auto [first, last] = corpus.eventSpan(); first <= last) {
        s.firstYear = QDate::fromJulianDay(first).year();
        s.lastYear = QDate::fromJulianDay(last).year();
    }
    for (const Argument &argument : corpus.arguments) {
        if (!argument.copyOf.isEmpty()) { // the same argument again, under a second parent
            ++s.crossReferences;
            --s.arguments;
            continue;
        }
        s.withoutQuote += argument.evidence.isEmpty();
        s.quotes += argument.evidence.size();
        s.claims += argument.kind == ArgumentKind::Claim;
        s.pro += argument.stanceToRoot > 0;
        s.con += argument.stanceToRoot < 0;
        s.objections += argument.kind == ArgumentKind::Objection;
        s.rebuttals += argument.kind == ArgumentKind::Rebuttal;
    }
    return s;
}

QString CorpusSummary::toString() const
{
    QStringList parts;
    parts << tr("%n article(s)", nullptr, int(articles));
    QString eventText = tr("%n event(s)", nullptr, int(events));
    if (firstYear)
        eventText += u" (%1–%2)"_s.arg(FuzzyDate::yearText(firstYear), FuzzyDate::yearText(lastYear));
    parts << eventText;
    parts << tr("%n argument(s)", nullptr, int(arguments)) +
                 u" (%1)"_s.arg(QStringList{
                     tr("%n claim(s)", nullptr, int(claims)), tr("%n for", nullptr, int(pro)),
                     tr("%n against", nullptr, int(con)), tr("%n objection(s)", nullptr, int(objections)),
                     tr("%n rebuttal(s)", nullptr, int(rebuttals))}
                                    .join(u", "_s));
    parts << tr("%n quote(s)", nullptr, int(quotes));
    parts << tr("%n era(s)", nullptr, int(eras));
    parts << tr("%n story step(s)", nullptr, int(storySteps));
    if (withoutQuote > 0)
        parts << tr("%n without a source quote", nullptr, int(withoutQuote));
    if (crossReferences > 0)
        parts << tr("%n cross-reference(s)", nullptr, int(crossReferences));
    if (undrawnRelations > 0)
        parts << tr("%n relation(s) the map does not draw", nullptr, int(undrawnRelations));
    return parts.join(u" · "_s);
}

} // namespace argline
