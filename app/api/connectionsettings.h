#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Dintero::Api {

// Where and as whom the console talks to Dintero. A plain value; the secrets in it
// come from CredentialStore and are never written to QSettings or logs (there is
// deliberately no QDebug operator).
struct ConnectionSettings
{
    enum class CredentialKind {
        ClientCredentials, // client id + secret, exchanged for a cached JWT
        ApiKey, // sent as x-api-key
        BearerToken, // a pasted access token, sent as is
    };

    static QUrl defaultBaseUrl(); // https://checkout.dintero.com/v1

    QUrl baseUrl = defaultBaseUrl();
    QString accountId; // T12345678 / P12345678
    CredentialKind credentialKind = CredentialKind::ClientCredentials;
    QString clientId;
    QString clientSecret;
    QString apiKey;
    QString bearerToken;

    // "Test" for T accounts, "Production" for P accounts (translated); empty otherwise.
    QString environmentName() const;
    bool isProduction() const;

    // A translated reason the settings cannot be used, or nullopt when they can:
    // account id pattern ^[PT]\d{8}$, https (plain http only for 127.0.0.0/8, ::1 and
    // localhost), and the credential fields the chosen kind needs.
    std::optional<QString> validationError() const;

    static bool isValidAccountId(const QString &accountId);
    static bool isLoopbackHost(const QString &host);

    // Last: the macro ends with "private:".
    Q_DECLARE_TR_FUNCTIONS(Dintero::Api::ConnectionSettings)
};

} // namespace Dintero::Api
