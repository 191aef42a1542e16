#include "models/io/jsonrecord.h"

#include <QCoreApplication>

#include <cstring>

namespace argline {

void JsonRecord::clear()
{
    m_nodes.clear();
    m_pool.clear();
}

quint32 JsonRecord::addText(std::string_view text)
{
    const auto offset = quint32(m_pool.size());
    m_pool.append(text);
    return offset;
}

int JsonRecord::addNode(int parent, Type type, qint64 offset, std::string_view key, qint64 keyEnd)
{
    Node node;
    node.type = type;
    node.offset = offset;
    node.parent = parent;
    node.keyEnd = keyEnd;
    if (!key.empty()) {
        node.keyOffset = addText(key);
        node.keySize = quint32(key.size());
    }
    const int index = int(m_nodes.size());
    m_nodes.push_back(node);
    if (parent >= 0) {
        Node &p = m_nodes[size_t(parent)];
        if (p.lastChild >= 0)
            m_nodes[size_t(p.lastChild)].nextSibling = index;
        else
            p.firstChild = index;
        p.lastChild = index;
        ++p.childCount;
    }
    return index;
}

int JsonRecord::addString(int parent, std::string_view text, qint64 endOffset, std::string_view key,
                          qint64 keyEnd)
{
    const int index = addNode(parent, Type::String, endOffset, key, keyEnd);
    m_nodes[size_t(index)].textOffset = addText(text);
    m_nodes[size_t(index)].textSize = quint32(text.size());
    return index;
}

JsonValue JsonRecord::root() const
{
    return {this, m_nodes.empty() ? -1 : 0};
}

qint64 JsonRecord::startOffset(int index) const
{
    const Node &n = node(index);
    if (n.type == Type::Object || n.type == Type::Array || !m_document)
        return n.offset;

    const DocumentWindow &document = *m_document;
    const qint64 end = std::min(n.offset, document.end);
    switch (n.type) {
    case Type::String:
        return stringStart(document, end);
    case Type::Integer:
    case Type::Float: {
        // The lexer reads one character past a number before it knows the number has ended.
        qint64 i = end - 2;
        while (i >= document.start && document.at(i) != '\0' &&
               std::strchr("0123456789+-.eE", document.at(i)))
            --i;
        return i + 1;
    }
    case Type::Boolean:
        return end - (n.boolean ? 4 : 5);
    case Type::Null:
        return end - 4;
    case Type::Object:
    case Type::Array:
        break;
    }
    return n.offset;
}

qint64 JsonRecord::keyStartOffset(int index) const
{
    const Node &n = node(index);
    if (n.keyEnd < 0 || !m_document)
        return startOffset(index);
    return stringStart(*m_document, std::min(n.keyEnd, m_document->end));
}

qint64 JsonRecord::stringStart(const DocumentWindow &document, qint64 end)
{
    // `end` is just past the closing quote: find the opening quote, skipping escaped ones.
    for (qint64 i = end - 2; i >= document.start; --i) {
        if (document.at(i) != '"')
            continue;
        qint64 backslashes = 0;
        while (i - 1 - backslashes >= document.start && document.at(i - 1 - backslashes) == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return i;
    }
    return document.start;
}

std::string_view JsonValue::key() const
{
    const JsonRecord::Node &n = node();
    return m_record->text(n.keyOffset, n.keySize);
}

std::string_view JsonValue::stringView() const
{
    const JsonRecord::Node &n = node();
    return m_record->text(n.textOffset, n.textSize);
}

QString JsonValue::toString() const
{
    const std::string_view text = stringView();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

double JsonValue::toDouble() const
{
    return type() == JsonRecord::Type::Integer ? double(node().integer) : node().floating;
}

JsonValue JsonValue::member(std::string_view name) const
{
    if (!isObject())
        return {};
    for (JsonValue child : children()) {
        if (child.key() == name)
            return child;
    }
    return {};
}

QString JsonValue::typeName(JsonRecord::Type type)
{
    switch (type) {
    case JsonRecord::Type::Null:
        return QCoreApplication::translate("argline::JsonValue", "null");
    case JsonRecord::Type::Boolean:
        return QCoreApplication::translate("argline::JsonValue", "a boolean");
    case JsonRecord::Type::Integer:
        return QCoreApplication::translate("argline::JsonValue", "an integer");
    case JsonRecord::Type::Float:
        return QCoreApplication::translate("argline::JsonValue", "a number");
    case JsonRecord::Type::String:
        return QCoreApplication::translate("argline::JsonValue", "a string");
    case JsonRecord::Type::Object:
        return QCoreApplication::translate("argline::JsonValue", "an object");
    case JsonRecord::Type::Array:
        return QCoreApplication::translate("argline::JsonValue", "an array");
    }
    return {};
}

} // namespace argline
