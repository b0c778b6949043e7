#include "cancelrule.h"

#include "core/money.h"
#include "core/sessionstatus.h"

#include <QCoreApplication>

namespace Dintero::Cancel {
namespace {

using Core::TransactionStatus;
using Verdict = CancelAssessment::Verdict;

QString tr(const char *text)
{
    return QCoreApplication::translate("Dintero::Cancel::CancelRule", text);
}

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
            at.isValid() ? tr("Already cancelled on %1.").arg(locale.toString(at.toLocalTime(), QLocale::ShortFormat))
                         : tr("Already cancelled."));
    }

    const QString amount = amountText(amountOf(session, transaction), locale);
    const QString noUndo = tr("This cannot be undone.");

    if (session.transactionId().isEmpty()) {
        if (session.status(now) == Core::SessionStatus::Expired)
            return { Verdict::Allowed, sessionState, {},
                tr("The expired session is closed for good; nothing was paid.") + u' ' + noUndo };
        return { Verdict::Allowed, sessionState, {},
            tr("The payment link stops working: the customer can no longer pay with it. Nothing was paid yet.") + u' '
                + noUndo };
    }

    if (!transaction || transactionUnknown) {
        return { Verdict::ServerDecides, sessionState, {},
            tr("The transaction's state could not be read: Dintero decides whether the session can still be "
               "cancelled. If it can, any reservation on the customer's card is released.")
                + u' ' + noUndo };
    }

    const QString state = Core::transactionStatusText(transaction->status);
    switch (transaction->status) {
    case TransactionStatus::Initiated:
        return { Verdict::Allowed, state, {},
            tr("The payment the customer started is stopped; nothing is taken from the customer.") + u' ' + noUndo };
    case TransactionStatus::Authorized:
        return { Verdict::Allowed, state, {},
            (amount.isEmpty() ? tr("The reservation on the customer's card is released.")
                              : tr("The reservation of %1 on the customer's card is released.").arg(amount))
                + u' ' + noUndo };
    case TransactionStatus::AuthorizationVoided:
        return notAllowed(state, tr("Voided: the reservation was already released; nothing is left to cancel."));
    case TransactionStatus::Captured:
    case TransactionStatus::PartiallyCaptured:
        return notAllowed(state, tr("Captured: the money is taken; refund it instead."));
    case TransactionStatus::PartiallyCapturedRefunded:
    case TransactionStatus::Refunded:
    case TransactionStatus::PartiallyRefunded:
        return notAllowed(state, tr("Refunded: the payment was captured and refunded; a cancel no longer applies."));
    case TransactionStatus::Declined:
    case TransactionStatus::Failed:
        return notAllowed(state, tr("Failed: the payment did not go through; nothing is reserved to release."));
    case TransactionStatus::OnHold:
        return notAllowed(state, tr("On hold: the payment is under review by the provider; wait for its outcome."));
    case TransactionStatus::Other:
        return notAllowed(transaction->statusText,
            tr("The transaction is %1, a state in which Dintero does not allow a cancel.")
                .arg(transaction->statusText));
    case TransactionStatus::Unknown:
        break;
    }
    return { Verdict::ServerDecides, sessionState, {},
        tr("The transaction's state is unknown: Dintero decides whether the session can still be cancelled.") + u' '
            + noUndo };
}

} // namespace Dintero::Cancel
