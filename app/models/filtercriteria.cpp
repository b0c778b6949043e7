#include "models/filtercriteria.h"

#include "core/isodatetime.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Dintero::Models {
namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array) {
        if (element.isString())
            result.append(element.toString());
    }
    return result;
}

QDateTime timestamp(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    // Keep the saved offset (fromString does); fall back to the lenient parser.
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    return result.isValid() ? result : Core::parseIsoDateTime(text);
}

bool sameInstantAndOffset(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid())
        return false;
    return !a.isValid() || (a == b && a.offsetFromUtc() == b.offsetFromUtc());
}

QStringList withExtra(QStringList list, const QString &extra)
{
    if (!list.contains(extra))
        list.append(extra);
    return list;
}

} // namespace

StatusSet StatusSet::all()
{
    return StatusSet();
}

StatusSet StatusSet::none()
{
    StatusSet set;
    set.m_bits = 0;
    return set;
}

int StatusSet::count() const
{
    return qPopulationCount(m_bits);
}

QList<Core::SessionStatus> StatusSet::allStatuses()
{
    using S = Core::SessionStatus;
    return { S::Open, S::InProgress, S::OnHold, S::Authorized, S::Failed, S::Expired, S::Cancelled };
}

QStringList StatusSet::keys() const
{
    QStringList result;
    for (const Core::SessionStatus status : allStatuses()) {
        if (contains(status))
            result.append(Core::statusKey(status));
    }
    return result;
}

StatusSet StatusSet::fromKeys(const QStringList &keys)
{
    StatusSet set = none();
    for (const QString &key : keys) {
        if (const auto status = Core::statusFromKey(key))
            set.insert(*status);
    }
    return set;
}

bool isIdShaped(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[TP]\\d{8}\\.\\w+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

QStringList parseIdList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList result;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!result.contains(part))
            result.append(part);
    }
    return result;
}

bool FilterCriteria::isEmpty() const
{
    return searchText.trimmed().isEmpty() && !createdFrom.isValid() && !createdTo.isValid() && storeIds.isEmpty()
        && transactionIds.isEmpty() && sessionIds.isEmpty() && statuses.isAll();
}

bool FilterCriteria::searchIsId() const
{
    return isIdShaped(searchText);
}

Core::SessionFilter FilterCriteria::toSessionFilter(SearchStage stage) const
{
    Core::SessionFilter filter;
    const QString search = searchText.trimmed();
    QStringList sessions = sessionIds;
    QStringList transactions = transactionIds;
    if (isIdShaped(search)) {
        if (stage == SearchStage::AsSessionId)
            sessions = withExtra(sessions, search);
        else
            transactions = withExtra(transactions, search);
    } else {
        filter.setSearch(search);
    }
    filter.setCreatedFrom(createdFrom);
    filter.setCreatedTo(createdTo);
    filter.setStoreIds(storeIds);
    filter.setTransactionIds(transactions);
    filter.setSessionIds(sessions);
    return filter;
}

FilterCriteria FilterCriteria::resolvedAt(const QDateTime &now) const
{
    if (datePreset == DatePreset::None)
        return *this;
    FilterCriteria result = *this;
    const DateRange range = presetRange(datePreset, now);
    result.createdFrom = range.from;
    result.createdTo = range.to;
    return result;
}

QJsonObject FilterCriteria::toJson() const
{
    QJsonObject object;
    if (!searchText.isEmpty())
        object.insert(QLatin1String("search_text"), searchText);
    if (datePreset != DatePreset::None)
        object.insert(QLatin1String("date_preset"), presetKey(datePreset));
    if (createdFrom.isValid())
        object.insert(QLatin1String("created_from"), Core::SessionFilter::formatTimestamp(createdFrom));
    if (createdTo.isValid())
        object.insert(QLatin1String("created_to"), Core::SessionFilter::formatTimestamp(createdTo));
    if (!storeIds.isEmpty())
        object.insert(QLatin1String("store_ids"), QJsonArray::fromStringList(storeIds));
    if (!transactionIds.isEmpty())
        object.insert(QLatin1String("transaction_ids"), QJsonArray::fromStringList(transactionIds));
    if (!sessionIds.isEmpty())
        object.insert(QLatin1String("session_ids"), QJsonArray::fromStringList(sessionIds));
    if (!statuses.isAll())
        object.insert(QLatin1String("statuses"), QJsonArray::fromStringList(statuses.keys()));
    return object;
}

FilterCriteria FilterCriteria::fromJson(const QJsonObject &object)
{
    FilterCriteria criteria;
    criteria.searchText = object.value(QLatin1String("search_text")).toString();
    criteria.datePreset
        = presetFromKey(object.value(QLatin1String("date_preset")).toString()).value_or(DatePreset::None);
    criteria.createdFrom = timestamp(object.value(QLatin1String("created_from")));
    criteria.createdTo = timestamp(object.value(QLatin1String("created_to")));
    criteria.storeIds = stringList(object.value(QLatin1String("store_ids")));
    criteria.transactionIds = stringList(object.value(QLatin1String("transaction_ids")));
    criteria.sessionIds = stringList(object.value(QLatin1String("session_ids")));
    const QJsonValue statuses = object.value(QLatin1String("statuses"));
    criteria.statuses = statuses.isArray() ? StatusSet::fromKeys(stringList(statuses)) : StatusSet::all();
    return criteria;
}

bool operator==(const FilterCriteria &a, const FilterCriteria &b)
{
    return a.searchText == b.searchText && a.datePreset == b.datePreset
        && sameInstantAndOffset(a.createdFrom, b.createdFrom) && sameInstantAndOffset(a.createdTo, b.createdTo)
        && a.storeIds == b.storeIds && a.transactionIds == b.transactionIds && a.sessionIds == b.sessionIds
        && a.statuses == b.statuses;
}

} // namespace Dintero::Models
