#pragma once

#include "api/apierror.h"
#include "core/clock.h"
#include "core/session.h"
#include "core/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>

class QTimer;

namespace Dintero::Api {
class SessionClient;
class SessionRequest;
} // namespace Dintero::Api

namespace Dintero::Links {

// How often a watched link is read. The defaults are what the console promises: every
// 10 s for the first 5 minutes after the link was made, then every minute, and never more
// than one request per second for all links together. Tests and benchmarks scale it.
struct WatchSchedule
{
    std::chrono::milliseconds fastInterval { 10000 };
    std::chrono::milliseconds fastPeriod { 5 * 60 * 1000 };
    std::chrono::milliseconds slowInterval { 60000 };
    std::chrono::milliseconds spacing { 1000 }; // between any two requests of the watch
};

// Why a watch ended.
enum class LinkEnd {
    Completed, // the customer paid or saved the card
    Cancelled,
    Expired,
    Failed, // the payment (or card check) failed
    NotFound, // 404: the session is gone
};

// Watches payment links until the customer has used them: a light poll of
// GET /v1/sessions/{id} per session, at most one request in flight per session and one
// request per `spacing` for all of them, the due session that waited longest first. A
// watch ends when the session is completed, cancelled, expired or failed; a completed
// one's transaction is then read with includes=card.payment_token so that the card and
// its token are known (the token is a secret: it is never logged). A failed poll is
// tried again at the next tick, never sooner; 401 and 403 pause the watch (with the
// reason) until watch() or setClient() starts it again.
//
// Uses (does not own) the client. Give it a client of its own with automatic retries
// off (Api::SessionClient::RetryPolicy::maxRetries = 0), so that a poll is one request.
class LinkWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkWatch)

public:
    explicit LinkWatch(WatchSchedule schedule = {}, Core::Clock clock = {}, QObject *parent = nullptr);
    ~LinkWatch() override;

    // Requests in flight are dropped; paused watches start again with this client.
    void setClient(Api::SessionClient *client);
    const WatchSchedule &schedule() const;

    // Starts (or resumes) watching a session. `since` is when its link was made (the fast
    // period counts from it); invalid means now. The first read is due at once.
    void watch(const QString &sessionId, const QDateTime &since = {});
    void unwatch(const QString &sessionId);
    bool isWatching(const QString &sessionId) const; // still read: not paused, not completed
    QStringList watchedSessionIds() const;
    // GET requests sent so far (sessions and transactions), for diagnostics.
    int requestsSent() const;

Q_SIGNALS:
    // A poll answered; the session as the server has it now.
    void sessionUpdated(const Core::Session &session, const QDateTime &checkedAt);
    // The customer has used the link; the watch ends (the card is read next).
    void linkCompleted(const Core::Session &session);
    // The completed session's transaction, with its card and token.
    void transactionRead(const QString &sessionId, const Core::Transaction &transaction);
    // The watch ended without completion (cancelled, expired, failed, not found).
    void linkEnded(const QString &sessionId, Dintero::Links::LinkEnd end, const QString &reason);
    // 401 or 403: no more reads until watch() or setClient().
    void watchPaused(const QString &sessionId, const QString &reason);
    // A poll failed; it is tried again at the next tick.
    void pollFailed(const QString &sessionId, const Api::ApiError &error);

private:
    enum class Phase {
        Polling,
        ReadingCard, // completed; its transaction is read once more if that failed
        Paused,
    };
    struct Entry
    {
        QString sessionId;
        QDateTime since; // the link's creation, by the clock
        qint64 dueMs = 0; // by m_monotonic
        Phase phase = Phase::Polling;
        QString transactionId;
        QPointer<Api::SessionRequest> inFlight;
    };

    void scheduleNext();
    void sendNext();
    void poll(Entry &entry);
    void readCard(Entry &entry);
    void handleSession(const QString &sessionId, Api::SessionRequest *reply, const Core::Session &session);
    std::chrono::milliseconds intervalFor(const Entry &entry) const;
    void finish(const QString &sessionId);
    qint64 nowMs() const;

    WatchSchedule m_schedule;
    Core::Clock m_clock;
    QPointer<Api::SessionClient> m_client;
    QHash<QString, Entry> m_entries;
    QElapsedTimer m_monotonic;
    qint64 m_lastSentMs = -1;
    QTimer *m_timer;
    int m_requestsSent = 0;
};

} // namespace Dintero::Links
