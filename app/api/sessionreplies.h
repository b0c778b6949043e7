#pragma once

#include "api/apierror.h"
#include "core/session.h"
#include "core/sessionfilter.h"
#include "core/transaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

// The typed reply handles SessionClient's operations return (api/sessionclient.h
// includes this header).

namespace Dintero::Api {

class SessionClient;

// The handle of one API operation. Owned by the SessionClient that created it, which
// deletes it (deleteLater) right after finished(): read the result in a slot connected
// to finished(), never later. finished() is emitted exactly once and never before the
// creating call has returned, also for requests that fail immediately.
class SessionRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRequest)

public:
    enum class Operation {
        ListSessions,
        GetSession,
        CreateSession,
        CreateSessionFromProfile,
        UpdateSession,
        CancelSession,
        CreatePaymentTokenSession,
        GetTransaction,
    };
    Q_ENUM(Operation)

    ~SessionRequest() override;

    Operation operation() const;
    bool isFinished() const;
    // Kind None on success.
    const ApiError &error() const;
    bool hasError() const;
    // HTTP requests sent for this handle: 1 + automatic retries + a resend after a 401
    // (+ the follow-up GET of an uncertain cancel); token requests not counted.
    int attempts() const;
    // Time the client spent on the last answer after its bytes arrived (status and
    // error handling, JSON parse, building the result), for diagnostics and benchmarks.
    std::chrono::microseconds processingTime() const;

    // Stops the operation: the HTTP request in flight is aborted, error() becomes
    // Aborted and finished() is emitted at once (unless it already was). Aborting a
    // write that was already sent does not undo it on the server.
    void abort();

Q_SIGNALS:
    void finished();

protected:
    SessionRequest(Operation operation, SessionClient *client);

private:
    friend class SessionClient;
    friend class SessionClientPrivate;
    friend class HttpExchange;

    Operation m_operation;
    QPointer<SessionClient> m_client;
    ApiError m_error;
    bool m_finished = false;
    int m_attempts = 0;
    QElapsedTimer m_processingClock;
    std::chrono::microseconds m_processingTime { 0 };
};

// GET /v1/sessions: one page.
class ListReply final : public SessionRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListReply)

public:
    ListReply(const Core::SessionFilter &filter, const QString &startingAfter, SessionClient *client);
    ~ListReply() override;

    const Core::SessionFilter &filter() const;
    QString startingAfter() const;
    const QList<Core::Session> &sessions() const;
    // A full page (as many sessions as the limit) means there may be more; the cursor
    // for the next page is the id of the last session.
    bool hasMore() const;
    QString nextCursor() const;
    // Elements of the page that could not be used (missing id), for the log.
    QString parseProblems() const;

    // Asks for nextCursorKnown(): a walk that wants the next page anyway can ask for it
    // while this one is still being read.
    void setAnnouncesNextCursor(bool announce);

Q_SIGNALS:
    // A full, valid page arrived; `cursor` is what nextCursor() will be. Emitted before
    // the sessions are read: they, and finished(), follow on a later turn of the event
    // loop, so that a request made here is on its way by then.
    void nextCursorKnown(const QString &cursor);

private:
    friend class SessionClientPrivate;
    Core::SessionFilter m_filter;
    QString m_startingAfter;
    QList<Core::Session> m_sessions;
    bool m_hasMore = false;
    bool m_announcesNextCursor = false;
    QString m_parseProblems;
};

// GET /v1/sessions/{id} and PUT /v1/sessions/{id}: the session.
class SessionReply final : public SessionRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionReply)

public:
    SessionReply(Operation operation, const QString &sessionId, SessionClient *client);
    ~SessionReply() override;

    QString sessionId() const;
    // Valid only without error.
    const Core::Session &session() const;

private:
    friend class SessionClientPrivate;
    QString m_sessionId;
    Core::Session m_session;
};

// POST /v1/sessions, /v1/sessions-profile and /v1/sessions/payment-token.
class CreatedReply final : public SessionRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatedReply)

public:
    CreatedReply(Operation operation, SessionClient *client);
    ~CreatedReply() override;

    QString id() const;
    QUrl url() const; // the hosted checkout page (payment link)
    QJsonArray publish() const; // configuration.publish results, if any
    const std::optional<Core::Session> &session() const; // only with includeSession

private:
    friend class SessionClientPrivate;
    QString m_id;
    QUrl m_url;
    QJsonArray m_publish;
    std::optional<Core::Session> m_session;
};

// POST /v1/sessions/{id}/cancel. Never retried. When the answer is lost after the
// request was sent (connection dropped, timeout, truncated or malformed 200 body), or
// is a 5xx (which does not say whether the cancel happened), the error is OutcomeUnknown and the client reads the
// session once with a GET (never a second POST); outcome() and session() then say what that GET found.
class CancelReply final : public SessionRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelReply)

public:
    enum class Outcome {
        Cancelled, // the server confirmed, or the follow-up GET shows cancelled_at
        NotCancelled, // refused, failed before it was sent, or the GET shows it open
        Unknown, // the answer was lost and the follow-up GET failed too
    };
    Q_ENUM(Outcome)

    CancelReply(const QString &sessionId, SessionClient *client);
    ~CancelReply() override;

    QString sessionId() const;
    Outcome outcome() const;
    // The session after the cancel (from the cancel's answer or the follow-up GET).
    const std::optional<Core::Session> &session() const;
    // True when session() came from the follow-up GET.
    bool wasVerified() const;
    // The follow-up GET's own error, when it failed.
    const ApiError &verificationError() const;

private:
    friend class SessionClientPrivate;
    QString m_sessionId;
    Outcome m_outcome = Outcome::Unknown;
    std::optional<Core::Session> m_session;
    bool m_verified = false;
    ApiError m_verificationError;
};

// GET /v1/transactions/{id}: the transaction (reference §4.9). With
// includes=card.payment_token its card carries the payment token: a secret, never
// to be logged.
class TransactionReply final : public SessionRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionReply)

public:
    TransactionReply(const QString &transactionId, SessionClient *client);
    ~TransactionReply() override;

    QString transactionId() const;
    // Valid only without error.
    const Core::Transaction &transaction() const;

private:
    friend class SessionClientPrivate;
    QString m_transactionId;
    Core::Transaction m_transaction;
};

} // namespace Dintero::Api
