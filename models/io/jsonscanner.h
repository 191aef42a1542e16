#pragma once

#include <QtGlobal>

#include <array>
#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace argline {

// A fast JSON scanner for well-formed documents, driving the same SAX handler as nlohmann's parser with
// the same events, values and positions (see jsonrecordparser.cpp). nlohmann's lexer reads a character at
// a time through its input adapter, keeps every byte for its error messages and copies every string
// twice: for a large corpus it cost more than everything the reader does with the values. This scanner
// copies each string once and checks plain ASCII runs with a table.
//
// It does not report errors. At anything it does not accept — a syntax error, invalid UTF-8, a bad escape,
// a number out of range, a byte-order mark that is not one — it gives up (Unsure), and the caller parses
// the document again with nlohmann's lexer, whose messages and positions diagnostics keep. What it accepts,
// nlohmann accepts identically (a fuzz target compares the two).
//
// `Source` is the parser's stream: cursor() (null at the end), windowEnd(), refill(end) (the new address
// of the byte at `end`, or null at the end of the document) and setCursor(), which publishes how far the
// lexer has read before each event, exactly as nlohmann's lexer would have read.
namespace jsonscanner {

enum class Result : quint8
{
    Parsed,  // the whole document, and the handler accepted every event
    Stopped, // a handler callback returned false
    Unsure   // something for nlohmann's lexer to judge
};

template <typename Handler, typename Source>
class Scanner
{
public:
    Scanner(Handler &handler, Source &source)
        : m_handler(handler)
        , m_source(source)
        , m_at(source.cursor())
        , m_end(m_at ? source.windowEnd() : nullptr)
    {}

    Result run()
    {
        // A UTF-8 byte-order mark is skipped, as nlohmann does; anything else starting with 0xEF is not ours.
        if (peek() == 0xEF) {
            for (const int expected : {0xEF, 0xBB, 0xBF}) {
                if (peek() != expected)
                    return Result::Unsure;
                advance();
            }
        }
        // Iterative, whatever the nesting: a value is expected at the top of this loop.
        for (;;) {
            const Step next = value();
            if (next == Step::Stopped)
                return Result::Stopped;
            if (next == Step::Unsure)
                return Result::Unsure;
            if (next == Step::Opened)
                continue; // its first element or member value follows
            // After a complete value: the containers it closes, then a separator or the end.
            for (;;) {
                skipWhitespace();
                if (m_stack.empty()) {
                    // The end; nlohmann's lexer also takes a NUL byte for the end of the input (and the
                    // reader refuses what follows one).
                    const int c = peek();
                    if (c != endOfInput && c != 0)
                        return Result::Unsure;
                    if (c == 0)
                        advance();
                    publish();
                    return Result::Parsed;
                }
                const bool object = m_stack.back();
                const int c = peek();
                if (c == ',') {
                    advance();
                    if (object && !key())
                        return m_stopped ? Result::Stopped : Result::Unsure;
                    break;
                }
                if (c != (object ? '}' : ']'))
                    return Result::Unsure;
                advance();
                m_stack.pop_back();
                publish();
                if (!(object ? m_handler.end_object() : m_handler.end_array()))
                    return Result::Stopped;
            }
        }
    }

private:
    static constexpr int endOfInput = -1;

    enum class Step : quint8
    {
        Done,   // a scalar or an empty container
        Opened, // a container with something in it: a value follows (after the first key, in an object)
        Stopped,
        Unsure
    };

    // The byte at the cursor, or endOfInput.
    int peek()
    {
        if (m_at == m_end && m_at) {
            m_at = m_source.refill(m_at);
            m_end = m_source.windowEnd();
        }
        return m_at ? static_cast<unsigned char>(*m_at) : endOfInput;
    }
    void advance()
    {
        if (m_at) // at the end of the input there is nothing to step over
            ++m_at;
    }
    void publish() { m_source.setCursor(m_at); }

    void skipWhitespace()
    {
        for (;;) {
            const int c = peek();
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            advance();
        }
    }

    static Step step(bool accepted) { return accepted ? Step::Done : Step::Stopped; }

    Step value()
    {
        skipWhitespace();
        switch (peek()) {
        case '{':
            advance();
            publish();
            if (!m_handler.start_object(std::size_t(-1)))
                return Step::Stopped;
            skipWhitespace();
            if (peek() == '}') {
                advance();
                publish();
                return step(m_handler.end_object());
            }
            m_stack.push_back(true);
            if (!key())
                return m_stopped ? Step::Stopped : Step::Unsure;
            return Step::Opened;
        case '[':
            advance();
            publish();
            if (!m_handler.start_array(std::size_t(-1)))
                return Step::Stopped;
            skipWhitespace();
            if (peek() == ']') {
                advance();
                publish();
                return step(m_handler.end_array());
            }
            m_stack.push_back(false);
            return Step::Opened;
        case '"':
            if (!string())
                return Step::Unsure;
            publish();
            return step(m_handler.string(m_text));
        case 't':
            return literal("true", [this] { return m_handler.boolean(true); });
        case 'f':
            return literal("false", [this] { return m_handler.boolean(false); });
        case 'n':
            return literal("null", [this] { return m_handler.null(); });
        default:
            return number();
        }
    }

    // A member name and its colon (the value follows); false when stopped (m_stopped) or not for us.
    bool key()
    {
        skipWhitespace();
        if (peek() != '"' || !string())
            return false;
        publish();
        if (!m_handler.key(m_text)) {
            m_stopped = true;
            return false;
        }
        skipWhitespace();
        if (peek() != ':')
            return false;
        advance();
        return true;
    }

    template <typename Event>
    Step literal(const char *text, Event event)
    {
        for (const char *c = text; *c; ++c) {
            if (peek() != static_cast<unsigned char>(*c))
                return Step::Unsure;
            advance();
        }
        publish();
        return step(event());
    }

    // A string at the cursor (its opening quote), decoded into m_text; false when not for us.
    bool string()
    {
        advance(); // the opening quote
        m_text.clear();
        for (;;) {
            // A run of plain ASCII characters, copied at once; eight bytes at a time while they last.
            const char *run = m_at;
            if (m_at) {
                while (m_end - m_at >= 8 && isPlain8(m_at))
                    m_at += 8;
            }
            while (m_at != m_end && plain()[static_cast<unsigned char>(*m_at)])
                ++m_at;
            if (m_at != run)
                m_text.append(run, size_t(m_at - run));
            const int c = peek();
            if (c == '"') {
                advance();
                return true;
            }
            if (c == '\\') {
                advance();
                if (!escape())
                    return false;
            } else if (c >= 0x80) {
                if (!utf8(c))
                    return false;
            } else if (c == endOfInput || c < 0x20) {
                return false;
            }
            // else: the window ended inside a run; go on with the next one
        }
    }

    // The bytes of one UTF-8 sequence starting with `lead`, checked as nlohmann checks them.
    bool utf8(int lead)
    {
        int count = 0;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 2;
            if (lead == 0xE0)
                low = 0xA0;
            if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 3;
            if (lead == 0xF0)
                low = 0x90;
            if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        m_text.push_back(char(lead));
        advance();
        for (int i = 0; i < count; ++i) {
            const int c = peek();
            if (c < low || c > high)
                return false;
            m_text.push_back(char(c));
            advance();
            low = 0x80;
            high = 0xBF;
        }
        return true;
    }

    int hex4()
    {
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int c = peek();
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
            advance();
        }
        return value;
    }

    bool escape()
    {
        const int c = peek();
        advance();
        switch (c) {
        case '"':
            m_text.push_back('"');
            return true;
        case '\\':
            m_text.push_back('\\');
            return true;
        case '/':
            m_text.push_back('/');
            return true;
        case 'b':
            m_text.push_back('\b');
            return true;
        case 'f':
            m_text.push_back('\f');
            return true;
        case 'n':
            m_text.push_back('\n');
            return true;
        case 'r':
            m_text.push_back('\r');
            return true;
        case 't':
            m_text.push_back('\t');
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        int code = hex4();
        if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF))
            return false;
        if (code >= 0xD800 && code <= 0xDBFF) { // a high surrogate needs its low one
            if (peek() != '\\')
                return false;
            advance();
            if (peek() != 'u')
                return false;
            advance();
            const int low = hex4();
            if (low < 0xDC00 || low > 0xDFFF)
                return false;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        if (code < 0x80) {
            m_text.push_back(char(code));
        } else if (code < 0x800) {
            m_text.push_back(char(0xC0 | (code >> 6)));
            m_text.push_back(char(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            m_text.push_back(char(0xE0 | (code >> 12)));
            m_text.push_back(char(0x80 | ((code >> 6) & 0x3F)));
            m_text.push_back(char(0x80 | (code & 0x3F)));
        } else {
            m_text.push_back(char(0xF0 | (code >> 18)));
            m_text.push_back(char(0x80 | ((code >> 12) & 0x3F)));
            m_text.push_back(char(0x80 | ((code >> 6) & 0x3F)));
            m_text.push_back(char(0x80 | (code & 0x3F)));
        }
        return true;
    }

    // A number, converted as nlohmann converts it (strtoull, strtoll, strtod on the same text, with the
    // locale's decimal point as nlohmann writes it). Like nlohmann's lexer, which reads the character
    // after a number before it knows the number has ended, the published cursor is past that character.
    Step number()
    {
        m_text.clear();
        bool integer = true;
        const bool negative = peek() == '-';
        if (negative) {
            m_text.push_back('-');
            advance();
        }
        const int first = peek();
        if (first == '0') {
            m_text.push_back('0');
            advance();
        } else if (first >= '1' && first <= '9') {
            digits();
        } else {
            return Step::Unsure;
        }
        if (peek() == '.') {
            integer = false;
            const lconv *locale = std::localeconv();
            m_text.push_back(locale && locale->decimal_point ? *locale->decimal_point : '.');
            advance();
            if (!digits())
                return Step::Unsure;
        }
        if (peek() == 'e' || peek() == 'E') {
            integer = false;
            m_text.push_back(char(peek()));
            advance();
            if (peek() == '+' || peek() == '-') {
                m_text.push_back(char(peek()));
                advance();
            }
            if (!digits())
                return Step::Unsure;
        }
        peek();
        m_source.setCursor(m_at ? m_at + 1 : nullptr);
        char *end = nullptr;
        if (integer && !negative) {
            errno = 0;
            const unsigned long long x = std::strtoull(m_text.c_str(), &end, 10);
            if (errno == 0)
                return step(m_handler.number_unsigned(x));
        } else if (integer) {
            errno = 0;
            const long long x = std::strtoll(m_text.c_str(), &end, 10);
            if (errno == 0)
                return step(m_handler.number_integer(x));
        }
        const double x = std::strtod(m_text.c_str(), &end);
        if (!std::isfinite(x))
            return Step::Unsure; // nlohmann reports it out of range
        return step(m_handler.number_float(x, m_text));
    }

    // At least one digit, appended to m_text.
    bool digits()
    {
        bool any = false;
        for (int c = peek(); c >= '0' && c <= '9'; c = peek()) {
            m_text.push_back(char(c));
            advance();
            any = true;
        }
        return any;
    }

    // Whether eight bytes are all plain: no quote, no backslash, no control character, nothing above
    // 0x7F (SWAR: a byte's high bit is set in each mask exactly where the test holds).
    static bool isPlain8(const char *at)
    {
        quint64 w;
        std::memcpy(&w, at, sizeof(w));
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 highs = 0x8080808080808080ULL;
        const auto zeroByte = [](quint64 x) { return (x - ones) & ~x & highs; };
        const quint64 quote = zeroByte(w ^ (ones * '"'));
        const quint64 backslash = zeroByte(w ^ (ones * '\\'));
        const quint64 control = (w - ones * 0x20) & ~w & highs; // bytes below 0x20 (or above 0x7F)
        return ((quote | backslash | control | (w & highs)) == 0);
    }

    // Bytes a string may hold as they are: printable ASCII but the quote and the backslash.
    static const std::array<bool, 256> &plain()
    {
        static const std::array<bool, 256> table = [] {
            std::array<bool, 256> t{};
            for (int c = 0x20; c < 0x80; ++c)
                t[size_t(c)] = c != '"' && c != '\\';
            return t;
        }();
        return table;
    }

    Handler &m_handler;
    Source &m_source;
    const char *m_at; // the next byte to read; null at the end of the document
    const char *m_end;
    std::string m_text;
    std::vector<bool> m_stack; // open containers: true for an object
    bool m_stopped = false;    // a handler callback returned false
};

} // namespace jsonscanner

template <typename Handler, typename Source>
jsonscanner::Result scanJson(Handler &handler, Source &source)
{
    return jsonscanner::Scanner<Handler, Source>(handler, source).run();
}

} // namespace argline
