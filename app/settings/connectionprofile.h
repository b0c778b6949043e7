#pragma once

#include "api/connectionsettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace Dintero::Settings {

// One account the console can connect to: where, as whom, and how it looks. Holds no
// secret: the secret of a profile lives in the keychain under the profile's id
// (Api::CredentialStore::keyForProfile), so two profiles of one account keep theirs apart.
struct ConnectionProfile
{
    enum class Environment {
        EmbeddedSandbox, // the Checkout sandbox run in-process (the demo)
        Dintero, // ConnectionSettings::defaultBaseUrl()
        Custom, // customBaseUrl
    };

    QUuid id;
    QString name;
    Environment environment = Environment::Dintero;
    QUrl customBaseUrl;
    QString accountId;
    Api::ConnectionSettings::CredentialKind credentialKind = Api::ConnectionSettings::CredentialKind::ClientCredentials;
    QString clientId;
    QString colour; // "#rrggbb"; empty: none chosen
    // A write was refused with 403 for this credential: writes are not offered any more.
    bool writeRefused = false;

    // A new profile with a fresh id.
    static ConnectionProfile create(const QString &name);
    // The demo: the embedded sandbox's account with its full-access API client.
    static ConnectionProfile demo();

    bool isProduction() const; // a P account
    // "TEST" or "PRODUCTION" (from the account id's prefix, never chosen); empty for an
    // account id that is not valid yet.
    QString environmentLabel() const;
    // "Embedded sandbox", "Dintero" or the custom URL, for lists.
    QString environmentName() const;
    // The base URL for the profile; the embedded sandbox's is only known at run time.
    QUrl baseUrl(const QUrl &sandboxBaseUrl = {}) const;

    // A translated reason the profile cannot be saved, or nullopt: a name, an account id
    // T/P + 8 digits, a usable custom URL, a client id for client credentials.
    std::optional<QString> validationError() const;

    // The connection to build a client from, with `secret` in the kind's field.
    Api::ConnectionSettings connectionSettings(const QString &secret, const QUrl &sandboxBaseUrl = {}) const;

    QJsonObject toJson() const;
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &object);

    static QString environmentKey(Environment environment);

    bool operator==(const ConnectionProfile &other) const = default;

    // Last: the macro ends with "private:".
    Q_DECLARE_TR_FUNCTIONS(Dintero::Settings::ConnectionProfile)
};

// Names the secret field of a credential kind fills.
QString secretOf(const Api::ConnectionSettings &connection);
void setSecret(Api::ConnectionSettings &connection, const QString &secret);

} // namespace Dintero::Settings
