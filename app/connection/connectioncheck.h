#pragma once

#include "api/connectionsettings.h"
#include "connection/writeaccess.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace Dintero::Api {
class ApiError;
class SessionClient;
} // namespace Dintero::Api

namespace Dintero::Connection {

// Test Connection: gets a token (client credentials) and one list page with the
// settings given, on a client of its own, and says exactly what failed in words an
// agent can act on, and what the credential may do. Never retries, never writes.
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    enum class Failure {
        None,
        WrongSecret, // 401 from the token request
        UnknownAccount, // 403/404 from the token request: unknown account or audience
        CredentialRefused, // 401 on the list with an API key or a pasted token
        ForbiddenScope, // 403 on the list: the credential may not read this account
        Network, // no connection, DNS, refused, timeout
        Tls, // certificate or handshake
        Server, // 5xx or 429
        Other,
    };
    Q_ENUM(Failure)

    struct Result
    {
        Failure failure = Failure::None;
        QString message; // what failed and what to do, or what worked
        WriteAccess access;
        bool ok() const { return failure == Failure::None; }
    };

    ConnectionCheck(const Api::ConnectionSettings &settings, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // Starts; finished() follows once (also for settings that cannot be used).
    void start();
    const Result &result() const;

    // The words for an error of the token request or the list (exposed for tests).
    static Result classify(const Api::ApiError &error, const Api::ConnectionSettings &settings, bool tokenObtained);

Q_SIGNALS:
    void finished(const Dintero::Connection::ConnectionCheck::Result &result);

private:
    void finish(Result result);

    Api::ConnectionSettings m_settings;
    QNetworkAccessManager *m_network;
    QPointer<Api::SessionClient> m_client;
    bool m_tokenObtained = false;
    Result m_result;
};

} // namespace Dintero::Connection
