#include "core/jsontape.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <charconv>
#include <cstring>
#include <limits>

namespace Dintero::Core {

class JsonTape::Parser
{
public:
    Parser(const char *data, qsizetype size, std::vector<Node> *nodes)
        : m_begin(data), m_p(data), m_end(data + size), m_nodes(nodes)
    { }

    bool run()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail("unexpected data after the JSON value");
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail(const char *what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at offset %2").arg(QLatin1String(what)).arg(m_p - m_begin);
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    int push(Type type)
    {
        Node node;
        node.type = type;
        node.begin = qint32(m_p - m_begin);
        m_nodes->push_back(node);
        return int(m_nodes->size() - 1);
    }

    void close(int index)
    {
        Node &node = (*m_nodes)[size_t(index)];
        node.end = qint32(m_p - m_begin);
        node.next = qint32(m_nodes->size());
    }

    bool value(int depth)
    {
        if (m_p >= m_end)
            return fail("unexpected end of data");
        switch (*m_p) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"':
            return string();
        case 't':
            return literal("true", Type::True);
        case 'f':
            return literal("false", Type::False);
        case 'n':
            return literal("null", Type::Null);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return number();
            return fail("unexpected character");
        }
    }

    bool literal(const char *text, Type type)
    {
        const size_t length = std::strlen(text);
        if (size_t(m_end - m_p) < length || std::memcmp(m_p, text, length) != 0)
            return fail("invalid literal");
        const int index = push(type);
        m_p += length;
        close(index);
        return true;
    }

    bool digits()
    {
        const char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }

    bool number()
    {
        const int index = push(Type::Number);
        if (*m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0') {
            ++m_p;
        } else if (!digits()) {
            return fail("invalid number");
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return fail("invalid number");
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return fail("invalid number");
        }
        // The grammar is fine; the value must also fit a double (QJsonDocument refuses
        // 1e400 and 1e-400 as well). from_chars would leave 0 behind for them.
        double value = 0;
        const char *begin = m_begin + (*m_nodes)[size_t(index)].begin;
        if (std::from_chars(begin, m_p, value).ec != std::errc()) {
            m_p = begin;
            return fail("number out of range");
        }
        close(index);
        return true;
    }

    static bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    bool string()
    {
        ++m_p; // opening quote
        const int index = push(Type::String);
        bool escaped = false;
        for (;;) {
            skipPlainStringBytes();
            if (m_p >= m_end)
                return fail("unterminated string");
            if (*m_p == '"')
                break;
            if (static_cast<unsigned char>(*m_p) >= 0x80) {
                if (!utf8Sequence())
                    return fail("invalid UTF-8 in string");
                continue;
            }
            if (*m_p != '\\')
                return fail("control character in string");
            escaped = true;
            ++m_p;
            if (m_p >= m_end)
                return fail("unterminated string");
            switch (*m_p) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                ++m_p;
                break;
            case 'u':
                if (m_end - m_p < 5 || !isHex(m_p[1]) || !isHex(m_p[2]) || !isHex(m_p[3]) || !isHex(m_p[4]))
                    return fail("invalid \\u escape");
                m_p += 5;
                break;
            default:
                return fail("invalid escape");
            }
        }
        close(index); // end at the closing quote
        (*m_nodes)[size_t(index)].escaped = escaped;
        ++m_p;
        return true;
    }

    // One UTF-8 encoded character starting at m_p (a byte >= 0x80), with the same rules
    // as QJsonDocument (and QString::fromUtf8): no overlong forms, no surrogates, nothing
    // above U+10FFFF, no stray or missing continuation bytes. Moves past it.
    bool utf8Sequence()
    {
        const auto byte = [this](qsizetype i) {
            return static_cast<unsigned char>(m_p[i]);
        };
        const unsigned char lead = byte(0);
        int length = 0;
        unsigned char low = 0x80; // the allowed range of the second byte
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return false; // continuation byte, C0/C1 (overlong) or F5..FF
        }
        if (m_end - m_p < length || byte(1) < low || byte(1) > high)
            return false;
        for (int i = 2; i < length; ++i) {
            if (byte(i) < 0x80 || byte(i) > 0xBF)
                return false;
        }
        m_p += length;
        return true;
    }

    // Moves past bytes that need no attention inside a string: ASCII but '"', '\\' and
    // control characters. Most of a list page is such bytes; the others (non-ASCII
    // bytes included, which are validated as UTF-8) are left to the caller.
    void skipPlainStringBytes()
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i highBits = _mm_set1_epi8(char(0xE0));
        const __m128i zero = _mm_setzero_si128();
        while (m_end - m_p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
            const __m128i special
                = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                    _mm_cmpeq_epi8(_mm_and_si128(bytes, highBits), zero)); // < 0x20
            // Non-ASCII bytes have their top bit set, which movemask picks up directly.
            const int mask = _mm_movemask_epi8(special) | _mm_movemask_epi8(bytes);
            if (mask != 0) {
                m_p += __builtin_ctz(unsigned(mask));
                return;
            }
            m_p += 16;
        }
#endif
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' && static_cast<unsigned char>(*m_p) >= 0x20
            && static_cast<unsigned char>(*m_p) < 0x80)
            ++m_p;
    }

    bool array(int depth)
    {
        if (depth >= MaxDepth)
            return fail("nested too deeply");
        const int index = push(Type::Array);
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            close(index);
            return true;
        }
        for (;;) {
            skipSpace();
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (m_p >= m_end)
                return fail("unterminated array");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                close(index);
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    bool object(int depth)
    {
        if (depth >= MaxDepth)
            return fail("nested too deeply");
        const int index = push(Type::Object);
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            close(index);
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"')
                return fail("expected a member name");
            if (!string())
                return false;
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return fail("expected ':'");
            ++m_p;
            skipSpace();
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (m_p >= m_end)
                return fail("unterminated object");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                close(index);
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::vector<Node> *m_nodes;
    QString m_error;
};

bool JsonTape::parse(const QByteArray &json, QString *error)
{
    m_bytes = json;
    m_nodes.clear();
    if (json.size() > std::numeric_limits<qint32>::max()) {
        if (error)
            *error = QStringLiteral("document too large");
        return false;
    }
    m_nodes.reserve(size_t(json.size() / 12 + 4));
    Parser parser(m_bytes.constData(), m_bytes.size(), &m_nodes);
    if (!parser.run()) {
        if (error)
            *error = parser.error();
        m_nodes.clear();
        return false;
    }
    return true;
}

int JsonTape::firstChild(int container) const
{
    const Node &n = node(container);
    return n.next > container + 1 ? container + 1 : -1;
}

int JsonTape::nextElement(int container, int index) const
{
    const int next = node(index).next;
    return next < node(container).next ? next : -1;
}

int JsonTape::firstMember(int object) const
{
    const int key = firstChild(object);
    return key < 0 ? -1 : key + 1;
}

int JsonTape::nextMember(int object, int value) const
{
    const int key = node(value).next;
    return key < node(object).next ? key + 1 : -1;
}

bool JsonTape::escapedKeyEquals(int keyNode, QLatin1StringView key) const
{
    return string(keyNode) == key;
}

int JsonTape::member(int object, QLatin1StringView key, int *hint) const
{
    if (type(object) != Type::Object)
        return -1;
    const int end = node(object).next;
    const int first = firstChild(object);
    if (first < 0)
        return -1;
    // Start after the previous hit (or at the first key) and wrap around once.
    int start = first;
    if (hint && *hint > object && *hint < end) {
        const int afterHint = node(*hint).next;
        start = afterHint < end ? afterHint : first;
    }
    int keyNode = start;
    do {
        const int value = keyNode + 1;
        if (keyEquals(keyNode, key)) {
            if (hint)
                *hint = value;
            return value;
        }
        const int next = node(value).next;
        keyNode = next < end ? next : first;
    } while (keyNode != start);
    return -1;
}

QString JsonTape::string(int index) const
{
    const Node &n = node(index);
    const char *data = m_bytes.constData();
    if (!n.escaped)
        return QString::fromUtf8(data + n.begin, n.end - n.begin);

    QString result;
    result.reserve(n.end - n.begin);
    qsizetype runStart = n.begin;
    qsizetype i = n.begin;
    while (i < n.end) {
        if (data[i] != '\\') {
            ++i;
            continue;
        }
        result += QString::fromUtf8(data + runStart, i - runStart);
        const char c = data[i + 1];
        switch (c) {
        case 'b':
            result += u'\b';
            break;
        case 'f':
            result += u'\f';
            break;
        case 'n':
            result += u'\n';
            break;
        case 'r':
            result += u'\r';
            break;
        case 't':
            result += u'\t';
            break;
        case 'u': {
            unsigned int unit = 0;
            std::from_chars(data + i + 2, data + i + 6, unit, 16);
            result += QChar(char16_t(unit)); // surrogate pairs arrive as two escapes
            i += 4;
            break;
        }
        default: // " \ /
            result += QLatin1Char(c);
        }
        i += 2;
        runStart = i;
    }
    result += QString::fromUtf8(data + runStart, n.end - runStart);
    return result;
}

double JsonTape::number(int index) const
{
    const Node &n = node(index);
    double value = 0;
    std::from_chars(m_bytes.constData() + n.begin, m_bytes.constData() + n.end, value);
    return value;
}

QByteArrayView JsonTape::raw(int index) const
{
    const Node &n = node(index);
    if (n.type == Type::String)
        return QByteArrayView(m_bytes.constData() + n.begin - 1, n.end - n.begin + 2);
    return QByteArrayView(m_bytes.constData() + n.begin, n.end - n.begin);
}

} // namespace Dintero::Core
