#pragma once

#include "models/io/jsonrecord.h"
#include "models/io/readlimits.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string_view>

namespace argline {

class DocumentBuffer;

// Receives a streamed JSON document one record at a time (see JsonRecordParser).
class JsonRecordSink
{
public:
    virtual ~JsonRecordSink() = default;

    // A member of the root object begins; `keyOffset` is where its name starts.
    virtual void rootMember(std::string_view key, qint64 keyOffset) = 0;
    // Whether the elements of the root member `key` are delivered one by one when it is an array.
    virtual bool isRecordArray(std::string_view key) const = 0;
    // Whether the value of the root member `key` (just announced) is read at all; when not, it is parsed
    // but never built nor delivered.
    virtual bool wantsRootMember(std::string_view key) const
    {
        Q_UNUSED(key)
        return true;
    }
    // Whether a member called `key` inside a record may be read. When not, the member keeps its node
    // (to be reported as unknown) but its value is not built: no children, no text (Node::unread).
    virtual bool isKnownField(std::string_view key) const
    {
        Q_UNUSED(key)
        return true;
    }
    // A complete record: the value of root member `key` (index -1), or element `index` of a record array.
    virtual void record(std::string_view key, int index, const JsonRecord &record) = 0;
    // How the parser hands a complete record over: by default to record(). A sink that keeps records past
    // the call (RecordPipeline) may swap the record's storage for storage of its own, which the parser
    // clears before it builds the next record in it.
    virtual void takeRecord(std::string_view key, int index, JsonRecord &record)
    {
        this->record(key, index, record);
    }
    // Whether the sink can forget every record delivered so far (restart()), so that the parser may try
    // its fast scanner first and, when that gives up, parse the document again with nlohmann's lexer.
    virtual bool canRestart() const { return false; }
    virtual void restart() {}
    // Called after each record with the bytes consumed so far; return false to cancel the parse.
    virtual bool progress(qint64 consumed)
    {
        Q_UNUSED(consumed)
        return true;
    }
};

struct JsonParseError
{
    qint64 offset = 0;
    QString path; // JSON pointer to where the parser was, e.g. "/events/12/date"
    QString message;
};

// Streams a JSON document whose root is an object through a SAX parser, cutting it into records (see
// JsonRecord) with exact byte positions. A well-formed document is read by a fast scanner
// (jsonscanner.h); anything it does not accept is parsed again from the start by nlohmann's lexer, whose
// error messages and positions diagnostics keep (only with a sink that can restart). Memory stays
// proportional to the largest record the sink reads, not to the document: values the sink does not read are
// parsed but not built. Nesting deeper than maxDepth inside a record, a record of more than
// ReadLimits::maxRecordValues values and a string longer than ReadLimits::maxArticleBytes are refused.
class JsonRecordParser final
{
    Q_DECLARE_TR_FUNCTIONS(argline::JsonRecordParser)

public:
    static constexpr int maxDepth = 64;

    explicit JsonRecordParser(JsonRecordSink &sink, const ReadLimits &limits = {})
        : m_sink(sink)
        , m_limits(limits)
    {}

    // nullopt on success; otherwise the first syntax or structure error. A parse cancelled by the sink
    // returns an error with an empty message.
    std::optional<JsonParseError> parse(DocumentBuffer &buffer);
    std::optional<JsonParseError> parse(const char *data, qint64 size);
    // Parses one JSON value that starts at `offset` of a document, delivering it as a single record (key
    // "" and index -1) with offsets in the document: to look inside one record again.
    std::optional<JsonParseError> parseRecord(const char *data, qint64 size, qint64 offset);

private:
    JsonRecordSink &m_sink;
    ReadLimits m_limits;
};

} // namespace argline
