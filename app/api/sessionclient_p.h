#pragma once

// Private to app/api: the machinery behind SessionClient, shared by its .cpp files
// (httpexchange.cpp, credentials.cpp, sessionreplies.cpp, sessionclient.cpp).

#include "api/redaction.h"
#include "api/sessionclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace Dintero::Api {

class HttpExchange;

// A request body Qt can read exactly once (see the comment at the top of
// httpexchange.cpp).
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent);

    bool isSequential() const override;
    bool reset() override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

// "list_sessions", "get_session", ... for logs and error details.
QString operationName(SessionRequest::Operation operation);

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
    // The sessions of a 2xx list answer (after nextCursorKnown(), if announced).
    void readListPage(ListReply *reply, const HttpOutcome &outcome);
    void handleSession(SessionReply *reply, const HttpOutcome &outcome);
    void handleCreated(CreatedReply *reply, const HttpOutcome &outcome);
    void handleCancel(CancelReply *reply, const HttpOutcome &outcome);
    void verifyCancel(CancelReply *reply, const ApiError &cancelError);
    void handleTransaction(TransactionReply *reply, const HttpOutcome &outcome);

    CreatedReply *create(
        SessionRequest::Operation operation, const QString &path, const QJsonObject &body, bool includeSession);

    SessionClient *q;
    ConnectionSettings settings;
    QPointer<QNetworkAccessManager> network;
    std::chrono::milliseconds transferTimeout = SessionClient::DefaultTransferTimeout;
    qint64 maxBodySize = SessionClient::DefaultMaxBodySize;
    SessionClient::RetryPolicy retryPolicy;
    QStringList featureToggles; // Dintero-Feature-Toggles on writes
    Core::Clock clock = [] {
        return QDateTime::currentDateTimeUtc();
    };

    // Token cache (client credentials only).
    QByteArray accessToken;
    QStringList tokenScopes; // the scope claim of accessToken, a hint only
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
        std::function<void(const HttpOutcome &)> done);
    ~HttpExchange() override;

    void start();
    void abort();
    QString what() const;

private:
    void authorizeAndSend();
    void send(const Credential &credential);
    void stopTooLarge();
    void handleFinished();
    static bool isRetryable(const ApiError &error);
    void scheduleRetry(const ApiError &error);
    void complete(const HttpOutcome &outcome);
    void dropReply();

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

} // namespace Dintero::Api
