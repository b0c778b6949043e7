#include "cancelrule.h"

#include "core/money.h"
#include "core/sessionstatus.h"

#include <QCoreApplication>

namespace Dintero::Cancel {
namespace {

using Core::TransactionStatus;
using Verdict = CancelAssessment::Verdict;

QString amountText(const Core::Money &money, const QLocale &locale)
{
    return money.currency.isEmpty() && money.minorUnits == 0 ? QString() : Core::formatMoney(money, locale);
}

// The amount a transaction holds, else the order's.
Core::Money amountOf(const Core::Session &session, const std::optional<Core::Transaction> &transaction)
{
    if (transaction && !transaction->amount.currency.isEmpty())
        return transaction->amount;
    return session.hasAmount() ? session.amount() : Core::Money {};
}

CancelAssessment notAllowed(const QString &state, const QString &reason)
{
    return { Verdict::NotAllowed, state, reason, {} };
}

} // namespace

CancelAssessment assessCancel(const Core::Session &session, const std::optional<Core::Transaction> &transaction,
    bool transactionUnknown, const QDateTime &now, const QLocale &locale)
{
    const QString sessionState = Core::statusText(session.status(now));
    if (!session.canOfferCancel()) {
        const QDateTime at = session.cancelledAt();
        return notAllowed(Core::statusText(Core::SessionStatus::Cancelled),
            at.isValid() ? QCoreApplication::translate("Dintero::Cancel::CancelRule", "Already cancelled on %1.")
                               .arg(locale.toString(at.toLocalTime(), QLocale::ShortFormat))
                         : QCoreApplication::translate("Dintero::Cancel::CancelRule", "Already cancelled."));
    }

    const QString amount = amountText(amountOf(session, transaction), locale);
    const QString noUndo = QCoreApplication::translate("Dintero::Cancel::CancelRule", "This cannot be undone.");

    if (session.transactionId().isEmpty()) {
        if (session.status(now) == Core::SessionStatus::Expired)
            return { Verdict::Allowed, sessionState, {},
                QCoreApplication::translate(
                    "Dintero::Cancel::CancelRule", "The expired session is closed for good; nothing was paid.")
                    + u' ' + noUndo };
        return { Verdict::Allowed, sessionState, {},
            QCoreApplication::translate("Dintero::Cancel::CancelRule",
                "The payment link stops working: the customer can no longer pay with it. Nothing was paid yet.")
                + u' ' + noUndo };
    }

    if (!transaction || transactionUnknown) {
        return { Verdict::ServerDecides, sessionState, {},
            QCoreApplication::translate("Dintero::Cancel::CancelRule",
                "The transaction's state could not be read: Dintero decides whether the session can still be "
                "cancelled. If it can, any reservation on the customer's card is released.")
                + u' ' + noUndo };
    }

    const QString state = transaction->status == TransactionStatus::Other
        ? transaction->statusText
        : Core::transactionStatusText(transaction->status);
    if (const QString reason = transactionRefusal(*transaction); !reason.isEmpty())
        return notAllowed(state, reason);
    switch (transaction->status) {
    case TransactionStatus::Initiated:
        return { Verdict::Allowed, state, {},
            QCoreApplication::translate("Dintero::Cancel::CancelRule",
                "The payment the customer started is stopped; nothing is taken from the customer.")
                + u' ' + noUndo };
    case TransactionStatus::Authorized:
        return { Verdict::Allowed, state, {},
            (amount.isEmpty() ? QCoreApplication::translate(
                 "Dintero::Cancel::CancelRule", "The reservation on the customer's card is released.")
                              : QCoreApplication::translate("Dintero::Cancel::CancelRule",
                                  "The reservation of %1 on the customer's card is released.")
                                    .arg(amount))
                + u' ' + noUndo };
    default:
        break;
    }
    return { Verdict::ServerDecides, sessionState, {},
        QCoreApplication::translate("Dintero::Cancel::CancelRule",
            "The transaction's state is unknown: Dintero decides whether the session can still be cancelled.")
            + u' ' + noUndo };
}

QString transactionRefusal(const Core::Transaction &transaction)
{
    switch (transaction.status) {
    case TransactionStatus::AuthorizationVoided:
        return QCoreApplication::translate(
            "Dintero::Cancel::CancelRule", "Voided: the reservation was already released; nothing is left to cancel.");
    case TransactionStatus::Captured:
    case TransactionStatus::PartiallyCaptured:
        return QCoreApplication::translate(
            "Dintero::Cancel::CancelRule", "Captured: the money is taken; refund it instead.");
    case TransactionStatus::PartiallyCapturedRefunded:
    case TransactionStatus::Refunded:
    case TransactionStatus::PartiallyRefunded:
        return QCoreApplication::translate("Dintero::Cancel::CancelRule",
            "Refunded: the payment was captured and refunded; a cancel no longer applies.");
    case TransactionStatus::Declined:
    case TransactionStatus::Failed:
        return QCoreApplication::translate(
            "Dintero::Cancel::CancelRule", "Failed: the payment did not go through; nothing is reserved to release.");
    case TransactionStatus::OnHold:
        return QCoreApplication::translate("Dintero::Cancel::CancelRule",
            "On hold: the payment is under review by the provider; wait for its outcome.");
    case TransactionStatus::Other:
        return QCoreApplication::translate(
            "Dintero::Cancel::CancelRule", "The transaction is %1, a state in which Dintero does not allow a cancel.")
            .arg(transaction.statusText);
    case TransactionStatus::Initiated:
    case TransactionStatus::Authorized:
    case TransactionStatus::Unknown:
        break;
    }
    return {};
}

} // namespace Dintero::Cancel
