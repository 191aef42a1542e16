#pragma once

#include "models/io/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace argline {

// Collects the diagnostics of one import, with the same quality as the corpus reader's: each names the
// file, line:column (characters, from 1) and a path inside the document. A problem is located either by
// a byte offset into the document (JSON, Argdown; turned into line:column in finish()) or directly by
// row and column (CSV, where a row may span several lines).
class ImportDiagnostics final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ImportDiagnostics)

public:
    static constexpr qsizetype maxDiagnostics = 500;

    // `document` must outlive this object; it is what offsets point into.
    ImportDiagnostics(QString fileName, const QByteArray &document)
        : m_fileName(std::move(fileName))
        , m_document(document)
    {}

    const QString &fileName() const { return m_fileName; }

    void error(qint64 offset, const QString &path, const QString &message);
    void warning(qint64 offset, const QString &path, const QString &message);
    void errorAt(int line, int column, const QString &path, const QString &message);
    void warningAt(int line, int column, const QString &path, const QString &message);
    void fileError(const QString &message);
    void fileWarning(const QString &message);

    bool hasErrors() const { return m_errors > 0; }
    qsizetype errorCount() const { return m_errors; }
    qsizetype warningCount() const { return m_warnings; }

    // Resolves offsets to line:column and returns the diagnostics sorted by position.
    Diagnostics finish();

private:
    struct Pending
    {
        Diagnostic diagnostic;
        qint64 offset = -1; // -1: already located (or the whole file)
    };
    void add(Diagnostic::Severity severity, qint64 offset, int line, int column, const QString &path,
             const QString &message);

    QString m_fileName;
    const QByteArray &m_document;
    QList<Pending> m_pending;
    qsizetype m_errors = 0;
    qsizetype m_warnings = 0;
    qsizetype m_dropped = 0;
};

} // namespace argline
