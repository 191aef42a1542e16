#include "models/explore/filterdescription.h"

#include "models/explore/filterspec.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace argline {

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
