#include "models/io/diagnosticsink.h"

#include "models/io/documentbuffer.h"
#include "models/io/jsonrecordparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Finds the byte offsets of JSON paths inside one record, parsed again on its own.
class PathLocator final : public JsonRecordSink
{
public:
    PathLocator(QString recordPath, QHash<QString, qint64> &wanted)
        : m_recordPath(std::move(recordPath))
        , m_wanted(wanted)
    {
        // Walk only towards wanted paths: a record may be large (a story of many steps).
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            if (!it.key().startsWith(m_recordPath + u'/'))
                continue;
            for (qsizetype slash = it.key().indexOf(u'/', m_recordPath.size() + 1); slash > 0;
                 slash = it.key().indexOf(u'/', slash + 1))
                m_prefixes.insert(it.key().left(slash));
            m_prefixes.insert(it.key());
        }
    }

    void rootMember(std::string_view, qint64) override {}
    bool isRecordArray(std::string_view) const override { return false; }
    // Offsets found stay right when the record is parsed again; only the missing ones are looked for.
    bool canRestart() const override { return true; }
    void record(std::string_view, int, const JsonRecord &record) override
    {
        if (record.nodeCount() > 0)
            walk(record, 0, m_recordPath);
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
            if (m_prefixes.contains(childPath))
                walk(record, child, childPath);
        }
    }

    QString m_recordPath;
    QHash<QString, qint64> &m_wanted;
    QSet<QString> m_prefixes;
};

// Messages quote what they are about: a 16 MB id or a number of a million digits must not make a line of
// that length.
QString shortened(QString text, qsizetype limit)
{
    if (text.size() > limit) {
        text.truncate(limit - 1);
        text += u'…';
    }
    return text;
}

} // namespace

void DiagnosticSink::noteRecord(std::string_view key, int index, qint64 start, qint64 end)
{
    // Keys are JSON pointer segments, as the paths of diagnostics spell them. Records come in runs of the
    // same key: look the member up only when the key changes.
    if (!m_lastMember || key != m_lastKey) {
        m_lastKey = key;
        m_lastMember = &m_records[JsonPath().key(key).toString().mid(1)];
    }
    Member &member = *m_lastMember;
    if (index < 0) {
        member.value = {start, end};
        return;
    }
    if (size_t(index) >= member.starts.size())
        member.starts.resize(size_t(index) + 1, -1);
    member.starts[size_t(index)] = start;
    member.lastEnd = end;
}

void DiagnosticSink::clear()
{
    m_pending.clear();
    m_errors = 0;
    m_dropped = 0;
    m_countIncomplete = false;
    m_records.clear();
    m_lastKey.clear();
    m_lastMember = nullptr;
}

void DiagnosticSink::drop(Diagnostic::Severity severity)
{
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
    ++m_dropped;
}

void DiagnosticSink::add(Diagnostic::Severity severity, qint64 offset, QString path, const QString &message)
{
    if (isFull()) {
        drop(severity);
        return;
    }
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.file = m_fileName;
    diagnostic.path = shortened(std::move(path), maxPathLength);
    diagnostic.message = shortened(message, maxMessageLength);
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

void DiagnosticSink::locatePaths(DocumentBuffer &document)
{
    // Which record each wanted path lies in; a path that names a record is placed at once.
    struct RecordPaths
    {
        Range range;
        QString path;
        QHash<QString, qint64> wanted;
    };
    QHash<QString, RecordPaths> byRecord;
    QHash<QString, qint64> placed;
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.offset != -1)
            continue;
        const QString &path = pending.diagnostic.path;
        const QStringList segments = path.split(u'/');
        if (segments.size() < 2)
            continue;
        const auto member = m_records.constFind(segments[1]);
        if (member == m_records.cend())
            continue;
        Range range = member->value;
        QString recordPath = u'/' + segments[1];
        bool isIndex = false;
        const int index = segments.size() >= 3 ? segments[2].toInt(&isIndex) : -1;
        if (isIndex && index >= 0 && size_t(index) < member->starts.size()) {
            const size_t next = size_t(index) + 1;
            range = {member->starts[size_t(index)],
                     next < member->starts.size() ? member->starts[next] : member->lastEnd};
            recordPath += u'/' + segments[2];
        }
        if (range.start < 0)
            continue;
        if (path == recordPath) {
            placed.insert(path, range.start);
            continue;
        }
        RecordPaths &record = byRecord[recordPath];
        record.range = range;
        record.path = recordPath;
        record.wanted.insert(path, -1);
    }
    QByteArray bytes;
    for (RecordPaths &record : byRecord) {
        if (!document.read(record.range.start, record.range.end, &bytes))
            return; // the file changed: the reader says so
        // An element ends where the next one starts: drop the comma and the space between them.
        qsizetype length = bytes.size();
        while (length > 0 && (bytes[length - 1] == ' ' || bytes[length - 1] == '\n' ||
                              bytes[length - 1] == '\r' || bytes[length - 1] == '\t'))
            --length;
        if (length > 0 && bytes[length - 1] == ',')
            --length;
        bytes.truncate(length);
        PathLocator locator(record.path, record.wanted);
        JsonRecordParser(locator).parseRecord(bytes.constData(), bytes.size(), record.range.start);
        placed.insert(record.wanted);
    }
    for (Pending &pending : m_pending) {
        if (pending.offset == -1)
            pending.offset = placed.value(pending.diagnostic.path, -1);
    }
}

Diagnostics DiagnosticSink::finish(DocumentBuffer *document)
{
    if (document)
        locatePaths(*document);

    QList<qint64> offsets;
    QList<qsizetype> located;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].offset >= 0 && document) {
            offsets.append(m_pending[i].offset);
            located.append(i);
        }
    }
    const QList<DocumentBuffer::LineColumn> positions =
        located.isEmpty() ? QList<DocumentBuffer::LineColumn>() : document->lineColumns(offsets);
    for (qsizetype i = 0; i < positions.size(); ++i) {
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
        more.message =
            m_countIncomplete
                ? QCoreApplication::translate("argline::DiagnosticSink", "… and at least %n more problem(s)",
                                              nullptr, int(m_dropped))
                : QCoreApplication::translate("argline::DiagnosticSink", "… and %n more problem(s)", nullptr,
                                              int(m_dropped));
        diagnostics.append(more);
    }
    return diagnostics;
}

} // namespace argline
