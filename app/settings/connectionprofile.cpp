#include "settings/connectionprofile.h"

#include <QJsonValue>

namespace Dintero::Settings {
namespace {

using Kind = Api::ConnectionSettings::CredentialKind;
using Environment = ConnectionProfile::Environment;

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::ClientCredentials:
        return QStringLiteral("client_credentials");
    case Kind::ApiKey:
        return QStringLiteral("api_key");
    case Kind::BearerToken:
        return QStringLiteral("bearer_token");
    }
    return {};
}

std::optional<Kind> kindFromKey(const QString &key)
{
    for (const Kind kind : { Kind::ClientCredentials, Kind::ApiKey, Kind::BearerToken }) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<Environment> environmentFromKey(const QString &key)
{
    for (const Environment environment : { Environment::EmbeddedSandbox, Environment::Dintero, Environment::Custom }) {
        if (ConnectionProfile::environmentKey(environment) == key)
            return environment;
    }
    return std::nullopt;
}

} // namespace

QString secretOf(const Api::ConnectionSettings &connection)
{
    switch (connection.credentialKind) {
    case Kind::ClientCredentials:
        return connection.clientSecret;
    case Kind::ApiKey:
        return connection.apiKey;
    case Kind::BearerToken:
        return connection.bearerToken;
    }
    return {};
}

void setSecret(Api::ConnectionSettings &connection, const QString &secret)
{
    switch (connection.credentialKind) {
    case Kind::ClientCredentials:
        connection.clientSecret = secret;
        break;
    case Kind::ApiKey:
        connection.apiKey = secret;
        break;
    case Kind::BearerToken:
        connection.bearerToken = secret;
        break;
    }
}

ConnectionProfile ConnectionProfile::create(const QString &name)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    return profile;
}

ConnectionProfile ConnectionProfile::demo()
{
    ConnectionProfile profile = create(tr("Demo sandbox"));
    profile.environment = Environment::EmbeddedSandbox;
    profile.accountId = QStringLiteral("T12345678");
    profile.credentialKind = Kind::ClientCredentials;
    profile.clientId = QStringLiteral("demo");
    profile.colour = QStringLiteral("#2e7d32");
    return profile;
}

QString ConnectionProfile::environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::EmbeddedSandbox:
        return QStringLiteral("embedded_sandbox");
    case Environment::Dintero:
        return QStringLiteral("dintero");
    case Environment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

bool ConnectionProfile::isProduction() const
{
    return Api::ConnectionSettings::isValidAccountId(accountId.trimmed()) && accountId.trimmed().startsWith(u'P');
}

QString ConnectionProfile::environmentLabel() const
{
    if (!Api::ConnectionSettings::isValidAccountId(accountId.trimmed()))
        return {};
    return isProduction() ? tr("PRODUCTION") : tr("TEST");
}

QString ConnectionProfile::environmentName() const
{
    switch (environment) {
    case Environment::EmbeddedSandbox:
        return tr("Embedded sandbox");
    case Environment::Dintero:
        return tr("Dintero");
    case Environment::Custom:
        return customBaseUrl.toString();
    }
    return {};
}

QUrl ConnectionProfile::baseUrl(const QUrl &sandboxBaseUrl) const
{
    switch (environment) {
    case Environment::EmbeddedSandbox:
        return sandboxBaseUrl;
    case Environment::Dintero:
        return Api::ConnectionSettings::defaultBaseUrl();
    case Environment::Custom:
        return customBaseUrl;
    }
    return {};
}

std::optional<QString> ConnectionProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (!Api::ConnectionSettings::isValidAccountId(accountId.trimmed()))
        return tr("The account id is T (test) or P (production) followed by 8 digits, e.g. T12345678.");
    if (environment == Environment::EmbeddedSandbox && isProduction())
        return tr("The embedded sandbox has test accounts only: use a T account id.");
    if (environment == Environment::Custom) {
        if (!customBaseUrl.isValid() || customBaseUrl.host().isEmpty())
            return tr("Enter the base URL, e.g. https://checkout.dintero.com/v1.");
        if (customBaseUrl.scheme() != QLatin1String("https")
            && !(customBaseUrl.scheme() == QLatin1String("http")
                && Api::ConnectionSettings::isLoopbackHost(customBaseUrl.host())))
            return tr("The base URL must use https (plain http only for this computer: 127.0.0.1 or localhost).");
    }
    if (credentialKind == Kind::ClientCredentials && clientId.trimmed().isEmpty())
        return tr("Enter the client id of the API client.");
    return std::nullopt;
}

Api::ConnectionSettings ConnectionProfile::connectionSettings(const QString &secret, const QUrl &sandboxBaseUrl) const
{
    Api::ConnectionSettings settings;
    settings.baseUrl = baseUrl(sandboxBaseUrl);
    settings.accountId = accountId.trimmed();
    settings.credentialKind = credentialKind;
    settings.clientId = credentialKind == Kind::ClientCredentials ? clientId.trimmed() : QString();
    setSecret(settings, secret);
    return settings;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject object {
        { QStringLiteral("id"), id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("name"), name },
        { QStringLiteral("environment"), environmentKey(environment) },
        { QStringLiteral("account_id"), accountId },
        { QStringLiteral("credential_kind"), kindKey(credentialKind) },
    };
    if (environment == Environment::Custom)
        object.insert(QStringLiteral("base_url"), customBaseUrl.toString());
    if (credentialKind == Kind::ClientCredentials)
        object.insert(QStringLiteral("client_id"), clientId);
    if (!colour.isEmpty())
        object.insert(QStringLiteral("colour"), colour);
    if (writeRefused)
        object.insert(QStringLiteral("write_refused"), true);
    return object;
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &object)
{
    ConnectionProfile profile;
    profile.id = QUuid::fromString(object.value(QLatin1String("id")).toString());
    const std::optional<Environment> environment
        = environmentFromKey(object.value(QLatin1String("environment")).toString());
    const std::optional<Kind> kind = kindFromKey(object.value(QLatin1String("credential_kind")).toString());
    if (profile.id.isNull() || !environment || !kind)
        return std::nullopt;
    profile.name = object.value(QLatin1String("name")).toString();
    profile.environment = *environment;
    profile.customBaseUrl = QUrl(object.value(QLatin1String("base_url")).toString(), QUrl::StrictMode);
    profile.accountId = object.value(QLatin1String("account_id")).toString();
    profile.credentialKind = *kind;
    profile.clientId = object.value(QLatin1String("client_id")).toString();
    profile.colour = object.value(QLatin1String("colour")).toString();
    profile.writeRefused = object.value(QLatin1String("write_refused")).toBool();
    return profile;
}

} // namespace Dintero::Settings
