#include "models/io/jsonrecordparser.h"

#include "models/io/documentbuffer.h"
#include "models/io/jsonpath.h"
#include "models/io/jsonscanner.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <iterator>
#include <vector>

namespace argline {

namespace {

using Json = nlohmann::json;

// The document as the parser sees it: a window of bytes that a DocumentBuffer refills as the lexer reaches
// its end, and the cursor (the next byte the lexer will read), which the SAX callbacks turn into positions.
class Stream
{
public:
    // A document in a DocumentBuffer, read from its start.
    explicit Stream(DocumentBuffer *buffer)
        : m_buffer(buffer)
    {
        sync();
        m_cursor = m_window.data;
        if (m_window.end == m_window.start)
            m_cursor = refill(m_window.data);
    }
    // A fragment in memory whose first byte is at `baseOffset` of the document.
    Stream(const char *data, qint64 size, qint64 baseOffset)
        : m_window{data, baseOffset, baseOffset + size}
        , m_cursor(size > 0 ? data : nullptr)
    {}

    const DocumentWindow &window() const { return m_window; }
    const char *cursor() const { return m_cursor; }
    const char *windowEnd() const { return m_window.data + (m_window.end - m_window.start); }
    // The cursor as an offset in the document (the end of the document once everything is read).
    qint64 position() const { return m_cursor ? m_window.start + (m_cursor - m_window.data) : m_window.end; }
    // Bytes before `offset` will not be looked at again.
    void keepFrom(qint64 offset) { m_keepFrom = offset; }

    // The lexer's iterator publishes where it is after every byte.
    void setCursor(const char *cursor) { m_cursor = cursor; }
    // The iterator reached `end`, the end of the window: the next byte's new address, or null at the end
    // of the document. Out of line, so that the lexer's per-byte step stays small enough to inline.
    [[gnu::noinline]] const char *refill(const char *end)
    {
        const qint64 next = m_window.start + (end - m_window.data);
        const bool more = m_buffer && m_buffer->extend(std::min(m_keepFrom, next));
        if (m_buffer)
            sync();
        return more && m_window.end > next ? m_window.data + (next - m_window.start) : nullptr;
    }

private:
    void sync() { m_window = {m_buffer->windowData(), m_buffer->windowStart(), m_buffer->windowEnd()}; }

    DocumentBuffer *m_buffer = nullptr;
    DocumentWindow m_window;
    const char *m_cursor = nullptr;
    qint64 m_keepFrom = 0;
};

// A byte iterator over a Stream for nlohmann's iterator input adapter; the end iterator holds null. The
// lexer calls operator++ for every byte, so the usual step is a compare and a store.
class StreamIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    StreamIterator(Stream *stream, const char *position)
        : m_stream(stream)
        , m_position(position)
        , m_end(position ? stream->windowEnd() : nullptr)
    {}
    reference operator*() const { return *m_position; }
    StreamIterator &operator++()
    {
        if (++m_position == m_end) [[unlikely]] {
            m_position = m_stream->refill(m_position);
            m_end = m_stream->windowEnd();
        }
        m_stream->setCursor(m_position);
        return *this;
    }
    StreamIterator operator++(int)
    {
        StreamIterator copy = *this;
        ++*this;
        return copy;
    }
    bool operator==(const StreamIterator &other) const { return m_position == other.m_position; }

private:
    Stream *m_stream;
    const char *m_position;
    const char *m_end;
};

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
// error while parsing value - invalid literal; ...". Our diagnostics carry their own line and column.
QString cleanParseMessage(const char *what)
{
    std::string_view text(what);
    if (const size_t column = text.find("column "); column != std::string_view::npos) {
        if (const size_t colon = text.find(": ", column); colon != std::string_view::npos)
            text.remove_prefix(colon + 2);
    }
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

class SaxHandler
{
public:
    SaxHandler(JsonRecordSink &sink, Stream &stream, bool singleRecord, const ReadLimits &limits)
        : m_sink(sink)
        , m_stream(stream)
        , m_singleRecord(singleRecord)
        , m_limits(limits)
    {
        m_record.setDocument(&stream.window());
    }

    std::optional<JsonParseError> error;

    bool null()
    {
        return scalar(JsonRecord::Type::Null, [](JsonRecord::Node &) {});
    }
    bool boolean(bool value)
    {
        return scalar(JsonRecord::Type::Boolean, [value](JsonRecord::Node &n) { n.boolean = value; });
    }
    bool number_integer(Json::number_integer_t value)
    {
        return scalar(JsonRecord::Type::Integer, [value](JsonRecord::Node &n) { n.integer = value; });
    }
    bool number_unsigned(Json::number_unsigned_t value)
    {
        if (value > Json::number_unsigned_t(std::numeric_limits<qint64>::max()))
            return number_float(double(value), {});
        return number_integer(Json::number_integer_t(value));
    }
    bool number_float(Json::number_float_t value, const Json::string_t &)
    {
        return scalar(JsonRecord::Type::Float, [value](JsonRecord::Node &n) { n.floating = value; });
    }
    bool string(Json::string_t &value)
    {
        if (qint64(value.size()) > m_limits.maxArticleBytes)
            return tooLong(qint64(value.size()));
        if (m_skip > 0)
            return skipped();
        const Build build = enterValue();
        if (build == Build::Skip)
            return skipped();
        if (!m_recordActive)
            return fail(position() - 1, JsonRecordParser::tr("the document must be a JSON object"));
        if (!roomForValue())
            return false;
        // The text of a field nobody reads is not kept: it may be large.
        const int index = m_record.addString(parent(), build == Build::Unread ? std::string_view() : value,
                                             position(), m_key, m_keyEnd);
        m_record.node(index).unread = build == Build::Unread;
        noteMember(index);
        m_key.clear();
        return m_stack.empty() ? finishRecord() : true;
    }
    bool binary(Json::binary_t &) { return true; }

    bool start_object(std::size_t) { return startContainer(JsonRecord::Type::Object); }
    bool start_array(std::size_t) { return startContainer(JsonRecord::Type::Array); }
    bool end_object() { return endContainer(); }
    bool end_array() { return endContainer(); }

    bool key(Json::string_t &value)
    {
        if (qint64(value.size()) > m_limits.maxArticleBytes)
            return tooLong(qint64(value.size()));
        if (m_skip > 0)
            return true;
        if (!m_recordActive && m_depth == 1 && !m_singleRecord) {
            m_rootKey = value;
            m_sink.rootMember(m_rootKey, JsonRecord::stringStart(m_stream.window(), position()));
            m_rootWanted = m_sink.wantsRootMember(m_rootKey);
        } else {
            m_key = value;
            m_keyEnd = position();
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string &token, const nlohmann::detail::exception &ex)
    {
        const auto *syntax = dynamic_cast<const Json::parse_error *>(&ex);
        if (!syntax) {
            // A number too large for a double (406) arrives as out_of_range, reported after its token.
            const qint64 start = std::max<qint64>(0, qint64(position) - qint64(token.size()));
            return fail(start, JsonRecordParser::tr("the number %1 is out of range")
                                   .arg(QString::fromUtf8(token.data(), qsizetype(token.size()))));
        }
        // ex.byte counts the bytes read, including the one that broke the syntax.
        qint64 offset = std::max<qint64>(0, qint64(syntax->byte) - 1);
        // A broken UTF-8 sequence is noticed at its first bad continuation byte: point at its start.
        if (std::string_view(ex.what()).find("UTF-8") != std::string_view::npos) {
            const DocumentWindow &window = m_stream.window();
            for (int back = 0; back < 3 && window.contains(offset - 1) &&
                               (static_cast<unsigned char>(window.at(offset - 1)) & 0x80);
                 ++back)
                --offset;
        }
        return fail(offset, cleanParseMessage(ex.what()));
    }

private:
    qint64 position() const { return m_stream.position(); }
    int parent() const { return m_stack.empty() ? -1 : m_stack.back(); }

    bool fail(qint64 offset, const QString &message)
    {
        if (!error)
            error = JsonParseError{offset, currentPath(), message};
        return false;
    }

    // Where the parser is, as a JSON pointer: the record's place in the document, the open containers
    // of the record, then the member or element being read.
    QString currentPath() const
    {
        // Built as text directly: reassigning a JsonPath grown past its inline capacity leaked (seen by
        // LeakSanitizer in Qt 6.4's QVarLengthArray assignment), and this runs at up to maxDepth levels.
        QString path;
        const auto key = [&](std::string_view name) { path += JsonPath().key(name).toString(); };
        const auto index = [&](int i) { path += u'/' + QString::number(i); };
        if (m_depth == 0 || m_rootKey.empty())
            return path;
        key(m_rootKey);
        if (m_inRecordArray)
            index(m_recordActive ? m_currentIndex : m_recordIndex);
        if (!m_recordActive)
            return path;
        for (size_t i = 1; i < m_stack.size(); ++i) {
            const JsonRecord::Node &node = m_record.node(m_stack[i]);
            const JsonRecord::Node &container = m_record.node(node.parent);
            if (container.type == JsonRecord::Type::Object)
                key(m_record.text(node.keyOffset, node.keySize));
            else
                index(container.childCount - 1);
        }
        if (!m_stack.empty()) {
            const JsonRecord::Node &open = m_record.node(m_stack.back());
            if (open.type == JsonRecord::Type::Array)
                index(open.childCount);
            else if (!m_key.empty())
                key(m_key);
        }
        return path;
    }

    // What becomes of a value: built, built as a node without content (a member nobody reads, kept so
    // that it can be reported as unknown), or skipped entirely (a root member nobody reads).
    enum class Build : quint8
    {
        Full,
        Unread,
        Skip
    };

    // Called before every value outside skipped ones: opens a record when the value is one.
    Build enterValue()
    {
        if (m_recordActive) {
            const int open = parent();
            return open >= 0 && m_record.node(open).type == JsonRecord::Type::Object &&
                           !m_sink.isKnownField(m_key)
                       ? Build::Unread
                       : Build::Full;
        }
        if (m_singleRecord) {
            beginRecord(-1);
        } else if (m_depth == 1) {
            if (!m_rootWanted)
                return Build::Skip;
            beginRecord(-1);
        } else if (m_depth == 2 && m_inRecordArray) {
            beginRecord(m_recordIndex++);
        }
        return Build::Full;
    }

    void beginRecord(int index)
    {
        m_record.clear();
        m_recordActive = true;
        m_currentIndex = index;
        m_key.clear();
        m_keyEnd = -1;
    }

    // A value inside something skipped: nothing to build, and outside a record nothing to look back at.
    bool skipped()
    {
        m_key.clear();
        if (!m_recordActive)
            m_stream.keepFrom(position());
        return true;
    }

    bool roomForValue()
    {
        if (m_record.nodeCount() < m_limits.maxRecordValues)
            return true;
        return fail(
            position() - 1,
            JsonRecordParser::tr("this item holds more than %1 JSON values (set ARGLINE_MAX_ITEM_VALUES "
                                 "to raise the limit)")
                .arg(m_limits.maxRecordValues));
    }

    bool tooLong(qint64 size)
    {
        const qint64 end = position();
        return fail(JsonRecord::stringStart(m_stream.window(), end), m_limits.stringTooLarge(size));
    }

    // Flags an object whose member names may repeat, so that readers can look members up in file order
    // and skip the duplicate check otherwise. A 64-bit filter of the names seen spares most comparisons;
    // an object of many members is simply flagged (its readers check with a hash set), which keeps this
    // linear: comparing each name with all the others took a minute for 200,000 members.
    void noteMember(int index)
    {
        const int open = parent();
        if (open < 0 || m_record.node(open).type != JsonRecord::Type::Object ||
            m_record.node(open).duplicateKeys)
            return;
        if (m_record.node(open).childCount > 32) {
            m_record.node(open).duplicateKeys = true;
            return;
        }
        const JsonRecord::Node &member = m_record.node(index);
        const std::string_view key = m_record.text(member.keyOffset, member.keySize);
        const quint64 bit = quint64(1)
                            << ((key.size() * 7 + (key.empty() ? 0 : key.front() * 3 + key.back())) & 63);
        quint64 &bloom = m_keyBlooms.back();
        if (bloom & bit) {
            for (int sibling = m_record.node(open).firstChild; sibling != index;
                 sibling = m_record.node(sibling).nextSibling) {
                const JsonRecord::Node &other = m_record.node(sibling);
                if (m_record.text(other.keyOffset, other.keySize) == key) {
                    m_record.node(open).duplicateKeys = true;
                    break;
                }
            }
        }
        bloom |= bit;
    }

    template <typename Fill>
    bool scalar(JsonRecord::Type type, Fill fill)
    {
        if (m_skip > 0)
            return skipped();
        const Build build = enterValue();
        if (build == Build::Skip)
            return skipped();
        if (!m_recordActive)
            return fail(position() - 1, JsonRecordParser::tr("the document must be a JSON object"));
        if (!roomForValue())
            return false;
        const int index = m_record.addNode(parent(), type, position(), m_key, m_keyEnd);
        JsonRecord::Node &node = m_record.node(index);
        fill(node);
        node.unread = build == Build::Unread;
        noteMember(index);
        m_key.clear();
        return m_stack.empty() ? finishRecord() : true;
    }

    bool tooDeep(qint64 offset)
    {
        return fail(offset, JsonRecordParser::tr("arrays and objects are nested more than %1 levels deep")
                                .arg(JsonRecordParser::maxDepth));
    }

    bool startContainer(JsonRecord::Type type)
    {
        const qint64 offset = position() - 1;
        if (m_skip > 0) {
            if (int(m_stack.size()) + m_skip >= JsonRecordParser::maxDepth)
                return tooDeep(offset);
            ++m_skip;
            ++m_depth;
            return true;
        }
        if (m_depth == 0 && !m_singleRecord) {
            if (type != JsonRecord::Type::Object)
                return fail(offset, JsonRecordParser::tr("the document must be a JSON object"));
            m_depth = 1;
            return true;
        }
        if (!m_recordActive && m_depth == 1 && !m_singleRecord && m_rootWanted &&
            type == JsonRecord::Type::Array && m_sink.isRecordArray(m_rootKey)) {
            m_inRecordArray = true;
            m_recordIndex = 0;
            m_depth = 2;
            return true;
        }
        const Build build = enterValue();
        if (build == Build::Skip) {
            m_skip = 1;
            ++m_depth;
            return skipped();
        }
        if (int(m_stack.size()) >= JsonRecordParser::maxDepth)
            return tooDeep(offset);
        if (!roomForValue())
            return false;
        const int index = m_record.addNode(parent(), type, offset, m_key, m_keyEnd);
        noteMember(index);
        m_key.clear();
        ++m_depth;
        if (build == Build::Unread) { // its node stays, without children
            m_record.node(index).unread = true;
            m_skip = 1;
            return true;
        }
        m_stack.push_back(index);
        m_keyBlooms.push_back(0);
        return true;
    }

    bool endContainer()
    {
        --m_depth;
        if (m_skip > 0) {
            --m_skip;
            return skipped();
        }
        if (m_recordActive) {
            m_stack.pop_back();
            m_keyBlooms.pop_back();
            return m_stack.empty() ? finishRecord() : true;
        }
        if (m_inRecordArray && m_depth == 1)
            m_inRecordArray = false;
        return true;
    }

    bool finishRecord()
    {
        m_record.setEndOffset(position());
        m_sink.takeRecord(m_rootKey, m_currentIndex, m_record);
        m_record.setDocument(&m_stream.window()); // the storage handed back may point elsewhere
        m_recordActive = false;
        m_stream.keepFrom(position());
        if (!m_sink.progress(position()))
            return fail(position(), QString());
        return true;
    }

    JsonRecordSink &m_sink;
    Stream &m_stream;
    const bool m_singleRecord; // the document is one record (a fragment), not an object of records
    const ReadLimits m_limits;
    JsonRecord m_record;
    std::vector<int> m_stack;         // open containers of the current record
    std::vector<quint64> m_keyBlooms; // for each, the member names seen (see noteMember())
    std::string m_rootKey;
    std::string m_key; // member name for the next value inside a record
    qint64 m_keyEnd = -1;
    int m_depth = 0; // open containers in the document, the root object included
    int m_skip = 0;  // open containers of a value that is skipped, or of an unread member's value
    bool m_rootWanted = true;
    bool m_recordActive = false;
    bool m_inRecordArray = false;
    int m_recordIndex = 0;
    int m_currentIndex = -1;
};

} // namespace

namespace {

std::optional<JsonParseError> run(JsonRecordSink &sink, Stream &stream, bool singleRecord,
                                  const ReadLimits &limits)
{
    SaxHandler handler(sink, stream, singleRecord, limits);
    const bool ok =
        Json::sax_parse(StreamIterator(&stream, stream.cursor()), StreamIterator(&stream, nullptr), &handler,
                        nlohmann::detail::input_format_t::json, true);
    if (ok)
        return std::nullopt;
    if (handler.error)
        return handler.error;
    return JsonParseError{
        stream.position(),
        {},
        QCoreApplication::translate("argline::JsonRecordParser", "the JSON could not be parsed")};
}

// The fast scanner: the outcome when it settled the document (nullopt inside: parsed; else the error the
// handler stopped with), or nullopt when it gave up and nlohmann's lexer must parse it from the start.
std::optional<std::optional<JsonParseError>> scan(JsonRecordSink &sink, Stream &stream, bool singleRecord,
                                                  const ReadLimits &limits)
{
    SaxHandler handler(sink, stream, singleRecord, limits);
    switch (scanJson(handler, stream)) {
    case jsonscanner::Result::Parsed:
        return std::optional<JsonParseError>();
    case jsonscanner::Result::Stopped:
        if (handler.error)
            return handler.error;
        return JsonParseError{
            stream.position(),
            {},
            QCoreApplication::translate("argline::JsonRecordParser", "the JSON could not be parsed")};
    case jsonscanner::Result::Unsure:
        break;
    }
    return std::nullopt;
}

// nlohmann's lexer (and so the scanner) takes a NUL byte for the end of the input: a document that parsed
// but stopped at one hides whatever follows it, and is refused.
std::optional<JsonParseError> stoppedAtNul(const Stream &stream, std::optional<JsonParseError> result)
{
    const qint64 end = stream.position();
    if (!result && stream.window().contains(end - 1) && stream.window().at(end - 1) == '\0') {
        return JsonParseError{
            end - 1,
            {},
            QCoreApplication::translate("argline::JsonRecordParser",
                                        "a NUL byte after the JSON document: is this a text file?")};
    }
    return result;
}

} // namespace

std::optional<JsonParseError> JsonRecordParser::parse(DocumentBuffer &buffer)
{
    if (m_sink.canRestart()) {
        Stream stream(&buffer);
        if (const auto result = scan(m_sink, stream, false, m_limits))
            return stoppedAtNul(stream, *result);
        m_sink.restart();
        buffer.rewind();
    }
    Stream stream(&buffer);
    return stoppedAtNul(stream, run(m_sink, stream, false, m_limits));
}

std::optional<JsonParseError> JsonRecordParser::parse(const char *data, qint64 size)
{
    if (m_sink.canRestart()) {
        Stream stream(data, size, 0);
        if (const auto result = scan(m_sink, stream, false, m_limits))
            return stoppedAtNul(stream, *result);
        m_sink.restart();
    }
    Stream stream(data, size, 0);
    return stoppedAtNul(stream, run(m_sink, stream, false, m_limits));
}

std::optional<JsonParseError> JsonRecordParser::parseRecord(const char *data, qint64 size, qint64 offset)
{
    if (m_sink.canRestart()) {
        Stream stream(data, size, offset);
        if (const auto result = scan(m_sink, stream, true, m_limits))
            return *result;
        m_sink.restart();
    }
    Stream stream(data, size, offset);
    return run(m_sink, stream, true, m_limits);
}

} // namespace argline
