#include "models/explore/search.h"

#include "models/explore/textquery.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace argline {

QStringList Search::matches(const Corpus &corpus, const QString &text)
{
    const TextQuery query(text);
    if (query.isEmpty())
        return {};
    struct Hit
    {
        int tier;
        int inTitle;
        int importance;
        int order; // reading order
        QString id;
    };
    QList<Hit> hits;
    int order = 0;
    // Reading order: events by date, then arguments in tree order (each claim, then its reasons
    // depth-first).
    QList<int> events(corpus.events.size());
    std::iota(events.begin(), events.end(), 0);
    std::stable_sort(events.begin(), events.end(), [&](int a, int b) {
        return corpus.events[a].date.date.firstDay() < corpus.events[b].date.date.firstDay();
    });
    for (int e : std::as_const(events)) {
        const Event &event = corpus.events[e];
        const TextQuery::Hits found = query.find(event.title, event.summary, event.evidence);
        if (found.all)
            hits.append({found.tier, found.inTitle, event.importance, order, event.id});
        ++order;
    }
    QList<int> stack;
    for (int i = int(corpus.arguments.size()) - 1; i >= 0; --i) {
        if (corpus.arguments[i].parent < 0)
            stack.append(i);
    }
    while (!stack.isEmpty()) {
        const Argument &argument = corpus.arguments[stack.takeLast()];
        const TextQuery::Hits found = query.find(argument.title, argument.text, argument.evidence);
        if (found.all)
            hits.append({found.tier, found.inTitle, importance(argument), order, argument.id});
        ++order;
        for (qsizetype c = argument.children.size() - 1; c >= 0; --c)
            stack.append(argument.children[c]);
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return std::tuple(a.tier, -a.inTitle, -a.importance, a.order) <
               std::tuple(b.tier, -b.inTitle, -b.importance, b.order);
    });
    QStringList ids;
    ids.reserve(hits.size());
    for (const Hit &hit : std::as_const(hits))
        ids.append(hit.id);
    return ids;
}

} // namespace argline
