#pragma once

#include "paymentlink/paymentlinkform.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QUrl>

namespace Dintero::PaymentLink {

// What the agent sends the customer with the link: a subject and a short text in the
// customer's language, holding the link and when it expires.
struct CustomerMessage
{
    QString subject;
    QString body; // lines separated by "\n"

    // The texts are in the customer's language, not the console's: they are not
    // translated with the interface but chosen here (English, Norwegian, Swedish, Danish).
    static CustomerMessage compose(
        Language language, const QUrl &link, const QDateTime &expiresAt, const QString &merchantReference);
};

QLocale localeFor(Language language);
// "3. desember 2026 14:05" in the language's own words (local time).
QString formatExpiry(Language language, const QDateTime &expiresAt);

// mailto:<address>?subject=…&body=… as RFC 6068 wants it: UTF-8, every byte that is not
// unreserved percent-encoded (spaces as %20, never "+"), line breaks as %0D%0A.
QByteArray mailtoUri(const QString &address, const CustomerMessage &message);
// sms:<number>?body=… (RFC 5724), encoded the same way.
QByteArray smsUri(const QString &phone, const CustomerMessage &message);

} // namespace Dintero::PaymentLink
