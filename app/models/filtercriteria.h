#pragma once

#include "core/sessionfilter.h"
#include "core/sessionstatus.h"
#include "models/datepresets.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Dintero::Models {

// A set of derived statuses as bits. The default holds every status, which means "no
// status filter".
class StatusSet
{
public:
    StatusSet() = default;
    static StatusSet all();
    static StatusSet none();

    bool contains(Core::SessionStatus status) const { return m_bits & bit(status); }
    void insert(Core::SessionStatus status) { m_bits |= bit(status); }
    void remove(Core::SessionStatus status) { m_bits &= ~bit(status); }
    void set(Core::SessionStatus status, bool on) { on ? insert(status) : remove(status); }
    bool isAll() const { return m_bits == AllBits; }
    bool isEmpty() const { return m_bits == 0; }
    int count() const;
    quint32 bits() const { return m_bits; }

    // Stable keys ("authorized") for settings; fromKeys() ignores unknown ones.
    QStringList keys() const;
    static StatusSet fromKeys(const QStringList &keys);

    static QList<Core::SessionStatus> allStatuses();

    friend bool operator==(const StatusSet &, const StatusSet &) = default;

private:
    static constexpr quint32 bit(Core::SessionStatus status) { return 1u << unsigned(status); }
    static constexpr quint32 AllBits = (1u << (unsigned(Core::SessionStatus::Cancelled) + 1)) - 1;
    quint32 m_bits = AllBits;
};

// How the search box's text is sent (see FilterCriteria::toSessionFilter()).
enum class SearchStage {
    AsSessionId, // an id-shaped text first goes out as the `id` filter,
    AsTransactionId, // and when that finds nothing, as `transaction_id`.
};

// True for text shaped like a Dintero session or transaction id: ^[TP]\d{8}\.\w+$.
bool isIdShaped(const QString &text);
// Ids pasted as a list: split on spaces, commas, semicolons and new lines; empty parts
// and duplicates dropped, order kept.
QStringList parseIdList(const QString &text);

// What the filter form holds, as one value type with equality: the criteria the API
// filters on (search text, created range, store, transaction and session ids) plus the
// status filter that the proxy applies to the loaded rows. Saved filters and the "last
// filter" are this value.
struct FilterCriteria
{
    QString searchText;
    DatePreset datePreset = DatePreset::None; // when set, the range follows the clock
    QDateTime createdFrom; // invalid: unbounded
    QDateTime createdTo;
    QStringList storeIds;
    QStringList transactionIds;
    QStringList sessionIds;
    StatusSet statuses;

    // True when nothing narrows the list (no API criterion, every status).
    bool isEmpty() const;
    // True when the search text will be sent as an id (see isIdShaped()).
    bool searchIsId() const;

    // The API request. The search text goes out as `search`, unless it is id-shaped:
    // then it joins the `id` filter (stage AsSessionId) or the `transaction_id` filter
    // (stage AsTransactionId).
    Core::SessionFilter toSessionFilter(SearchStage stage = SearchStage::AsSessionId) const;

    // With a preset, the range recomputed for `now`; unchanged otherwise.
    FilterCriteria resolvedAt(const QDateTime &now) const;

    QJsonObject toJson() const;
    static FilterCriteria fromJson(const QJsonObject &object);

    friend bool operator==(const FilterCriteria &a, const FilterCriteria &b);
};

} // namespace Dintero::Models
