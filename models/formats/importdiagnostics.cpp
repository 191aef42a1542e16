#include "models/formats/importdiagnostics.h"

#include <algorithm>
#include <numeric>

namespace argline {

void ImportDiagnostics::add(Diagnostic::Severity severity, qint64 offset, int line, int column,
                            const QString &path, const QString &message)
{
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
    else
        ++m_warnings;
    if (m_pending.size() >= maxDiagnostics) {
        ++m_dropped;
        return;
    }
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.file = m_fileName;
    diagnostic.line = line;
    diagnostic.column = column;
    diagnostic.path = path;
    diagnostic.message = message;
    m_pending.append({std::move(diagnostic), offset});
}

void ImportDiagnostics::error(qint64 offset, const QString &path, const QString &message)
{
    add(Diagnostic::Severity::Error, std::max<qint64>(offset, 0), 0, 0, path, message);
}

void ImportDiagnostics::warning(qint64 offset, const QString &path, const QString &message)
{
    add(Diagnostic::Severity::Warning, std::max<qint64>(offset, 0), 0, 0, path, message);
}

void ImportDiagnostics::errorAt(int line, int column, const QString &path, const QString &message)
{
    add(Diagnostic::Severity::Error, -1, line, column, path, message);
}

void ImportDiagnostics::warningAt(int line, int column, const QString &path, const QString &message)
{
    add(Diagnostic::Severity::Warning, -1, line, column, path, message);
}

void ImportDiagnostics::fileError(const QString &message)
{
    add(Diagnostic::Severity::Error, -1, 0, 0, QString(), message);
}

void ImportDiagnostics::fileWarning(const QString &message)
{
    add(Diagnostic::Severity::Warning, -1, 0, 0, QString(), message);
}

Diagnostics ImportDiagnostics::finish()
{
    // One pass over the document for every offset, in order.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].offset >= 0)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return m_pending[a].offset < m_pending[b].offset; });
    const char *data = m_document.constData();
    const qint64 size = m_document.size();
    qint64 position = 0;
    int line = 1;
    int column = 1;
    for (qsizetype i : std::as_const(order)) {
        const qint64 target = std::clamp<qint64>(m_pending[i].offset, 0, size);
        for (; position < target; ++position) {
            const auto byte = static_cast<unsigned char>(data[position]);
            if (byte == '\n') {
                ++line;
                column = 1;
            } else if ((byte & 0xC0) != 0x80) { // characters, not UTF-8 continuation bytes
                ++column;
            }
        }
        m_pending[i].diagnostic.line = line;
        m_pending[i].diagnostic.column = column;
    }
    std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
        return std::tie(a.diagnostic.line, a.diagnostic.column) <
               std::tie(b.diagnostic.line, b.diagnostic.column);
    });
    Diagnostics diagnostics;
    diagnostics.reserve(m_pending.size() + 1);
    for (const Pending &pending : std::as_const(m_pending))
        diagnostics.append(pending.diagnostic);
    if (m_dropped > 0) {
        Diagnostic more;
        more.severity = hasErrors() ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
        more.file = m_fileName;
        more.message = tr("… and %n more problem(s)", nullptr, int(m_dropped));
        diagnostics.append(more);
    }
    return diagnostics;
}

} // namespace argline
