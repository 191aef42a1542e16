#include "models/explore/filterdescription.h"

#include "models/explore/filterspec.h"
#include "models/explore/itemfilter.h"
#include "models/time/fuzzydate.h"

#include <QDate>
#include <QLocale>

#include <cmath>

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
        chips.append({FilterChip::Kind::Stance,
                      {},
                      spec.showPro ? tr("only for the claim") : tr("only against the claim")});
    else if (!spec.showPro)
        chips.append({FilterChip::Kind::Stance, {}, tr("neither for nor against")});
    // A minimum importance that every event reaches filters nothing, and says nothing.
    // (Importance starts at 1: no need to look through 100,000 events on every zoom step to know that.)
    if (spec.minImportance > 1 &&
        std::any_of(corpus.events.begin(), corpus.events.end(),
                    [&](const Event &e) { return e.importance < spec.minImportance; }))
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

QString FilterDescription::windowText(double firstDay, double endDay)
{
    const QDate first = QDate::fromJulianDay(qint64(std::floor(firstDay)));
    const QDate last = QDate::fromJulianDay(std::max(qint64(std::ceil(endDay)) - 1, first.toJulianDay()));
    const auto two = [](int n) { return u"%1"_s.arg(n, 2, 10, QLatin1Char('0')); };
    QString value;
    if (first.daysTo(last) >= 2 * 365) // years
        value = u"%1/%2"_s.arg(first.year()).arg(last.year());
    else if (first.daysTo(last) >= 60) // months
        value = u"%1-%2/%3-%4"_s.arg(first.year())
                    .arg(two(first.month()))
                    .arg(last.year())
                    .arg(two(last.month()));
    else
        value = u"%1/%2"_s.arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    const auto date = FuzzyDate::parse(QStringView(value));
    return date ? date->displayText() : value;
}

QString FilterDescription::statusLine(const Corpus &corpus, const FilterSpec &spec, int shownEvents,
                                      int shownArguments, std::optional<EventWindow> window)
{
    const int events = int(corpus.events.size());
    const int arguments = int(corpus.arguments.size());
    const QList<FilterChip> active = chips(corpus, spec);
    // Events the timeline's window leaves out are not shown either: count what is in view, and say where.
    const bool windowed = window && window->events < shownEvents;
    const int inView = windowed ? window->events : shownEvents;
    if (active.isEmpty() && inView == events && shownArguments == arguments)
        return tr("%n event(s)", nullptr, events) + u" · "_s + tr("%n argument(s)", nullptr, arguments);
    QStringList labels;
    for (const FilterChip &chip : active)
        labels.append(chip.label);
    const QString eventPart = windowed ? tr("%1 of %n event(s) in %2", nullptr, events)
                                             .arg(inView)
                                             .arg(windowText(window->firstDay, window->endDay))
                                       : tr("%1 of %n event(s)", nullptr, events).arg(inView);
    QString line = eventPart + u" · "_s +
                   (shownArguments == arguments && active.isEmpty()
                        ? tr("%n argument(s)", nullptr, arguments)
                        : tr("%1 of %n argument(s)", nullptr, arguments).arg(shownArguments));
    if (!labels.isEmpty())
        line += u" · "_s + tr("filtered by: %1").arg(labels.join(u", "_s));
    return line;
}

namespace {

QString quoted(const QString &title)
{
    const QString shortened = title.size() > 48 ? title.left(46).trimmed() + u'…' : title;
    return FilterDescription::tr("“%1”").arg(shortened);
}

QString names(const QStringList &ids, const QList<Facet> &facets)
{
    QStringList out;
    for (const QString &id : ids) {
        const auto it =
            std::find_if(facets.begin(), facets.end(), [&](const Facet &f) { return f.id == id; });
        out.append(it != facets.end() ? it->name : id);
    }
    return out.join(u", "_s);
}

} // namespace

QStringList FilterDescription::reasons(const Corpus &corpus, const LinkIndex &links, const FilterSpec &spec,
                                       const QString &id)
{
    QStringList lines;
    if (spec.isEmpty())
        return lines;
    const ItemRef item = corpus.find(id);
    const ItemFilter filter(corpus, links, spec);
    MatchReasons why;
    const bool event = item.kind == ItemKind::Event;
    if (event) {
        if (!filter.acceptsEvent(item.index, &why))
            return {tr("Does not match the filters.")};
    } else if (item.kind == ItemKind::Argument) {
        if (!filter.acceptsArgument(item.index, &why))
            return {tr("Shown for context: it does not match the filters, but an argument beneath it does.")};
    } else {
        return lines;
    }

    // Actors and themes: what the item itself names or involves, and (for an argument) the cited events
    // that involve them, which are worth knowing but not why it matches.
    if (!why.actors.isEmpty() || !why.themes.isEmpty()) {
        QStringList parts;
        if (!why.actors.isEmpty())
            parts.append(event ? tr("involves %1").arg(names(why.actors, corpus.actors))
                               : tr("names %1").arg(names(why.actors, corpus.actors)));
        if (!why.themes.isEmpty())
            parts.append(tr("is about %1").arg(names(why.themes, corpus.themes)));
        // The most important cited events first.
        QList<int> cited = why.citedEvents;
        std::stable_sort(cited.begin(), cited.end(), [&](int a, int b) {
            return corpus.events[a].importance > corpus.events[b].importance;
        });
        QStringList titles;
        for (int e : cited.mid(0, 2))
            titles.append(quoted(corpus.events[e].title));
        if (!titles.isEmpty()) {
            const int more = int(cited.size() - titles.size());
            const QString list = titles.join(u", "_s);
            parts.append(
                tr("also cites %1").arg(more > 0 ? tr("%1 and %n more", nullptr, more).arg(list) : list));
        }
        const QStringList matched =
            QStringList{names(why.actors, corpus.actors), names(why.themes, corpus.themes)};
        QStringList heads;
        for (const QString &head : matched) {
            if (!head.isEmpty())
                heads.append(head);
        }
        lines.append(tr("Matches %1: %2").arg(heads.join(u", "_s), parts.join(u"; "_s)));
    }
    if (!why.articles.isEmpty()) {
        QStringList labels;
        for (const QString &article : std::as_const(why.articles)) {
            const Article *a = corpus.article(article);
            labels.append(a ? a->label : article);
        }
        lines.append(tr("Quotes %1").arg(labels.join(u"; "_s)));
    }
    if (spec.showPro != spec.showCon) {
        if (event) {
            QStringList titles;
            for (int a : why.citingArguments.mid(0, 2))
                titles.append(quoted(corpus.arguments[a].title));
            lines.append(
                tr("Cited by %1 (%2)")
                    .arg(titles.join(u", "_s), stanceName(spec.showPro ? Stance::For : Stance::Against)));
        } else {
            const Stance stance = stanceOf(corpus.arguments[item.index]);
            lines.append(stance == Stance::Claim ? tr("The claim: shown whatever the stance")
                                                 : tr("Stance: %1").arg(stanceName(stance)));
        }
    }
    if (event && spec.minImportance > 1)
        lines.append(tr("Importance %1 (at least %2)")
                         .arg(corpus.events[item.index].importance)
                         .arg(spec.minImportance));
    if (!spec.text.isEmpty()) {
        lines.append(why.text.tier == 0   ? tr("The searched words are in its title")
                     : why.text.tier == 1 ? tr("The searched words are in its title or text")
                                          : tr("The searched words are in its title, text or quotes"));
    }
    if (why.published && spec.asOfDay) {
        const QString day = QLocale().toString(QDate::fromJulianDay(*spec.asOfDay), QLocale::ShortFormat);
        const Argument &argument = corpus.arguments[item.index];
        if (argument.parent < 0 &&
            ItemFilter::publishedBy(corpus, argument, *spec.asOfDay) == ItemFilter::Published::No)
            lines.append(
                tr("The claim frames the debate: arguments beneath it were published by %1").arg(day));
        else if (*why.published == ItemFilter::Published::Yes)
            lines.append(tr("A source was published by %1").arg(day));
        else
            lines.append(tr("A source may have been published by %1 (its date is inferred)").arg(day));
    }
    return lines;
}

QString FilterDescription::rules()
{
    return tr("Actors and themes: an event matches by its own; an argument by those it names itself, not "
              "by the events it cites. For and against: an argument's stance on the claim; an event "
              "matches when an argument of that stance cites it. Importance applies to events only.");
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
