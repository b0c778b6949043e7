#include "sandboxstore.h"

#include "sandboxdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <vector>

namespace Dintero::Sandbox {

struct SandboxStore::Entry
{
    QString id;
    qint64 createdMs = 0;
    QByteArray json; // compact
    // Index fields, kept in step with `json` by replace().
    // merchant_reference, merchant_reference_2 and "first last", case-folded and joined
    // by new lines, so that one case-sensitive search covers all three.
    QString searchText;
    QString storeId;
    QString transactionId;

    // From a seeded session, whose generator knows the index fields already.
    void index(SeededSession &&session)
    {
        id = std::move(session.id);
        createdMs = session.createdMs;
        storeId = std::move(session.storeId);
        transactionId = std::move(session.transactionId);
        setSearchText(session.merchantReference, session.merchantReference2, session.customerName);
        json = std::move(session.json);
    }

    // From a session created or changed through the API.
    void index(const QJsonObject &session)
    {
        id = session.value(QLatin1String("id")).toString();
        createdMs = parseTimestamp(session.value(QLatin1String("created_at")).toString());
        const QJsonObject order = session.value(QLatin1String("order")).toObject();
        storeId = order.value(QLatin1String("store")).toObject().value(QLatin1String("id")).toString();
        transactionId = session.value(QLatin1String("transaction_id")).toString();
        QString customerName;
        for (const auto key : { QLatin1String("billing_address"), QLatin1String("shipping_address") }) {
            const QJsonObject address = order.value(key).toObject();
            const QString first = address.value(QLatin1String("first_name")).toString();
            const QString last = address.value(QLatin1String("last_name")).toString();
            if (!first.isEmpty() || !last.isEmpty()) {
                customerName = first + QLatin1Char(' ') + last;
                break;
            }
        }
        setSearchText(order.value(QLatin1String("merchant_reference")).toString(),
            order.value(QLatin1String("merchant_reference_2")).toString(), customerName);
        json = QJsonDocument(session).toJson(QJsonDocument::Compact);
    }

    void setSearchText(const QString &merchantReference, const QString &merchantReference2, const QString &customerName)
    {
        searchText
            = QString(merchantReference + QLatin1Char('\n') + merchantReference2 + QLatin1Char('\n') + customerName)
                  .toCaseFolded();
    }

    QJsonObject object() const { return QJsonDocument::fromJson(json).object(); }
};

namespace {

// Newest first; equal times fall back on the id so that the order is total and a
// cursor always has one place.
bool newerThan(qint64 aMs, const QString &aId, qint64 bMs, const QString &bId)
{
    return aMs != bMs ? aMs > bMs : aId > bId;
}

QJsonObject event(const QString &name, const QDateTime &now, const QJsonObject &details = {})
{
    QJsonObject object {
        { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("name"), name },
        { QStringLiteral("created_at"), isoTimestamp(now) },
    };
    if (!details.isEmpty())
        object.insert(QStringLiteral("details"), details);
    return object;
}

void appendEvent(QJsonObject &session, const QJsonObject &event)
{
    QJsonArray events = session.value(QLatin1String("events")).toArray();
    events.append(event);
    session.insert(QStringLiteral("events"), events);
    session.insert(QStringLiteral("updated_at"), event.value(QLatin1String("created_at")));
}

bool hasEvent(const QJsonObject &session, QLatin1String name)
{
    const QJsonArray events = session.value(QLatin1String("events")).toArray();
    return std::any_of(events.begin(), events.end(),
        [name](const QJsonValue &value) { return value.toObject().value(QLatin1String("name")).toString() == name; });
}

// Locked for paying: the last of PAY_LOCK_START / PAY_LOCK_END is a start.
bool isPayLocked(const QJsonObject &session)
{
    const QJsonArray events = session.value(QLatin1String("events")).toArray();
    for (auto it = events.end(); it != events.begin();) {
        --it;
        const QString name = it->toObject().value(QLatin1String("name")).toString();
        if (name == QLatin1String("PAY_LOCK_START"))
            return true;
        if (name == QLatin1String("PAY_LOCK_END"))
            return false;
    }
    return false;
}

bool isExpired(const QJsonObject &session, const QDateTime &now)
{
    const QString expires = session.value(QLatin1String("expires_at")).toString();
    return !expires.isEmpty() && QDateTime::fromString(expires, Qt::ISODateWithMs) < now;
}

const QString notFoundCode = QStringLiteral("NOT_FOUND");
const QString badRequestCode = QStringLiteral("BAD_REQUEST");

Outcome sessionNotFound(const QString &id)
{
    return Outcome::refused(404, notFoundCode, QStringLiteral("Session %1 was not found on this account").arg(id));
}

} // namespace

Outcome Outcome::refused(int status, const QString &code, const QString &message)
{
    Outcome outcome;
    outcome.status = status;
    outcome.code = code;
    outcome.message = message;
    return outcome;
}

SandboxStore::SandboxStore(QString accountId) : m_accountId(std::move(accountId)) { }

SandboxStore::~SandboxStore() = default;

int SandboxStore::sessionCount() const
{
    return int(m_newestFirst.size());
}

int SandboxStore::transactionCount() const
{
    return int(m_transactions.size());
}

void SandboxStore::seed(int count, quint64 seed, const QDateTime &now)
{
    m_newestFirst.clear();
    m_byId.clear();
    m_transactions.clear();
    m_newestFirst.reserve(size_t(std::max(count, 0)));
    m_byId.reserve(count);
    generateSeedData(
        m_accountId, count, seed, now,
        [this](SeededSession &&session) {
            auto entry = std::make_unique<Entry>();
            entry->index(std::move(session));
            m_byId.insert(entry->id, entry.get());
            m_newestFirst.push_back(std::move(entry));
        },
        [this](const TransactionRecord &transaction) { m_transactions.insert(transaction.id, transaction); });
    std::sort(m_newestFirst.begin(), m_newestFirst.end(),
        [](const auto &a, const auto &b) { return newerThan(a->createdMs, a->id, b->createdMs, b->id); });
}

SandboxStore::Entry *SandboxStore::find(const QString &id) const
{
    return m_byId.value(id, nullptr);
}

qsizetype SandboxStore::positionOf(const Entry *entry) const
{
    const auto it = std::lower_bound(m_newestFirst.begin(), m_newestFirst.end(), entry,
        [](const std::unique_ptr<Entry> &element, const Entry *wanted) {
            return newerThan(element->createdMs, element->id, wanted->createdMs, wanted->id);
        });
    return it - m_newestFirst.begin();
}

void SandboxStore::insert(std::unique_ptr<Entry> entry)
{
    const qsizetype position = positionOf(entry.get());
    m_byId.insert(entry->id, entry.get());
    m_newestFirst.insert(m_newestFirst.begin() + position, std::move(entry));
}

void SandboxStore::replace(Entry *entry, const QJsonObject &session)
{
    // created_at never changes, so the entry keeps its place in the order.
    entry->index(session);
}

std::optional<QByteArray> SandboxStore::listPage(const ListQuery &query, QString *error) const
{
    const qsizetype total = qsizetype(m_newestFirst.size());
    qsizetype begin = 0;
    qsizetype end = total;
    if (!query.startingAfter.isEmpty()) {
        const Entry *cursor = find(query.startingAfter);
        if (!cursor) {
            if (error)
                *error = QStringLiteral("starting_after: no session with id %1 exists; pass the id of the last "
                                        "session of the previous page")
                             .arg(query.startingAfter);
            return std::nullopt;
        }
        begin = positionOf(cursor) + 1;
    }
    // The order is by creation time, so a date range is a slice found by bisection.
    if (query.createdTo) {
        const qint64 to = query.createdTo->toMSecsSinceEpoch();
        const auto first = std::partition_point(
            m_newestFirst.begin(), m_newestFirst.end(), [to](const auto &entry) { return entry->createdMs > to; });
        begin = std::max(begin, qsizetype(first - m_newestFirst.begin()));
    }
    if (query.createdFrom) {
        const qint64 from = query.createdFrom->toMSecsSinceEpoch();
        const auto last = std::partition_point(
            m_newestFirst.begin(), m_newestFirst.end(), [from](const auto &entry) { return entry->createdMs >= from; });
        end = std::min(end, qsizetype(last - m_newestFirst.begin()));
    }

    const QSet<QString> ids(query.ids.begin(), query.ids.end());
    const QSet<QString> transactionIds(query.transactionIds.begin(), query.transactionIds.end());
    const QSet<QString> storeIds(query.storeIds.begin(), query.storeIds.end());
    const QString search = query.search.toCaseFolded();

    // Gathered first, so that the page is allocated once at its full size: growing a
    // buffer of a few hundred kilobytes copies it and faults in fresh pages each time.
    std::vector<const Entry *> matched;
    matched.reserve(size_t(std::clamp<qsizetype>(end - begin, 0, query.limit))); // empty when from > to
    auto consider = [&](const Entry &entry) {
        if (!ids.isEmpty() && !ids.contains(entry.id))
            return;
        if (!transactionIds.isEmpty() && !transactionIds.contains(entry.transactionId))
            return;
        if (!storeIds.isEmpty() && !storeIds.contains(entry.storeId))
            return;
        if (!search.isEmpty() && !entry.searchText.contains(search))
            return;
        matched.push_back(&entry);
    };

    if (ids.isEmpty() && transactionIds.isEmpty()) {
        for (qsizetype i = begin; i < end && qsizetype(matched.size()) < query.limit; ++i)
            consider(*m_newestFirst[size_t(i)]);
    } else {
        // Looked up by id rather than scanned: the few candidates, in list order.
        QList<const Entry *> candidates;
        if (!ids.isEmpty()) {
            for (const QString &id : ids) {
                if (const Entry *entry = find(id))
                    candidates.append(entry);
            }
        } else {
            for (const QString &transactionId : transactionIds) {
                const auto transaction = m_transactions.constFind(transactionId);
                if (transaction == m_transactions.cend())
                    continue;
                if (const Entry *entry = find(transaction->sessionId))
                    candidates.append(entry);
            }
        }
        std::sort(candidates.begin(), candidates.end(),
            [](const Entry *a, const Entry *b) { return newerThan(a->createdMs, a->id, b->createdMs, b->id); });
        for (const Entry *entry : std::as_const(candidates)) {
            const qsizetype position = positionOf(entry);
            if (position >= begin && position < end && qsizetype(matched.size()) < query.limit)
                consider(*entry);
        }
    }
    qsizetype size = 2 + qsizetype(matched.size());
    for (const Entry *entry : matched)
        size += entry->json.size();
    QByteArray page;
    page.reserve(size);
    page += '[';
    for (const Entry *entry : matched) {
        if (entry != matched.front())
            page += ',';
        page += entry->json;
    }
    page += ']';
    return page;
}

std::optional<QJsonObject> SandboxStore::session(const QString &id) const
{
    if (const Entry *entry = find(id))
        return entry->object();
    return std::nullopt;
}

QByteArray SandboxStore::sessionBytes(const QString &id) const
{
    const Entry *entry = find(id);
    return entry ? entry->json : QByteArray();
}

std::optional<TransactionRecord> SandboxStore::transaction(const QString &id) const
{
    const auto it = m_transactions.constFind(id);
    if (it == m_transactions.cend())
        return std::nullopt;
    return *it;
}

QStringList SandboxStore::storeIds() const
{
    QSet<QString> ids;
    for (const auto &entry : m_newestFirst) {
        if (!entry->storeId.isEmpty())
            ids.insert(entry->storeId);
    }
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted;
}

QString SandboxStore::newSessionId()
{
    SeededRandom random(QRandomGenerator::global()->generate64());
    return m_accountId + QLatin1Char('.') + random.base62();
}

QString SandboxStore::newTransactionId()
{
    return newSessionId();
}

QJsonObject SandboxStore::createSession(const QJsonObject &request, const QDateTime &now)
{
    QJsonObject session = request;
    session.insert(QStringLiteral("id"), newSessionId());
    session.insert(QStringLiteral("created_at"), isoTimestamp(now));
    if (!session.contains(QLatin1String("expires_at")))
        session.insert(QStringLiteral("expires_at"), isoTimestamp(now.addSecs(24 * 3600)));
    session.insert(QStringLiteral("events"), QJsonArray { event(QStringLiteral("INITIATED"), now) });
    session.insert(QStringLiteral("updated_at"), isoTimestamp(now));
    auto entry = std::make_unique<Entry>();
    entry->index(session);
    insert(std::move(entry));
    return session;
}

Outcome SandboxStore::cancelSession(const QString &id, const QString &cancelledBy, const QDateTime &now)
{
    Entry *entry = find(id);
    if (!entry)
        return sessionNotFound(id);
    QJsonObject session = entry->object();
    if (session.contains(QLatin1String("cancelled_at"))) {
        return Outcome::refused(400, QStringLiteral("SESSION_ALREADY_CANCELLED"),
            QStringLiteral("Session %1 was already cancelled at %2")
                .arg(id, session.value(QLatin1String("cancelled_at")).toString()));
    }
    TransactionRecord *transaction = nullptr;
    if (!entry->transactionId.isEmpty()) {
        auto it = m_transactions.find(entry->transactionId);
        if (it != m_transactions.end())
            transaction = &*it;
    }
    if (transaction && transaction->status != QLatin1String("INITIATED")
        && transaction->status != QLatin1String("AUTHORIZED")) {
        QString hint;
        if (transaction->status.contains(QLatin1String("CAPTURED")))
            hint = QStringLiteral("; money that was captured is returned with a refund of the transaction");
        return Outcome::refused(400, QStringLiteral("SESSION_CANCEL_NOT_ALLOWED"),
            QStringLiteral("Session %1 cannot be cancelled because its transaction %2 is %3; only sessions whose "
                           "transaction is INITIATED or AUTHORIZED can be cancelled%4")
                .arg(id, transaction->id, transaction->status, hint));
    }
    if (transaction)
        transaction->status = QStringLiteral("AUTHORIZATION_VOIDED");
    session.insert(QStringLiteral("cancelled_at"), isoTimestamp(now));
    session.insert(QStringLiteral("cancelled_by"), cancelledBy);
    appendEvent(session, event(QStringLiteral("CANCELLED"), now));
    replace(entry, session);
    Outcome outcome;
    outcome.session = session;
    return outcome;
}

Outcome SandboxStore::updateSession(
    const QString &id, const QJsonObject &body, bool updateWithoutLock, const QDateTime &now)
{
    Entry *entry = find(id);
    if (!entry)
        return sessionNotFound(id);
    QJsonObject session = entry->object();
    if (session.contains(QLatin1String("cancelled_at")))
        return Outcome::refused(
            400, badRequestCode, QStringLiteral("Session %1 is cancelled and can no longer be updated").arg(id));
    if (!entry->transactionId.isEmpty())
        return Outcome::refused(400, badRequestCode,
            QStringLiteral("Session %1 already has transaction %2 and can no longer be updated")
                .arg(id, entry->transactionId));
    const bool locked = isPayLocked(session);
    if (!locked && !updateWithoutLock)
        return Outcome::refused(400, QStringLiteral("SESSION_NOT_LOCKED"),
            QStringLiteral("Session %1 is not locked for paying; send update_without_lock=true to "
                           "update it before the checkout is shown to the customer")
                .arg(id));

    QJsonObject order = session.value(QLatin1String("order")).toObject();
    const QJsonObject changes = body.value(QLatin1String("order")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        order.insert(it.key(), it.value());
    QJsonObject express = session.value(QLatin1String("express")).toObject();
    const QJsonObject expressChanges = body.value(QLatin1String("express")).toObject();
    for (auto it = expressChanges.begin(); it != expressChanges.end(); ++it)
        express.insert(it.key(), it.value());

    const QJsonArray items = order.value(QLatin1String("items")).toArray();
    const QJsonObject shipping = order.value(QLatin1String("shipping_option")).toObject();
    if (!items.isEmpty() && !order.value(QLatin1String("partial_payment")).toBool()) {
        qint64 expected = shipping.value(QLatin1String("amount")).toInteger();
        for (const QJsonValue &item : items)
            expected += item.toObject().value(QLatin1String("amount")).toInteger();
        const qint64 amount = order.value(QLatin1String("amount")).toInteger();
        if (amount != expected)
            return Outcome::refused(400, badRequestCode,
                QStringLiteral("order.amount is %1 but the items and shipping add up to %2; "
                               "order.amount must equal the sum of order.items[].amount plus "
                               "order.shipping_option.amount")
                    .arg(amount)
                    .arg(expected));
    }
    const QJsonArray shippingOptions = express.value(QLatin1String("shipping_options")).toArray();
    if (!shipping.isEmpty() && !shippingOptions.isEmpty()) {
        const QString shippingId = shipping.value(QLatin1String("id")).toString();
        const bool offered = std::any_of(shippingOptions.begin(), shippingOptions.end(),
            [&](const QJsonValue &o) { return o.toObject().value(QLatin1String("id")).toString() == shippingId; });
        if (!offered)
            return Outcome::refused(400, badRequestCode,
                QStringLiteral("order.shipping_option %1 is not one of express.shipping_options").arg(shippingId));
    }

    session.insert(QStringLiteral("order"), order);
    if (!express.isEmpty())
        session.insert(QStringLiteral("express"), express);
    if (body.value(QLatin1String("customer")).isObject()) {
        QJsonObject customer = session.value(QLatin1String("customer")).toObject();
        const QJsonObject customerChanges = body.value(QLatin1String("customer")).toObject();
        for (auto it = customerChanges.begin(); it != customerChanges.end(); ++it)
            customer.insert(it.key(), it.value());
        session.insert(QStringLiteral("customer"), customer);
    }
    appendEvent(session,
        event(QStringLiteral("UPDATE_SESSION"), now, QJsonObject { { QStringLiteral("updated_order"), changes } }));
    if (locked && body.value(QLatin1String("remove_lock")).toBool(true))
        appendEvent(session, event(QStringLiteral("PAY_LOCK_END"), now));
    replace(entry, session);
    Outcome outcome;
    outcome.session = session;
    return outcome;
}

Outcome SandboxStore::recordVisit(const QString &id, const QDateTime &now)
{
    Entry *entry = find(id);
    if (!entry)
        return sessionNotFound(id);
    QJsonObject session = entry->object();
    if (!hasEvent(session, QLatin1String("VISITED"))) {
        appendEvent(session, event(QStringLiteral("VISITED"), now));
        replace(entry, session);
    }
    Outcome outcome;
    outcome.session = session;
    return outcome;
}

Outcome SandboxStore::pay(
    const QString &id, const QString &paymentProductType, const PaymentCard &card, const QDateTime &now)
{
    Entry *entry = find(id);
    if (!entry)
        return sessionNotFound(id);
    QJsonObject session = entry->object();
    if (session.contains(QLatin1String("cancelled_at")))
        return Outcome::refused(400, badRequestCode, QStringLiteral("This payment was cancelled by the shop."));
    if (isExpired(session, now))
        return Outcome::refused(400, badRequestCode, QStringLiteral("This payment link has expired."));
    if (!entry->transactionId.isEmpty())
        return Outcome::refused(400, badRequestCode, QStringLiteral("This order has already been paid."));

    const bool tokenOnly
        = session.value(QLatin1String("payment_operation")).toString() == QLatin1String("generate_payment_token");
    const QJsonObject order = session.value(QLatin1String("order")).toObject();
    TransactionRecord transaction;
    transaction.id = newTransactionId();
    transaction.sessionId = id;
    transaction.status = QStringLiteral("AUTHORIZED");
    transaction.amount = tokenOnly ? 0 : order.value(QLatin1String("amount")).toInteger();
    transaction.currency = order.value(QLatin1String("currency")).toString();
    transaction.paymentProductType = paymentProductType;
    transaction.createdAt = now;
    if (paymentProductType.endsWith(QLatin1String(".creditcard")) && card.number.size() >= 12) {
        transaction.maskedPan
            = card.number.left(6) + QString(card.number.size() - 10, QLatin1Char('*')) + card.number.right(4);
        // Only a well-formed expiry is kept; otherwise the read derives one.
        const QString expiry = card.expiry.trimmed();
        if (expiry.size() == 5 && expiry.at(2) == QLatin1Char('/'))
            transaction.expiryDate = expiry;
    }
    if (tokenOnly) {
        SeededRandom random(QRandomGenerator::global()->generate64());
        transaction.paymentToken = QStringLiteral("ptok_") + random.base62(24);
    }
    m_transactions.insert(transaction.id, transaction);

    if (!hasEvent(session, QLatin1String("VISITED")))
        appendEvent(session, event(QStringLiteral("VISITED"), now));
    appendEvent(
        session, event(tokenOnly ? QStringLiteral("PAYMENT_TOKEN_FLOW_START") : QStringLiteral("PAY_LOCK_START"), now));
    appendEvent(session,
        event(QStringLiteral("AUTHORIZED"), now,
            QJsonObject { { QStringLiteral("payment_product_type"), paymentProductType },
                { QStringLiteral("amount"), transaction.amount } }));
    if (!tokenOnly)
        appendEvent(session, event(QStringLiteral("AUTH_CALLBACK_SENT"), now));
    session.insert(QStringLiteral("transaction_id"), transaction.id);
    replace(entry, session);
    Outcome outcome;
    outcome.session = session;
    return outcome;
}

} // namespace Dintero::Sandbox
