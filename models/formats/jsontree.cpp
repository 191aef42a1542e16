#include "models/formats/jsontree.h"

#include <QStringDecoder>

#include <charconv>

using namespace Qt::StringLiterals;

namespace argline {

// Recursive descent over the bytes; depth is bounded by JsonTree::maxDepth.
class JsonTreeParser final
{
public:
    JsonTreeParser(JsonTree &tree, const QByteArray &data)
        : m_tree(tree)
        , m_data(data.constData())
        , m_size(data.size())
    {}

    std::optional<JsonTree::Error> run()
    {
        m_tree.m_nodes.clear();
        skipSpace();
        if (m_pos >= m_size)
            return fail(JsonTree::tr("the file holds no JSON value"));
        if (!value(-1, QString(), -1, 0))
            return m_error;
        skipSpace();
        if (m_pos < m_size)
            return fail(JsonTree::tr("unexpected text after the end of the JSON document"));
        return std::nullopt;
    }

private:
    std::optional<JsonTree::Error> fail(const QString &message)
    {
        if (!m_error)
            m_error = JsonTree::Error{m_pos, message};
        return m_error;
    }
    bool failed(const QString &message)
    {
        fail(message);
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    int addNode(int parent, JsonTree::Type type, const QString &key, qint64 keyOffset)
    {
        auto &nodes = m_tree.m_nodes;
        JsonTree::Node node;
        node.type = type;
        node.offset = m_pos;
        node.key = key;
        node.keyOffset = keyOffset;
        const int index = int(nodes.size());
        nodes.append(std::move(node));
        if (parent >= 0) {
            JsonTree::Node &p = nodes[parent];
            if (p.lastChild >= 0)
                nodes[p.lastChild].nextSibling = index;
            else
                p.firstChild = index;
            p.lastChild = index;
            ++p.childCount;
        }
        return index;
    }

    bool literal(const char *word)
    {
        const qint64 length = qint64(std::char_traits<char>::length(word));
        if (m_size - m_pos < length ||
            std::char_traits<char>::compare(m_data + m_pos, word, size_t(length)) != 0)
            return false;
        m_pos += length;
        return true;
    }

    bool value(int parent, const QString &key, qint64 keyOffset, int depth)
    {
        if (depth > JsonTree::maxDepth)
            return failed(JsonTree::tr("nested deeper than %1 levels").arg(JsonTree::maxDepth));
        if (m_pos >= m_size)
            return failed(JsonTree::tr("unexpected end of the file"));
        const char c = m_data[m_pos];
        switch (c) {
        case '{':
            return object(parent, key, keyOffset, depth);
        case '[':
            return array(parent, key, keyOffset, depth);
        case '"': {
            const int index = addNode(parent, JsonTree::Type::String, key, keyOffset);
            QString text;
            if (!string(&text))
                return false;
            m_tree.m_nodes[index].text = std::move(text);
            return true;
        }
        case 't':
        case 'f':
        case 'n': {
            const qint64 start = m_pos;
            const bool isTrue = literal("true");
            const bool isFalse = !isTrue && literal("false");
            const bool isNull = !isTrue && !isFalse && literal("null");
            if (!isTrue && !isFalse && !isNull)
                return failed(JsonTree::tr("unexpected character; expected a JSON value"));
            const qint64 end = m_pos;
            m_pos = start;
            const int index =
                addNode(parent, isNull ? JsonTree::Type::Null : JsonTree::Type::Boolean, key, keyOffset);
            m_tree.m_nodes[index].boolean = isTrue;
            m_pos = end;
            return true;
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return number(parent, key, keyOffset);
            return failed(JsonTree::tr("unexpected character; expected a JSON value"));
        }
    }

    bool number(int parent, const QString &key, qint64 keyOffset)
    {
        const qint64 start = m_pos;
        const auto digit = [&] { return m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9'; };
        if (m_data[m_pos] == '-')
            ++m_pos;
        if (!digit())
            return failed(JsonTree::tr("a number needs digits"));
        if (m_data[m_pos] == '0')
            ++m_pos;
        else
            while (digit())
                ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (!digit())
                return failed(JsonTree::tr("a number needs digits after the decimal point"));
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (!digit())
                return failed(JsonTree::tr("a number needs digits in its exponent"));
            while (digit())
                ++m_pos;
        }
        const qint64 end = m_pos;
        m_pos = start;
        const int index = addNode(parent, JsonTree::Type::Number, key, keyOffset);
        m_pos = end;
        JsonTree::Node &node = m_tree.m_nodes[index];
        node.text = QString::fromLatin1(m_data + start, end - start);
        double value = 0;
        const auto result = std::from_chars(m_data + start, m_data + end, value);
        node.number = result.ec == std::errc() ? value : 0; // out of range: the text still says it
        return true;
    }

    // Reads a string at m_pos ('"') into *out, decoding escapes and checking UTF-8.
    bool string(QString *out)
    {
        ++m_pos; // the opening quote
        QByteArray bytes;
        const qint64 start = m_pos;
        qint64 runStart = m_pos;
        const auto flush = [&] { bytes.append(m_data + runStart, m_pos - runStart); };
        for (;;) {
            if (m_pos >= m_size) {
                m_pos = start - 1;
                return failed(JsonTree::tr("a string is not closed"));
            }
            const auto c = static_cast<unsigned char>(m_data[m_pos]);
            if (c == '"') {
                flush();
                ++m_pos;
                break;
            }
            if (c < 0x20)
                return failed(
                    JsonTree::tr("a control character inside a string (write it as an escape, e.g. \\n)"));
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            ++m_pos;
            if (m_pos >= m_size)
                return failed(JsonTree::tr("a string is not closed"));
            const char e = m_data[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                bytes.append(e);
                break;
            case 'b':
                bytes.append('\b');
                break;
            case 'f':
                bytes.append('\f');
                break;
            case 'n':
                bytes.append('\n');
                break;
            case 'r':
                bytes.append('\r');
                break;
            case 't':
                bytes.append('\t');
                break;
            case 'u': {
                const auto hex = [&](char32_t *value) {
                    if (m_size - m_pos < 4)
                        return false;
                    char32_t v = 0;
                    for (int i = 0; i < 4; ++i) {
                        const char h = m_data[m_pos + i];
                        const int d = h >= '0' && h <= '9'   ? h - '0'
                                      : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                      : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                             : -1;
                        if (d < 0)
                            return false;
                        v = v * 16 + char32_t(d);
                    }
                    m_pos += 4;
                    *value = v;
                    return true;
                };
                char32_t code = 0;
                if (!hex(&code)) {
                    m_pos -= 2;
                    return failed(JsonTree::tr("\\u needs four hexadecimal digits"));
                }
                if (code >= 0xD800 && code <= 0xDBFF && m_size - m_pos >= 6 && m_data[m_pos] == '\\' &&
                    m_data[m_pos + 1] == 'u') {
                    const qint64 save = m_pos;
                    m_pos += 2;
                    char32_t low = 0;
                    if (hex(&low) && low >= 0xDC00 && low <= 0xDFFF)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    else
                        m_pos = save;
                }
                if (code >= 0xD800 && code <= 0xDFFF)
                    code = 0xFFFD; // a lone surrogate: no character to keep
                bytes.append(QString::fromUcs4(&code, 1).toUtf8());
                break;
            }
            default:
                m_pos -= 2;
                return failed(JsonTree::tr("unknown escape \\%1 in a string").arg(QChar::fromLatin1(e)));
            }
            runStart = m_pos;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *out = decoder(bytes);
        if (decoder.hasError()) {
            m_pos = start - 1;
            return failed(JsonTree::tr("a string is not valid UTF-8"));
        }
        return true;
    }

    bool object(int parent, const QString &key, qint64 keyOffset, int depth)
    {
        const int index = addNode(parent, JsonTree::Type::Object, key, keyOffset);
        ++m_pos;
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_size)
                return failed(JsonTree::tr("an object is not closed (missing '}')"));
            if (m_data[m_pos] != '"')
                return failed(JsonTree::tr("expected a member name in double quotes"));
            const qint64 nameOffset = m_pos;
            QString name;
            if (!string(&name))
                return false;
            skipSpace();
            if (m_pos >= m_size || m_data[m_pos] != ':')
                return failed(JsonTree::tr("expected ':' after the member name"));
            ++m_pos;
            skipSpace();
            if (!value(index, name, nameOffset, depth + 1))
                return false;
            skipSpace();
            if (m_pos >= m_size)
                return failed(JsonTree::tr("an object is not closed (missing '}')"));
            if (m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_data[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return failed(JsonTree::tr("expected ',' or '}' after a member"));
        }
    }

    bool array(int parent, const QString &key, qint64 keyOffset, int depth)
    {
        const int index = addNode(parent, JsonTree::Type::Array, key, keyOffset);
        ++m_pos;
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!value(index, QString(), -1, depth + 1))
                return false;
            skipSpace();
            if (m_pos >= m_size)
                return failed(JsonTree::tr("an array is not closed (missing ']')"));
            if (m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_data[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return failed(JsonTree::tr("expected ',' or ']' after an element"));
        }
    }

    JsonTree &m_tree;
    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    std::optional<JsonTree::Error> m_error;
};

std::optional<JsonTree::Error> JsonTree::parse(const QByteArray &data)
{
    return JsonTreeParser(*this, data).run();
}

JsonRef JsonTree::root() const
{
    return m_nodes.isEmpty() ? JsonRef() : JsonRef(this, 0);
}

QString JsonTree::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return tr("null");
    case Type::Boolean:
        return tr("a boolean");
    case Type::Number:
        return tr("a number");
    case Type::String:
        return tr("a string");
    case Type::Object:
        return tr("an object");
    case Type::Array:
        return tr("an array");
    }
    return {};
}

JsonRef JsonRef::member(QStringView name) const
{
    if (!isObject())
        return {};
    for (int child = node().firstChild; child >= 0; child = m_tree->node(child).nextSibling) {
        if (m_tree->node(child).key == name)
            return {m_tree, child};
    }
    return {};
}

QList<JsonRef> JsonRef::children() const
{
    QList<JsonRef> list;
    if (!isObject() && !isArray())
        return list;
    list.reserve(node().childCount);
    for (int child = node().firstChild; child >= 0; child = m_tree->node(child).nextSibling)
        list.append({m_tree, child});
    return list;
}

} // namespace argline
