#include "linkwatch.h"

#include "api/sessionclient.h"
#include "core/sessionstatus.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcLinks, "console.links", QtInfoMsg)

namespace Dintero::Links {

LinkWatch::LinkWatch(WatchSchedule schedule, Core::Clock clock, QObject *parent)
    : QObject(parent), m_schedule(schedule), m_clock(std::move(clock)), m_timer(new QTimer(this))
{
    m_monotonic.start();
    m_timer->setSingleShot(true);
    // Precise: the spacing is a promise to the server, and a coarse timer may fire early.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LinkWatch::sendNext);
}

LinkWatch::~LinkWatch()
{
    for (Entry &entry : m_entries) {
        if (entry.inFlight)
            entry.inFlight->disconnect(this);
    }
}

void LinkWatch::setClient(Api::SessionClient *client)
{
    for (Entry &entry : m_entries) {
        if (entry.inFlight) {
            entry.inFlight->disconnect(this);
            entry.inFlight->abort();
            entry.inFlight = nullptr;
        }
        if (entry.phase == Phase::Paused)
            entry.phase = entry.transactionId.isEmpty() ? Phase::Polling : Phase::ReadingCard;
        entry.dueMs = nowMs();
    }
    m_client = client;
    scheduleNext();
}

const WatchSchedule &LinkWatch::schedule() const
{
    return m_schedule;
}

void LinkWatch::watch(const QString &sessionId, const QDateTime &since)
{
    if (sessionId.isEmpty())
        return;
    auto it = m_entries.find(sessionId);
    if (it == m_entries.end()) {
        Entry entry;
        entry.sessionId = sessionId;
        entry.since = since.isValid() ? since : Core::now(m_clock);
        entry.dueMs = nowMs();
        m_entries.insert(sessionId, entry);
        qCDebug(lcLinks) << "watching" << sessionId;
    } else if (it->phase == Phase::Paused) {
        it->phase = it->transactionId.isEmpty() ? Phase::Polling : Phase::ReadingCard;
        it->dueMs = nowMs();
    }
    scheduleNext();
}

void LinkWatch::unwatch(const QString &sessionId)
{
    const auto it = m_entries.find(sessionId);
    if (it == m_entries.end())
        return;
    if (it->inFlight) {
        it->inFlight->disconnect(this);
        it->inFlight->abort();
    }
    m_entries.erase(it);
    scheduleNext();
}

bool LinkWatch::isWatching(const QString &sessionId) const
{
    const auto it = m_entries.constFind(sessionId);
    return it != m_entries.cend() && it->phase == Phase::Polling;
}

QStringList LinkWatch::watchedSessionIds() const
{
    return m_entries.keys();
}

int LinkWatch::requestsSent() const
{
    return m_requestsSent;
}

qint64 LinkWatch::nowMs() const
{
    return m_monotonic.elapsed();
}

std::chrono::milliseconds LinkWatch::intervalFor(const Entry &entry) const
{
    const qint64 age = entry.since.msecsTo(Core::now(m_clock));
    return age < m_schedule.fastPeriod.count() ? m_schedule.fastInterval : m_schedule.slowInterval;
}

void LinkWatch::scheduleNext()
{
    if (!m_client) {
        m_timer->stop();
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.phase != Phase::Paused && !entry.inFlight)
            earliest = std::min(earliest, entry.dueMs);
    }
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_timer->stop();
        return;
    }
    if (m_lastSentMs >= 0)
        earliest = std::max(earliest, m_lastSentMs + qint64(m_schedule.spacing.count()));
    m_timer->start(int(std::clamp<qint64>(earliest - nowMs(), 0, std::numeric_limits<int>::max())));
}

void LinkWatch::sendNext()
{
    const qint64 now = nowMs();
    if (m_client && (m_lastSentMs < 0 || now >= m_lastSentMs + qint64(m_schedule.spacing.count()))) {
        // The due entry that has waited longest: fair however many links there are.
        Entry *next = nullptr;
        for (Entry &entry : m_entries) {
            if (entry.phase == Phase::Paused || entry.inFlight || entry.dueMs > now)
                continue;
            if (!next || entry.dueMs < next->dueMs)
                next = &entry;
        }
        if (next) {
            m_lastSentMs = now;
            ++m_requestsSent;
            if (next->phase == Phase::ReadingCard)
                readCard(*next);
            else
                poll(*next);
        }
    }
    scheduleNext();
}

void LinkWatch::poll(Entry &entry)
{
    // The next tick counts from this request, so that a slow answer does not stretch it.
    entry.dueMs = nowMs() + intervalFor(entry).count();
    Api::SessionReply *reply = m_client->getSession(entry.sessionId);
    entry.inFlight = reply;
    const QString sessionId = entry.sessionId;
    connect(reply, &Api::SessionRequest::finished, this, [this, reply, sessionId] {
        handleSession(sessionId, reply, reply->hasError() ? Core::Session() : reply->session());
    });
}

void LinkWatch::handleSession(const QString &sessionId, Api::SessionRequest *reply, const Core::Session &session)
{
    const auto it = m_entries.find(sessionId);
    if (it == m_entries.end())
        return;
    it->inFlight = nullptr;
    if (reply->hasError()) {
        const Api::ApiError &error = reply->error();
        qCInfo(lcLinks).noquote() << "watch of" << sessionId << "could not read the session:" << error.detail();
        switch (error.kind()) {
        case Api::ApiError::Kind::NotFound:
            finish(sessionId);
            Q_EMIT linkEnded(sessionId, LinkEnd::NotFound, tr("The session no longer exists."));
            break;
        case Api::ApiError::Kind::Unauthorized:
        case Api::ApiError::Kind::Forbidden:
            it->phase = Phase::Paused;
            Q_EMIT watchPaused(sessionId, error.message());
            break;
        case Api::ApiError::Kind::Aborted:
            break;
        default:
            Q_EMIT pollFailed(sessionId, error);
            break;
        }
        scheduleNext();
        return;
    }

    const QDateTime checkedAt = Core::now(m_clock);
    const Core::SessionStatus status = session.status(checkedAt);
    if (status == Core::SessionStatus::Authorized) {
        qCInfo(lcLinks) << "link completed:" << sessionId;
        it->transactionId = session.transactionId();
        if (it->transactionId.isEmpty()) {
            finish(sessionId);
        } else {
            it->phase = Phase::ReadingCard;
            it->dueMs = nowMs();
        }
    }
    // The receivers may unwatch: the entry is not touched after this.
    Q_EMIT sessionUpdated(session, checkedAt);
    switch (status) {
    case Core::SessionStatus::Authorized:
        Q_EMIT linkCompleted(session);
        break;
    case Core::SessionStatus::Cancelled:
        finish(sessionId);
        Q_EMIT linkEnded(sessionId, LinkEnd::Cancelled, tr("The link was cancelled."));
        break;
    case Core::SessionStatus::Expired:
        finish(sessionId);
        Q_EMIT linkEnded(sessionId, LinkEnd::Expired, tr("The link expired before it was used."));
        break;
    case Core::SessionStatus::Failed:
        finish(sessionId);
        Q_EMIT linkEnded(sessionId, LinkEnd::Failed, tr("The payment failed."));
        break;
    default:
        break;
    }
    scheduleNext();
}

void LinkWatch::readCard(Entry &entry)
{
    entry.dueMs = nowMs() + intervalFor(entry).count();
    Api::TransactionReply *reply
        = m_client->getTransaction(entry.transactionId, { QStringLiteral("card.payment_token") });
    entry.inFlight = reply;
    const QString sessionId = entry.sessionId;
    connect(reply, &Api::SessionRequest::finished, this, [this, reply, sessionId] {
        const auto it = m_entries.find(sessionId);
        if (it == m_entries.end())
            return;
        it->inFlight = nullptr;
        if (!reply->hasError()) {
            const Core::Transaction transaction = reply->transaction();
            finish(sessionId);
            Q_EMIT transactionRead(sessionId, transaction);
        } else if (reply->error().kind() == Api::ApiError::Kind::NotFound) {
            finish(sessionId); // the session says completed; only the card is not to be had
        } else if (reply->error().kind() == Api::ApiError::Kind::Unauthorized
            || reply->error().kind() == Api::ApiError::Kind::Forbidden) {
            it->phase = Phase::Paused;
            Q_EMIT watchPaused(sessionId, reply->error().message());
        } else if (reply->error().kind() != Api::ApiError::Kind::Aborted) {
            Q_EMIT pollFailed(sessionId, reply->error());
        }
        scheduleNext();
    });
}

void LinkWatch::finish(const QString &sessionId)
{
    m_entries.remove(sessionId);
}

} // namespace Dintero::Links
