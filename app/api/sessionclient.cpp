#include "api/sessionclient.h"

#include "api/logging.h"
#include "api/redaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>
#include <limits>

// Why writes never reach the server twice
// ---------------------------------------
// Qt 6.4's HTTP/1.1 channel (qhttpnetworkconnectionchannel.cpp) re-sends the current
// request by itself when the connection closes after the request was written but
// before any answer arrived: _q_error() calls resendCurrentRequest() for
// RemoteHostClosedError while the channel is Writing/Waiting (up to reconnectAttempts,
// 3), without looking at the method. Seen here with a plain QNAM POST: a server that
// reads the POST and then drops the connection receives it twice. The re-send goes
// through resetUploadData(), which rewinds the upload device. So every POST/PUT body
// (also an empty one) is handed to Qt as a OneShotBody: a sequential device that
// cannot be rewound, with DoNotBufferUploadDataAttribute and an explicit Content-Length
// so that Qt streams it instead of copying it into a rewindable buffer. Qt then fails
// the reply with ContentReSendError instead of re-sending, and we report
// OutcomeUnknown (and, for a cancel, read the session with a GET).
//
// Writes also avoid kept-alive connections that GETs have used: a peer verify name
// (the host itself, so TLS verification is unchanged) gives them their own connection
// cache key, and a connection cache expiry of 0 drops that connection after the write,
// so a write does not inherit a socket the server may be closing at that moment.
// HTTP/2 is off for writes so that the HTTP/1.1 behaviour above is what applies.
// tests/api/sessionclient_test.cpp proves it against the sandbox ("reset" fault after
// a kept-alive GET; the server counts exactly one cancel).

namespace Dintero::Api {

class HttpExchange;

namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// A request body Qt can read exactly once (see the comment at the top).
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QString operationName(SessionRequest::Operation operation)
{
    switch (operation) {
    case SessionRequest::Operation::ListSessions:
        return QStringLiteral("list_sessions");
    case SessionRequest::Operation::GetSession:
        return QStringLiteral("get_session");
    case SessionRequest::Operation::CreateSession:
        return QStringLiteral("create_session");
    case SessionRequest::Operation::CreateSessionFromProfile:
        return QStringLiteral("create_session_from_profile");
    case SessionRequest::Operation::UpdateSession:
        return QStringLiteral("update_session");
    case SessionRequest::Operation::CancelSession:
        return QStringLiteral("cancel_session");
    case SessionRequest::Operation::CreatePaymentTokenSession:
        return QStringLiteral("create_payment_token_session");
    }
    return {};
}

// Errors that happened before the request could have reached the server.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

// Errors of the connection itself, as opposed to the ones Qt derives from an HTTP
// status (a 400 arrives as ProtocolInvalidOperationError, for instance). With a status
// present, only a broken connection (a truncated answer) counts as transport.
bool isTransportError(QNetworkReply::NetworkError error, int httpStatus)
{
    const int code = int(error);
    if (httpStatus == 0)
        return error != QNetworkReply::NoError;
    return (code >= 1 && code < 200) || error == QNetworkReply::ContentReSendError;
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

// Retry-After: delta-seconds or an HTTP date.
seconds parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return seconds(0);
    bool ok = false;
    const qlonglong delta = trimmed.toLongLong(&ok);
    if (ok)
        return seconds(std::max<qlonglong>(0, delta));
    const QDateTime date
        = QLocale::c().toDateTime(QString::fromLatin1(trimmed).left(25), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (date.isValid()) {
        QDateTime utc = date;
        utc.setTimeZone(QTimeZone::utc());
        return seconds(std::max<qint64>(0, now.secsTo(utc)));
    }
    return seconds(0);
}

} // namespace

// The credential one HTTP attempt was sent with; `generation` tells tokens apart.
struct Credential
{
    QByteArray header;
    QByteArray value;
    quint64 generation = 0;
};

// What one HTTP exchange (after retries) came back with: a transport or HTTP status
// error, or a 2xx status with its body. `uncertain` marks a write whose answer was
// lost after it may have been sent, or that the server answered with a 5xx (which does
// not say whether the change was made); error is then OutcomeUnknown and `cause` the
// error it was before.
struct HttpOutcome
{
    ApiError error;
    int status = 0;
    QByteArray body;
    bool uncertain = false;
    ApiError cause;
};

class SessionClientPrivate
{
public:
    // Qt's d-pointer idiom: members without m_, reached as d->x.
    SessionClientPrivate(SessionClient *client, ConnectionSettings initialSettings, QNetworkAccessManager *manager)
        : q(client), settings(std::move(initialSettings)), network(manager)
    { }

    struct TokenWaiter
    {
        QPointer<QObject> context;
        std::function<void(const ApiError &, const Credential &)> callback;
    };

    // Calls back (possibly at once) with the credential for the next attempt.
    void withCredential(QObject *context, std::function<void(const ApiError &, const Credential &)> callback);
    void invalidateToken(quint64 generation);
    void fetchToken();
    void finishTokenWaiters(const ApiError &error);

    QNetworkRequest baseRequest(const QUrl &url, bool write) const;
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    QStringList secrets() const;
    QString redactText(const QString &text) const { return Redaction::text(text, secrets()); }

    HttpOutcome classify(QNetworkReply *reply, bool write, bool timedOut, bool tooLarge, const QString &what) const;

    void start(SessionRequest *request, const QByteArray &method, const QUrl &url, const QByteArray &body,
        std::function<void(const HttpOutcome &)> done);
    void finish(SessionRequest *request, const ApiError &error = {});
    void abort(SessionRequest *request);

    void handleList(ListReply *reply, const HttpOutcome &outcome);
    void handleSession(SessionReply *reply, const HttpOutcome &outcome);
    void handleCreated(CreatedReply *reply, const HttpOutcome &outcome);
    void handleCancel(CancelReply *reply, const HttpOutcome &outcome);
    void verifyCancel(CancelReply *reply, const ApiError &cancelError);

    CreatedReply *create(
        SessionRequest::Operation operation, const QString &path, const QJsonObject &body, bool includeSession);

    SessionClient *q;
    ConnectionSettings settings;
    QPointer<QNetworkAccessManager> network;
    milliseconds transferTimeout = SessionClient::DefaultTransferTimeout;
    qint64 maxBodySize = SessionClient::DefaultMaxBodySize;
    SessionClient::RetryPolicy retryPolicy;
    Core::Clock clock = [] {
        return QDateTime::currentDateTimeUtc();
    };

    // Token cache (client credentials only).
    QByteArray accessToken;
    QDateTime renewAt;
    quint64 tokenGeneration = 0;
    QPointer<QNetworkReply> tokenReply;
    QList<TokenWaiter> tokenWaiters;

    QHash<SessionRequest *, QPointer<HttpExchange>> active;
};

// One logical HTTP request of a SessionRequest: credentials, the request itself, the
// 401 renewal and the GET retries. A child of its SessionRequest; owns its reply.
class HttpExchange final : public QObject
{
public:
    HttpExchange(SessionClientPrivate *client, SessionRequest *owner, QByteArray method, QUrl url, QByteArray body,
        std::function<void(const HttpOutcome &)> done)
        : QObject(owner)
        , m_client(client)
        , m_owner(owner)
        , m_method(std::move(method))
        , m_url(std::move(url))
        , m_body(std::move(body))
        , m_write(m_method != "GET")
        , m_done(std::move(done))
    {
        m_retryTimer.setSingleShot(true);
        connect(&m_retryTimer, &QTimer::timeout, this, &HttpExchange::authorizeAndSend);
    }

    ~HttpExchange() override { dropReply(); }

    void start() { authorizeAndSend(); }

    void abort()
    {
        m_aborted = true;
        m_retryTimer.stop();
        dropReply();
    }

    QString what() const { return QString::fromLatin1(m_method) + u' ' + Redaction::url(m_url); }

private:
    void authorizeAndSend()
    {
        if (m_aborted)
            return;
        m_client->withCredential(this, [this](const ApiError &error, const Credential &credential) {
            if (m_aborted)
                return;
            if (error.isError()) {
                // Nothing of this request was sent: a failed token fetch is retried like
                // a failed GET attempt (the token POST itself is never repeated by us).
                if (!m_write && isRetryable(error) && m_retries < m_client->retryPolicy.maxRetries) {
                    scheduleRetry(error);
                    return;
                }
                complete(HttpOutcome { error, error.httpStatus(), {}, false, {} });
                return;
            }
            send(credential);
        });
    }

    void send(const Credential &credential)
    {
        QNetworkAccessManager *network = m_client->network;
        if (!network) {
            complete(HttpOutcome {
                ApiError(ApiError::Kind::Network, what() + QStringLiteral(": no network access")), 0, {}, false, {} });
            return;
        }
        m_credential = credential;
        QNetworkRequest request = m_client->baseRequest(m_url, m_write);
        if (!credential.header.isEmpty())
            request.setRawHeader(credential.header, credential.value);

        m_timedOut = false;
        m_tooLarge = false;
        ++m_owner->m_attempts;
        m_elapsed.start();
        qCDebug(lcConsoleApi).noquote() << "->" << what() << "attempt" << m_owner->m_attempts;

        if (m_write) {
            if (!m_body.isEmpty())
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *body = new OneShotBody(m_body, nullptr);
            m_reply = network->sendCustomRequest(request, m_method, body);
            body->setParent(m_reply);
        } else {
            m_reply = network->get(request);
        }
        m_reply->setParent(this);

        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
            const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_client->maxBodySize)
                stopTooLarge();
        });
        connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
            if (received > m_client->maxBodySize)
                stopTooLarge();
        });
#if QT_CONFIG(ssl)
        connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Reported, never ignored: Qt fails the reply with SslHandshakeFailedError.
            QStringList texts;
            for (const QSslError &error : errors)
                texts.append(error.errorString());
            m_sslErrors = texts.join(QLatin1String("; "));
            qCWarning(lcConsoleApi).noquote() << "TLS errors for" << what() << ':' << m_sslErrors;
        });
#endif
        connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::handleFinished);
    }

    void stopTooLarge()
    {
        if (m_tooLarge || !m_reply)
            return;
        m_tooLarge = true;
        // abort() emits finished() at once: handleFinished() may finish the request and
        // a slot may delete the client, and with it this exchange. Nothing after this.
        m_reply->abort();
    }

    void handleFinished()
    {
        QNetworkReply *reply = m_reply;
        if (!reply || m_aborted)
            return;
        m_owner->m_processingClock.start();
        // A transfer timeout aborts the reply with OperationCanceledError; we did not.
        if (!m_tooLarge
            && (reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError)) {
            m_timedOut = true;
        }
        HttpOutcome outcome = m_client->classify(reply, m_write, m_timedOut, m_tooLarge, what());
        if (!m_sslErrors.isEmpty() && outcome.error.kind() == ApiError::Kind::Tls)
            outcome.error.setDetail(outcome.error.detail() + QStringLiteral(" [") + m_sslErrors + u']');
        const int status = outcome.status;
        qCDebug(lcConsoleApi).noquote() << "<-" << what() << "status" << status << "bytes" << reply->size() << "in"
                                        << m_elapsed.elapsed() << "ms"
                                        << (outcome.error.isError() ? ApiError::kindName(outcome.error.kind())
                                                                    : QString());
        dropReply();

        // A 401 means the request was not executed: renew the token once and send the
        // request again (also a write).
        if (outcome.error.kind() == ApiError::Kind::Unauthorized && !m_renewedAfter401
            && m_client->settings.credentialKind == ConnectionSettings::CredentialKind::ClientCredentials) {
            m_renewedAfter401 = true;
            qCInfo(lcConsoleAuth) << "401 from the API: renewing the access token once";
            m_client->invalidateToken(m_credential.generation);
            authorizeAndSend();
            return;
        }

        if (!m_write && isRetryable(outcome.error) && m_retries < m_client->retryPolicy.maxRetries) {
            scheduleRetry(outcome.error);
            return;
        }
        complete(outcome);
    }

    static bool isRetryable(const ApiError &error)
    {
        switch (error.kind()) {
        case ApiError::Kind::Network: // includes truncated bodies
        case ApiError::Kind::RateLimited:
        case ApiError::Kind::Server:
            return true;
        default:
            // Timeouts are not retried: the user already waited the whole timeout.
            return false;
        }
    }

    void scheduleRetry(const ApiError &error)
    {
        const SessionClient::RetryPolicy &policy = m_client->retryPolicy;
        milliseconds delay = policy.initialDelay * (1LL << std::min(m_retries, 20));
        if (error.retryAfter().count() > 0)
            delay = std::max<milliseconds>(delay, error.retryAfter());
        // Up to 10 % jitter so that many consoles do not retry in lockstep; the cap comes
        // after it, so that maxDelay really is the longest wait.
        if (delay.count() > 10) {
            const qint64 spread = std::min<qint64>(delay.count() / 10, std::numeric_limits<int>::max());
            delay += milliseconds(QRandomGenerator::global()->bounded(int(spread)));
        }
        delay = std::min(delay, policy.maxDelay);
        ++m_retries;
        qCInfo(lcConsoleApi).noquote() << "retry" << m_retries << "of" << what() << "in" << delay.count() << "ms after"
                                       << m_client->redactText(error.detail());
        m_retryTimer.start(delay);
    }

    void complete(const HttpOutcome &outcome)
    {
        if (m_aborted)
            return;
        m_aborted = true; // nothing more happens in this exchange
        auto done = std::move(m_done);
        done(outcome);
    }

    void dropReply()
    {
        if (!m_reply)
            return;
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        // Back to the manager that made it, so that deleting this exchange (which a
        // finished() slot may do, by deleting the client) never deletes the reply while
        // it is still inside abort() or its own finished() signal.
        reply->setParent(m_client->network);
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
    }

    SessionClientPrivate *m_client;
    SessionRequest *m_owner;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    bool m_write;
    std::function<void(const HttpOutcome &)> m_done;

    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    Credential m_credential;
    QString m_sslErrors;
    int m_retries = 0;
    bool m_renewedAfter401 = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_aborted = false;
};

// ---------------------------------------------------------------------------------
// SessionClientPrivate

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

QUrl SessionClientPrivate::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = settings.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkRequest SessionClientPrivate::baseRequest(const QUrl &url, bool write) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Dintero-System-Name", "dintero-console");
    request.setRawHeader("Dintero-System-Version", QByteArrayLiteral(CONSOLE_VERSION));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("dintero-console/" CONSOLE_VERSION));
    request.setTransferTimeout(int(transferTimeout.count()));
    // An API answers; it does not redirect. Following one could carry the credentials
    // elsewhere or turn a POST into a GET.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (write) {
        // See the comment at the top of this file.
        request.setPeerVerifyName(url.host());
        request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    return request;
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

HttpOutcome SessionClientPrivate::classify(
    QNetworkReply *reply, bool write, bool timedOut, bool tooLarge, const QString &what) const
{
    HttpOutcome outcome;
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    QString reason = redactText(reply->errorString());
    if (networkError != QNetworkReply::NoError) {
        reason += QStringLiteral(" [%1]").arg(
            QLatin1String(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(networkError)));
    }
    if (networkError == QNetworkReply::ContentReSendError)
        reason += QStringLiteral(" (the connection broke after the request was sent; Qt's re-send was refused)");
    const bool success = outcome.status >= 200 && outcome.status < 300;

    // 1. Transport
    if (tooLarge) {
        outcome.error = ApiError(ApiError::Kind::MalformedBody,
            what + QStringLiteral(": answer larger than %1 bytes, aborted").arg(maxBodySize));
        outcome.uncertain = write;
    } else if (timedOut) {
        outcome.error = ApiError(ApiError::Kind::Timeout,
            what + QStringLiteral(": no complete answer within %1 ms").arg(transferTimeout.count()));
        outcome.error.setTimeout(transferTimeout);
        outcome.uncertain = write;
    } else if (isTransportError(networkError, outcome.status)) {
        if (isTlsError(networkError)) {
            outcome.error = ApiError(ApiError::Kind::Tls, what + QStringLiteral(": ") + reason);
        } else {
            const QString truncated = outcome.status != 0
                ? QStringLiteral(" (answer truncated after HTTP %1)").arg(outcome.status)
                : QString();
            outcome.error = ApiError(ApiError::Kind::Network, what + QStringLiteral(": ") + reason + truncated);
            outcome.uncertain = write && !failedBeforeSending(networkError);
        }
        outcome.error.setHttpStatus(outcome.status);
    } else if (!success) {
        // 2. HTTP status, with Dintero's error body when there is one.
        const QByteArray body = reply->read(64 * 1024);
        const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
        const QString code = error.value(QLatin1String("code")).toString();
        const QString message = error.value(QLatin1String("message")).toString();
        const int status = outcome.status;
        outcome.error = ApiError::fromHttpStatus(status, code, message,
            what
                + QStringLiteral(": HTTP %1 %2")
                      .arg(status)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        outcome.error.setRetryAfter(parseRetryAfter(reply->rawHeader("Retry-After"), clock()));
        // A 5xx does not say whether a write was carried out before the server failed:
        // it may have been (a timeout behind a gateway, a crash after the commit). Like
        // a lost answer, it is an unknown outcome, to be checked and never re-sent.
        if (write && status >= 500) {
            outcome.uncertain = true;
            outcome.cause = outcome.error;
            ApiError unknown(ApiError::Kind::OutcomeUnknown,
                what
                    + QStringLiteral(": HTTP %1 %2 to a write; it may or may not have been carried out")
                          .arg(status)
                          .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
            unknown.setHttpStatus(status);
            unknown.setCode(code);
            unknown.setServerMessage(message);
            unknown.setRetryAfter(outcome.error.retryAfter());
            outcome.error = unknown;
        }
    } else {
        outcome.body = reply->readAll();
    }
    if (outcome.uncertain && outcome.error.kind() != ApiError::Kind::OutcomeUnknown) {
        outcome.cause = outcome.error;
        outcome.error = ApiError(ApiError::Kind::OutcomeUnknown, outcome.error.detail());
    }
    return outcome;
}

void SessionClientPrivate::start(SessionRequest *request, const QByteArray &method, const QUrl &url,
    const QByteArray &body, std::function<void(const HttpOutcome &)> done)
{
    if (std::optional<QString> invalid = settings.validationError()) {
        ApiError error(ApiError::Kind::BadRequest, QStringLiteral("settings rejected: ") + *invalid);
        error.setMessage(*invalid);
        QTimer::singleShot(0, request, [this, request, error] { finish(request, error); });
        return;
    }
    auto *exchange = new HttpExchange(this, request, method, url, body, std::move(done));
    active.insert(request, exchange);
    // Started from the event loop so that finished() never comes before the caller
    // could connect to it.
    QTimer::singleShot(0, exchange, [exchange] { exchange->start(); });
}

void SessionClientPrivate::finish(SessionRequest *request, const ApiError &error)
{
    if (request->m_finished)
        return;
    request->m_finished = true;
    request->m_error = error;
    if (request->m_processingClock.isValid())
        request->m_processingTime = std::chrono::microseconds(request->m_processingClock.nsecsElapsed() / 1000);
    if (HttpExchange *exchange = active.take(request)) {
        exchange->abort();
        exchange->deleteLater();
    }
    if (error.isError()) {
        qCWarning(lcConsoleApi).noquote()
            << operationName(request->operation()) << "failed:" << redactText(error.detail());
    }
    // A slot may delete the client, which deletes its handles (this one too) and this
    // object: touch neither unless the handle is still there.
    const QPointer<SessionRequest> alive(request);
    Q_EMIT request->finished();
    if (alive)
        request->deleteLater();
}

void SessionClientPrivate::abort(SessionRequest *request)
{
    if (request->m_finished)
        return;
    if (HttpExchange *exchange = active.value(request))
        exchange->abort();
    finish(
        request, ApiError(ApiError::Kind::Aborted, operationName(request->operation()) + QStringLiteral(": aborted")));
}

namespace {

// JSON parse of a 2xx body: MalformedBody on failure.
std::optional<QJsonDocument> parseBody(const HttpOutcome &outcome, const QString &what, ApiError *error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(outcome.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError(ApiError::Kind::MalformedBody,
            what
                + QStringLiteral(": invalid JSON at offset %1: %2 (%3 bytes)")
                      .arg(parseError.offset)
                      .arg(parseError.errorString())
                      .arg(outcome.body.size()));
        error->setHttpStatus(outcome.status);
        return std::nullopt;
    }
    return document;
}

ApiError schemaError(const QString &detail, int status)
{
    ApiError error(ApiError::Kind::Schema, detail);
    error.setHttpStatus(status);
    return error;
}

} // namespace

void SessionClientPrivate::handleList(ListReply *reply, const HttpOutcome &outcome)
{
    if (outcome.error.isError()) {
        finish(reply, outcome.error);
        return;
    }
    // Straight from the bytes (Session::pageFromJson): a page is parsed several times
    // faster than through QJsonDocument.
    Core::Session::Page page = Core::Session::pageFromJson(outcome.body);
    if (page.problem != Core::Session::Page::Problem::None) {
        ApiError error(
            page.problem == Core::Session::Page::Problem::Syntax ? ApiError::Kind::MalformedBody : ApiError::Kind::Schema,
            QStringLiteral("list_sessions: ") + page.error + QStringLiteral(" (%1 bytes)").arg(outcome.body.size()));
        error.setHttpStatus(outcome.status);
        finish(reply, error);
        return;
    }
    reply->m_parseProblems = page.error;
    if (!page.error.isEmpty())
        qCWarning(lcConsoleApi).noquote() << page.error;
    reply->m_sessions = std::move(page.sessions);
    // A full page may have a successor (§4.1); its cursor is the last usable id.
    reply->m_hasMore = page.elementCount >= reply->m_filter.limit() && !reply->m_sessions.isEmpty();
    finish(reply);
}

void SessionClientPrivate::handleSession(SessionReply *reply, const HttpOutcome &outcome)
{
    if (outcome.error.isError()) {
        finish(reply, outcome.error);
        return;
    }
    const QString what = operationName(reply->operation());
    ApiError error;
    const std::optional<QJsonDocument> document = parseBody(outcome, what, &error);
    if (!document) {
        finish(reply, error);
        return;
    }
    if (!document->isObject()) {
        finish(reply, schemaError(what + QStringLiteral(": the answer is not a JSON object"), outcome.status));
        return;
    }
    QString problem;
    std::optional<Core::Session> session = Core::Session::fromJson(document->object(), &problem);
    if (!session) {
        finish(reply, schemaError(what + QStringLiteral(": ") + problem, outcome.status));
        return;
    }
    if (!session->warnings().isEmpty())
        qCInfo(lcConsoleApi).noquote() << what << "ignored fields:" << session->warnings().join(QLatin1String(", "));
    reply->m_session = std::move(*session);
    finish(reply);
}

void SessionClientPrivate::handleCreated(CreatedReply *reply, const HttpOutcome &outcome)
{
    if (outcome.error.isError()) {
        finish(reply, outcome.error);
        return;
    }
    const QString what = operationName(reply->operation());
    // The server answered 200; an unreadable body leaves us not knowing the new id.
    const auto uncertain = [&](const ApiError &cause) {
        ApiError error(ApiError::Kind::OutcomeUnknown, cause.detail());
        error.setHttpStatus(outcome.status);
        finish(reply, error);
    };
    ApiError error;
    const std::optional<QJsonDocument> document = parseBody(outcome, what, &error);
    if (!document) {
        uncertain(error);
        return;
    }
    const QJsonObject object = document->object();
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!document->isObject() || !id.isString() || id.toString().isEmpty()) {
        uncertain(schemaError(what + QStringLiteral(": field \"id\" is missing"), outcome.status));
        return;
    }
    reply->m_id = id.toString();
    reply->m_url = QUrl(object.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    reply->m_publish = object.value(QLatin1String("publish")).toArray();
    const QJsonValue session = object.value(QLatin1String("session"));
    if (session.isObject()) {
        QString problem;
        reply->m_session = Core::Session::fromJson(session.toObject(), &problem);
        if (!reply->m_session)
            qCWarning(lcConsoleApi).noquote() << what << "ignored the included session:" << problem;
    }
    finish(reply);
}

void SessionClientPrivate::handleCancel(CancelReply *reply, const HttpOutcome &outcome)
{
    if (outcome.error.kind() == ApiError::Kind::OutcomeUnknown) {
        verifyCancel(reply, outcome.error);
        return;
    }
    if (outcome.error.isError()) {
        reply->m_outcome = CancelReply::Outcome::NotCancelled;
        finish(reply, outcome.error);
        return;
    }
    ApiError error;
    const std::optional<QJsonDocument> document = parseBody(outcome, QStringLiteral("cancel_session"), &error);
    std::optional<Core::Session> session;
    QString problem;
    if (document && document->isObject())
        session = Core::Session::fromJson(document->object(), &problem);
    if (!session) {
        // 200, but an unreadable answer: read the session to know what happened.
        const QString detail = document ? QStringLiteral("cancel_session: ") + problem : error.detail();
        ApiError uncertain(ApiError::Kind::OutcomeUnknown, detail);
        uncertain.setHttpStatus(outcome.status);
        verifyCancel(reply, uncertain);
        return;
    }
    reply->m_session = std::move(session);
    reply->m_outcome = CancelReply::Outcome::Cancelled;
    finish(reply);
}

void SessionClientPrivate::verifyCancel(CancelReply *reply, const ApiError &cancelError)
{
    // Never a second POST: read the session once (with the usual GET retries).
    qCWarning(lcConsoleApi).noquote() << "cancel of" << reply->m_sessionId
                                      << "has an unknown outcome; reading the session:"
                                      << redactText(cancelError.detail());
    if (HttpExchange *old = active.take(reply))
        old->deleteLater();
    const QUrl url
        = endpoint(QStringLiteral("/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(reply->m_sessionId)));
    auto *exchange = new HttpExchange(this, reply, "GET", url, {}, [this, reply, cancelError](const HttpOutcome &got) {
        reply->m_verified = true;
        ApiError error = got.error;
        std::optional<Core::Session> session;
        if (!error.isError()) {
            const std::optional<QJsonDocument> document = parseBody(got, QStringLiteral("get_session"), &error);
            QString problem;
            if (document && document->isObject())
                session = Core::Session::fromJson(document->object(), &problem);
            if (document && !session)
                error = schemaError(QStringLiteral("get_session: ") + problem, got.status);
        }
        if (session) {
            reply->m_outcome
                = session->canOfferCancel() ? CancelReply::Outcome::NotCancelled : CancelReply::Outcome::Cancelled;
            reply->m_session = std::move(session);
            qCInfo(lcConsoleApi).noquote()
                << "after the uncertain cancel the session is"
                << (reply->m_outcome == CancelReply::Outcome::Cancelled ? "cancelled" : "not cancelled");
        } else {
            reply->m_outcome = CancelReply::Outcome::Unknown;
            reply->m_verificationError = error;
        }
        finish(reply, cancelError);
    });
    active.insert(reply, exchange);
    exchange->start();
}

CreatedReply *SessionClientPrivate::create(
    SessionRequest::Operation operation, const QString &path, const QJsonObject &body, bool includeSession)
{
    auto *reply = new CreatedReply(operation, q);
    QUrlQuery query;
    if (includeSession)
        query.addQueryItem(QStringLiteral("include_session"), QStringLiteral("true"));
    start(reply, "POST", endpoint(path, query), QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this, reply](const HttpOutcome &outcome) { handleCreated(reply, outcome); });
    return reply;
}

// ---------------------------------------------------------------------------------
// Reply handles

SessionRequest::SessionRequest(Operation operation, SessionClient *client)
    : QObject(client), m_operation(operation), m_client(client)
{ }

SessionRequest::~SessionRequest()
{
    if (m_client && m_client->d)
        m_client->d->active.remove(this);
}

SessionRequest::Operation SessionRequest::operation() const
{
    return m_operation;
}
bool SessionRequest::isFinished() const
{
    return m_finished;
}
const ApiError &SessionRequest::error() const
{
    return m_error;
}
bool SessionRequest::hasError() const
{
    return m_error.isError();
}
int SessionRequest::attempts() const
{
    return m_attempts;
}
std::chrono::microseconds SessionRequest::processingTime() const
{
    return m_processingTime;
}

void SessionRequest::abort()
{
    if (m_client && !m_finished)
        m_client->d->abort(this);
}

ListReply::ListReply(const Core::SessionFilter &filter, const QString &startingAfter, SessionClient *client)
    : SessionRequest(Operation::ListSessions, client), m_filter(filter), m_startingAfter(startingAfter)
{ }

ListReply::~ListReply() = default;
const Core::SessionFilter &ListReply::filter() const
{
    return m_filter;
}
QString ListReply::startingAfter() const
{
    return m_startingAfter;
}
const QList<Core::Session> &ListReply::sessions() const
{
    return m_sessions;
}
bool ListReply::hasMore() const
{
    return m_hasMore;
}
QString ListReply::parseProblems() const
{
    return m_parseProblems;
}

QString ListReply::nextCursor() const
{
    return m_sessions.isEmpty() ? QString() : m_sessions.last().id();
}

SessionReply::SessionReply(Operation operation, const QString &sessionId, SessionClient *client)
    : SessionRequest(operation, client), m_sessionId(sessionId)
{ }

SessionReply::~SessionReply() = default;
QString SessionReply::sessionId() const
{
    return m_sessionId;
}
const Core::Session &SessionReply::session() const
{
    return m_session;
}

CreatedReply::CreatedReply(Operation operation, SessionClient *client) : SessionRequest(operation, client) { }

CreatedReply::~CreatedReply() = default;
QString CreatedReply::id() const
{
    return m_id;
}
QUrl CreatedReply::url() const
{
    return m_url;
}
QJsonArray CreatedReply::publish() const
{
    return m_publish;
}
const std::optional<Core::Session> &CreatedReply::session() const
{
    return m_session;
}

CancelReply::CancelReply(const QString &sessionId, SessionClient *client)
    : SessionRequest(Operation::CancelSession, client), m_sessionId(sessionId)
{ }

CancelReply::~CancelReply() = default;
QString CancelReply::sessionId() const
{
    return m_sessionId;
}
CancelReply::Outcome CancelReply::outcome() const
{
    return m_outcome;
}
const std::optional<Core::Session> &CancelReply::session() const
{
    return m_session;
}
bool CancelReply::wasVerified() const
{
    return m_verified;
}
const ApiError &CancelReply::verificationError() const
{
    return m_verificationError;
}

// ---------------------------------------------------------------------------------
// SessionClient

SessionClient::SessionClient(ConnectionSettings settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), d(std::make_unique<SessionClientPrivate>(this, std::move(settings), network))
{ }

SessionClient::~SessionClient()
{
    // The token request goes first, without a word: it was not lost, we stopped it.
    if (QNetworkReply *reply = d->tokenReply) {
        d->tokenReply = nullptr; // its finished() handler now sees it as superseded
        reply->abort();
    }
    // Every handle still running finishes, exactly once, with Aborted (a pager waiting
    // for a page must hear that it will not come). A slot may start new requests on
    // this client while it goes away; they are aborted in the next round.
    for (int round = 0; round < 8; ++round) {
        QList<QPointer<SessionRequest>> running;
        const auto children = findChildren<SessionRequest *>(Qt::FindDirectChildrenOnly);
        for (SessionRequest *child : children) {
            if (!child->m_finished)
                running.append(child);
        }
        if (running.isEmpty())
            break;
        for (const QPointer<SessionRequest> &child : std::as_const(running)) {
            if (child && !child->m_finished)
                d->abort(child);
        }
    }
    // Handles are children; delete them while d still exists (their destructors use it).
    const auto children = findChildren<SessionRequest *>(Qt::FindDirectChildrenOnly);
    for (SessionRequest *child : children)
        delete child;
}

const ConnectionSettings &SessionClient::settings() const
{
    return d->settings;
}

void SessionClient::setSettings(const ConnectionSettings &settings)
{
    d->settings = settings;
    d->accessToken.clear();
    d->renewAt = {};
    ++d->tokenGeneration;
    if (d->tokenReply) {
        QNetworkReply *old = d->tokenReply;
        d->tokenReply = nullptr;
        old->abort();
        // The requests waiting for that token get the credential of the new settings,
        // whatever its kind (a new token only for client credentials).
        // (An API key is handed out at once; a slot reached from there may even delete
        // this client.)
        const QPointer<SessionClient> alive(this);
        const QList<SessionClientPrivate::TokenWaiter> waiters = std::exchange(d->tokenWaiters, {});
        for (const SessionClientPrivate::TokenWaiter &waiter : waiters) {
            if (!alive)
                return;
            if (waiter.context)
                d->withCredential(waiter.context, waiter.callback);
        }
    }
}

std::chrono::milliseconds SessionClient::transferTimeout() const
{
    return d->transferTimeout;
}
void SessionClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    d->transferTimeout = timeout;
}
qint64 SessionClient::maxBodySize() const
{
    return d->maxBodySize;
}
void SessionClient::setMaxBodySize(qint64 bytes)
{
    d->maxBodySize = bytes;
}
SessionClient::RetryPolicy SessionClient::retryPolicy() const
{
    return d->retryPolicy;
}
void SessionClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
}

void SessionClient::setClock(Core::Clock clock)
{
    d->clock = clock ? std::move(clock) : [] {
        return QDateTime::currentDateTimeUtc();
    };
}

void SessionClient::clearToken()
{
    d->accessToken.clear();
    d->renewAt = {};
}

ListReply *SessionClient::listSessions(const Core::SessionFilter &filter, const QString &startingAfter)
{
    auto *reply = new ListReply(filter, startingAfter, this);
    d->start(reply, "GET", d->endpoint(QStringLiteral("/sessions"), filter.toQuery(startingAfter)), {},
        [this, reply](const HttpOutcome &outcome) { d->handleList(reply, outcome); });
    return reply;
}

SessionReply *SessionClient::getSession(const QString &id, Includes includes)
{
    auto *reply = new SessionReply(SessionRequest::Operation::GetSession, id, this);
    QUrlQuery query;
    if (includes.testFlag(Include::EventRequestHeaders))
        query.addQueryItem(QStringLiteral("includes"), QStringLiteral("events.request_headers"));
    if (includes.testFlag(Include::InitiatingSystemRequestHeaders))
        query.addQueryItem(QStringLiteral("includes"), QStringLiteral("initiating_system_request_headers"));
    const QString path = QStringLiteral("/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    d->start(reply, "GET", d->endpoint(path, query), {},
        [this, reply](const HttpOutcome &outcome) { d->handleSession(reply, outcome); });
    return reply;
}

CreatedReply *SessionClient::createSession(const QJsonObject &body, bool includeSession)
{
    return d->create(SessionRequest::Operation::CreateSession, QStringLiteral("/sessions"), body, includeSession);
}

CreatedReply *SessionClient::createSessionFromProfile(const QJsonObject &body, bool includeSession)
{
    return d->create(
        SessionRequest::Operation::CreateSessionFromProfile, QStringLiteral("/sessions-profile"), body, includeSession);
}

SessionReply *SessionClient::updateSession(const QString &id, const QJsonObject &body, bool updateWithoutLock)
{
    auto *reply = new SessionReply(SessionRequest::Operation::UpdateSession, id, this);
    QUrlQuery query;
    if (updateWithoutLock)
        query.addQueryItem(QStringLiteral("update_without_lock"), QStringLiteral("true"));
    const QString path = QStringLiteral("/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    d->start(reply, "PUT", d->endpoint(path, query), QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this, reply](const HttpOutcome &outcome) { d->handleSession(reply, outcome); });
    return reply;
}

CancelReply *SessionClient::cancelSession(const QString &id)
{
    auto *reply = new CancelReply(id, this);
    const QString path
        = QStringLiteral("/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + QStringLiteral("/cancel");
    d->start(reply, "POST", d->endpoint(path), {},
        [this, reply](const HttpOutcome &outcome) { d->handleCancel(reply, outcome); });
    return reply;
}

CreatedReply *SessionClient::createPaymentTokenSession(const QJsonObject &body, bool includeSession)
{
    return d->create(SessionRequest::Operation::CreatePaymentTokenSession, QStringLiteral("/sessions/payment-token"),
        body, includeSession);
}

CreatedReply *SessionClient::createPaymentTokenSession(const PaymentTokenRequest &request, bool includeSession)
{
    if (std::optional<QString> invalid = request.validationError()) {
        auto *reply = new CreatedReply(SessionRequest::Operation::CreatePaymentTokenSession, this);
        ApiError error(ApiError::Kind::BadRequest, QStringLiteral("payment token request rejected: ") + *invalid);
        error.setMessage(*invalid);
        QTimer::singleShot(0, reply, [this, reply, error] { d->finish(reply, error); });
        return reply;
    }
    return createPaymentTokenSession(request.toJson(), includeSession);
}

} // namespace Dintero::Api
