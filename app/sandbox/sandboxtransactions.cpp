#include "sandboxtransactions.h"

#include "sandboxdata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QList>
#include <QUuid>
#include <QtEndian>

#include <algorithm>

namespace Dintero::Sandbox {

namespace {

// The values GET /v1/transactions/{id} documents for `includes`; the sandbox acts on
// three of them and accepts the rest, which only add what it does not keep.
const QStringList &knownIncludes()
{
    static const QStringList values { QStringLiteral("card.payment_token"), QStringLiteral("card.recurrence_token"),
        QStringLiteral("session"), QStringLiteral("session.events.latest"), QStringLiteral("events.request_headers"),
        QStringLiteral("events.success.true"), QStringLiteral("initiating_system_request_headers") };
    return values;
}

struct SessionEvent
{
    QString name;
    qint64 ms = 0;
};

// The session's events, oldest first (sorted, as the reference asks before reading "last").
QList<SessionEvent> sessionEvents(const QJsonObject &session)
{
    QList<SessionEvent> events;
    const QJsonArray array = session.value(QLatin1String("events")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject event = value.toObject();
        events.append({ event.value(QLatin1String("name")).toString(),
            parseTimestamp(event.value(QLatin1String("created_at")).toString()) });
    }
    std::stable_sort(
        events.begin(), events.end(), [](const SessionEvent &a, const SessionEvent &b) { return a.ms < b.ms; });
    return events;
}

// A number fixed by the transaction id and what it is for: the same on every read and
// every machine (unlike qHash, which is seeded per process).
quint32 derivedNumber(const QString &transactionId, QLatin1String purpose)
{
    const QByteArray digest = QCryptographicHash::hash(
        QString(transactionId + QLatin1Char('/') + purpose).toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<quint32>(digest.constData());
}

int derivedBetween(const QString &transactionId, QLatin1String purpose, int low, int highInclusive)
{
    return low + int(derivedNumber(transactionId, purpose) % quint32(highInclusive - low + 1));
}

QString derivedUuid(const QString &name)
{
    static const QUuid sandboxNamespace(QStringLiteral("6f1c2a52-8d0e-4f57-9a3b-2c1e5d7f9b10"));
    return QUuid::createUuidV5(sandboxNamespace, name).toString(QUuid::WithoutBraces);
}

// Part of an amount, in whole major units where it can be: what a partial capture or
// refund takes.
qint64 partOf(qint64 amount, const QString &transactionId, QLatin1String purpose)
{
    const int percent = derivedBetween(transactionId, purpose, 40, 90);
    qint64 part = amount * percent / 100 / 100 * 100;
    if (part <= 0 || part >= amount)
        part = amount / 2;
    return std::max<qint64>(part, std::min<qint64>(amount, 1));
}

// One entry of the transaction's events[] before it is written.
struct PlannedEvent
{
    QLatin1String event {};
    QString status; // transaction_status: the status after the event
    qint64 ms = 0;
    qint64 amount = 0;
    bool success = true;
    QString errorCode;
    QString errorMessage;
    QString createdBy;
};

PlannedEvent plannedEvent(QLatin1String event, const QString &status, qint64 ms, qint64 amount)
{
    PlannedEvent planned;
    planned.event = event;
    planned.status = status;
    planned.ms = ms;
    planned.amount = amount;
    return planned;
}

bool isOutcome(const QString &name)
{
    return name == QLatin1String("AUTHORIZED") || name == QLatin1String("DECLINED")
        || name == QLatin1String("ON_HOLD_CALLBACK_SENT") || name == QLatin1String("FAILED");
}

QList<PlannedEvent> history(const TransactionRecord &transaction, const QJsonObject &session, qint64 nowMs)
{
    const QList<SessionEvent> events = sessionEvents(session);
    const qint64 sessionCreatedMs = parseTimestamp(session.value(QLatin1String("created_at")).toString());
    qsizetype outcome = -1;
    qsizetype cancelled = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (isOutcome(events.at(i).name))
            outcome = i;
        if (events.at(i).name == QLatin1String("CANCELLED") && cancelled < 0)
            cancelled = i;
    }
    const qsizetype beforeCancel = cancelled < 0 ? events.size() : cancelled;

    // Paying started with the session event just before the outcome; without an outcome
    // at the last pay lock (or token flow), else at the last event before a cancel.
    qint64 initializeMs = sessionCreatedMs;
    if (outcome >= 0) {
        initializeMs = events.at(std::max<qsizetype>(outcome - 1, 0)).ms;
    } else {
        qsizetype lock = -1;
        for (qsizetype i = 0; i < beforeCancel; ++i) {
            const QString &name = events.at(i).name;
            if (name == QLatin1String("PAY_LOCK_START") || name == QLatin1String("PAYMENT_TOKEN_FLOW_START"))
                lock = i;
        }
        if (lock < 0)
            lock = beforeCancel - 1;
        if (lock >= 0)
            initializeMs = events.at(lock).ms;
    }
    const qint64 authorizeMs = outcome >= 0 ? events.at(outcome).ms : initializeMs;
    // Captures and refunds happen on the transaction after the authorization callback;
    // the session does not record them.
    qint64 afterAuthorizeMs = authorizeMs;
    for (qsizetype i = outcome + 1; outcome >= 0 && i < beforeCancel; ++i) {
        if (events.at(i).name == QLatin1String("AUTH_CALLBACK_SENT"))
            afterAuthorizeMs = events.at(i).ms;
    }
    const qint64 minute = 60 * 1000;
    const qint64 captureMs
        = std::min(nowMs, afterAuthorizeMs + derivedBetween(transaction.id, QLatin1String("capture"), 10, 90) * minute);
    const qint64 refundMs
        = std::min(nowMs, captureMs + derivedBetween(transaction.id, QLatin1String("refund"), 10, 60) * minute);

    const QString &status = transaction.status;
    const qint64 amount = transaction.amount;
    const auto authorized = QStringLiteral("AUTHORIZED");
    QList<PlannedEvent> planned;
    planned.append(plannedEvent(QLatin1String("INITIALIZE"), QStringLiteral("INITIATED"), initializeMs, amount));
    if (status == QLatin1String("INITIATED"))
        return planned;
    if (status == QLatin1String("AUTHORIZED") || status == QLatin1String("ON_HOLD")) {
        planned.append(plannedEvent(QLatin1String("AUTHORIZE"), status, authorizeMs, amount));
        return planned;
    }
    if (status == QLatin1String("AUTHORIZATION_VOIDED")) {
        if (outcome >= 0 && events.at(outcome).name == QLatin1String("AUTHORIZED"))
            planned.append(plannedEvent(QLatin1String("AUTHORIZE"), authorized, authorizeMs, amount));
        PlannedEvent voided = plannedEvent(
            QLatin1String("VOID"), status, cancelled >= 0 ? events.at(cancelled).ms : authorizeMs, amount);
        voided.createdBy = session.value(QLatin1String("cancelled_by")).toString();
        planned.append(voided);
        return planned;
    }
    const bool captured = status.contains(QLatin1String("CAPTURED")) || status.contains(QLatin1String("REFUNDED"));
    if (captured) {
        planned.append(plannedEvent(QLatin1String("AUTHORIZE"), authorized, authorizeMs, amount));
        const bool partlyCaptured = status.startsWith(QLatin1String("PARTIALLY_CAPTURED"));
        const qint64 capturedAmount
            = partlyCaptured ? partOf(amount, transaction.id, QLatin1String("captured")) : amount;
        planned.append(plannedEvent(QLatin1String("CAPTURE"),
            partlyCaptured ? QStringLiteral("PARTIALLY_CAPTURED") : QStringLiteral("CAPTURED"), captureMs,
            capturedAmount));
        if (status.contains(QLatin1String("REFUNDED"))) {
            const qint64 refunded = status == QLatin1String("PARTIALLY_REFUNDED")
                ? partOf(capturedAmount, transaction.id, QLatin1String("refunded"))
                : capturedAmount;
            planned.append(plannedEvent(QLatin1String("REFUND"), status, refundMs, refunded));
        }
        return planned;
    }
    // DECLINED, FAILED, UNKNOWN: the authorization did not go through.
    PlannedEvent failed = plannedEvent(QLatin1String("AUTHORIZE"), status, authorizeMs, amount);
    failed.success = false;
    failed.errorCode = status;
    failed.errorMessage = status == QLatin1String("DECLINED")
        ? QStringLiteral("The card issuer declined the authorization")
        : QStringLiteral("The payment provider could not authorize the payment");
    planned.append(failed);
    return planned;
}

QJsonObject cardOf(const TransactionRecord &transaction, qint64 createdMs, const TransactionIncludes &includes)
{
    struct Bin
    {
        QLatin1String brand;
        QLatin1String digits;
    };
    static constexpr Bin bins[] = { { QLatin1String("VISA"), QLatin1String("457173") },
        { QLatin1String("VISA"), QLatin1String("492500") }, { QLatin1String("MASTERCARD"), QLatin1String("545454") },
        { QLatin1String("MASTERCARD"), QLatin1String("522173") } };
    const QString &id = transaction.id;
    QString maskedPan = transaction.maskedPan;
    QString brand;
    if (maskedPan.isEmpty()) {
        const Bin &bin = bins[derivedNumber(id, QLatin1String("bin")) % std::size(bins)];
        brand = bin.brand;
        maskedPan = bin.digits + QStringLiteral("******")
            + QStringLiteral("%1").arg(derivedNumber(id, QLatin1String("last4")) % 10000, 4, 10, QLatin1Char('0'));
    } else {
        const QChar first = maskedPan.at(0);
        brand = first == QLatin1Char('4')                            ? QStringLiteral("VISA")
            : first == QLatin1Char('5') || first == QLatin1Char('2') ? QStringLiteral("MASTERCARD")
            : first == QLatin1Char('3')                              ? QStringLiteral("AMEX")
                                                                     : QStringLiteral("UNKNOWN");
    }
    QString expiry = transaction.expiryDate;
    if (expiry.isEmpty()) {
        const int year = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC).date().year()
            + derivedBetween(id, QLatin1String("expiry-year"), 1, 4);
        expiry = QStringLiteral("%1/%2")
                     .arg(derivedBetween(id, QLatin1String("expiry-month"), 1, 12), 2, 10, QLatin1Char('0'))
                     .arg(year % 100, 2, 10, QLatin1Char('0'));
    }
    QJsonObject card { { QStringLiteral("brand"), brand }, { QStringLiteral("masked_pan"), maskedPan },
        { QStringLiteral("expiry_date"), expiry } };
    if (!transaction.paymentToken.isEmpty()) {
        card.insert(
            QStringLiteral("payment_token_id"), derivedUuid(QStringLiteral("token/") + transaction.paymentToken));
        if (includes.paymentToken)
            card.insert(QStringLiteral("payment_token"), transaction.paymentToken);
    }
    return card;
}

} // namespace

std::optional<TransactionIncludes> TransactionIncludes::fromValues(const QStringList &values, QString *error)
{
    TransactionIncludes includes;
    for (const QString &value : values) {
        if (!knownIncludes().contains(value)) {
            if (error)
                *error = QStringLiteral("includes may be %1, not \"%2\"")
                             .arg(knownIncludes().join(QStringLiteral(", ")), value);
            return std::nullopt;
        }
        includes.paymentToken |= value == QLatin1String("card.payment_token");
        includes.session |= value == QLatin1String("session");
        includes.successfulEventsOnly |= value == QLatin1String("events.success.true");
    }
    return includes;
}

QJsonObject renderTransaction(const TransactionRecord &transaction, const QJsonObject &session,
    const TransactionIncludes &includes, const QDateTime &now)
{
    const QList<PlannedEvent> planned = history(transaction, session, now.toMSecsSinceEpoch());
    QJsonArray events;
    for (qsizetype i = 0; i < planned.size(); ++i) {
        const PlannedEvent &event = planned.at(i);
        if (includes.successfulEventsOnly && !event.success)
            continue;
        QJsonObject object { { QStringLiteral("id"), derivedUuid(transaction.id + QStringLiteral("/event/%1").arg(i)) },
            { QStringLiteral("event"), event.event }, { QStringLiteral("transaction_status"), event.status },
            { QStringLiteral("success"), event.success }, { QStringLiteral("amount"), event.amount },
            { QStringLiteral("created_at"), isoTimestamp(QDateTime::fromMSecsSinceEpoch(event.ms, Qt::UTC)) } };
        if (!event.createdBy.isEmpty())
            object.insert(QStringLiteral("created_by"), event.createdBy);
        if (!event.success)
            object.insert(QStringLiteral("error"),
                QJsonObject {
                    { QStringLiteral("code"), event.errorCode }, { QStringLiteral("message"), event.errorMessage } });
        events.append(object);
    }

    const QString &productType = transaction.paymentProductType;
    const qint64 createdMs = planned.first().ms;
    QJsonObject object {
        { QStringLiteral("id"), transaction.id },
        { QStringLiteral("session_id"), transaction.sessionId },
        { QStringLiteral("payment_product"), productType.section(QLatin1Char('.'), 0, 0) },
        { QStringLiteral("payment_product_type"), productType },
        { QStringLiteral("amount"), transaction.amount },
        { QStringLiteral("currency"), transaction.currency },
        { QStringLiteral("status"), transaction.status },
        { QStringLiteral("created_at"), isoTimestamp(QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC)) },
        { QStringLiteral("updated_at"), isoTimestamp(QDateTime::fromMSecsSinceEpoch(planned.last().ms, Qt::UTC)) },
        { QStringLiteral("events"), events },
    };
    const QJsonObject order = session.value(QLatin1String("order")).toObject();
    for (const auto key : { QLatin1String("merchant_reference"), QLatin1String("merchant_reference_2") }) {
        if (order.value(key).isString())
            object.insert(key, order.value(key));
    }
    if (order.value(QLatin1String("store")).isObject())
        object.insert(QStringLiteral("store"), order.value(QLatin1String("store")));
    if (order.value(QLatin1String("items")).isArray())
        object.insert(QStringLiteral("items"), order.value(QLatin1String("items")));
    if (session.value(QLatin1String("customer")).isObject())
        object.insert(QStringLiteral("customer"), session.value(QLatin1String("customer")));
    const QString channel
        = session.value(QLatin1String("configuration")).toObject().value(QLatin1String("channel")).toString();
    if (channel == QLatin1String("ecommerce") || channel == QLatin1String("in_app")
        || channel == QLatin1String("in_store"))
        object.insert(QStringLiteral("channel"), channel);
    if (productType.endsWith(QLatin1String(".creditcard")))
        object.insert(QStringLiteral("card"), cardOf(transaction, createdMs, includes));
    if (includes.session)
        object.insert(QStringLiteral("session"), session);
    return object;
}

} // namespace Dintero::Sandbox
