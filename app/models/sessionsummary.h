#pragma once

#include "core/session.h"
#include "core/sessionstatus.h"
#include "core/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace Dintero::Models {

// What the header of the details window says: the derived status and one sentence of
// what it means for the customer and the merchant. The transaction's own status, when
// it was read, is more exact than the session's events and wins.
struct SessionSummary
{
    Q_DECLARE_TR_FUNCTIONS(Dintero::Models::SessionSummary)

public:
    Core::SessionStatus status = Core::SessionStatus::Open; // Session::status(now)
    QString statusText; // the derived status in words
    QString sentence; // "Authorized: NOK 298.00 is reserved on the customer's card; cancelling releases it."

    static SessionSummary of(const Core::Session &session, const std::optional<Core::Transaction> &transaction,
        const QDateTime &now, const QLocale &locale = QLocale());

private:
    static QString transactionSentence(
        const Core::Session &session, const Core::Transaction &transaction, const QLocale &locale);
    static QString sessionSentence(const Core::Session &session, Core::SessionStatus status, const QLocale &locale);
};

} // namespace Dintero::Models
