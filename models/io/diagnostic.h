#pragma once

#include <QList>
#include <QString>

namespace argline {

// One problem found in a corpus file, located by file, line:column (characters, from 1) and JSON path,
// e.g. `my.json:41:17: error: /events/12/date/value: month 13 is out of range`.
struct Diagnostic
{
    enum class Severity : quint8
    {
        Warning,
        Error
    };

    Severity severity = Severity::Error;
    QString file;
    int line = 0; // 0 when the problem concerns the file as a whole
    int column = 0;
    QString path; // JSON pointer, e.g. "/events/12/date"; empty for the document
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
qsizetype errorCount(const Diagnostics &diagnostics);

} // namespace argline
