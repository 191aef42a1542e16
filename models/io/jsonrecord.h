#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace argline {

class JsonValue;

// The part of a document the parser still holds: bytes [start, end), at `data`. Records look back into it
// to find where a scalar token starts, which is only needed when a diagnostic points at one.
struct DocumentWindow
{
    const char *data = nullptr;
    qint64 start = 0;
    qint64 end = 0;

    bool contains(qint64 offset) const { return offset >= start && offset < end; }
    char at(qint64 offset) const { return data[offset - start]; }
};

// One "record" of a streamed JSON document — a top-level member, or one element of a top-level array —
// held as a flat array of nodes with byte positions. The reader converts each record to domain structs
// as soon as it is complete and then reuses the storage, so a 60 MB corpus never exists as a DOM.
class JsonRecord final
{
public:
    enum class Type : quint8
    {
        Null,
        Boolean,
        Integer,
        Float,
        String,
        Object,
        Array
    };

    struct Node
    {
        Type type = Type::Null;
        bool boolean = false;
        bool unread = false; // a member the sink does not read: its value was not built (see JsonRecordSink)
        bool duplicateKeys = false; // an object whose member names may repeat (false: they do not)
        qint64 integer = 0;
        double floating = 0;
        quint32 textOffset = 0; // string value, in the text pool
        quint32 textSize = 0;
        quint32 keyOffset = 0; // member name when the parent is an object
        quint32 keySize = 0;
        qint32 parent = -1;
        qint32 firstChild = -1;
        qint32 lastChild = -1;
        qint32 nextSibling = -1;
        qint32 childCount = 0;
        // For containers: offset of '{' or '['. For scalars: offset just past the token (its start is
        // found by scanning back only when a diagnostic needs it).
        qint64 offset = 0;
        qint64 keyEnd = -1; // just past the member name, when the parent is an object
    };

    void clear();
    // Appends a node as the last child of `parent` (-1 for the record's root). `keyEnd` is the offset
    // just past the member name when the parent is an object, else -1.
    int addNode(int parent, Type type, qint64 offset, std::string_view key, qint64 keyEnd);
    int addString(int parent, std::string_view text, qint64 endOffset, std::string_view key, qint64 keyEnd);
    Node &node(int index) { return m_nodes[size_t(index)]; }
    const Node &node(int index) const { return m_nodes[size_t(index)]; }
    int nodeCount() const { return int(m_nodes.size()); }

    std::string_view text(quint32 offset, quint32 size) const { return {m_pool.data() + offset, size}; }
    JsonValue root() const;

    // The document the record came from, so diagnostics can find where a scalar token starts. The window
    // must hold the record while it is read.
    void setDocument(const DocumentWindow *window) { m_document = window; }
    const DocumentWindow *document() const { return m_document; }
    qint64 startOffset(int index) const;
    qint64 keyStartOffset(int index) const;
    // Just past the record's last byte (set by the parser when the record is complete).
    qint64 endOffset() const { return m_endOffset; }
    void setEndOffset(qint64 offset) { m_endOffset = offset; }

    // Where the JSON string that ends just before `end` starts (scanning back over escaped quotes).
    static qint64 stringStart(const DocumentWindow &document, qint64 end);

private:
    quint32 addText(std::string_view text);

    std::vector<Node> m_nodes;
    std::string m_pool;
    const DocumentWindow *m_document = nullptr;
    qint64 m_endOffset = 0;
};

// A cheap view of one node of a record.
class JsonValue final
{
public:
    JsonValue() = default;
    JsonValue(const JsonRecord *record, int index)
        : m_record(record)
        , m_index(index)
    {}

    bool isValid() const { return m_record && m_index >= 0; }
    JsonRecord::Type type() const { return node().type; }
    bool isString() const { return isValid() && type() == JsonRecord::Type::String; }
    bool isObject() const { return isValid() && type() == JsonRecord::Type::Object; }
    bool isArray() const { return isValid() && type() == JsonRecord::Type::Array; }
    // A member whose value the parser did not build, because the sink does not read it.
    bool isUnread() const { return isValid() && node().unread; }
    // An object whose member names may repeat; when false, they certainly do not.
    bool hasDuplicateKeys() const { return isValid() && node().duplicateKeys; }
    int index() const { return m_index; }
    bool operator==(const JsonValue &) const = default;

    std::string_view key() const;
    std::string_view stringView() const;
    QString toString() const;
    bool toBool() const { return node().boolean; }
    qint64 toInteger() const { return node().integer; }
    double toDouble() const;

    int size() const { return node().childCount; }
    JsonValue firstChild() const { return {m_record, node().firstChild}; }
    JsonValue nextSibling() const { return {m_record, node().nextSibling}; }
    // First member called `name`, or an invalid value.
    JsonValue member(std::string_view name) const;

    // Byte offset where the value starts in the document.
    qint64 offset() const { return m_record->startOffset(m_index); }
    // Byte offset of the member name (falls back to the value's offset outside objects).
    qint64 keyOffset() const { return m_record->keyStartOffset(m_index); }

    // Range-for over the children of an object or array.
    class Iterator
    {
    public:
        Iterator(const JsonRecord *record, int index)
            : m_record(record)
            , m_index(index)
        {}
        JsonValue operator*() const { return {m_record, m_index}; }
        Iterator &operator++()
        {
            m_index = m_record->node(m_index).nextSibling;
            return *this;
        }
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        const JsonRecord *m_record;
        int m_index;
    };
    struct Children
    {
        const JsonRecord *record;
        int first;
        Iterator begin() const { return {record, first}; }
        Iterator end() const { return {record, -1}; }
    };
    Children children() const { return {m_record, isValid() ? node().firstChild : -1}; }

    static QString typeName(JsonRecord::Type type); // "a string", "an object", ... (translated)

private:
    const JsonRecord::Node &node() const { return m_record->node(m_index); }

    const JsonRecord *m_record = nullptr;
    int m_index = -1;
};

} // namespace argline
