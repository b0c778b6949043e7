#pragma once

#include "core/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Dintero::Core {

// A transaction's current status as GET /v1/transactions/{id} publishes it (reference
// §4.9). Unknown is what the console knows when it could not read it; Other is a
// status the API sent that this build does not know (kept as text in statusText).
enum class TransactionStatus {
    Unknown,
    Initiated,
    Authorized,
    AuthorizationVoided,
    Captured,
    PartiallyCaptured,
    PartiallyCapturedRefunded,
    Refunded,
    PartiallyRefunded,
    Declined,
    Failed,
    OnHold,
    Other,
};

// "AUTHORIZED" -> Authorized; an unknown non-empty key -> Other, an empty one -> Unknown.
TransactionStatus transactionStatusFromKey(const QString &key);
// The API's key of a status ("AUTHORIZATION_VOIDED"); empty for Unknown and Other.
QString transactionStatusKey(TransactionStatus status);
// The status in words for an agent ("Authorized", "Authorization voided"), tr()'d.
QString transactionStatusText(TransactionStatus status);

// One entry of a transaction's events[].
struct TransactionEvent
{
    QString id;
    QString event; // INITIALIZE, AUTHORIZE, CAPTURE, REFUND, VOID, ... (not validated)
    QString transactionStatus; // the status after the event, as sent
    bool success = true;
    std::optional<qint64> amount; // minor units, when sent
    QDateTime createdAt; // UTC; invalid when missing or unparsable
    QString createdBy;
    QString requestId;
    QString errorCode; // error.code / message / type when success is false
    QString errorMessage;
    QString errorType;
};

// The card of a card transaction. The tokens are present only when asked for with
// includes=card.payment_token (they are secrets: never log them).
struct TransactionCard
{
    QString brand;
    QString maskedPan;
    QString expiryDate;
    QString type;
    QString country;
    QString issuingBank;
    QString paymentToken;
    QString paymentTokenId;
    QString recurrenceToken;

    bool isEmpty() const { return brand.isEmpty() && maskedPan.isEmpty() && paymentTokenId.isEmpty(); }
};

// A transaction as read from GET /v1/transactions/{id}, parsed defensively like Session:
// only `id` is required; wrongly typed optional fields keep their defaults and are
// listed in warnings. A plain value type.
struct Transaction
{
    QString id;
    QString paymentProduct; // dintero_psp
    QString paymentProductType; // dintero_psp.creditcard
    Money amount; // amount + currency
    TransactionStatus status = TransactionStatus::Unknown;
    QString statusText; // the status key exactly as sent
    QString sessionId;
    QString merchantReference;
    QString merchantReference2;
    QString storeId;
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QList<TransactionEvent> events; // sorted by createdAt (stable; undated last)
    std::optional<TransactionCard> card;
    QJsonObject metadata;
    QJsonObject json; // the object exactly as received
    QStringList warnings;

    // nullopt (and *error naming the field) when the body is not an object or `id` is
    // missing or not a string.
    static std::optional<Transaction> fromJson(const QJsonObject &object, QString *error = nullptr);
};

} // namespace Dintero::Core
