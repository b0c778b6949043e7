#include "api/logging.h"
#include "api/redaction.h"
#include "api/sessionclient_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <memory>
#include <utility>

// Credentials of SessionClient: the header each attempt carries, and the access token
// of client credentials (fetched, cached, renewed before expires_in and after a 401).

namespace Dintero::Api {

namespace {

// The values the headers carry (see withCredential() and fetchToken()): what has to be
// masked in log text is what was sent, not what was typed.
QByteArray apiKeyValue(const ConnectionSettings &settings)
{
    return settings.apiKey.trimmed().toUtf8();
}

QByteArray bearerTokenValue(const ConnectionSettings &settings)
{
    QByteArray token = settings.bearerToken.trimmed().toUtf8();
    if (token.startsWith("Bearer ") || token.startsWith("bearer "))
        token = token.mid(7).trimmed();
    return token;
}

QByteArray basicCredentialsValue(const ConnectionSettings &settings)
{
    return (settings.clientId.trimmed() + u':' + settings.clientSecret).toUtf8().toBase64();
}

} // namespace

QStringList SessionClientPrivate::secrets() const
{
    QStringList list { settings.clientSecret, settings.apiKey, settings.bearerToken, QString::fromLatin1(accessToken),
        QString::fromUtf8(apiKeyValue(settings)), QString::fromUtf8(bearerTokenValue(settings)) };
    if (!settings.clientId.isEmpty() || !settings.clientSecret.isEmpty()) {
        list.append(QString::fromLatin1(basicCredentialsValue(settings)));
        list.append(QString::fromLatin1((settings.clientId + u':' + settings.clientSecret).toUtf8().toBase64()));
    }
    return list;
}

void SessionClientPrivate::withCredential(
    QObject *context, std::function<void(const ApiError &, const Credential &)> callback)
{
    switch (settings.credentialKind) {
    case ConnectionSettings::CredentialKind::ApiKey:
        callback({}, Credential { QByteArrayLiteral("x-api-key"), apiKeyValue(settings), 0 });
        return;
    case ConnectionSettings::CredentialKind::BearerToken:
        callback({}, Credential { QByteArrayLiteral("Authorization"), "Bearer " + bearerTokenValue(settings), 0 });
        return;
    case ConnectionSettings::CredentialKind::ClientCredentials:
        break;
    }
    if (!accessToken.isEmpty() && renewAt.isValid() && clock() < renewAt) {
        callback({}, Credential { QByteArrayLiteral("Authorization"), "Bearer " + accessToken, tokenGeneration });
        return;
    }
    tokenWaiters.append(TokenWaiter { context, std::move(callback) });
    if (!tokenReply)
        fetchToken();
}

QStringList SessionClient::scopesOfToken(const QByteArray &token)
{
    // header.payload.signature, base64url without padding; the signature is not checked
    // (this is a hint of what to offer, never a permission).
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload
        = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue scope = QJsonDocument::fromJson(payload).object().value(QLatin1String("scope"));
    if (scope.isArray()) {
        QStringList scopes;
        for (const QJsonValue &entry : scope.toArray())
            scopes.append(entry.toString());
        scopes.removeAll(QString());
        return scopes;
    }
    return scope.toString().split(u' ', Qt::SkipEmptyParts);
}

QStringList SessionClient::tokenScopes() const
{
    if (d->settings.credentialKind == ConnectionSettings::CredentialKind::BearerToken)
        return scopesOfToken(bearerTokenValue(d->settings));
    return d->tokenScopes;
}

void SessionClientPrivate::invalidateToken(quint64 generation)
{
    // Only forget the token the failed request used; a newer one may already be here.
    if (generation == tokenGeneration) {
        accessToken.clear();
        renewAt = {};
    }
}

void SessionClientPrivate::fetchToken()
{
    if (!network) {
        finishTokenWaiters(ApiError(ApiError::Kind::Network, QStringLiteral("token: no network access")));
        return;
    }
    const QUrl url = endpoint(QStringLiteral("/accounts/%1/auth/token").arg(settings.accountId));
    const QJsonObject body {
        { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
        { QStringLiteral("audience"),
            QString(QStringLiteral("https://api.dintero.com/v1/accounts/") + settings.accountId) },
    };
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkRequest request = baseRequest(url, true);
    request.setRawHeader("Authorization", "Basic " + basicCredentialsValue(settings));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);

    qCDebug(lcConsoleAuth).noquote() << "requesting an access token:" << Redaction::url(url) << "client"
                                     << settings.clientId;
    auto *device = new OneShotBody(payload, nullptr);
    QNetworkReply *reply = network->sendCustomRequest(request, "POST", device);
    device->setParent(reply);
    tokenReply = reply;
    const QDateTime requestedAt = clock();
    // The same size cap as every other answer (see HttpExchange::send()).
    auto tooLarge = std::make_shared<bool>(false);
    const auto stopTooLarge = [reply, tooLarge] {
        if (*tooLarge || reply->isFinished())
            return;
        *tooLarge = true;
        reply->abort(); // emits finished() at once
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this, reply, stopTooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBodySize)
            stopTooLarge();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, q, [this, stopTooLarge](qint64 received, qint64) {
        if (received > maxBodySize)
            stopTooLarge();
    });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, requestedAt, url, tooLarge] {
        reply->deleteLater();
        if (tokenReply != reply)
            return; // superseded (settings changed, or the client is going away)
        tokenReply = nullptr;
        const bool timedOut = !*tooLarge
            && (reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError);
        HttpOutcome outcome = classify(reply, true, timedOut, *tooLarge, QStringLiteral("POST ") + Redaction::url(url));
        // A lost token answer has no side effect worth reporting as "outcome unknown":
        // a 5xx or an oversized answer stays what it was, anything else is a network error.
        if (outcome.uncertain && outcome.error.kind() == ApiError::Kind::OutcomeUnknown) {
            const ApiError::Kind cause = outcome.cause.kind();
            outcome.error = cause == ApiError::Kind::Server || cause == ApiError::Kind::MalformedBody
                ? outcome.cause
                : ApiError(ApiError::Kind::Network, outcome.error.detail());
        }
        ApiError error = outcome.error;
        if (!error.isError()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(outcome.body, &parseError);
            const QJsonObject object = document.object();
            const QJsonValue token = object.value(QLatin1String("access_token"));
            const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
            const QString type = object.value(QLatin1String("token_type")).toString();
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                error = ApiError(ApiError::Kind::MalformedBody, QStringLiteral("token: ") + parseError.errorString());
            } else if (!token.isString() || token.toString().isEmpty()) {
                error = ApiError(ApiError::Kind::Schema, QStringLiteral("token: field \"access_token\" is missing"));
            } else if (!expiresIn.isDouble() || expiresIn.toDouble() <= 0) {
                error = ApiError(ApiError::Kind::Schema, QStringLiteral("token: field \"expires_in\" is missing"));
            } else if (!type.isEmpty() && type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
                error = ApiError(ApiError::Kind::Schema, QStringLiteral("token: unsupported token_type ") + type);
            } else {
                const qint64 lifetime = qint64(expiresIn.toDouble());
                // Renew early: 10 % of the lifetime before it ends, at most 10 minutes.
                const qint64 margin = std::min<qint64>(600, lifetime / 10);
                accessToken = token.toString().toUtf8();
                tokenScopes = SessionClient::scopesOfToken(accessToken);
                renewAt = requestedAt.addSecs(lifetime - margin);
                ++tokenGeneration;
                qCInfo(lcConsoleAuth).noquote() << "access token obtained; lifetime" << lifetime << "s, renewing at"
                                                << renewAt.toString(Qt::ISODate);
                Q_EMIT q->tokenRenewed();
            }
        }
        if (error.isError())
            qCWarning(lcConsoleAuth).noquote() << "token request failed:" << redactText(error.detail());
        finishTokenWaiters(error);
    });
}

void SessionClientPrivate::finishTokenWaiters(const ApiError &error)
{
    const QList<TokenWaiter> waiters = std::exchange(tokenWaiters, {});
    const Credential credential { QByteArrayLiteral("Authorization"), "Bearer " + accessToken, tokenGeneration };
    for (const TokenWaiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(error, credential);
    }
}

} // namespace Dintero::Api
