#include "jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <numeric>

namespace Dintero::Sandbox {

namespace {

// QJsonObject orders keys by their UTF-16 code units; for ASCII that is byte order.
// By hand: the keys are short, and memcmp() through std::string_view cost more.
bool keyLess(QLatin1String a, QLatin1String b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.data()[i] != b.data()[i])
            return uchar(a.data()[i]) < uchar(b.data()[i]);
    }
    return a.size() < b.size();
}

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

char *writeUnicodeEscape(char *out, char16_t unit)
{
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigit(unit >> 12);
    *out++ = hexDigit(unit >> 8);
    *out++ = hexDigit(unit >> 4);
    *out++ = hexDigit(unit);
    return out;
}

// An ASCII character as QJsonDocument writes it inside a string; all but a few are
// themselves.
char *writeEscaped(char *out, char16_t c)
{
    char escape = 0;
    switch (c) {
    case u'"':
        escape = '"';
        break;
    case u'\\':
        escape = '\\';
        break;
    case u'\b':
        escape = 'b';
        break;
    case u'\f':
        escape = 'f';
        break;
    case u'\n':
        escape = 'n';
        break;
    case u'\r':
        escape = 'r';
        break;
    case u'\t':
        escape = 't';
        break;
    default:
        return writeUnicodeEscape(out, c);
    }
    *out++ = '\\';
    *out++ = escape;
    return out;
}

inline char *writeAscii(char *out, char16_t c)
{
    if (c >= 0x20 && c != u'"' && c != u'\\') [[likely]] {
        *out++ = char(c);
        return out;
    }
    return writeEscaped(out, c);
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
    : m_out(std::max<qsizetype>(reserve, 64), Qt::Uninitialized), m_data(m_out.data())
{ }

void JsonWriter::clear()
{
    m_size = 0;
    m_frames.clear();
    m_members.clear();
}

void JsonWriter::grow(qsizetype extra)
{
    m_out.resize(std::max(2 * m_out.size(), m_size + extra));
    m_data = m_out.data();
}

void JsonWriter::append(QByteArrayView bytes)
{
    std::memcpy(reserveTail(bytes.size()), bytes.data(), size_t(bytes.size()));
    m_size += bytes.size();
}

void JsonWriter::beforeValue()
{
    // In an object, key() has written the separator already.
    if (m_frames.isEmpty())
        return;
    Frame &frame = m_frames.last();
    if (!frame.isObject && frame.count++ > 0)
        append(',');
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_frames.append(Frame { m_members.size(), 0, true, true });
    append('{');
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    Q_ASSERT(!m_frames.isEmpty() && m_frames.last().isObject);
    const Frame frame = m_frames.last();
    m_frames.removeLast();
    if (!frame.inKeyOrder)
        sortMembers(frame.firstMember);
    m_members.resize(frame.firstMember);
    append('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_frames.append(Frame { m_members.size(), 0, false, true });
    append('[');
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    Q_ASSERT(!m_frames.isEmpty() && !m_frames.last().isObject);
    m_frames.removeLast();
    append(']');
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1String name)
{
    Q_ASSERT(!m_frames.isEmpty() && m_frames.last().isObject);
    Frame &frame = m_frames.last();
    if (frame.count++ > 0) {
        append(',');
        Q_ASSERT(name != m_members.last().key);
        if (keyLess(name, m_members.last().key))
            frame.inKeyOrder = false;
    }
    m_members.append(Member { name, m_size });
    char *out = reserveTail(name.size() + 3);
    *out++ = '"';
    std::memcpy(out, name.data(), size_t(name.size()));
    out += name.size();
    *out++ = '"';
    *out++ = ':';
    finish(out);
    return *this;
}

// Rewrites the open object's members in key order. A member's text runs from its key's
// opening quote to the comma before the next member, so the pieces keep their length.
void JsonWriter::sortMembers(qsizetype firstMember)
{
    const qsizetype count = m_members.size() - firstMember;
    const qsizetype begin = m_members[firstMember].begin;
    const qsizetype end = m_size;
    m_scratch.resize(end - begin);
    std::memcpy(m_scratch.data(), m_data + begin, size_t(end - begin));

    QVarLengthArray<qsizetype, 32> order(count);
    std::iota(order.begin(), order.end(), firstMember);
    std::sort(order.begin(), order.end(),
        [this](qsizetype a, qsizetype b) { return keyLess(m_members[a].key, m_members[b].key); });

    char *out = m_data + begin;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype member = order[i];
        const qsizetype from = m_members[member].begin - begin;
        const qsizetype to = (member + 1 < m_members.size() ? m_members[member + 1].begin - 1 : end) - begin;
        if (i > 0)
            *out++ = ',';
        std::memcpy(out, m_scratch.constData() + from, size_t(to - from));
        out += to - from;
    }
}

JsonWriter &JsonWriter::value(QStringView text)
{
    beforeValue();
    // At most six bytes a UTF-16 unit (an escape), plus the quotes.
    char *out = reserveTail(text.size() * 6 + 2);
    *out++ = '"';
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    while (it != end) {
        const char16_t u = *it++;
        if (u < 0x80) {
            out = writeAscii(out, u);
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t c = QChar::surrogateToUcs4(u, *it++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 form; Qt writes it as an escape.
            out = writeUnicodeEscape(out, u);
        }
    }
    *out++ = '"';
    finish(out);
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1String text)
{
    beforeValue();
    char *out = reserveTail(text.size() * 6 + 2);
    *out++ = '"';
    for (const char c : text) {
        const auto u = uchar(c);
        if (u < 0x80) {
            out = writeAscii(out, u);
        } else {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    *out++ = '"';
    finish(out);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    char *out = reserveTail(20);
    finish(std::to_chars(out, out + 20, number).ptr);
    return *this;
}

JsonWriter &JsonWriter::writeBool(bool flag)
{
    beforeValue();
    append(flag ? QByteArrayView("true") : QByteArrayView("false"));
    return *this;
}

JsonWriter &JsonWriter::rawValue(QByteArrayView json)
{
    beforeValue();
    append(json);
    return *this;
}

} // namespace Dintero::Sandbox
