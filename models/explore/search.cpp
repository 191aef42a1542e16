#include "models/explore/search.h"

#include "models/explore/filterspec.h"
#include "models/explore/itemfilter.h"

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

} // namespace argline
