#include "connection/connectioncheck.h"

#include "api/sessionclient.h"

#include <QTimer>

namespace Dintero::Connection {
namespace {

using Kind = Api::ApiError::Kind;

QString serverWords(const Api::ApiError &error)
{
    return error.serverMessage().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.serverMessage());
}

} // namespace

ConnectionCheck::ConnectionCheck(
    const Api::ConnectionSettings &settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_settings(settings), m_network(network)
{ }

ConnectionCheck::~ConnectionCheck()
{
    delete m_client;
}

const ConnectionCheck::Result &ConnectionCheck::result() const
{
    return m_result;
}

void ConnectionCheck::start()
{
    if (const std::optional<QString> problem = m_settings.validationError()) {
        Result result;
        result.failure = Failure::Other;
        result.message = *problem;
        // Queued, so that finished() always comes after start() returns.
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return;
    }
    m_client = new Api::SessionClient(m_settings, m_network, this);
    m_client->setRetryPolicy({ 0, std::chrono::milliseconds(0), std::chrono::milliseconds(0) });
    m_client->setTransferTimeout(std::chrono::seconds(15));
    connect(m_client, &Api::SessionClient::tokenRenewed, this, [this] { m_tokenObtained = true; });
    Core::SessionFilter filter;
    filter.setLimit(1);
    Api::ListReply *reply = m_client->listSessions(filter);
    connect(reply, &Api::SessionRequest::finished, this, [this, reply] {
        if (reply->error().isError()) {
            finish(classify(reply->error(), m_settings, m_tokenObtained));
            return;
        }
        Result result;
        result.access = WriteAccess::fromScopes(m_client->tokenScopes());
        result.message = tr("Connected to account %1 at %2: the token and a page of sessions came back.")
                             .arg(m_settings.accountId, m_settings.baseUrl.host());
        finish(result);
    });
}

void ConnectionCheck::finish(Result result)
{
    m_result = std::move(result);
    if (m_client)
        m_client->deleteLater();
    Q_EMIT finished(m_result);
}

ConnectionCheck::Result ConnectionCheck::classify(
    const Api::ApiError &error, const Api::ConnectionSettings &settings, bool tokenObtained)
{
    Result result;
    const QString host = settings.baseUrl.host();
    const bool fromTokenRequest
        = settings.credentialKind == Api::ConnectionSettings::CredentialKind::ClientCredentials && !tokenObtained;
    switch (error.kind()) {
    case Kind::Unauthorized:
        if (fromTokenRequest) {
            result.failure = Failure::WrongSecret;
            result.message = tr("Dintero refused the client id or the client secret (401 from the token request). "
                                "Copy both again from the API client in Dintero Backoffice and save.");
        } else {
            result.failure = Failure::CredentialRefused;
            result.message = settings.credentialKind == Api::ConnectionSettings::CredentialKind::ApiKey
                ? tr("Dintero refused the API key (401). Check that the key is for account %1 and not revoked.")
                      .arg(settings.accountId)
                : tr("Dintero refused the access token (401): it has expired or is not for account %1. "
                     "Paste a fresh one.")
                      .arg(settings.accountId);
        }
        break;
    case Kind::Forbidden:
    case Kind::NotFound:
        if (fromTokenRequest) {
            result.failure = Failure::UnknownAccount;
            result.message = tr("The API client has no access to account %1 (%2 from the token request: unknown "
                                "account or audience)%3. Check the account id, and that the client belongs to it.")
                                 .arg(settings.accountId, QString::number(error.httpStatus()), serverWords(error));
        } else {
            result.failure = Failure::ForbiddenScope;
            result.message = tr("The credential was accepted but may not list the sessions of account %1 (%2)%3: "
                                "it needs the scope read:checkout on that account.")
                                 .arg(settings.accountId, QString::number(error.httpStatus()), serverWords(error));
        }
        break;
    case Kind::Network:
    case Kind::Timeout:
        result.failure = Failure::Network;
        result.message = tr("Could not reach %1: %2 Check the base URL, the network connection and any proxy.")
                             .arg(settings.baseUrl.toString(), error.message());
        break;
    case Kind::Tls:
        result.failure = Failure::Tls;
        result.message = tr("The secure (TLS) connection to %1 failed: %2 Nothing was sent. Check the computer's "
                            "clock and that the address is Dintero's.")
                             .arg(host, error.message());
        break;
    case Kind::Server:
    case Kind::RateLimited:
        result.failure = Failure::Server;
        result.message = tr("Dintero answered with a server error (HTTP %1)%2. The settings may be right: try "
                            "again in a few minutes.")
                             .arg(QString::number(error.httpStatus()), serverWords(error));
        break;
    default:
        result.failure = Failure::Other;
        result.message = tr("The test failed: %1").arg(error.message());
        break;
    }
    return result;
}

} // namespace Dintero::Connection
