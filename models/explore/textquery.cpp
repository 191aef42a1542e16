#include "models/explore/textquery.h"

#include <algorithm>

namespace argline {

namespace {

// Curly quotes and apostrophes as straight ones, so "NATO's" finds "NATO’s".
QString normalized(QString text)
{
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x201B:
        case 0x2032:
            c = u'\'';
            break;
        case 0x201C:
        case 0x201D:
        case 0x201F:
        case 0x2033:
            c = u'"';
            break;
        default:
            break;
        }
    }
    return text;
}

// Scripts written with spaces between words, where a term must start at a word.
bool spaced(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Common: // digits
        return c.isLetterOrNumber();
    default:
        return false;
    }
}

} // namespace

TextQuery::TextQuery(const QString &text)
{
    const QString input = normalized(text);
    qsizetype i = 0;
    while (i < input.size()) {
        if (input[i].isSpace()) {
            ++i;
            continue;
        }
        if (input[i] == u'"') { // a phrase, to the closing quote (or the end)
            const qsizetype close = input.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? input.size() : close;
            const QString phrase = input.mid(i + 1, end - i - 1).simplified().toCaseFolded();
            if (!phrase.isEmpty() && !m_terms.contains(phrase))
                m_terms.append(phrase);
            i = end + 1;
            continue;
        }
        qsizetype end = i;
        while (end < input.size() && !input[end].isSpace() && input[end] != u'"')
            ++end;
        const QString word = input.mid(i, end - i).toCaseFolded();
        if (!m_terms.contains(word))
            m_terms.append(word);
        i = end;
    }
}

bool TextQuery::contains(const QString &text, const QString &term)
{
    if (term.isEmpty())
        return true;
    const bool wordStart = spaced(term.front());
    for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(term, at + 1, Qt::CaseInsensitive)) {
        if (!wordStart || at == 0 || !spaced(text[at - 1]))
            return true;
    }
    return false;
}

TextQuery::Hits TextQuery::find(const QString &title, const QString &body, const QList<Quote> &evidence) const
{
    Hits hits;
    const QString t = normalized(title);
    const QString b = normalized(body);
    QStringList quotes;
    quotes.reserve(evidence.size());
    for (const Quote &quote : evidence)
        quotes.append(normalized(quote.text));
    bool all = true;
    bool titleAndBody = true;
    bool titleOnly = true;
    for (const QString &term : m_terms) {
        const bool inTitle = contains(t, term);
        const bool inBody = contains(b, term);
        const bool inQuotes = std::any_of(quotes.begin(), quotes.end(),
                                          [&](const QString &quote) { return contains(quote, term); });
        hits.inTitle += inTitle;
        hits.inBody += inBody;
        hits.inQuotes += inQuotes;
        all = all && (inTitle || inBody || inQuotes);
        titleAndBody = titleAndBody && (inTitle || inBody);
        titleOnly = titleOnly && inTitle;
    }
    hits.all = all;
    hits.tier = titleOnly ? 0 : titleAndBody ? 1 : 2;
    return hits;
}

} // namespace argline
