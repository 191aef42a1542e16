#pragma once

#include "models/io/diagnosticsink.h"
#include "models/io/jsonpath.h"
#include "models/io/jsonrecord.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVarLengthArray>

#include <functional>
#include <optional>
#include <string_view>

namespace argline {

// Reads the fields of one JSON object with exact diagnostics: a missing required field, a wrong type, a
// duplicate field or an out-of-range number is reported with its path and position, and fields nobody
// asked for are reported as unknown (a warning) by finish().
class JsonObjectReader final
{
    Q_DECLARE_TR_FUNCTIONS(argline::JsonObjectReader)

public:
    enum Need
    {
        Optional,
        Required
    };

    // Reports an error when `value` is not an object (then every accessor returns nothing).
    JsonObjectReader(JsonValue value, JsonPath path, DiagnosticSink &sink);

    bool isObject() const { return m_object.isObject(); }
    const JsonPath &path() const { return m_path; }
    JsonPath pathOf(std::string_view name) const { return m_path.key(name); }
    DiagnosticSink &sink() const { return m_sink; }
    // True when this reader reported an error.
    bool failed() const { return m_failed; }

    // A string field; Required also refuses an empty or blank string.
    QString string(std::string_view name, Need need);
    // The same, as UTF-8 bytes valid until the record is reused: for keywords and dates, which need no
    // QString of their own.
    std::string_view stringView(std::string_view name, Need need);
    std::optional<qint64> integer(std::string_view name, qint64 min, qint64 max, Need need);
    QStringList strings(std::string_view name, Need need);
    // Like strings(), but hands each element's UTF-8 bytes to `convert` (e.g. to share repeated ids).
    QStringList strings(std::string_view name, Need need,
                        const std::function<QString(std::string_view)> &convert);
    // A nested object or array; an invalid value when absent (an error when Required) or mistyped.
    JsonValue value(std::string_view name, JsonRecord::Type type, Need need);
    // The raw member, without any checks or diagnostics (to point a diagnostic at it).
    JsonValue member(std::string_view name) const { return m_object.member(name); }

    void error(JsonValue at, std::string_view name, const QString &message);
    void error(const QString &message); // about the object itself

    // Reports unknown and duplicate fields.
    void finish();

private:
    JsonValue find(std::string_view name, Need need);
    JsonValue lookup(std::string_view name);
    bool expect(JsonValue value, std::string_view name, JsonRecord::Type type);

    JsonValue m_object;
    JsonPath m_path;
    DiagnosticSink &m_sink;
    QVarLengthArray<std::string_view, 16> m_known; // inline: no allocation per object
    QVarLengthArray<int, 16> m_found;              // the members asked for and found
    JsonValue m_next;                              // where lookup() starts
    bool m_failed = false;
};

} // namespace argline
