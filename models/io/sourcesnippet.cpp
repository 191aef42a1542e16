#include "models/io/sourcesnippet.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Byte offsets of the start of each line.
QList<qsizetype> lineStarts(QByteArrayView bytes)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            starts.append(i + 1);
    }
    return starts;
}

QString lineText(QByteArrayView bytes, const QList<qsizetype> &starts, int line)
{
    const qsizetype begin = starts[line - 1];
    qsizetype end = line < starts.size() ? starts[line] - 1 : bytes.size();
    if (end > begin && bytes[end - 1] == '\r')
        --end;
    return QString::fromUtf8(bytes.sliced(begin, end - begin));
}

// Where a token that ends at character `last` (0-based) of `text` begins: a string's opening quote, or the
// first character of a number or a word.
qsizetype tokenStart(const QString &text, qsizetype last)
{
    if (last < 0 || last >= text.size())
        return last;
    if (text[last] == u'"') {
        for (qsizetype i = last - 1; i >= 0; --i) {
            if (text[i] == u'"' && (i == 0 || text[i - 1] != u'\\'))
                return i;
        }
        return last;
    }
    qsizetype i = last;
    while (i > 0 && (text[i - 1].isLetterOrNumber() || text[i - 1] == u'.' || text[i - 1] == u'-' ||
                     text[i - 1] == u'+'))
        --i;
    return i;
}

// The last non-space character before (line, index), looking back over earlier lines: its line and index.
std::pair<int, qsizetype> previousCharacter(const QStringList &lines, int line, qsizetype index)
{
    for (int l = line; l >= 1; --l) {
        const QString &text = lines[l - 1];
        for (qsizetype i = (l == line ? index : text.size()) - 1; i >= 0; --i) {
            if (!text[i].isSpace())
                return {l, i};
        }
    }
    return {0, -1};
}

QString ordinal(int n)
{
    static const char *const words[] = {QT_TRANSLATE_NOOP("argline::SourceSnippet", "first"),
                                        QT_TRANSLATE_NOOP("argline::SourceSnippet", "second"),
                                        QT_TRANSLATE_NOOP("argline::SourceSnippet", "third"),
                                        QT_TRANSLATE_NOOP("argline::SourceSnippet", "fourth"),
                                        QT_TRANSLATE_NOOP("argline::SourceSnippet", "fifth"),
                                        QT_TRANSLATE_NOOP("argline::SourceSnippet", "sixth"),
                                        QT_TRANSLATE_NOOP("argline::SourceSnippet", "seventh"),
                                        QT_TRANSLATE_NOOP("argline::SourceSnippet", "eighth"),
                                        QT_TRANSLATE_NOOP("argline::SourceSnippet", "ninth"),
                                        QT_TRANSLATE_NOOP("argline::SourceSnippet", "tenth")};
    if (n >= 1 && n <= 10)
        return SourceSnippet::tr(words[n - 1]);
    if (n % 100 >= 11 && n % 100 <= 13)
        return SourceSnippet::tr("%1th").arg(n);
    switch (n % 10) {
    case 1:
        return SourceSnippet::tr("%1st").arg(n);
    case 2:
        return SourceSnippet::tr("%1nd").arg(n);
    case 3:
        return SourceSnippet::tr("%1rd").arg(n);
    default:
        return SourceSnippet::tr("%1th").arg(n);
    }
}

} // namespace

QStringList SourceSnippet::toLines() const
{
    QStringList out;
    if (lines.isEmpty())
        return out;
    const int width = int(QString::number(lines.last().number).size());
    for (const Line &line : lines)
        out.append(u"%1 | %2"_s.arg(line.number, width).arg(line.text));
    // The caret under the column, keeping the line's tabs so it lines up under them.
    QString caret;
    const QString &text = lines.last().text;
    for (qsizetype i = 0; i < column - 1; ++i)
        caret += i < text.size() && text[i] == u'\t' ? u'\t' : u' ';
    out.append(u"%1 | %2^"_s.arg(QString(width, u' '), caret));
    if (!hint.isEmpty())
        out.append(tr("hint: %1").arg(hint));
    return out;
}

SourceSnippet SourceSnippet::make(QByteArrayView bytes, int line, int column, const QString &message)
{
    SourceSnippet snippet;
    const QList<qsizetype> starts = lineStarts(bytes);
    if (line < 1 || line > starts.size() || column < 1)
        return snippet;
    QStringList text;
    text.reserve(line);
    for (int l = 1; l <= line; ++l)
        text.append(lineText(bytes, starts, l));
    const QString &current = text[line - 1];
    snippet.column = std::min<int>(column, int(current.size()) + 1);
    const qsizetype at = snippet.column - 1; // the character the parser stopped at

    const auto showPreviousLine = [&](int previous) {
        if (previous >= 1 && previous < line)
            snippet.lines.append({previous, text[previous - 1]});
    };
    const bool expectedSeparator = message.contains(u"expected '}'"_s) ||
                                   message.contains(u"expected ']'"_s) || message.contains(u"expected ','"_s);
    const bool unexpectedValue =
        message.contains(u"unexpected string literal"_s) || message.contains(u"unexpected '{'"_s) ||
        message.contains(u"unexpected '['"_s) || message.contains(u"unexpected number literal"_s) ||
        message.contains(u"unexpected 'true'"_s) || message.contains(u"unexpected 'false'"_s) ||
        message.contains(u"unexpected 'null'"_s);
    const bool closing = message.contains(u"unexpected '}'"_s) || message.contains(u"unexpected ']'"_s);

    if (unexpectedValue && message.contains(u"expected ':'"_s)) {
        // A key followed by a value without its colon.
        const auto [l, i] = previousCharacter(text, line, tokenStart(current, at));
        snippet.hint = tr("a colon may be missing after the key on line %1").arg(l);
        showPreviousLine(l);
    } else if (unexpectedValue && expectedSeparator) {
        // A value where a comma or a closing bracket should come: the comma after the previous value.
        const auto [l, i] = previousCharacter(text, line, tokenStart(current, at));
        if (l == line)
            snippet.hint = tr("a comma may be missing before column %1").arg(tokenStart(current, at) + 1);
        else if (l > 0)
            snippet.hint = tr("a comma may be missing at the end of line %1").arg(l);
        showPreviousLine(l);
    } else if (closing) {
        const auto [l, i] = previousCharacter(text, line, at);
        if (l > 0 && text[l - 1][i] == u',') {
            snippet.hint = l == line ? tr("the comma at column %1 may be one too many: JSON allows none "
                                          "before a closing bracket")
                                           .arg(i + 1)
                                     : tr("the comma at the end of line %1 may be one too many: JSON allows "
                                          "none before a closing bracket")
                                           .arg(l);
            showPreviousLine(l);
        }
    } else if (message.contains(u"control character U+000A"_s) ||
               message.contains(u"missing closing quote"_s)) {
        snippet.hint = tr("a closing quote may be missing on line %1").arg(line);
    } else if (message.contains(u"unexpected end of input"_s)) {
        snippet.hint = tr("the file ends before every { and [ is closed: a } or ] may be missing");
    } else if (message.contains(u"invalid literal"_s) && at < current.size() && current[at] == u'\'') {
        snippet.hint = tr("JSON strings take double quotes (\"), not single quotes (')");
    }
    snippet.lines.append({line, current});
    return snippet;
}

QString jsonPathInWords(const QString &pointer)
{
    QStringList segments = pointer.split(u'/');
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    if (segments.isEmpty())
        return {};
    const auto index = [](const QString &segment) {
        bool ok = false;
        const int i = segment.toInt(&ok);
        return ok && i >= 0 ? i : -1;
    };
    const auto unescape = [](QString key) { return key.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s); };
    QStringList words;
    qsizetype next = 0;
    const QString top = segments[0];
    const int item = segments.size() > 1 ? index(segments[1]) : -1;
    if (item >= 0) {
        const QString n = ordinal(item + 1);
        if (top == u"articles")
            words.append(SourceSnippet::tr("the %1 article").arg(n));
        else if (top == u"actors")
            words.append(SourceSnippet::tr("the %1 actor").arg(n));
        else if (top == u"themes")
            words.append(SourceSnippet::tr("the %1 theme").arg(n));
        else if (top == u"events")
            words.append(SourceSnippet::tr("the %1 event").arg(n));
        else if (top == u"arguments")
            words.append(SourceSnippet::tr("the %1 argument").arg(n));
        else if (top == u"eras")
            words.append(SourceSnippet::tr("the %1 era").arg(n));
        if (!words.isEmpty())
            next = 2;
    } else if (top == u"story" && segments.size() > 2 && segments[1] == u"steps" && index(segments[2]) >= 0) {
        words.append(SourceSnippet::tr("the %1 story step").arg(ordinal(index(segments[2]) + 1)));
        next = 3;
    }
    for (qsizetype s = next; s < segments.size(); ++s) {
        const int i = index(segments[s]);
        words.append(i >= 0 && s > 0 ? SourceSnippet::tr("the %1 item").arg(ordinal(i + 1))
                                     : SourceSnippet::tr("“%1”").arg(unescape(segments[s])));
    }
    return words.join(u" › "_s);
}

} // namespace argline
