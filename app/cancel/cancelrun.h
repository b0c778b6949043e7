#pragma once

#include "api/apierror.h"
#include "cancel/cancelrule.h"
#include "core/clock.h"
#include "core/money.h"
#include "core/session.h"
#include "core/transaction.h"
#include "journal/journalentry.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Dintero::Api {
class SessionClient;
class SessionRequest;
} // namespace Dintero::Api

namespace Dintero::Cancel {

// One session as the preflight found it just before the agent confirms.
struct CancelCandidate
{
    QString sessionId;
    std::optional<Core::Session> session; // nullopt when its re-read failed
    std::optional<Core::Transaction> transaction; // nullopt without one, or when its read failed
    Api::ApiError readError; // the session's re-read
    Api::ApiError transactionError; // the transaction's read
    CancelAssessment assessment;

    bool mayTry() const { return session.has_value() && assessment.mayTry(); }
    Core::Money amount() const;
};

// What happened to one session's cancel.
struct CancelResult
{
    enum class Kind {
        Cancelled, // confirmed by the answer, or by re-reading the session
        Refused, // the server said no (400) and why
        Unknown, // the answer was lost; what re-reading the session showed is in message
        Failed, // not done: forbidden, not found, the request could not be sent
        NotSent, // not allowed by the preflight, or the run was stopped before it
    };

    QString sessionId;
    QString merchantReference;
    Core::Money amount;
    Kind kind = Kind::NotSent;
    int httpStatus = 0;
    QString message; // for the agent: the reason, the error, or what the re-read showed
    std::optional<Core::Session> session; // the session afterwards, when known

    // The journal's line for it (never for NotSent: nothing happened).
    Journal::JournalEntry journalEntry(const QString &accountId, const QString &apiHost, const QString &note) const;
    // One line for the result list and its text copy.
    QString summary() const;
};

// Cancels one or several sessions the way §6 and the console's promises require:
// first a preflight re-reads each session and its transaction, one after the other
// (progress, stop()), so the confirmation shows what is true now; then execute() sends
// one POST per session that may be cancelled, one at a time, never in parallel and
// never retried (SessionClient never re-sends a write; an unknown outcome is checked
// with one GET). stop() takes effect between requests: a request already sent runs to
// its end. Uses (does not own) the client.
class CancelRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelRun)

public:
    enum class Phase {
        Ready,
        Checking,
        Checked, // candidates() are known; waiting for execute()
        Cancelling,
        Finished,
    };
    Q_ENUM(Phase)

    CancelRun(Api::SessionClient *client, const QStringList &sessionIds, Core::Clock clock, QObject *parent = nullptr);
    ~CancelRun() override;

    QStringList sessionIds() const;
    Phase phase() const;

    void preflight();
    const QList<CancelCandidate> &candidates() const;
    int cancellableCount() const;
    // The amounts of the sessions that may be cancelled, summed per currency.
    QMap<QString, qint64> totalsPerCurrency() const;

    // Sends the cancels of the candidates that may be cancelled, one after the other.
    void execute();
    void stop();
    bool isStopped() const;

    const QList<CancelResult> &results() const;
    int count(CancelResult::Kind kind) const;

Q_SIGNALS:
    void preflightProgress(int checked, int total);
    void preflightFinished();
    void progress(int done, int total);
    // A session changed on the server (cancelled, or re-read): update the rows shown.
    void sessionChanged(const Dintero::Core::Session &session);
    void resultReady(const Dintero::Cancel::CancelResult &result);
    void finished();

private:
    void checkNext();
    void readTransaction(CancelCandidate &candidate);
    void finishCheck();
    void sendNext();
    void handleCancelReply();
    void setPhase(Phase phase);

    QPointer<Api::SessionClient> m_client;
    QStringList m_sessionIds;
    Core::Clock m_clock;
    Phase m_phase = Phase::Ready;
    QList<CancelCandidate> m_candidates;
    QList<CancelResult> m_results;
    QPointer<Api::SessionRequest> m_inFlight;
    int m_next = 0;
    bool m_stopped = false;
};

} // namespace Dintero::Cancel
