#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Dintero::Core {

// The criteria of a session list request (GET /v1/sessions) as one value type with
// equality. Empty values mean "any". Setters normalise their input (trimmed text,
// no empty or duplicate ids, limit clamped to 1..100) and return whether the filter
// changed, so that callers only reload on a real change.
class SessionFilter
{
public:
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 100;

    QString search() const;
    bool setSearch(const QString &search);

    // Sent as created_at.gte / created_at.lte with the QDateTime's own UTC offset
    // written out ("2025-03-04T00:00:00+01:00"). Invalid means unbounded.
    QDateTime createdFrom() const;
    bool setCreatedFrom(const QDateTime &from);
    QDateTime createdTo() const;
    bool setCreatedTo(const QDateTime &to);

    QStringList storeIds() const;
    bool setStoreIds(const QStringList &ids);
    QStringList transactionIds() const;
    bool setTransactionIds(const QStringList &ids);
    QStringList sessionIds() const;
    bool setSessionIds(const QStringList &ids);

    int limit() const;
    bool setLimit(int limit);

    // True when no criterion is set (the limit does not count).
    bool isEmpty() const;

    // The query for one page: limit, starting_after (when given) and every criterion,
    // arrays as repeated keys. Values are encoded so that '+', '&', '=', '#', '%',
    // spaces and non-ASCII text reach the server unchanged.
    QUrlQuery toQuery(const QString &startingAfter = {}) const;

    // For saved filters. fromJson() ignores unknown keys and wrongly typed values.
    QJsonObject toJson() const;
    static SessionFilter fromJson(const QJsonObject &object);

    // The "2025-03-04T00:00:00+01:00" form used in queries and saved filters.
    static QString formatTimestamp(const QDateTime &dateTime);

    // Same criteria, also the same UTC offsets (they change the query text).
    friend bool operator==(const SessionFilter &a, const SessionFilter &b);

private:
    QString m_search;
    QDateTime m_createdFrom;
    QDateTime m_createdTo;
    QStringList m_storeIds;
    QStringList m_transactionIds;
    QStringList m_sessionIds;
    int m_limit = DefaultLimit;
};

} // namespace Dintero::Core
