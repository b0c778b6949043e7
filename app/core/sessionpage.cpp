// Session::pageFromJson(): a list page read with simdjson's DOM parser, which validates
// the whole text (RFC 8259, UTF-8) and is fuzzed upstream. It replaced a hand-written
// index (JsonTape) that took twice its time; the whole page, fields included, now takes
// 0.85x what it did (README, "Benchmarks").

#include "core/session.h"
#include "core/session_p.h"

#include <cstring>
#include <optional>
#include <simdjson.h>
#include <vector>

namespace Dintero::Core {

namespace {

// A simdjson element as a source of the field mapping (session_p.h).
class DomSource
{
public:
    DomSource() = default; // absent
    explicit DomSource(simdjson::dom::element element) : m_element(element), m_present(true) { }

    bool isAbsent() const { return !m_present || m_element.is_null(); }
    bool isString() const { return m_present && m_element.is_string(); }
    bool isNumber() const { return m_present && m_element.is_number(); }
    bool isObject() const { return m_present && m_element.is_object(); }
    bool isArray() const { return m_present && m_element.is_array(); }
    DomSource absent() const { return {}; }

    QString toString() const
    {
        const std::string_view text = view();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    double toDouble() const
    {
        double number = 0;
        if (m_present && m_element.get_double().get(number) != simdjson::SUCCESS)
            return 0;
        return number;
    }
    // Rare and small (event details): written out compactly and read by Qt, which takes
    // half the time of building the object member by member, and gives numbers exactly
    // as QJsonDocument does.
    QJsonObject toObject() const
    {
        if (!isObject())
            return {};
        return QJsonDocument::fromJson(QByteArray::fromStdString(simdjson::to_string(m_element))).object();
    }
    QDateTime toDateTime() const
    {
        const std::string_view text = view();
        return parseIsoDateTime(QByteArrayView(text.data(), qsizetype(text.size())));
    }
    // One of `known` (shared, static text: no allocation) when the value is one of them.
    QString toKnownString(const QList<QString> &known) const
    {
        const std::string_view text = view();
        const QLatin1StringView latin1(text.data(), qsizetype(text.size())); // the candidates are ASCII
        for (const QString &candidate : known) {
            if (candidate.size() == latin1.size() && candidate == latin1)
                return candidate;
        }
        return toString();
    }

    DomSource member(QLatin1StringView key) const
    {
        if (!m_members) {
            simdjson::dom::object object;
            if (!m_present || m_element.get_object().get(object) != simdjson::SUCCESS)
                return {};
            m_members = Members { object.begin(), object.end(), object.begin() };
        }
        const std::string_view wanted(key.data(), size_t(key.size()));
        // From where the previous member was found: the mapping reads members in the
        // order the API writes them, so most lookups hit on the first comparison.
        Members &members = *m_members;
        for (auto it = members.next; it != members.end; ++it) {
            if (it.key_equals(wanted))
                return found(it);
        }
        for (auto it = members.begin; it != members.next; ++it) {
            if (it.key_equals(wanted))
                return found(it);
        }
        return {};
    }

    template <typename F> void forEach(F f) const
    {
        simdjson::dom::array array;
        if (!m_present || m_element.get_array().get(array) != simdjson::SUCCESS)
            return;
        qsizetype i = 0;
        for (simdjson::dom::element element : array)
            f(i++, DomSource(element));
    }

private:
    std::string_view view() const
    {
        std::string_view text;
        if (!m_present || m_element.get_string().get(text) != simdjson::SUCCESS)
            return {};
        return text;
    }
    DomSource found(simdjson::dom::object::iterator it) const
    {
        m_members->next = it;
        ++m_members->next;
        return DomSource(it.value());
    }

    struct Members
    {
        simdjson::dom::object::iterator begin;
        simdjson::dom::object::iterator end;
        simdjson::dom::object::iterator next; // after the member found last
    };

    simdjson::dom::element m_element;
    bool m_present = false;
    mutable std::optional<Members> m_members; // objects: set by the first lookup
};

// The end of the string whose opening quote is at `quote`.
const char *afterString(const char *quote, const char *end)
{
    const char *p = quote + 1;
    while (p < end) {
        const auto *close = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!close)
            return end;
        const char *backslash = close;
        while (backslash > p && backslash[-1] == '\\')
            --backslash;
        if ((close - backslash) % 2 == 0) // an even run of backslashes escapes only itself
            return close + 1;
        p = close + 1;
    }
    return end;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

// `json` is valid JSON whose top level is an array, so only strings and nesting need
// following; a string is crossed with memchr.
std::vector<QByteArrayView> Internal::arrayElementTexts(QByteArrayView json)
{
    std::vector<QByteArrayView> elements;
    elements.reserve(128); // a full page
    const char *p = json.data();
    const char *const end = p + json.size();
    const auto skipSpace = [&p, end] {
        while (p < end && isJsonSpace(*p))
            ++p;
    };
    skipSpace();
    ++p; // '['
    skipSpace();
    while (p < end && *p != ']') {
        const char *const start = p;
        if (*p == '"') {
            p = afterString(p, end);
        } else if (*p == '{' || *p == '[') {
            int depth = 0;
            while (p < end) {
                const char c = *p;
                if (c == '"') {
                    p = afterString(p, end);
                    continue;
                }
                ++p;
                if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    break;
                }
            }
        } else {
            while (p < end && *p != ',' && *p != ']' && !isJsonSpace(*p))
                ++p;
        }
        elements.emplace_back(start, p - start);
        skipSpace();
        if (p < end && *p == ',') {
            ++p;
            skipSpace();
        }
    }
    return elements;
}

namespace {

// Past this the parser's buffers are let go after the page instead of being kept for
// the next one (pages are about 0.3 MB; a hostile answer may be far larger).
constexpr size_t KeptParserCapacity = 16 * 1024 * 1024;

// simdjson's parser for one page, its buffers reused from page to page on each thread
// (and released after a page that made them large).
class PageParser
{
public:
    PageParser() = default;
    ~PageParser()
    {
        if (s_parser.capacity() > KeptParserCapacity) {
            s_parser = simdjson::dom::parser();
            s_padded = std::vector<char>();
        }
    }
    Q_DISABLE_COPY_MOVE(PageParser)

    simdjson::error_code parse(const QByteArray &utf8, simdjson::dom::element *root)
    {
        // simdjson reads up to SIMDJSON_PADDING bytes past the end; the reused buffer
        // saves mapping fresh memory for every page's copy.
        const size_t length = size_t(utf8.size());
        if (s_padded.size() < length + simdjson::SIMDJSON_PADDING)
            s_padded.resize(length + simdjson::SIMDJSON_PADDING);
        std::memcpy(s_padded.data(), utf8.constData(), length);
        return s_parser.parse(s_padded.data(), length, false).get(*root);
    }

private:
    static thread_local simdjson::dom::parser s_parser;
    static thread_local std::vector<char> s_padded;
};

thread_local simdjson::dom::parser PageParser::s_parser;
thread_local std::vector<char> PageParser::s_padded;

// The page's syntax, its top level and its elements: `take(page, index, value, id)` for
// each element that is an object with a usable id, the others named in page.error.
// `reserveSessions` when take() adds the page's sessions.
template <typename Take> Session::Page readPage(const QByteArray &utf8, bool reserveSessions, Take take)
{
    PageParser parser;
    Session::Page page;
    simdjson::dom::element root;
    if (const simdjson::error_code code = parser.parse(utf8, &root)) {
        page.problem = Session::Page::Problem::Syntax;
        page.error = QStringLiteral("session list: invalid JSON (%1 bytes): %2")
                         .arg(utf8.size())
                         .arg(QString::fromUtf8(simdjson::error_message(code)));
        return page;
    }
    simdjson::dom::array array;
    if (root.get_array().get(array) != simdjson::SUCCESS) {
        page.problem = Session::Page::Problem::NotAnArray;
        page.error = QStringLiteral("session list: the top level must be an array");
        return page;
    }

    if (reserveSessions)
        page.sessions.reserve(qsizetype(array.size()));
    QStringList problems;
    DomSource(root).forEach([&](qsizetype i, const DomSource &value) {
        ++page.elementCount;
        if (!value.isObject()) {
            problems.append(QStringLiteral("[%1]: expected an object").arg(i));
            return;
        }
        QString problem;
        std::optional<QString> id = Internal::idOf(value, &problem);
        if (!id) {
            problems.append(QStringLiteral("[%1] %2").arg(i).arg(problem));
            return;
        }
        take(page, i, value, std::move(*id));
    });
    if (!problems.isEmpty())
        page.error = QStringLiteral("session list: skipped %1 element(s): ").arg(problems.size())
            + problems.join(QLatin1String("; "));
    return page;
}

} // namespace

std::optional<Session::PageIndex> Session::indexPage(const QByteArray &utf8)
{
    PageIndex index;
    const Page page = readPage(
        utf8, false, [&index](Page &, qsizetype, const DomSource &, QString id) { index.lastId = std::move(id); });
    if (page.problem != Page::Problem::None)
        return std::nullopt;
    index.elementCount = page.elementCount;
    return index;
}

Session::Page Session::pageFromJson(const QByteArray &utf8)
{
    std::shared_ptr<const Internal::PageText> text;
    return readPage(utf8, true, [&](Page &page, qsizetype i, const DomSource &value, QString id) {
        if (!text)
            text = std::make_shared<const Internal::PageText>(utf8);
        Session session;
        Data &data = *session.d;
        data.json.reset(text, i); // its own bytes, within the page the sessions share
        Internal::fill(data, value, std::move(id));
        page.sessions.append(std::move(session));
    });
}

} // namespace Dintero::Core
