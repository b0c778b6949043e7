#include "cancelrun.h"

#include "api/sessionclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCancel, "console.cancel", QtInfoMsg)

namespace Dintero::Cancel {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dintero::Cancel::CancelRun", text);
}

} // namespace

Core::Money CancelCandidate::amount() const
{
    if (transaction && !transaction->amount.currency.isEmpty())
        return transaction->amount;
    return session && session->hasAmount() ? session->amount() : Core::Money {};
}

Journal::JournalEntry CancelResult::journalEntry(
    const QString &accountId, const QString &apiHost, const QString &note) const
{
    Journal::JournalEntry entry;
    entry.accountId = accountId;
    entry.apiHost = apiHost;
    entry.operation = Journal::Operation::CancelSession;
    entry.sessionId = sessionId;
    entry.merchantReference = merchantReference;
    entry.amount = amount;
    entry.httpStatus = httpStatus;
    entry.note = note;
    switch (kind) {
    case Kind::Cancelled:
        entry.result = Journal::Outcome::Done;
        break;
    case Kind::Refused:
        entry.result = Journal::Outcome::Refused;
        break;
    case Kind::Unknown:
        entry.result = Journal::Outcome::Unknown;
        break;
    case Kind::Failed:
    case Kind::NotSent:
        entry.result = Journal::Outcome::Failed;
        break;
    }
    if (kind != Kind::Cancelled)
        entry.error = message;
    return entry;
}

QString CancelResult::summary() const
{
    QString what;
    switch (kind) {
    case Kind::Cancelled:
        what = tr("cancelled");
        break;
    case Kind::Refused:
        what = tr("refused");
        break;
    case Kind::Unknown:
        what = tr("outcome unknown");
        break;
    case Kind::Failed:
        what = tr("failed");
        break;
    case Kind::NotSent:
        what = tr("not sent");
        break;
    }
    QString line = sessionId;
    if (!merchantReference.isEmpty())
        line += QStringLiteral(" (") + merchantReference + u')';
    line += QStringLiteral(": ") + what;
    if (!message.isEmpty())
        line += QStringLiteral(" \u2014 ") + message;
    return line;
}

CancelRun::CancelRun(Api::SessionClient *client, const QStringList &sessionIds, Core::Clock clock, QObject *parent)
    : QObject(parent), m_client(client), m_sessionIds(sessionIds), m_clock(std::move(clock))
{
    m_sessionIds.removeDuplicates();
}

CancelRun::~CancelRun()
{
    // A read in flight may go; a cancel in flight has been sent and runs to its end in
    // the client, which owns the handle.
    if (m_inFlight && m_phase == Phase::Checking)
        m_inFlight->abort();
}

QStringList CancelRun::sessionIds() const
{
    return m_sessionIds;
}

CancelRun::Phase CancelRun::phase() const
{
    return m_phase;
}

void CancelRun::setPhase(Phase phase)
{
    m_phase = phase;
}

void CancelRun::preflight()
{
    if (m_phase != Phase::Ready)
        return;
    setPhase(Phase::Checking);
    m_candidates.clear();
    m_next = 0;
    checkNext();
}

void CancelRun::checkNext()
{
    if (m_stopped || !m_client || m_next >= m_sessionIds.size()) {
        finishCheck();
        return;
    }
    CancelCandidate candidate;
    candidate.sessionId = m_sessionIds.at(m_next);
    Api::SessionReply *reply = m_client->getSession(candidate.sessionId);
    m_inFlight = reply;
    connect(reply, &Api::SessionRequest::finished, this, [this, reply, candidate]() mutable {
        m_inFlight.clear();
        if (reply->hasError()) {
            candidate.readError = reply->error();
            candidate.assessment.verdict = CancelAssessment::Verdict::NotAllowed;
            candidate.assessment.reason = reply->error().kind() == Api::ApiError::Kind::NotFound
                ? tr("The session does not exist in this account.")
                : tr("The session could not be read: %1").arg(reply->error().message());
            m_candidates.append(candidate);
            ++m_next;
            Q_EMIT preflightProgress(m_next, int(m_sessionIds.size()));
            checkNext();
            return;
        }
        candidate.session = reply->session();
        Q_EMIT sessionChanged(reply->session());
        m_candidates.append(candidate);
        readTransaction(m_candidates.last());
    });
}

void CancelRun::readTransaction(CancelCandidate &candidate)
{
    const QString transactionId = candidate.session->transactionId();
    const auto done = [this] {
        CancelCandidate &c = m_candidates.last();
        c.assessment = assessCancel(*c.session, c.transaction, c.transactionError.isError(), Core::now(m_clock));
        ++m_next;
        Q_EMIT preflightProgress(m_next, int(m_sessionIds.size()));
        checkNext();
    };
    // Nothing to read for a session without a transaction, or one that is cancelled already.
    if (transactionId.isEmpty() || !candidate.session->canOfferCancel() || m_stopped || !m_client) {
        done();
        return;
    }
    Api::TransactionReply *reply = m_client->getTransaction(transactionId);
    m_inFlight = reply;
    connect(reply, &Api::SessionRequest::finished, this, [this, reply, done] {
        m_inFlight.clear();
        CancelCandidate &c = m_candidates.last();
        if (reply->hasError()) {
            c.transactionError = reply->error();
            qCInfo(lcCancel).noquote() << "transaction read failed:" << reply->error().detail();
        } else {
            c.transaction = reply->transaction();
        }
        done();
    });
}

void CancelRun::finishCheck()
{
    setPhase(Phase::Checked);
    Q_EMIT preflightFinished();
}

const QList<CancelCandidate> &CancelRun::candidates() const
{
    return m_candidates;
}

int CancelRun::cancellableCount() const
{
    return int(
        std::count_if(m_candidates.cbegin(), m_candidates.cend(), [](const CancelCandidate &c) { return c.mayTry(); }));
}

QMap<QString, qint64> CancelRun::totalsPerCurrency() const
{
    QMap<QString, qint64> totals;
    for (const CancelCandidate &candidate : m_candidates) {
        if (!candidate.mayTry())
            continue;
        const Core::Money amount = candidate.amount();
        if (!amount.currency.isEmpty())
            totals[amount.currency] += amount.minorUnits;
    }
    return totals;
}

void CancelRun::execute()
{
    if (m_phase != Phase::Checked)
        return;
    setPhase(Phase::Cancelling);
    m_results.clear();
    m_next = 0;
    sendNext();
}

void CancelRun::sendNext()
{
    const int total = cancellableCount();
    while (m_next < m_candidates.size() && !m_candidates.at(m_next).mayTry())
        ++m_next;
    if (m_next >= m_candidates.size() || m_stopped || !m_client) {
        // What was never sent is reported too, so the result list accounts for every session.
        for (const CancelCandidate &candidate : std::as_const(m_candidates)) {
            const bool reported = std::any_of(m_results.cbegin(), m_results.cend(),
                [&](const CancelResult &r) { return r.sessionId == candidate.sessionId; });
            if (reported)
                continue;
            CancelResult result;
            result.sessionId = candidate.sessionId;
            result.merchantReference = candidate.session ? candidate.session->merchantReference() : QString();
            result.amount = candidate.amount();
            result.kind = CancelResult::Kind::NotSent;
            result.message = candidate.mayTry() ? tr("Stopped before it was sent.") : candidate.assessment.reason;
            result.session = candidate.session;
            m_results.append(result);
            Q_EMIT resultReady(result);
        }
        setPhase(Phase::Finished);
        Q_EMIT finished();
        return;
    }
    Q_EMIT progress(int(std::count_if(m_results.cbegin(), m_results.cend(),
                        [](const CancelResult &r) { return r.kind != CancelResult::Kind::NotSent; })),
        total);
    const CancelCandidate &candidate = m_candidates.at(m_next);
    qCInfo(lcCancel).noquote() << "cancelling" << candidate.sessionId;
    Api::CancelReply *reply = m_client->cancelSession(candidate.sessionId);
    m_inFlight = reply;
    connect(reply, &Api::SessionRequest::finished, this, &CancelRun::handleCancelReply);
}

void CancelRun::handleCancelReply()
{
    auto *reply = qobject_cast<Api::CancelReply *>(sender());
    m_inFlight.clear();
    if (!reply)
        return;
    const CancelCandidate &candidate = m_candidates.at(m_next);
    CancelResult result;
    result.sessionId = candidate.sessionId;
    result.merchantReference = candidate.session ? candidate.session->merchantReference() : QString();
    result.amount = candidate.amount();
    result.session = reply->session() ? reply->session() : candidate.session;
    const Api::ApiError &error = reply->error();
    result.httpStatus = error.httpStatus() ? error.httpStatus() : (reply->hasError() ? 0 : 200);

    switch (reply->outcome()) {
    case Api::CancelReply::Outcome::Cancelled:
        result.kind = CancelResult::Kind::Cancelled;
        if (reply->wasVerified())
            result.message = tr("The answer was lost; reading the session again shows it cancelled.");
        break;
    case Api::CancelReply::Outcome::NotCancelled:
        if (reply->wasVerified()) {
            result.kind = CancelResult::Kind::Unknown;
            result.message = tr("The answer was lost (%1); reading the session again shows it is not cancelled.")
                                 .arg(error.message());
        } else if (error.kind() == Api::ApiError::Kind::BadRequest) {
            result.kind = CancelResult::Kind::Refused;
            result.message = error.serverMessage().isEmpty() ? error.message() : error.serverMessage();
        } else if (error.kind() == Api::ApiError::Kind::Forbidden) {
            result.kind = CancelResult::Kind::Failed;
            result.message = tr("This credential may not change sessions (403): it can only read them.");
        } else {
            result.kind = CancelResult::Kind::Failed;
            result.message = error.message();
        }
        break;
    case Api::CancelReply::Outcome::Unknown:
        result.kind = CancelResult::Kind::Unknown;
        result.message = tr("The answer was lost (%1) and the session could not be read again (%2): check it "
                            "before trying again.")
                             .arg(error.message(), reply->verificationError().message());
        break;
    }
    if (reply->session())
        Q_EMIT sessionChanged(*reply->session());
    m_results.append(result);
    Q_EMIT resultReady(result);
    ++m_next;
    sendNext();
}

void CancelRun::stop()
{
    m_stopped = true;
    // A read may be abandoned at once; a cancel that was sent is waited for.
    if (m_phase == Phase::Checking && m_inFlight)
        m_inFlight->abort();
}

bool CancelRun::isStopped() const
{
    return m_stopped;
}

const QList<CancelResult> &CancelRun::results() const
{
    return m_results;
}

int CancelRun::count(CancelResult::Kind kind) const
{
    return int(
        std::count_if(m_results.cbegin(), m_results.cend(), [kind](const CancelResult &r) { return r.kind == kind; }));
}

} // namespace Dintero::Cancel
