#include "models/io/jsonobjectreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_set>

namespace argline {

namespace {

QString quoted(std::string_view name)
{
    return u'"' + QString::fromUtf8(name.data(), qsizetype(name.size())) + u'"';
}

} // namespace

JsonObjectReader::JsonObjectReader(JsonValue value, JsonPath path, DiagnosticSink &sink)
    : m_object(value)
    , m_path(std::move(path))
    , m_sink(sink)
{
    if (!value.isObject()) {
        if (m_sink.isFull()) // "events": [1, 1, ...] repeats this ten million times: count, don't compose
            m_sink.drop(Diagnostic::Severity::Error);
        else
            m_sink.error(value.offset(), m_path,
                         tr("expected an object, found %1").arg(JsonValue::typeName(value.type())));
        m_object = {};
        m_failed = true;
    }
}

void JsonObjectReader::error(JsonValue at, std::string_view name, const QString &message)
{
    m_failed = true;
    m_sink.error(at.isValid() ? at.offset() : m_object.offset(), at.isValid() ? m_path.key(name) : m_path,
                 message);
}

void JsonObjectReader::error(const QString &message)
{
    m_failed = true;
    m_sink.error(m_object.isValid() ? m_object.offset() : 0, m_path, message);
}

JsonValue JsonObjectReader::lookup(std::string_view name)
{
    if (m_object.hasDuplicateKeys())
        return m_object.member(name); // the first of them, as always
    // Names are unique: look from after the last member found, since read functions mostly ask for the
    // fields in the order files list them.
    const JsonValue start = m_next.isValid() ? m_next : m_object.firstChild();
    for (JsonValue child = start; child.isValid(); child = child.nextSibling()) {
        if (child.key() == name) {
            m_next = child.nextSibling();
            return child;
        }
    }
    for (JsonValue child = m_object.firstChild(); child.isValid() && !(child == start);
         child = child.nextSibling()) {
        if (child.key() == name) {
            m_next = child.nextSibling();
            return child;
        }
    }
    return {};
}

JsonValue JsonObjectReader::find(std::string_view name, Need need)
{
    m_known.push_back(name);
    if (!m_object.isValid())
        return {};
    const JsonValue value = lookup(name);
    if (value.isValid())
        m_found.push_back(value.index());
    Q_ASSERT_X(!value.isUnread(), "JsonObjectReader",
               "a field the parser did not build is read: add its name to the sink's isKnownField()");
    if (!value.isValid() && need == Required) {
        if (m_sink.isFull()) {
            m_failed = true;
            m_sink.drop(Diagnostic::Severity::Error);
        } else {
            error(tr("missing required field %1").arg(quoted(name)));
        }
    }
    return value;
}

bool JsonObjectReader::expect(JsonValue value, std::string_view name, JsonRecord::Type type)
{
    if (value.type() == type ||
        (type == JsonRecord::Type::Float && value.type() == JsonRecord::Type::Integer))
        return true;
    if (m_sink.isFull()) {
        m_failed = true;
        m_sink.drop(Diagnostic::Severity::Error);
        return false;
    }
    error(value, name,
          tr("expected %1, found %2").arg(JsonValue::typeName(type), JsonValue::typeName(value.type())));
    return false;
}

std::string_view JsonObjectReader::stringView(std::string_view name, Need need)
{
    const JsonValue value = find(name, need);
    if (!value.isValid() || !expect(value, name, JsonRecord::Type::String))
        return {};
    const std::string_view text = value.stringView();
    const bool blank = std::all_of(text.begin(), text.end(),
                                   [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    if (need == Required && blank) {
        error(value, name, tr("must not be empty"));
        return {};
    }
    return text;
}

QString JsonObjectReader::string(std::string_view name, Need need)
{
    const std::string_view text = stringView(name, need);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::optional<qint64> JsonObjectReader::integer(std::string_view name, qint64 min, qint64 max, Need need)
{
    const JsonValue value = find(name, need);
    if (!value.isValid() || !expect(value, name, JsonRecord::Type::Integer))
        return std::nullopt;
    const qint64 number = value.toInteger();
    if (number < min || number > max) {
        error(value, name, tr("%1 is out of range (%2–%3)").arg(number).arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

QStringList JsonObjectReader::strings(std::string_view name, Need need)
{
    return strings(name, need, [](std::string_view text) {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    });
}

QStringList JsonObjectReader::strings(std::string_view name, Need need,
                                      const std::function<QString(std::string_view)> &convert)
{
    const JsonValue array = value(name, JsonRecord::Type::Array, need);
    QStringList result;
    if (!array.isValid())
        return result;
    result.reserve(array.size());
    int index = 0;
    for (JsonValue element : array.children()) {
        if (element.isString()) {
            result.append(convert(element.stringView()));
        } else if (m_sink.isFull()) {
            m_failed = true;
            m_sink.drop(Diagnostic::Severity::Error);
        } else {
            m_failed = true;
            m_sink.error(element.offset(), m_path.key(name).index(index),
                         tr("expected a string, found %1").arg(JsonValue::typeName(element.type())));
        }
        ++index;
    }
    return result;
}

JsonValue JsonObjectReader::value(std::string_view name, JsonRecord::Type type, Need need)
{
    const JsonValue value = find(name, need);
    if (!value.isValid() || !expect(value, name, type))
        return {};
    return value;
}

void JsonObjectReader::finish()
{
    if (!m_object.isValid())
        return;
    // Objects are small; for a pathological one with thousands of fields use a hash instead of a scan.
    // The parser flagged objects whose names repeat: the others need no duplicate check at all.
    const bool duplicates = m_object.hasDuplicateKeys();
    QVarLengthArray<std::string_view, 16> seen;
    std::unordered_set<std::string_view> seenMany;
    const bool large = m_object.size() > 64;
    for (JsonValue member : m_object.children()) {
        const std::string_view key = member.key();
        const bool duplicate = duplicates && (large ? !seenMany.insert(key).second
                                                    : std::find(seen.begin(), seen.end(), key) != seen.end());
        if (duplicate) {
            m_failed = true;
            if (m_sink.isFull())
                m_sink.drop(Diagnostic::Severity::Error);
            else
                m_sink.error(member.keyOffset(), m_path.key(key),
                             tr("field %1 appears twice").arg(quoted(key)));
            continue;
        }
        if (duplicates && !large)
            seen.push_back(key);
        if (std::find(m_found.begin(), m_found.end(), member.index()) == m_found.end() &&
            std::find(m_known.begin(), m_known.end(), key) == m_known.end()) {
            if (m_sink.isFull())
                m_sink.drop(Diagnostic::Severity::Warning);
            else
                m_sink.warning(member.keyOffset(), m_path.key(key), tr("unknown field (ignored)"));
        }
    }
}

} // namespace argline
