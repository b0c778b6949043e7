#include "api/sessionclient.h"

#include "api/logging.h"
#include "api/sessionclient_p.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

// SessionClient's operations, and the start and finish of every request handle. The
// HTTP machinery is in httpexchange.cpp, credentials in credentials.cpp, the typed
// replies in sessionreplies.cpp.

namespace Dintero::Api {

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
    case SessionRequest::Operation::GetTransaction:
        return QStringLiteral("get_transaction");
    }
    return {};
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
        request->m_processingTime += std::chrono::microseconds(request->m_processingClock.nsecsElapsed() / 1000);
    if (HttpExchange *exchange = active.take(request)) {
        exchange->abort();
        exchange->deleteLater();
    }
    // An abort was asked for (a newer request, a stopped walk, a closed window): no failure.
    if (error.kind() == ApiError::Kind::Aborted) {
        qCDebug(lcConsoleApi).noquote() << redactText(error.detail());
    } else if (error.isError()) {
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

QStringList SessionClient::featureToggles() const
{
    return d->featureToggles;
}
void SessionClient::setFeatureToggles(const QStringList &toggles)
{
    d->featureToggles = toggles;
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

TransactionReply *SessionClient::getTransaction(const QString &transactionId, const QStringList &includes)
{
    auto *reply = new TransactionReply(transactionId, this);
    QUrlQuery query;
    for (const QString &include : includes)
        query.addQueryItem(QStringLiteral("includes"), include);
    const QString path = QStringLiteral("/transactions/") + QString::fromLatin1(QUrl::toPercentEncoding(transactionId));
    d->start(reply, "GET", d->endpoint(path, query), {},
        [this, reply](const HttpOutcome &outcome) { d->handleTransaction(reply, outcome); });
    return reply;
}

} // namespace Dintero::Api
