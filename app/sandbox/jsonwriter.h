#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QStringView>
#include <QVarLengthArray>

#include <concepts>

namespace Dintero::Sandbox {

// Compact JSON written straight into one buffer, byte for byte what
// QJsonDocument(value).toJson(QJsonDocument::Compact) gives for the same values: object
// members in key order, integers as integers, strings escaped as Qt escapes them and
// non-ASCII text as raw UTF-8. It exists because building a QJsonObject only to write
// it out was most of the cost of seeding the sandbox.
//
// Members may be written in any order (a generator writes them as it decides them);
// endObject() puts them in key order. Keys are plain ASCII names, each at most once in
// an object, so they need no escaping.
class JsonWriter final
{
public:
    explicit JsonWriter(qsizetype reserve = 4096);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();

    // Names the next value of the open object.
    JsonWriter &key(QLatin1String name);
    template <qsizetype N> JsonWriter &key(const char (&name)[N]) { return key(QLatin1String(name, N - 1)); }

    JsonWriter &value(QStringView text);
    JsonWriter &value(QLatin1String text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    // Only a real bool: a string literal would otherwise convert to one.
    template <std::same_as<bool> Bool> JsonWriter &value(Bool flag) { return writeBool(flag); }
    // A value that is already compact JSON, such as another writer's output.
    JsonWriter &rawValue(QByteArrayView json);

    template <qsizetype N, typename T> JsonWriter &member(const char (&name)[N], const T &v)
    {
        return key(name).value(v);
    }

    // What has been written; complete once every object and array is closed. Valid
    // until the next write.
    QByteArrayView data() const { return QByteArrayView(m_out.constData(), m_size); }
    // Starts again, keeping the buffer's capacity.
    void clear();

private:
    struct Member
    {
        QLatin1String key;
        qsizetype begin = 0; // of its key's opening quote in m_out
    };
    struct Frame
    {
        qsizetype firstMember = 0; // into m_members; objects only
        int count = 0;
        bool isObject = false;
        bool inKeyOrder = true;
    };

    void beforeValue();
    JsonWriter &writeBool(bool flag);
    // Room for `extra` more bytes at the end, to be written through the pointer;
    // finish() sets the size. The buffer is used through its pointer, not QByteArray's
    // append(), which was a third of the writer's time.
    char *reserveTail(qsizetype extra)
    {
        if (m_size + extra > m_out.size())
            grow(extra);
        return m_data + m_size;
    }
    void finish(const char *end) { m_size = end - m_data; }
    void append(char c)
    {
        *reserveTail(1) = c;
        ++m_size;
    }
    void append(QByteArrayView bytes);
    void grow(qsizetype extra);
    void sortMembers(qsizetype firstMember);

    QByteArray m_out; // storage; its size is the capacity
    char *m_data = nullptr;
    qsizetype m_size = 0;
    QByteArray m_scratch;
    QVarLengthArray<Frame, 8> m_frames;
    QVarLengthArray<Member, 64> m_members; // of the open objects, innermost last
};

} // namespace Dintero::Sandbox
