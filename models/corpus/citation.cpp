#include "models/corpus/citation.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QString dateText(const Article &article)
{
    QString date = article.published.date.displayText();
    if (article.published.basis != DateBasis::Stated)
        date += u" ("_s + dateBasisDisplayName(article.published.basis) + u")"_s;
    return date;
}

} // namespace

QStringList Citation::parts(const Article &article)
{
    // An untitled article is named by its corpus label ("Untitled analysis of a NATO office in Japan
    // (2023)"), so a reader can still tell which text is meant.
    return {article.title.isEmpty() ? (article.label.isEmpty() ? tr("(no title in the text)") : article.label)
                                    : article.title,
            article.outlet.isEmpty() ? tr("outlet not stated") : outlet(article),
            article.authors.isEmpty() ? tr("author not stated") : article.authors.join(u", "_s),
            dateText(article)};
}

QString Citation::plainText(const Article &article)
{
    return parts(article).join(u" · "_s);
}

QString Citation::outlet(const Article &article)
{
    if (article.outlet.isEmpty() || article.outletSource == OutletSource::Text)
        return article.outlet;
    return tr("%1 (from the page, not the text)").arg(article.outlet);
}

QString Citation::shortText(const Article &article)
{
    if (article.outlet.isEmpty())
        return article.label;
    return u"%1, %2"_s.arg(outlet(article), dateText(article));
}

QString Citation::withoutQuote(const QString &importedFrom)
{
    return importedFrom.isEmpty() ? QString() : tr("from %1 · no source quote").arg(importedFrom);
}

QList<int> Citation::citedArticles(const Corpus &corpus, const QList<int> &events,
                                   const QList<int> &arguments)
{
    QSet<QString> ids;
    for (int event : events) {
        for (const Quote &quote : corpus.events[event].evidence)
            ids.insert(quote.articleId);
    }
    for (int argument : arguments) {
        for (const Quote &quote : corpus.arguments[argument].evidence)
            ids.insert(quote.articleId);
    }
    QList<int> cited;
    for (int i = 0; i < corpus.articles.size(); ++i) {
        if (ids.contains(corpus.articles[i].id))
            cited.append(i);
    }
    std::stable_sort(cited.begin(), cited.end(), [&](int a, int b) {
        return corpus.articles[a].published.date.firstDay() < corpus.articles[b].published.date.firstDay();
    });
    return cited;
}

QString Citation::quoted(const QString &passage)
{
    QString inner = passage.trimmed();
    int doubleQuotes = 0;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner[i];
        if (c == u'“') {
            inner[i] = u'‘';
        } else if (c == u'”') {
            inner[i] = u'’';
        } else if (c == u'"') { // straight quotes alternate: opening, closing
            inner[i] = doubleQuotes++ % 2 == 0 ? u'‘' : u'’';
        }
    }
    return u"“"_s + inner + u"”"_s;
}

} // namespace argline
