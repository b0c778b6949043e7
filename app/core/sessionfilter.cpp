#include "core/sessionfilter.h"

#include "core/isodatetime.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace Dintero::Core {
namespace {

QStringList normalisedIds(const QStringList &ids)
{
    QStringList result;
    result.reserve(ids.size());
    for (const QString &id : ids) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    return result;
}

template <typename T> bool assign(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}

// Equality that also tells an offset change apart, so that a filter built in another
// time zone counts as changed (its query text differs).
bool sameDateTime(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid())
        return false;
    return !a.isValid() || (a == b && a.offsetFromUtc() == b.offsetFromUtc());
}

// Fully percent-encodes a query value (everything but RFC 3986 unreserved characters)
// for QUrlQuery, which keeps existing %XX sequences as they are. QUrlQuery would leave
// '+' alone, and servers decode a bare '+' in a query as a space.
QString encodedValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    if (!value.isArray())
        return result;
    for (const QJsonValue &element : value.toArray()) {
        if (element.isString())
            result.append(element.toString());
    }
    return result;
}

} // namespace

bool operator==(const SessionFilter &a, const SessionFilter &b)
{
    return a.m_search == b.m_search && sameDateTime(a.m_createdFrom, b.m_createdFrom)
        && sameDateTime(a.m_createdTo, b.m_createdTo) && a.m_storeIds == b.m_storeIds
        && a.m_transactionIds == b.m_transactionIds && a.m_sessionIds == b.m_sessionIds && a.m_limit == b.m_limit;
}

QString SessionFilter::search() const
{
    return m_search;
}
QDateTime SessionFilter::createdFrom() const
{
    return m_createdFrom;
}
QDateTime SessionFilter::createdTo() const
{
    return m_createdTo;
}
QStringList SessionFilter::storeIds() const
{
    return m_storeIds;
}
QStringList SessionFilter::transactionIds() const
{
    return m_transactionIds;
}
QStringList SessionFilter::sessionIds() const
{
    return m_sessionIds;
}
int SessionFilter::limit() const
{
    return m_limit;
}

bool SessionFilter::setSearch(const QString &search)
{
    return assign(m_search, search.trimmed());
}

bool SessionFilter::setCreatedFrom(const QDateTime &from)
{
    const QDateTime value = from.isValid() ? from : QDateTime();
    if (sameDateTime(m_createdFrom, value))
        return false;
    m_createdFrom = value;
    return true;
}

bool SessionFilter::setCreatedTo(const QDateTime &to)
{
    const QDateTime value = to.isValid() ? to : QDateTime();
    if (sameDateTime(m_createdTo, value))
        return false;
    m_createdTo = value;
    return true;
}

bool SessionFilter::setStoreIds(const QStringList &ids)
{
    return assign(m_storeIds, normalisedIds(ids));
}

bool SessionFilter::setTransactionIds(const QStringList &ids)
{
    return assign(m_transactionIds, normalisedIds(ids));
}

bool SessionFilter::setSessionIds(const QStringList &ids)
{
    return assign(m_sessionIds, normalisedIds(ids));
}

bool SessionFilter::setLimit(int limit)
{
    return assign(m_limit, std::clamp(limit, 1, MaxLimit));
}

bool SessionFilter::isEmpty() const
{
    return m_search.isEmpty() && !m_createdFrom.isValid() && !m_createdTo.isValid() && m_storeIds.isEmpty()
        && m_transactionIds.isEmpty() && m_sessionIds.isEmpty();
}

QString SessionFilter::formatTimestamp(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const int offset = dateTime.offsetFromUtc();
    // The wall-clock time at that offset, written out with the offset itself.
    const QDateTime wall = dateTime.toUTC().addSecs(offset);
    QString text = wall.toString(
        wall.time().msec() != 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int magnitude = offset < 0 ? -offset : offset;
    text += offset < 0 ? u'-' : u'+';
    text += QStringLiteral("%1:%2")
                .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
                .arg((magnitude % 3600) / 60, 2, 10, QLatin1Char('0'));
    return text;
}

QUrlQuery SessionFilter::toQuery(const QString &startingAfter) const
{
    QUrlQuery query;
    const auto add = [&query](const char *key, const QString &value) {
        query.addQueryItem(QLatin1String(key), encodedValue(value));
    };
    add("limit", QString::number(m_limit));
    if (!startingAfter.isEmpty())
        add("starting_after", startingAfter);
    if (!m_search.isEmpty())
        add("search", m_search);
    if (m_createdFrom.isValid())
        add("created_at.gte", formatTimestamp(m_createdFrom));
    if (m_createdTo.isValid())
        add("created_at.lte", formatTimestamp(m_createdTo));
    for (const QString &id : m_sessionIds)
        add("id", id);
    for (const QString &id : m_transactionIds)
        add("transaction_id", id);
    for (const QString &id : m_storeIds)
        add("store_id", id);
    return query;
}

QJsonObject SessionFilter::toJson() const
{
    QJsonObject object;
    if (!m_search.isEmpty())
        object.insert(QLatin1String("search"), m_search);
    if (m_createdFrom.isValid())
        object.insert(QLatin1String("created_from"), formatTimestamp(m_createdFrom));
    if (m_createdTo.isValid())
        object.insert(QLatin1String("created_to"), formatTimestamp(m_createdTo));
    if (!m_storeIds.isEmpty())
        object.insert(QLatin1String("store_ids"), QJsonArray::fromStringList(m_storeIds));
    if (!m_transactionIds.isEmpty())
        object.insert(QLatin1String("transaction_ids"), QJsonArray::fromStringList(m_transactionIds));
    if (!m_sessionIds.isEmpty())
        object.insert(QLatin1String("session_ids"), QJsonArray::fromStringList(m_sessionIds));
    object.insert(QLatin1String("limit"), m_limit);
    return object;
}

SessionFilter SessionFilter::fromJson(const QJsonObject &object)
{
    SessionFilter filter;
    filter.setSearch(object.value(QLatin1String("search")).toString());
    // Keep the saved offset: the user picked the range in that zone.
    const auto timestamp = [&object](const char *key) {
        const QString text = object.value(QLatin1String(key)).toString();
        QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
        return value.isValid() ? value : parseIsoDateTime(text);
    };
    filter.setCreatedFrom(timestamp("created_from"));
    filter.setCreatedTo(timestamp("created_to"));
    filter.setStoreIds(stringList(object.value(QLatin1String("store_ids"))));
    filter.setTransactionIds(stringList(object.value(QLatin1String("transaction_ids"))));
    filter.setSessionIds(stringList(object.value(QLatin1String("session_ids"))));
    const QJsonValue limit = object.value(QLatin1String("limit"));
    if (limit.isDouble())
        filter.setLimit(limit.toInt(DefaultLimit));
    return filter;
}

} // namespace Dintero::Core
