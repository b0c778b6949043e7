#include "models/sessionsummary.h"

#include "core/money.h"

namespace Dintero::Models {

namespace {

QString amountOf(
    const Core::Session &session, const std::optional<Core::Transaction> &transaction, const QLocale &locale)
{
    if (transaction && !transaction->amount.currency.isEmpty())
        return Core::formatMoney(transaction->amount, locale);
    return session.hasAmount() ? Core::formatMoney(session.amount(), locale) : QString();
}

} // namespace

SessionSummary SessionSummary::of(const Core::Session &session, const std::optional<Core::Transaction> &transaction,
    const QDateTime &now, const QLocale &locale)
{
    SessionSummary summary;
    summary.status = session.status(now);
    summary.statusText = Core::statusText(summary.status);
    // A cancelled session stays cancelled whatever the transaction did before.
    if (summary.status != Core::SessionStatus::Cancelled && transaction)
        summary.sentence = transactionSentence(session, *transaction, locale);
    if (summary.sentence.isEmpty())
        summary.sentence = sessionSentence(session, summary.status, locale);
    return summary;
}

QString SessionSummary::transactionSentence(
    const Core::Session &session, const Core::Transaction &transaction, const QLocale &locale)
{
    const QString amount = amountOf(session, transaction, locale);
    if (session.isPaymentTokenSession()
        && (transaction.status == Core::TransactionStatus::Authorized
            || transaction.status == Core::TransactionStatus::AuthorizationVoided)) {
        if (transaction.card && !transaction.card->maskedPan.isEmpty()) {
            const QString card
                = QString(transaction.card->brand + QLatin1Char(' ') + transaction.card->maskedPan).trimmed();
            return tr("Card saved: %1 can be charged later without the customer.").arg(card);
        }
        return tr("Card saved: the customer's card can be charged later without the customer.");
    }
    switch (transaction.status) {
    case Core::TransactionStatus::Initiated:
        return tr("Payment started: the customer is paying now; cancelling stops the payment.");
    case Core::TransactionStatus::Authorized:
        return tr("Authorized: %1 is reserved on the customer's card; cancelling releases it.").arg(amount);
    case Core::TransactionStatus::AuthorizationVoided:
        return tr("Voided: the reservation was released; the customer was not charged.");
    case Core::TransactionStatus::Captured:
        return tr("Captured: the money is taken; refund it instead.");
    case Core::TransactionStatus::PartiallyCaptured:
        return tr("Partly captured: part of the money is taken; refund it instead.");
    case Core::TransactionStatus::Refunded:
        return tr("Refunded: the money has been returned to the customer.");
    case Core::TransactionStatus::PartiallyRefunded:
    case Core::TransactionStatus::PartiallyCapturedRefunded:
        return tr("Partly refunded: part of the money has been returned to the customer.");
    case Core::TransactionStatus::Declined:
        return tr("Declined: the customer's bank refused the payment; the customer was not charged.");
    case Core::TransactionStatus::Failed:
        return tr("Failed: the payment did not go through; the customer was not charged.");
    case Core::TransactionStatus::OnHold:
        return tr("On hold: the payment provider is reviewing the payment; it will be authorized or fail.");
    case Core::TransactionStatus::Unknown:
    case Core::TransactionStatus::Other:
        break;
    }
    return {};
}

QString SessionSummary::sessionSentence(const Core::Session &session, Core::SessionStatus status, const QLocale &locale)
{
    switch (status) {
    case Core::SessionStatus::Cancelled: {
        const QDateTime at = session.cancelledAt();
        const QString when = at.isValid() ? locale.toString(at.toLocalTime().date(), tr("d MMM yyyy")) : QString();
        const QString by = session.cancelledBy();
        if (!when.isEmpty() && !by.isEmpty())
            return tr("Cancelled on %1 by %2: the customer can no longer pay.").arg(when, by);
        if (!when.isEmpty())
            return tr("Cancelled on %1: the customer can no longer pay.").arg(when);
        return tr("Cancelled: the customer can no longer pay.");
    }
    case Core::SessionStatus::OnHold:
        return tr("On hold: the payment provider is reviewing the payment; it will be authorized or fail.");
    case Core::SessionStatus::Authorized: {
        if (session.isPaymentTokenSession())
            return tr("Card saved: the customer's card can be charged later without the customer.");
        const QString amount = amountOf(session, std::nullopt, locale);
        if (amount.isEmpty())
            return tr("Authorized: the customer has paid or the amount is reserved.");
        return tr("Authorized: %1 is paid or reserved on the customer's card; the transaction tells which.")
            .arg(amount);
    }
    case Core::SessionStatus::Failed:
        return tr("Failed: the payment did not go through; the customer was not charged.");
    case Core::SessionStatus::Expired:
        return tr("Expired: the customer can no longer pay.");
    case Core::SessionStatus::InProgress:
        return tr("In progress: the customer has opened the payment page but has not paid yet.");
    case Core::SessionStatus::Open:
        return tr("Open: the customer has not opened the payment page yet.");
    }
    return {};
}

} // namespace Dintero::Models
