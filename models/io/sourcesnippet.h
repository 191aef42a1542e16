#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace argline {

// The text around a reported position, as a compiler shows it: the offending line (and the one before
// when the mistake is likely there), a caret under the column, and a plain hint where a common mistake is
// likely ("a comma may be missing at the end of line 24"). A separate step on top of the reader's
// diagnostics: it needs only the file's bytes, a line:column (characters, from 1) and the message.
struct SourceSnippet
{
    Q_DECLARE_TR_FUNCTIONS(argline::SourceSnippet)

public:
    struct Line
    {
        int number = 0;
        QString text;
    };
    QList<Line> lines; // in order; the last is the reported line
    int column = 0;    // where the caret goes on the last line (characters, from 1)
    QString hint;      // empty when no likely cause is known

    bool isEmpty() const { return lines.isEmpty(); }
    // "  24 | …\n  25 | …\n     |     ^" (and "hint: …" when there is one), one string per line.
    QStringList toLines() const;

    // Builds the snippet for `line`:`column` of `bytes` (UTF-8). `message` is the diagnostic's, which
    // says what the parser expected; empty when the position is outside the file.
    static SourceSnippet make(QByteArrayView bytes, int line, int column, const QString &message = {});
};

// A JSON pointer in words, for readers who do not count from zero: "/articles/1" → "the second
// article", "/events/12/date/value" → "the 13th event › “date” › “value”". Empty for the document.
QString jsonPathInWords(const QString &pointer);

} // namespace argline
