#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace argline {

class JsonRef;

// A small JSON document tree that remembers where every value and member name starts (byte offsets), so
// the importers can point at the exact line and column of a problem. Strict RFC 8259 syntax, UTF-8 only;
// nesting deeper than maxDepth is refused instead of recursed into, and memory grows linearly with the
// input. For imported files (TimelineJS, AIF); the Argline corpus itself streams through JsonRecordParser.
class JsonTree final
{
    Q_DECLARE_TR_FUNCTIONS(argline::JsonTree)

public:
    static constexpr int maxDepth = 64;

    enum class Type : quint8
    {
        Null,
        Boolean,
        Number,
        String,
        Object,
        Array
    };

    struct Node
    {
        Type type = Type::Null;
        bool boolean = false;
        double number = 0;
        QString text; // a string's value, or a number as written ("-13800000000")
        QString key;  // the member name, when the parent is an object
        qint64 offset = 0;
        qint64 keyOffset = -1;
        int firstChild = -1;
        int lastChild = -1;
        int nextSibling = -1;
        int childCount = 0;
    };

    struct Error
    {
        qint64 offset = 0;
        QString message;
    };

    // Parses `data` (without a byte-order mark). Returns the first syntax error, if any.
    std::optional<Error> parse(const QByteArray &data);

    JsonRef root() const;
    const Node &node(int index) const { return m_nodes[index]; }
    static QString typeName(Type type); // "a string", "an object", ... (translated)

private:
    friend class JsonTreeParser;
    QList<Node> m_nodes;
};

// A cheap view of one value of a JsonTree; an invalid ref (a missing member) answers every question
// with "nothing": isString() is false, toString() is empty.
class JsonRef final
{
public:
    JsonRef() = default;
    JsonRef(const JsonTree *tree, int index)
        : m_tree(tree)
        , m_index(index)
    {}

    bool isValid() const { return m_tree && m_index >= 0; }
    JsonTree::Type type() const { return isValid() ? node().type : JsonTree::Type::Null; }
    bool isNull() const { return isValid() && type() == JsonTree::Type::Null; }
    bool isString() const { return isValid() && type() == JsonTree::Type::String; }
    bool isNumber() const { return isValid() && type() == JsonTree::Type::Number; }
    bool isObject() const { return isValid() && type() == JsonTree::Type::Object; }
    bool isArray() const { return isValid() && type() == JsonTree::Type::Array; }

    // A string's value; a number as written; empty otherwise.
    QString toString() const { return isString() || isNumber() ? node().text : QString(); }
    // toString() trimmed; for the many files that write "" or " " for "not given".
    QString text() const { return toString().trimmed(); }
    double toDouble() const { return isNumber() ? node().number : 0; }
    bool toBool() const { return isValid() && node().boolean; }
    QString key() const { return isValid() ? node().key : QString(); }
    int size() const { return isValid() ? node().childCount : 0; }

    // Where the value starts, and where its member name starts (the value's offset outside objects).
    qint64 offset() const { return isValid() ? node().offset : 0; }
    qint64 keyOffset() const { return isValid() && node().keyOffset >= 0 ? node().keyOffset : offset(); }

    // The first member called `name`, or an invalid ref.
    JsonRef member(QStringView name) const;
    JsonRef operator[](QStringView name) const { return member(name); }
    // The members of an object or the elements of an array, in document order.
    QList<JsonRef> children() const;

private:
    const JsonTree::Node &node() const { return m_tree->node(m_index); }

    const JsonTree *m_tree = nullptr;
    int m_index = -1;
};

} // namespace argline
