#include "models/io/diagnosticsink.h"

#include "models/io/jsonrecordparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Finds the byte offsets of JSON paths by streaming the document once more through JsonRecordParser.
class PathLocator final : public JsonRecordSink
{
public:
    explicit PathLocator(QHash<QString, qint64> &wanted)
        : m_wanted(wanted)
    {
        // Only records whose own path is a prefix of a wanted path need walking.
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const QStringList segments = it.key().split(u'/');
            if (segments.size() >= 2)
                m_recordPrefixes.insert(u'/' + segments[1]);
            if (segments.size() >= 3)
                m_recordPrefixes.insert(u'/' + segments[1] + u'/' + segments[2]);
        }
    }

    void rootMember(std::string_view key, qint64 keyOffset) override
    {
        const QString path = u'/' + QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (auto it = m_wanted.find(path); it != m_wanted.end() && it.value() < 0)
            it.value() = keyOffset;
    }
    bool isRecordArray(std::string_view) const override { return true; }
    void record(std::string_view key, int index, const JsonRecord &record) override
    {
        QString path = u'/' + QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (index >= 0)
            path += u'/' + QString::number(index);
        if (m_recordPrefixes.contains(path) && record.nodeCount() > 0)
            walk(record, 0, path);
    }

private:
    void walk(const JsonRecord &record, int node, const QString &path)
    {
        if (auto it = m_wanted.find(path); it != m_wanted.end() && it.value() < 0)
            it.value() = record.startOffset(node);
        const JsonRecord::Node &n = record.node(node);
        int index = 0;
        for (int child = n.firstChild; child >= 0; child = record.node(child).nextSibling, ++index) {
            const JsonRecord::Node &c = record.node(child);
            QString childPath = path + u'/';
            if (n.type == JsonRecord::Type::Object) {
                QString name = QString::fromUtf8(record.text(c.keyOffset, c.keySize).data(), c.keySize);
                childPath += name.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
            } else {
                childPath += QString::number(index);
            }
            walk(record, child, childPath);
        }
    }

    QHash<QString, qint64> &m_wanted;
    QSet<QString> m_recordPrefixes;
};

struct LineColumn
{
    int line = 0;
    int column = 0;
};

// Line and column (in characters, from 1) of each offset; one pass over the document.
QList<LineColumn> lineColumns(const char *data, qint64 size, const QList<qint64> &offsets)
{
    QList<qsizetype> order(offsets.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return offsets[a] < offsets[b]; });

    QList<LineColumn> result(offsets.size());
    qint64 position = 0;
    int line = 1;
    int column = 1;
    for (qsizetype i : order) {
        const qint64 target = std::clamp<qint64>(offsets[i], 0, size);
        for (; position < target; ++position) {
            const auto byte = static_cast<unsigned char>(data[position]);
            if (byte == '\n') {
                ++line;
                column = 1;
            } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
                ++column;
            }
        }
        result[i] = {line, column};
    }
    return result;
}

} // namespace

void DiagnosticSink::add(Diagnostic::Severity severity, qint64 offset, QString path, const QString &message)
{
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
    if (m_pending.size() >= maxDiagnostics) {
        ++m_dropped;
        return;
    }
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.file = m_fileName;
    diagnostic.path = std::move(path);
    diagnostic.message = message;
    m_pending.append({std::move(diagnostic), offset});
}

void DiagnosticSink::error(qint64 offset, const JsonPath &path, const QString &message)
{
    add(Diagnostic::Severity::Error, offset, path.toString(), message);
}

void DiagnosticSink::error(qint64 offset, const QString &path, const QString &message)
{
    add(Diagnostic::Severity::Error, offset, path, message);
}

void DiagnosticSink::warning(qint64 offset, const JsonPath &path, const QString &message)
{
    add(Diagnostic::Severity::Warning, offset, path.toString(), message);
}

void DiagnosticSink::errorAt(const QString &path, const QString &message)
{
    add(Diagnostic::Severity::Error, -1, path, message);
}

void DiagnosticSink::warningAt(const QString &path, const QString &message)
{
    add(Diagnostic::Severity::Warning, -1, path, message);
}

void DiagnosticSink::fileError(const QString &message)
{
    add(Diagnostic::Severity::Error, -2, QString(), message);
}

Diagnostics DiagnosticSink::finish(const char *data, qint64 size)
{
    QHash<QString, qint64> wanted;
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.offset == -1)
            wanted.insert(pending.diagnostic.path, -1);
    }
    if (!wanted.isEmpty() && data) {
        PathLocator locator(wanted);
        JsonRecordParser(locator).parse(data, size);
        for (Pending &pending : m_pending) {
            if (pending.offset == -1)
                pending.offset = wanted.value(pending.diagnostic.path, -1);
        }
    }

    QList<qint64> offsets;
    QList<qsizetype> located;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].offset >= 0 && data) {
            offsets.append(m_pending[i].offset);
            located.append(i);
        }
    }
    const QList<LineColumn> positions = lineColumns(data, size, offsets);
    for (qsizetype i = 0; i < located.size(); ++i) {
        m_pending[located[i]].diagnostic.line = positions[i].line;
        m_pending[located[i]].diagnostic.column = positions[i].column;
    }

    std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
        const Diagnostic &x = a.diagnostic;
        const Diagnostic &y = b.diagnostic;
        return std::tie(x.line, x.column) < std::tie(y.line, y.column);
    });

    Diagnostics diagnostics;
    diagnostics.reserve(m_pending.size() + 1);
    for (const Pending &pending : std::as_const(m_pending))
        diagnostics.append(pending.diagnostic);
    if (m_dropped > 0) {
        Diagnostic more;
        more.severity = hasErrors() ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
        more.file = m_fileName;
        more.message = QCoreApplication::translate("argline::DiagnosticSink", "… and %n more problem(s)",
                                                   nullptr, int(m_dropped));
        diagnostics.append(more);
    }
    return diagnostics;
}

} // namespace argline
