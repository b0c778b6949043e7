#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Dintero::Api {

// The typed form of a POST /v1/sessions/payment-token body (§4.7 of the reference):
// a session that only collects card details and stores a payment token, no amount.
// Empty optional fields are left out of the JSON.
struct PaymentTokenRequest
{
    QString currency; // required, ISO-4217
    QString merchantReference; // required
    QString merchantReference2;
    QUrl returnUrl; // required
    QUrl callbackUrl;
    QString customerId;
    QString customerEmail;
    QString customerPhone; // E.123, "+47..."
    QString storeId; // session.order.store.id
    QString profileId;
    QDateTime expiresAt;
    QString paymentProductType = QStringLiteral("dintero_psp.creditcard");
    QStringList tokenTypes = { QStringLiteral("payment_token") };
    // session.metadata: the merchant's own keys, which must start with "ext_" (§4.7, §5.1).
    QJsonObject metadata;

    // A translated reason the request cannot be sent (a required field missing), or nullopt.
    std::optional<QString> validationError() const;
    // {"session": {...}, "token_provider": {...}}
    QJsonObject toJson() const;

    // Last: the macro ends with "private:".
    Q_DECLARE_TR_FUNCTIONS(Dintero::Api::PaymentTokenRequest)
};

} // namespace Dintero::Api
