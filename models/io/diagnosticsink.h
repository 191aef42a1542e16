#pragma once

#include "models/io/diagnostic.h"
#include "models/io/jsonpath.h"

#include <QHash>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace argline {

class DocumentBuffer;

// Collects the diagnostics of one read. Problems found while streaming know their byte offset; problems
// found later (a dangling reference, a quote missing from its article) know only their JSON path. The
// reader notes where each record lies as it streams, so such a problem is placed by looking again at its
// one record, never by parsing the document a second time.
class DiagnosticSink final
{
public:
    static constexpr qsizetype maxDiagnostics = 500;
    // Longer messages and paths are cut (with "…"): they quote ids, numbers and keys from the file.
    static constexpr qsizetype maxMessageLength = 500;
    static constexpr qsizetype maxPathLength = 300;

    explicit DiagnosticSink(QString fileName)
        : m_fileName(std::move(fileName))
    {}

    const QString &fileName() const { return m_fileName; }

    // Where a record lies in the document: the value of root member `key` (index -1), or element `index`
    // of the record array `key`, spans bytes [start, end).
    void noteRecord(std::string_view key, int index, qint64 start, qint64 end);
    // Whether the list is full: later problems are only counted, so callers may skip composing them
    // and call drop() instead.
    bool isFull() const { return m_pending.size() >= maxDiagnostics; }
    // How many more diagnostics can be listed.
    qsizetype room() const { return maxDiagnostics - m_pending.size(); }
    void drop(Diagnostic::Severity severity);
    // Some problems past the listed ones may have gone uncounted ("… and at least N more").
    void markCountIncomplete() { m_countIncomplete = true; }

    void error(qint64 offset, const JsonPath &path, const QString &message);
    void error(qint64 offset, const QString &path, const QString &message);
    void warning(qint64 offset, const JsonPath &path, const QString &message);
    // A problem located by path only (offset found in finish()).
    void errorAt(const QString &path, const QString &message);
    void warningAt(const QString &path, const QString &message);
    // A problem with the file as a whole (unreadable, empty, ...).
    void fileError(const QString &message);

    bool hasErrors() const { return m_errors > 0; }
    // Forgets everything collected (the document is read again from the start).
    void clear();
    qsizetype errorCount() const { return m_errors; }

    // Resolves offsets and paths to line:column against the document (null: none) and returns the
    // diagnostics sorted by position. When the document's file changed meanwhile, positions stay unknown
    // (the caller reports the change).
    Diagnostics finish(DocumentBuffer *document);

private:
    struct Pending
    {
        Diagnostic diagnostic;
        qint64 offset = -1; // -1: locate by path; -2: the whole file
    };
    struct Range
    {
        qint64 start = -1;
        qint64 end = -1;
    };
    void add(Diagnostic::Severity severity, qint64 offset, QString path, const QString &message);
    void locatePaths(DocumentBuffer &document);

    QString m_fileName;
    QList<Pending> m_pending;
    qsizetype m_errors = 0;
    qsizetype m_dropped = 0;
    bool m_countIncomplete = false;
    // Record positions by root member, as its path segment ("events"): the member's own value, and the
    // elements of a record array.
    struct Member
    {
        Range value;
        // Where each element starts; one ends where the next starts (less the comma between them), the
        // last one at lastEnd. Eight bytes per item of a 100,000-event file.
        std::vector<qint64> starts;
        qint64 lastEnd = -1;
    };
    QHash<QString, Member> m_records;
    std::string m_lastKey;
    Member *m_lastMember = nullptr; // m_records[m_lastKey]; valid until the next insertion
};

} // namespace argline
