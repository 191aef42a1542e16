#include "search.h"

#include "filterspec.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace argline {

QStringList Search::matches(const Corpus &corpus, const QString &text)
{
    QStringList ids;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return ids;
    QList<int> events;
    for (int i = 0; i < corpus.events.size(); ++i) {
        const Event &e = corpus.events[i];
        if (ItemFilter::textMatches(needle, e.title, e.summary, e.evidence))
            events.append(i);
    }
    std::stable_sort(events.begin(), events.end(), [&](int a, int b) {
        return corpus.events[a].date.date.firstDay() < corpus.events[b].date.date.firstDay();
    });
    for (int e : std::as_const(events))
        ids.append(corpus.events[e].id);
    // Arguments in tree order: each claim, then its reasons depth-first.
    QList<int> stack;
    for (int i = int(corpus.arguments.size()) - 1; i >= 0; --i) {
        if (corpus.arguments[i].parent < 0)
            stack.append(i);
    }
    while (!stack.isEmpty()) {
        const int a = stack.takeLast();
        const Argument &argument = corpus.arguments[a];
        if (ItemFilter::textMatches(needle, argument.title, argument.text, argument.evidence))
            ids.append(argument.id);
        for (qsizetype c = argument.children.size() - 1; c >= 0; --c)
            stack.append(argument.children[c]);
    }
    return ids;
}

QList<FilterChip> FilterDescription::chips(const Corpus &corpus, const FilterSpec &spec)
{
    QList<FilterChip> chips;
    const auto named = [&](const QSet<QString> &ids, FilterChip::Kind kind, auto lookup) {
        QStringList sorted(ids.begin(), ids.end());
        sorted.sort();
        for (const QString &id : std::as_const(sorted))
            chips.append({kind, id, lookup(id)});
    };
    named(spec.actors, FilterChip::Kind::Actor, [&](const QString &id) {
        const Facet *f = corpus.actor(id);
        return f ? f->name : id;
    });
    named(spec.themes, FilterChip::Kind::Theme, [&](const QString &id) {
        const Facet *f = corpus.theme(id);
        return f ? f->name : id;
    });
    named(spec.articles, FilterChip::Kind::Article, [&](const QString &id) {
        const Article *a = corpus.article(id);
        return a ? a->label : id;
    });
    if (spec.showPro != spec.showCon)
        chips.append({FilterChip::Kind::Stance, {}, spec.showPro ? tr("only for") : tr("only against")});
    else if (!spec.showPro)
        chips.append({FilterChip::Kind::Stance, {}, tr("neither for nor against")});
    if (spec.minImportance > 1)
        chips.append({FilterChip::Kind::Importance, {}, tr("importance %1+").arg(spec.minImportance)});
    if (!spec.text.isEmpty())
        chips.append({FilterChip::Kind::Text, {}, tr("“%1”").arg(spec.text)});
    if (spec.onlyLinkedTo)
        chips.append({FilterChip::Kind::OnlyLinked, {}, tr("only linked to the selection")});
    if (spec.asOfDay)
        chips.append(
            {FilterChip::Kind::AsOf,
             {},
             tr("as of %1")
                 .arg(QLocale().toString(QDate::fromJulianDay(*spec.asOfDay), QLocale::ShortFormat))});
    return chips;
}

QString FilterDescription::statusLine(const Corpus &corpus, const FilterSpec &spec, int shownEvents,
                                      int shownArguments)
{
    const int events = int(corpus.events.size());
    const int arguments = int(corpus.arguments.size());
    const QList<FilterChip> active = chips(corpus, spec);
    if (active.isEmpty() && shownEvents == events && shownArguments == arguments)
        return tr("%n event(s)", nullptr, events) + u" · "_s + tr("%n argument(s)", nullptr, arguments);
    QStringList labels;
    for (const FilterChip &chip : active)
        labels.append(chip.label);
    QString line = tr("%1 of %n event(s)", nullptr, events).arg(shownEvents) + u" · "_s +
                   tr("%1 of %n argument(s)", nullptr, arguments).arg(shownArguments);
    if (!labels.isEmpty())
        line += u" · "_s + tr("filtered by: %1").arg(labels.join(u", "_s));
    return line;
}

FilterSpec FilterDescription::without(const FilterSpec &spec, const FilterChip &chip)
{
    FilterSpec next = spec;
    switch (chip.kind) {
    case FilterChip::Kind::Actor:
        next.actors.remove(chip.value);
        break;
    case FilterChip::Kind::Theme:
        next.themes.remove(chip.value);
        break;
    case FilterChip::Kind::Article:
        next.articles.remove(chip.value);
        break;
    case FilterChip::Kind::Stance:
        next.showPro = next.showCon = true;
        break;
    case FilterChip::Kind::Importance:
        next.minImportance = 1;
        break;
    case FilterChip::Kind::Text:
        next.text.clear();
        break;
    case FilterChip::Kind::OnlyLinked:
        next.onlyLinkedTo.reset();
        break;
    case FilterChip::Kind::AsOf:
        next.asOfDay.reset();
        break;
    }
    return next;
}

} // namespace argline
