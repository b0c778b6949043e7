#include "api/logging.h"
#include "api/redaction.h"
#include "api/sessionclient_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <limits>

// The exchange: one HTTP request of a SessionRequest from credential to outcome, with
// the transfer timeout, the body size cap, GET retries (backoff, Retry-After) and the
// 401 renewal; and how a finished QNetworkReply is classified.

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
// (Writes that follow each other at once, as in a bulk cancel, may still share one:
// strace shows them doing so. The one-shot body is what guarantees a single send.)
// HTTP/2 is off for writes so that the HTTP/1.1 behaviour above is what applies.
// tests/api/sessionclient_test.cpp proves it against the sandbox ("reset" fault after
// a kept-alive GET; the server counts exactly one cancel).

namespace Dintero::Api {

namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

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

OneShotBody::OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::isSequential() const
{
    return true;
}

bool OneShotBody::reset()
{
    return false;
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

bool OneShotBody::atEnd() const
{
    return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
    if (count <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

HttpExchange::HttpExchange(SessionClientPrivate *client, SessionRequest *owner, QByteArray method, QUrl url,
    QByteArray body, std::function<void(const HttpOutcome &)> done)
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

HttpExchange::~HttpExchange()
{
    dropReply();
}

void HttpExchange::start()
{
    authorizeAndSend();
}

void HttpExchange::abort()
{
    m_aborted = true;
    m_retryTimer.stop();
    dropReply();
}

QString HttpExchange::what() const
{
    return QString::fromLatin1(m_method) + u' ' + Redaction::url(m_url);
}

void HttpExchange::authorizeAndSend()
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

void HttpExchange::send(const Credential &credential)
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

void HttpExchange::stopTooLarge()
{
    if (m_tooLarge || !m_reply)
        return;
    m_tooLarge = true;
    // abort() emits finished() at once: handleFinished() may finish the request and
    // a slot may delete the client, and with it this exchange. Nothing after this.
    m_reply->abort();
}

void HttpExchange::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_aborted)
        return;
    m_owner->m_processingClock.start();
    // A transfer timeout aborts the reply with OperationCanceledError; we did not.
    if (!m_tooLarge
        && (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)) {
        m_timedOut = true;
    }
    HttpOutcome outcome = m_client->classify(reply, m_write, m_timedOut, m_tooLarge, what());
    if (!m_sslErrors.isEmpty() && outcome.error.kind() == ApiError::Kind::Tls)
        outcome.error.setDetail(outcome.error.detail() + QStringLiteral(" [") + m_sslErrors + u']');
    const int status = outcome.status;
    qCDebug(lcConsoleApi).noquote() << "<-" << what() << "status" << status << "bytes" << reply->size() << "in"
                                    << m_elapsed.elapsed() << "ms"
                                    << (outcome.error.isError() ? ApiError::kindName(outcome.error.kind()) : QString());
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

bool HttpExchange::isRetryable(const ApiError &error)
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

void HttpExchange::scheduleRetry(const ApiError &error)
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

void HttpExchange::complete(const HttpOutcome &outcome)
{
    if (m_aborted)
        return;
    m_aborted = true; // nothing more happens in this exchange
    auto done = std::move(m_done);
    done(outcome);
}

void HttpExchange::dropReply()
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
    if (write && !featureToggles.isEmpty())
        request.setRawHeader("Dintero-Feature-Toggles", featureToggles.join(u',').toUtf8());
    if (write) {
        // See the comment at the top of this file.
        request.setPeerVerifyName(url.host());
        request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    return request;
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
        const int status = outcome.status;
        outcome.error = ApiError::fromErrorBody(status, body,
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
            unknown.setCode(outcome.error.code());
            unknown.setServerMessage(outcome.error.serverMessage());
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

} // namespace Dintero::Api
