#include "models/formats/argdowntext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace argline {

ArgdownText ArgdownText::parse(const QString &raw)
{
    ArgdownText result;
    QString text;
    text.reserve(raw.size());
    const qsizetype size = raw.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = raw[i];
        const bool wordStart = i == 0 || raw[i - 1].isSpace() || raw[i - 1] == u'(';
        if (c == u'#' && wordStart && i + 1 < size) {
            if (raw[i + 1] == u'(') { // #(multi word tag)
                const qsizetype end = raw.indexOf(u')', i + 2);
                if (end > i + 2) {
                    result.tags.append(raw.mid(i + 2, end - i - 2).simplified());
                    i = end;
                    continue;
                }
            } else if (raw[i + 1].isLetterOrNumber() || raw[i + 1] == u'_') {
                qsizetype end = i + 1;
                while (end < size && (raw[end].isLetterOrNumber() || raw[end] == u'_' || raw[end] == u'-'))
                    ++end;
                result.tags.append(raw.mid(i + 1, end - i - 1));
                i = end - 1;
                continue;
            }
        }
        if (c == u'@' && i + 1 < size && (raw[i + 1] == u'[' || raw[i + 1] == u'<')) { // @[mention]
            const QChar close = raw[i + 1] == u'[' ? u']' : u'>';
            const qsizetype end = raw.indexOf(close, i + 2);
            if (end > i + 2) {
                text += raw.mid(i + 2, end - i - 2);
                i = end;
                continue;
            }
        }
        if (c == u'{') { // {inline: data}, possibly nested
            int depth = 0;
            qsizetype end = i;
            for (; end < size; ++end) {
                if (raw[end] == u'{')
                    ++depth;
                else if (raw[end] == u'}' && --depth == 0)
                    break;
            }
            if (end < size) {
                i = end;
                continue;
            }
        }
        if (c == u'[') { // [words](address)
            const qsizetype close = raw.indexOf(u']', i + 1);
            if (close > i && close + 1 < size && raw[close + 1] == u'(') {
                const qsizetype end = raw.indexOf(u')', close + 2);
                if (end > close) {
                    const QString words = raw.mid(i + 1, close - i - 1);
                    const QString url = raw.mid(close + 2, end - close - 2);
                    text += url.startsWith(u'#') || url == words ? words : words + u" ("_s + url + u')';
                    i = end;
                    continue;
                }
            }
        }
        text += c;
    }
    // Emphasis marks: ** and __ anywhere, * and _ around words.
    text.replace(u"**"_s, QString()).replace(u"__"_s, QString());
    static const QRegularExpression emphasis(u"(^|[\\s(])[*_](\\S(?:[^*_]*\\S)?)[*_](?=$|[\\s.,;:!?)])"_s);
    text.replace(emphasis, u"\\1\\2"_s);
    result.text = text.simplified();
    result.tags.removeDuplicates();
    result.tags.removeAll(QString());
    return result;
}

bool ArgdownText::isSimpleTag(const QString &tag)
{
    return !tag.isEmpty() && std::all_of(tag.begin(), tag.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-';
    });
}

} // namespace argline
