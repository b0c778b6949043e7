#pragma once

#include "sandboxstore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dintero::Sandbox {

// What the `includes` query of GET /v1/transactions/{id} asks for.
struct TransactionIncludes
{
    bool paymentToken = false; // card.payment_token
    bool session = false; // the session object under "session"
    bool successfulEventsOnly = false; // events.success.true

    // nullopt and *error naming the value when one is not an `includes` the API knows.
    static std::optional<TransactionIncludes> fromValues(const QStringList &values, QString *error);
};

// The Transaction object of GET /v1/transactions/{id}. The store keeps only a
// transaction's current status; its events[] are told from that status and the
// session's own events (INITIALIZE when paying started, AUTHORIZE at the session's
// AUTHORIZED / DECLINED / ON_HOLD_CALLBACK_SENT, CAPTURE and REFUND after the
// authorization callback, VOID at CANCELLED), so the two histories always agree and
// seeding stays as cheap as before. Ids, card details and capture times are derived
// from the transaction id, so every read gives the same answer. No event lies after `now`.
QJsonObject renderTransaction(const TransactionRecord &transaction, const QJsonObject &session,
    const TransactionIncludes &includes, const QDateTime &now);

} // namespace Dintero::Sandbox
