#include "paymentlink/customermessage.h"

namespace Dintero::PaymentLink {

namespace {

struct Wording
{
    const char *subject;
    const char *body; // %1 link, %2 expiry, %3 merchant reference
};

Wording wordingFor(Language language)
{
    switch (language) {
    case Language::Norwegian:
        return { "Lagre betalingskortet ditt",
            "Hei!\n\nBruk denne lenken for å lagre betalingskortet ditt (referanse %3):\n%1\n\n"
            "Lenken er gyldig til %2." };
    case Language::Swedish:
        return { "Spara ditt betalkort",
            "Hej!\n\nAnvänd den här länken för att spara ditt betalkort (referens %3):\n%1\n\n"
            "Länken gäller till %2." };
    case Language::Danish:
        return { "Gem dit betalingskort",
            "Hej!\n\nBrug dette link til at gemme dit betalingskort (reference %3):\n%1\n\n"
            "Linket er gyldigt til %2." };
    case Language::English:
        break;
    }
    return { "Save your payment card",
        "Hello,\n\nPlease use this link to save your payment card (reference %3):\n%1\n\n"
        "The link is valid until %2." };
}

// RFC 3986 unreserved characters stay; everything else, UTF-8 encoded, becomes %XX.
QByteArray encodeComponent(const QString &text, const QByteArray &keep = {})
{
    return QUrl::toPercentEncoding(text, keep);
}

QByteArray encodeText(const QString &text)
{
    QString crlf = text;
    crlf.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    crlf.replace(u'\n', QLatin1String("\r\n"));
    return encodeComponent(crlf);
}

} // namespace

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::Norwegian:
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    case Language::Swedish:
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    case Language::Danish:
        return QLocale(QLocale::Danish, QLocale::Denmark);
    case Language::English:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString formatExpiry(Language language, const QDateTime &expiresAt)
{
    const QLocale locale = localeFor(language);
    const QDateTime local = expiresAt.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + u' ' + local.time().toString(QStringLiteral("HH:mm"));
}

CustomerMessage CustomerMessage::compose(
    Language language, const QUrl &link, const QDateTime &expiresAt, const QString &merchantReference)
{
    const Wording wording = wordingFor(language);
    CustomerMessage message;
    message.subject = QString::fromUtf8(wording.subject);
    message.body = QString::fromUtf8(wording.body)
                       .arg(link.toString(QUrl::FullyEncoded), formatExpiry(language, expiresAt), merchantReference);
    return message;
}

QByteArray mailtoUri(const QString &address, const CustomerMessage &message)
{
    // The address's "@" is a delimiter that RFC 6068 lets stand.
    return "mailto:" + encodeComponent(address.trimmed(), "@") + "?subject=" + encodeText(message.subject)
        + "&body=" + encodeText(message.body);
}

QByteArray smsUri(const QString &phone, const CustomerMessage &message)
{
    return "sms:" + encodeComponent(phone.trimmed(), "+") + "?body=" + encodeText(message.body);
}

} // namespace Dintero::PaymentLink
