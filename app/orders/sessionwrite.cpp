#include "sessionwrite.h"

#include "api/sessionclient.h"
#include "journal/journalentry.h"

namespace Dintero::Orders {

QString PublishResult::meaning() const
{
    const bool sms = channel == QLatin1String("sms");
    if (status == QLatin1String("sent"))
        return sms ? LockRule::tr("Sent: the SMS with the link is on its way to the customer's phone.")
                   : LockRule::tr("Sent: the notification with the link went to the customer's app.");
    if (status == QLatin1String("skipped"))
        return LockRule::tr("Skipped: Dintero did not send it (no phone number or channel for this customer); "
                            "hand the link over yourself.");
    if (status == QLatin1String("failed"))
        return LockRule::tr("Failed: Dintero tried but the message could not be delivered; "
                            "check the number and hand the link over yourself.");
    return LockRule::tr("Unknown status \"%1\": treat the link as not sent.").arg(status);
}

QList<PublishResult> publishResults(const QJsonArray &publish)
{
    QList<PublishResult> results;
    for (const QJsonValue &value : publish) {
        const QJsonObject object = value.toObject();
        results.append(
            { object.value(QLatin1String("channel")).toString(), object.value(QLatin1String("type")).toString(),
                object.value(QLatin1String("id")).toString(), object.value(QLatin1String("status")).toString() });
    }
    return results;
}

bool LockRule::isLockedForPaying(const Core::Session &session)
{
    bool locked = false;
    for (const Core::SessionEvent &event : session.events()) {
        if (event.name == QLatin1String("PAY_LOCK_START"))
            locked = true;
        else if (event.name == QLatin1String("PAY_LOCK_END"))
            locked = false;
    }
    return locked;
}

std::optional<QString> LockRule::updateRefusal(const Core::Session &session)
{
    if (session.cancelledAt().isValid())
        return tr("The session is cancelled; its order can no longer be changed.");
    if (!session.transactionId().isEmpty())
        return tr("The customer has started paying (transaction %1); the order can no longer be changed.")
            .arg(session.transactionId());
    return std::nullopt;
}

QString LockRule::explanation(bool locked)
{
    const QString rule = tr("Dintero accepts a changed order only while the session is locked for paying: the "
                            "checkout page takes that lock while the customer pays, so that the order never "
                            "changes under a customer who has not seen it.");
    return rule + u' '
        + (locked ? tr("This session is locked now: the update is accepted and the lock is released.")
                  : tr("This session is not locked now: the update will be refused unless it is sent without "
                       "the lock."));
}

QString LockRule::withoutLockWarning()
{
    return tr("Only while the customer has not been shown the checkout yet: a customer on the page would pay "
              "an order that changed without their knowing.");
}

SessionWrite::SessionWrite(Api::SessionClient *client, WriteKind kind, OrderDraft draft, QString sessionId,
    bool updateWithoutLock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_draft(std::move(draft))
    , m_sessionId(std::move(sessionId))
    , m_updateWithoutLock(updateWithoutLock)
{ }

SessionWrite::~SessionWrite() = default;

WriteKind SessionWrite::kind() const
{
    return m_kind;
}

const OrderDraft &SessionWrite::draft() const
{
    return m_draft;
}

bool SessionWrite::start()
{
    if (m_started || !m_client)
        return false;
    m_started = true;
    Api::SessionRequest *request = nullptr;
    switch (m_kind) {
    case WriteKind::CreateFromProfile:
        request = m_client->createSessionFromProfile(m_draft.profileBody(), true);
        break;
    case WriteKind::Create:
        request = m_client->createSession(m_draft.sessionBody(), true);
        break;
    case WriteKind::Update:
        request = m_client->updateSession(m_sessionId, m_draft.updateBody(), m_updateWithoutLock);
        break;
    }
    connect(request, &Api::SessionRequest::finished, this, [this, request] { handleFinished(request); });
    return true;
}

void SessionWrite::handleFinished(Api::SessionRequest *request)
{
    m_finished = true;
    m_error = request->error();
    if (!m_error.isError()) {
        if (auto *created = qobject_cast<Api::CreatedReply *>(request)) {
            m_sessionId = created->id();
            m_link = created->url();
            m_publish = publishResults(created->publish());
            m_session = created->session();
        } else if (auto *updated = qobject_cast<Api::SessionReply *>(request)) {
            m_session = updated->session();
        }
    }
    Q_EMIT finished();
}

bool SessionWrite::isStarted() const
{
    return m_started;
}

bool SessionWrite::isFinished() const
{
    return m_finished;
}

bool SessionWrite::succeeded() const
{
    return m_finished && !m_error.isError();
}

const Api::ApiError &SessionWrite::error() const
{
    return m_error;
}

QList<FieldProblem> SessionWrite::problems() const
{
    if (!m_error.isError())
        return {};
    if (m_error.kind() == Api::ApiError::Kind::BadRequest && !m_error.serverMessage().isEmpty())
        return problemsFromServerMessage(m_error.serverMessage());
    return { { OrderField::Other, m_error.message(), -1 } };
}

QString SessionWrite::sessionId() const
{
    return m_sessionId;
}

QUrl SessionWrite::link() const
{
    return m_link;
}

QList<PublishResult> SessionWrite::publish() const
{
    return m_publish;
}

const std::optional<Core::Session> &SessionWrite::session() const
{
    return m_session;
}

Journal::JournalEntry SessionWrite::journalEntry(const QString &accountId, const QString &apiHost) const
{
    Journal::JournalEntry entry;
    entry.accountId = accountId;
    entry.apiHost = apiHost;
    switch (m_kind) {
    case WriteKind::CreateFromProfile:
        entry.operation = Journal::Operation::CreateSessionFromProfile;
        break;
    case WriteKind::Create:
        entry.operation = Journal::Operation::CreateSession;
        break;
    case WriteKind::Update:
        entry.operation = Journal::Operation::UpdateSession;
        break;
    }
    entry.sessionId = m_sessionId;
    entry.merchantReference = m_draft.merchantReference.trimmed();
    entry.amount = { m_draft.amount, m_draft.currency };
    entry.httpStatus = m_error.isError() ? m_error.httpStatus() : 200;
    if (!m_error.isError()) {
        entry.result = Journal::Outcome::Done;
    } else {
        entry.error = m_error.message();
        switch (m_error.kind()) {
        case Api::ApiError::Kind::OutcomeUnknown:
            entry.result = Journal::Outcome::Unknown;
            break;
        case Api::ApiError::Kind::BadRequest:
        case Api::ApiError::Kind::Unauthorized:
        case Api::ApiError::Kind::Forbidden:
        case Api::ApiError::Kind::NotFound:
            entry.result = Journal::Outcome::Refused;
            break;
        default:
            entry.result = Journal::Outcome::Failed;
            break;
        }
    }
    return entry;
}

} // namespace Dintero::Orders
