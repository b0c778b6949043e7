#include "api/paymenttokenrequest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Dintero::Api {

std::optional<QString> PaymentTokenRequest::validationError() const
{
    if (currency.trimmed().size() != 3)
        return tr("Enter a three-letter currency code, e.g. NOK.");
    if (merchantReference.trimmed().isEmpty())
        return tr("Enter a merchant reference.");
    if (!returnUrl.isValid() || returnUrl.scheme().isEmpty() || returnUrl.host().isEmpty())
        return tr("Enter a valid return URL.");
    if (paymentProductType.trimmed().isEmpty())
        return tr("Choose a payment product type.");
    if (tokenTypes.isEmpty())
        return tr("Choose at least one token type.");
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("ext_")))
            return tr("Metadata keys must start with ext_ (%1 does not).").arg(it.key());
        if (!it->isString() && !it->isDouble())
            return tr("Metadata values must be text or numbers (%1 is not).").arg(it.key());
    }
    return std::nullopt;
}

QJsonObject PaymentTokenRequest::toJson() const
{
    const auto insertIfSet = [](QJsonObject &object, const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            object.insert(QLatin1String(key), value.trimmed());
    };

    QJsonObject order;
    insertIfSet(order, "currency", currency.toUpper());
    insertIfSet(order, "merchant_reference", merchantReference);
    insertIfSet(order, "merchant_reference_2", merchantReference2);
    if (!storeId.trimmed().isEmpty())
        order.insert(QLatin1String("store"), QJsonObject { { QLatin1String("id"), storeId.trimmed() } });

    QJsonObject url;
    url.insert(QLatin1String("return_url"), returnUrl.toString(QUrl::FullyEncoded));
    if (callbackUrl.isValid() && !callbackUrl.isEmpty())
        url.insert(QLatin1String("callback_url"), callbackUrl.toString(QUrl::FullyEncoded));

    QJsonObject session;
    session.insert(QLatin1String("order"), order);
    session.insert(QLatin1String("url"), url);

    QJsonObject customer;
    insertIfSet(customer, "customer_id", customerId);
    insertIfSet(customer, "email", customerEmail);
    insertIfSet(customer, "phone_number", customerPhone);
    if (!customer.isEmpty())
        session.insert(QLatin1String("customer"), customer);
    insertIfSet(session, "profile_id", profileId);
    if (expiresAt.isValid())
        session.insert(QLatin1String("expires_at"), expiresAt.toUTC().toString(Qt::ISODateWithMs));
    if (!metadata.isEmpty())
        session.insert(QLatin1String("metadata"), metadata);

    QJsonObject provider;
    provider.insert(QLatin1String("payment_product_type"), paymentProductType.trimmed());
    provider.insert(QLatin1String("token_types"), QJsonArray::fromStringList(tokenTypes));

    return QJsonObject { { QLatin1String("session"), session }, { QLatin1String("token_provider"), provider } };
}

} // namespace Dintero::Api
