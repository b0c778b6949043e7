#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <cstring>
#include <vector>

namespace Dintero::Core {

// A validated, read-only index over one JSON text (RFC 8259, strict): one node per
// value, in document order, pointing into the bytes. Reading a list page this way is
// several times faster than QJsonDocument, which builds a tree of owned values; strings
// and numbers are only decoded when asked for. Internal to the core library.
class JsonTape
{
public:
    enum class Type : quint8 {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
    };

    struct Node
    {
        qint32 begin = 0; // first byte of the value (strings: after the opening quote)
        qint32 end = 0; // after the last byte (strings: at the closing quote)
        qint32 next = 0; // the node after this value and everything inside it
        Type type = Type::Null;
        bool escaped = false; // strings: contain backslash escapes
    };

    static constexpr int MaxDepth = 256;

    // Indexes `json` (kept, implicitly shared). False and *error (with the byte
    // offset) when it is not one valid JSON value.
    bool parse(const QByteArray &json, QString *error = nullptr);

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_nodes.empty(); }
    const Node &node(int index) const { return m_nodes[size_t(index)]; }
    Type type(int index) const { return m_nodes[size_t(index)].type; }

    // Containers: the first element (arrays) or the first key (objects); -1 when empty.
    int firstChild(int container) const;
    // The value after `index` inside its container, -1 after the last one. For objects
    // pass and get value nodes: it steps over the key.
    int nextElement(int container, int index) const;
    int nextMember(int object, int value) const;
    // Objects: the value of `key` (-1 when absent). With `hint` (start it at -1, keep it
    // per object) the search starts after the previous hit, so that reading members in
    // document order costs one comparison each.
    int member(int object, QLatin1StringView key, int *hint = nullptr) const;
    int firstMember(int object) const;

    QString string(int index) const; // String nodes; decodes escapes
    double number(int index) const; // Number nodes
    // The text of a value as it appears in the document (strings with their quotes).
    QByteArrayView raw(int index) const;

private:
    class Parser;
    bool keyEquals(int keyNode, QLatin1StringView key) const
    {
        const Node &n = m_nodes[size_t(keyNode)];
        if (n.escaped)
            return escapedKeyEquals(keyNode, key);
        const char *text = m_bytes.constData() + n.begin;
        return n.end - n.begin == key.size()
            && (key.isEmpty() || (text[0] == key.data()[0] && std::memcmp(text, key.data(), size_t(key.size())) == 0));
    }
    bool escapedKeyEquals(int keyNode, QLatin1StringView key) const;

    QByteArray m_bytes;
    std::vector<Node> m_nodes;
};

} // namespace Dintero::Core
