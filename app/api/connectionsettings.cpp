#include "api/connectionsettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Dintero::Api {

QUrl ConnectionSettings::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://checkout.dintero.com/v1"));
}

bool ConnectionSettings::isValidAccountId(const QString &accountId)
{
    static const QRegularExpression pattern(QStringLiteral("^[PT]\\d{8}$"));
    // \d would also take other scripts' digits; Dintero's ids are ASCII.
    for (const QChar c : accountId) {
        if (c.unicode() > 127)
            return false;
    }
    return pattern.match(accountId).hasMatch();
}

bool ConnectionSettings::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.compare(QLatin1String("localhost."), Qt::CaseInsensitive) == 0) {
        return true;
    }
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    if (!address.setAddress(bare))
        return false;
    // QHostAddress::isLoopback() covers 127.0.0.0/8, ::1 and ::ffff:127.x.
    return address.isLoopback();
}

QString ConnectionSettings::environmentName() const
{
    if (accountId.startsWith(u'T'))
        return QCoreApplication::translate("Dintero::Api::ConnectionSettings", "Test");
    if (accountId.startsWith(u'P'))
        return QCoreApplication::translate("Dintero::Api::ConnectionSettings", "Production");
    return {};
}

bool ConnectionSettings::isProduction() const
{
    return accountId.startsWith(u'P');
}

std::optional<QString> ConnectionSettings::validationError() const
{
    if (!isValidAccountId(accountId))
        return tr("The account id must be T or P followed by 8 digits, e.g. T12345678.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The API address is not a valid URL.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https")) {
        if (scheme != QLatin1String("http") || !isLoopbackHost(baseUrl.host()))
            return tr("The API address must use https (plain http is only allowed for this computer).");
    }
    if (!baseUrl.userInfo().isEmpty())
        return tr("The API address must not contain a user name or password.");
    switch (credentialKind) {
    case CredentialKind::ClientCredentials:
        if (clientId.trimmed().isEmpty())
            return tr("Enter the client id.");
        if (clientSecret.isEmpty())
            return tr("Enter the client secret.");
        break;
    case CredentialKind::ApiKey:
        if (apiKey.trimmed().isEmpty())
            return tr("Enter the API key.");
        break;
    case CredentialKind::BearerToken:
        if (bearerToken.trimmed().isEmpty())
            return tr("Paste an access token.");
        break;
    }
    return std::nullopt;
}

} // namespace Dintero::Api
