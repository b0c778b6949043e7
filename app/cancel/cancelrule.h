#pragma once

#include "core/session.h"
#include "core/transaction.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace Dintero::Cancel {

// What cancelling one session would do, by §6 of the API reference: allowed when the
// session is not cancelled and has no transaction, or one whose status is INITIATED or
// AUTHORIZED. When the transaction's status could not be read, the console lets the
// agent try and the server's answer decides.
struct CancelAssessment
{
    enum class Verdict {
        Allowed,
        ServerDecides, // the transaction's status is unknown (its read failed or was not allowed)
        NotAllowed,
    };

    Verdict verdict = Verdict::ServerDecides;
    // The session's state in a few words ("Authorized", "Captured", "Open").
    QString state;
    // NotAllowed: why, and what to do instead ("Captured: the money is taken; refund it instead").
    QString reason;
    // Allowed/ServerDecides: what the cancel will do, for the confirmation ("The reservation
    // of NOK 298.00 on the customer's card is released. This cannot be undone.").
    QString consequence;

    bool mayTry() const { return verdict != Verdict::NotAllowed; }
};

// `transaction` is the session's transaction as just read; nullopt with
// `transactionUnknown` when the session has one whose read failed.
CancelAssessment assessCancel(const Core::Session &session, const std::optional<Core::Transaction> &transaction,
    bool transactionUnknown, const QDateTime &now, const QLocale &locale = QLocale());

// Why a transaction in this state cannot be voided by a cancel ("Captured: the money is
// taken; refund it instead"); empty when a cancel is allowed or its state is unknown.
QString transactionRefusal(const Core::Transaction &transaction);

} // namespace Dintero::Cancel
