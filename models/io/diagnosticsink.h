#pragma once

#include "models/io/diagnostic.h"
#include "models/io/jsonpath.h"

#include <QString>

namespace argline {

class JsonRecordSink;

// Collects the diagnostics of one read. Problems found while streaming know their byte offset; problems
// found later (a dangling reference, a quote missing from its article) know only their JSON path and are
// located by a second pass over the document, which runs only when such problems exist.
class DiagnosticSink final
{
public:
    static constexpr qsizetype maxDiagnostics = 500;

    explicit DiagnosticSink(QString fileName)
        : m_fileName(std::move(fileName))
    {}

    const QString &fileName() const { return m_fileName; }

    void error(qint64 offset, const JsonPath &path, const QString &message);
    void error(qint64 offset, const QString &path, const QString &message);
    void warning(qint64 offset, const JsonPath &path, const QString &message);
    // A problem located by path only (offset found in finish()).
    void errorAt(const QString &path, const QString &message);
    void warningAt(const QString &path, const QString &message);
    // A problem with the file as a whole (unreadable, empty, ...).
    void fileError(const QString &message);

    bool hasErrors() const { return m_errors > 0; }
    qsizetype errorCount() const { return m_errors; }

    // Resolves offsets and paths to line:column against the document and returns the diagnostics
    // sorted by position.
    Diagnostics finish(const char *data, qint64 size);

private:
    struct Pending
    {
        Diagnostic diagnostic;
        qint64 offset = -1; // -1: locate by path; -2: the whole file
    };
    void add(Diagnostic::Severity severity, qint64 offset, QString path, const QString &message);

    QString m_fileName;
    QList<Pending> m_pending;
    qsizetype m_errors = 0;
    qsizetype m_dropped = 0;
};

} // namespace argline
