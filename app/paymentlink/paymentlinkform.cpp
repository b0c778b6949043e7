#include "paymentlink/paymentlinkform.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Dintero::PaymentLink {

const QList<TokenProvider> &tokenProviders()
{
    static const QList<TokenProvider> providers {
        { QStringLiteral("dintero_psp.creditcard"), { QStringLiteral("payment_token") } },
        { QStringLiteral("payex.creditcard"), { QStringLiteral("payment_token"), QStringLiteral("recurrence_token") } },
        { QStringLiteral("bambora.creditcard"), { QStringLiteral("payment_token") } },
    };
    return providers;
}

QStringList allowedTokenTypes(const QString &paymentProductType)
{
    for (const TokenProvider &provider : tokenProviders()) {
        if (provider.paymentProductType == paymentProductType)
            return provider.tokenTypes;
    }
    return {};
}

QString PaymentLinkForm::emailProblem(const QString &email)
{
    const QString text = email.trimmed();
    if (text.isEmpty())
        return {};
    if (text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("An e-mail address has no spaces.");
    const qsizetype at = text.indexOf(u'@');
    if (at < 0)
        return tr("An e-mail address needs an @, e.g. kari@example.no.");
    if (at == 0)
        return tr("Enter the part before the @, e.g. kari@example.no.");
    if (text.indexOf(u'@', at + 1) >= 0)
        return tr("An e-mail address has only one @.");
    const QString domain = text.mid(at + 1);
    if (domain.isEmpty() || !domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.')
        || domain.contains(QLatin1String("..")))
        return tr("Enter a domain after the @, e.g. example.no.");
    return {};
}

QString PaymentLinkForm::phoneProblem(const QString &phone)
{
    const QString text = phone.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.startsWith(u'+'))
        return tr("Start with + and the country code, e.g. +4791234567.");
    const QString digits = text.mid(1);
    for (const QChar c : digits) {
        if (c == u' ')
            return tr("Leave out spaces: +4791234567.");
        if (!c.isDigit() || c.unicode() > 127)
            return tr("Only digits after the +, e.g. +4791234567.");
    }
    if (digits.isEmpty())
        return tr("Enter the country code and number after the +.");
    if (digits.startsWith(u'0'))
        return tr("A country code never starts with 0.");
    if (digits.size() < 5)
        return tr("Too short for a phone number with country code.");
    if (digits.size() > 15)
        return tr("At most 15 digits (E.164); this has %1.").arg(digits.size());
    return {};
}

QString PaymentLinkForm::currencyProblem(const QString &currency)
{
    static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
    const QString text = currency.trimmed();
    if (text.isEmpty())
        return tr("Enter the currency, e.g. NOK.");
    if (!iso4217.match(text.toUpper()).hasMatch())
        return tr("A currency is a three-letter ISO 4217 code, e.g. NOK, SEK, EUR.");
    return {};
}

QString PaymentLinkForm::merchantReferenceProblem(const QString &reference)
{
    if (reference.trimmed().isEmpty())
        return tr("Enter a merchant reference (your order or case number).");
    return {};
}

QString PaymentLinkForm::returnUrlProblem(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return tr("Enter the page the customer returns to, e.g. https://shop.example/thanks.");
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid())
        return tr("This is not a valid URL.");
    if (scheme.isEmpty() || parsed.isRelative())
        return tr("Enter a full URL starting with https://.");
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The return URL must start with https:// or http://.");
    if (parsed.host().isEmpty())
        return tr("The URL needs a host name, e.g. https://shop.example/thanks.");
    return {};
}

QString PaymentLinkForm::expiryProblem(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return tr("Choose when the link expires.");
    if (expiresAt <= now)
        return tr("The expiry is in the past; choose a later date and time.");
    return {};
}

QDateTime PaymentLinkForm::expiresAt(const QDateTime &now) const
{
    switch (expiry) {
    case ExpiryChoice::OneHour:
        return now.addSecs(3600);
    case ExpiryChoice::OneDay:
        return now.addDays(1);
    case ExpiryChoice::SevenDays:
        return now.addDays(7);
    case ExpiryChoice::ThirtyDays:
        return now.addDays(30);
    case ExpiryChoice::Custom:
        return customExpiry;
    }
    return {};
}

QMap<Field, QString> PaymentLinkForm::problems(const QDateTime &now) const
{
    QMap<Field, QString> found;
    const auto add = [&found](Field field, const QString &problem) {
        if (!problem.isEmpty())
            found.insert(field, problem);
    };
    add(Field::CustomerEmail, emailProblem(customerEmail));
    add(Field::CustomerPhone, phoneProblem(customerPhone));
    if (customerEmail.trimmed().isEmpty() && customerPhone.trimmed().isEmpty()) {
        const QString reason = tr("Enter the customer's e-mail or phone, so that the link can reach them.");
        found.insert(Field::CustomerEmail, reason);
        found.insert(Field::CustomerPhone, reason);
    }
    add(Field::Currency, currencyProblem(currency));
    add(Field::MerchantReference, merchantReferenceProblem(merchantReference));
    add(Field::ReturnUrl, returnUrlProblem(returnUrl));
    add(Field::Expiry, expiryProblem(expiresAt(now), now));
    const QStringList allowed = allowedTokenTypes(paymentProductType);
    if (allowed.isEmpty())
        found.insert(Field::TokenProvider, tr("Choose a token provider."));
    else if (tokenTypes.isEmpty())
        found.insert(Field::TokenTypes, tr("Choose at least one token type."));
    else
        for (const QString &type : tokenTypes) {
            if (!allowed.contains(type)) {
                found.insert(Field::TokenTypes, tr("%1 does not issue a %2.").arg(paymentProductType, type));
                break;
            }
        }
    return found;
}

Api::PaymentTokenRequest PaymentLinkForm::toRequest(const QDateTime &now) const
{
    Api::PaymentTokenRequest request;
    request.currency = currency.trimmed().toUpper();
    request.merchantReference = merchantReference.trimmed();
    request.merchantReference2 = merchantReference2.trimmed();
    request.returnUrl = QUrl(returnUrl.trimmed());
    request.customerId = customerId.trimmed();
    request.customerEmail = customerEmail.trimmed();
    request.customerPhone = customerPhone.trimmed();
    request.storeId = storeId.trimmed();
    request.expiresAt = expiresAt(now).toUTC();
    request.paymentProductType = paymentProductType;
    request.tokenTypes = tokenTypes;
    if (!internalNote.trimmed().isEmpty())
        request.metadata.insert(QLatin1String(InternalNoteMetadataKey), internalNote.trimmed());
    return request;
}

QString suggestMerchantReference(const QDateTime &now, quint32 random)
{
    // Crockford's base 32: no I, L, O or U, so that it reads back over the phone.
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString suffix;
    for (int i = 0; i < 4; ++i) {
        suffix.append(QLatin1Char(alphabet[random % 32]));
        random /= 32;
    }
    return QStringLiteral("LINK-") + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-' + suffix;
}

QString preselectedCurrency(const QStringList &currencies)
{
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const QString &currency : currencies) {
        const QString code = currency.trimmed().toUpper();
        if (!PaymentLinkForm::currencyProblem(code).isEmpty())
            continue;
        const int count = ++counts[code];
        if (count > bestCount) {
            best = code;
            bestCount = count;
        }
    }
    return best.isEmpty() ? QStringLiteral("NOK") : best;
}

std::optional<Field> fieldForServerName(const QString &serverField)
{
    static const QHash<QString, Field> fields {
        { QStringLiteral("session.customer.email"), Field::CustomerEmail },
        { QStringLiteral("session.customer.phone_number"), Field::CustomerPhone },
        { QStringLiteral("session.customer.customer_id"), Field::CustomerId },
        { QStringLiteral("session.customer"), Field::CustomerEmail },
        { QStringLiteral("session.order.currency"), Field::Currency },
        { QStringLiteral("session.order.merchant_reference"), Field::MerchantReference },
        { QStringLiteral("session.order.merchant_reference_2"), Field::MerchantReference2 },
        { QStringLiteral("session.order.store"), Field::Store },
        { QStringLiteral("session.order.store.id"), Field::Store },
        { QStringLiteral("session.url.return_url"), Field::ReturnUrl },
        { QStringLiteral("session.url"), Field::ReturnUrl },
        { QStringLiteral("session.expires_at"), Field::Expiry },
        { QStringLiteral("token_provider.payment_product_type"), Field::TokenProvider },
        { QStringLiteral("token_provider.token_types"), Field::TokenTypes },
        { QStringLiteral("session.metadata"), Field::InternalNote },
    };
    QString name = serverField.trimmed();
    // The JSON-pointer spelling some validators use: "/session/order/currency".
    if (name.startsWith(u'/'))
        name = name.mid(1).replace(u'/', u'.');
    if (const auto it = fields.constFind(name); it != fields.cend())
        return *it;
    if (name.startsWith(QLatin1String("session.metadata.")))
        return Field::InternalNote;
    return std::nullopt;
}

QMap<Field, QString> serverFieldProblems(const Api::ApiError &error)
{
    QMap<Field, QString> found;
    for (const Api::ApiError::FieldError &fieldError : error.fieldErrors()) {
        const std::optional<Field> field = fieldForServerName(fieldError.field);
        if (!field || found.contains(*field))
            continue;
        QString message = fieldError.message.trimmed();
        // Some bodies repeat the field's path before the reason; the form shows the place.
        if (message.startsWith(fieldError.field + u' '))
            message = message.mid(fieldError.field.size() + 1);
        found.insert(*field,
            message.isEmpty() ? PaymentLinkForm::tr("Dintero did not accept this field.")
                              : PaymentLinkForm::tr("Dintero: %1").arg(message));
    }
    return found;
}

Journal::JournalEntry creationJournalEntry(
    const QString &merchantReference, const QString &sessionId, const Api::ApiError &error)
{
    Journal::JournalEntry entry;
    entry.operation = Journal::Operation::CreatePaymentTokenSession;
    entry.sessionId = sessionId;
    entry.merchantReference = merchantReference;
    entry.httpStatus = error.isError() ? error.httpStatus() : 200;
    if (!error.isError()) {
        entry.result = Journal::Outcome::Done;
        return entry;
    }
    switch (error.kind()) {
    case Api::ApiError::Kind::OutcomeUnknown:
        entry.result = Journal::Outcome::Unknown;
        break;
    case Api::ApiError::Kind::BadRequest:
    case Api::ApiError::Kind::Unauthorized:
    case Api::ApiError::Kind::Forbidden:
    case Api::ApiError::Kind::NotFound:
    case Api::ApiError::Kind::RateLimited:
    case Api::ApiError::Kind::Http:
        entry.result = error.httpStatus() > 0 ? Journal::Outcome::Refused : Journal::Outcome::Failed;
        break;
    default:
        entry.result = Journal::Outcome::Failed;
        break;
    }
    entry.error = error.message();
    return entry;
}

} // namespace Dintero::PaymentLink
