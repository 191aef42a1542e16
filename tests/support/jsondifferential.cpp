#include "tests/support/jsondifferential.h"

#include "models/io/jsonscanner.h"

#include <QStringList>

#include <nlohmann/json.hpp>

#include <bit>
#include <iterator>

using namespace Qt::StringLiterals;

namespace argline::test {

namespace {

using Json = nlohmann::json;

// Records every SAX event as one line: what, its value, and where the parser was.
class Recorder
{
public:
    explicit Recorder(std::function<qint64()> position)
        : m_position(std::move(position))
    {}

    QStringList events;

    bool null() { return add(u"null"_s); }
    bool boolean(bool value) { return add(value ? u"true"_s : u"false"_s); }
    bool number_integer(Json::number_integer_t value) { return add(u"int "_s + QString::number(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return add(u"uint "_s + QString::number(value)); }
    bool number_float(Json::number_float_t value, const Json::string_t &)
    {
        return add(u"float "_s + QString::number(std::bit_cast<quint64>(value), 16));
    }
    bool string(Json::string_t &value) { return add(u"string "_s + QString::fromLatin1(hex(value))); }
    bool binary(Json::binary_t &) { return add(u"binary"_s); }
    bool start_object(std::size_t) { return add(u"{"_s); }
    bool end_object() { return add(u"}"_s); }
    bool start_array(std::size_t) { return add(u"["_s); }
    bool end_array() { return add(u"]"_s); }
    bool key(Json::string_t &value) { return add(u"key "_s + QString::fromLatin1(hex(value))); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

private:
    static QByteArray hex(const std::string &text)
    {
        return QByteArray(text.data(), qsizetype(text.size())).toHex();
    }
    bool add(const QString &event)
    {
        events.append(event + u" @"_s + QString::number(m_position()));
        return true;
    }
    std::function<qint64()> m_position;
};

// The scanner's source: the document in memory, shown `window` bytes more at each refill.
class WindowedSource
{
public:
    WindowedSource(const QByteArray &json, qsizetype window)
        : m_data(json.constData())
        , m_size(json.size())
        , m_window(std::max<qsizetype>(1, window))
        , m_shown(std::min(m_size, m_window))
        , m_cursor(m_size > 0 ? m_data : nullptr)
    {}
    const char *cursor() const { return m_cursor; }
    const char *windowEnd() const { return m_data + m_shown; }
    const char *refill(const char *end)
    {
        if (m_shown >= m_size)
            return nullptr;
        m_shown = std::min(m_size, m_shown + m_window);
        return end;
    }
    void setCursor(const char *cursor) { m_cursor = cursor; }
    qint64 position() const { return m_cursor ? m_cursor - m_data : m_size; }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_window;
    qsizetype m_shown;
    const char *m_cursor;
};

// nlohmann's input, publishing how far its lexer has read (as Argline's parser does).
class TrackingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    TrackingIterator(const char *position, const char **cursor)
        : m_position(position)
        , m_cursor(cursor)
    {}
    reference operator*() const { return *m_position; }
    TrackingIterator &operator++()
    {
        *m_cursor = ++m_position;
        return *this;
    }
    TrackingIterator operator++(int)
    {
        TrackingIterator copy = *this;
        ++*this;
        return copy;
    }
    bool operator==(const TrackingIterator &other) const { return m_position == other.m_position; }

private:
    const char *m_position;
    const char **m_cursor;
};

} // namespace

QString compareScannerWithNlohmann(const QByteArray &json, qsizetype window)
{
    WindowedSource source(json, window);
    Recorder scanned([&source] { return source.position(); });
    const jsonscanner::Result result = scanJson(scanned, source);

    const char *cursor = json.constData();
    Recorder parsed([&] { return cursor - json.constData(); });
    const bool accepted = Json::sax_parse(TrackingIterator(json.constData(), &cursor),
                                          TrackingIterator(json.constData() + json.size(), &cursor), &parsed,
                                          nlohmann::detail::input_format_t::json, true);

    if (result == jsonscanner::Result::Stopped)
        return u"the scanner stopped, but no event refused"_s;
    const bool scannerParsed = result == jsonscanner::Result::Parsed;
    if (scannerParsed != accepted) {
        return scannerParsed ? u"the scanner parsed what nlohmann refuses"_s
                             : u"the scanner gave up on what nlohmann accepts"_s;
    }
    if (!accepted)
        return {};
    for (qsizetype i = 0; i < std::max(scanned.events.size(), parsed.events.size()); ++i) {
        if (scanned.events.value(i) != parsed.events.value(i)) {
            return u"event %1: the scanner gives \"%2\", nlohmann \"%3\""_s.arg(i).arg(
                scanned.events.value(i), parsed.events.value(i));
        }
    }
    return {};
}

} // namespace argline::test
