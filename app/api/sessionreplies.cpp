#include "api/logging.h"
#include "api/sessionclient_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <utility>

// The typed replies: their accessors, and how a finished exchange's outcome becomes
// the result of each operation (parse, schema checks, a cancel's follow-up GET).

namespace Dintero::Api {

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

// A whole answer parsed into `Value` (Session, Transaction) with its fromJson(); nullopt
// and *error when the body is not JSON, not an object, or not such a value.
template <typename Value>
std::optional<Value> parseObject(const HttpOutcome &outcome, const QString &what, ApiError *error)
{
    const std::optional<QJsonDocument> document = parseBody(outcome, what, error);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        *error = schemaError(what + QStringLiteral(": the answer is not a JSON object"), outcome.status);
        return std::nullopt;
    }
    QString problem;
    std::optional<Value> value = Value::fromJson(document->object(), &problem);
    if (!value)
        *error = schemaError(what + QStringLiteral(": ") + problem, outcome.status);
    return value;
}

} // namespace

void SessionClientPrivate::handleList(ListReply *reply, const HttpOutcome &outcome)
{
    if (outcome.error.isError()) {
        finish(reply, outcome.error);
        return;
    }
    if (reply->m_announcesNextCursor) {
        const std::optional<Core::Session::PageIndex> index = Core::Session::indexPage(outcome.body);
        if (index && index->elementCount >= reply->m_filter.limit() && !index->lastId.isEmpty()) {
            const QPointer<ListReply> alive(reply);
            Q_EMIT reply->nextCursorKnown(index->lastId);
            if (!alive || reply->m_finished)
                return; // a slot aborted it, or deleted the client
            // The wait for the next turn is not the client's work (processingTime()).
            reply->m_processingTime += std::chrono::microseconds(reply->m_processingClock.nsecsElapsed() / 1000);
            QTimer::singleShot(0, reply, [this, reply, outcome] {
                if (reply->m_finished)
                    return;
                reply->m_processingClock.start();
                readListPage(reply, outcome);
            });
            return;
        }
    }
    readListPage(reply, outcome);
}

void SessionClientPrivate::readListPage(ListReply *reply, const HttpOutcome &outcome)
{
    // Straight from the bytes (Session::pageFromJson): a page is parsed several times
    // faster than through QJsonDocument.
    Core::Session::Page page = Core::Session::pageFromJson(outcome.body);
    if (page.problem != Core::Session::Page::Problem::None) {
        ApiError error(page.problem == Core::Session::Page::Problem::Syntax ? ApiError::Kind::MalformedBody
                                                                            : ApiError::Kind::Schema,
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
    std::optional<Core::Session> session = parseObject<Core::Session>(outcome, what, &error);
    if (!session) {
        finish(reply, error);
        return;
    }
    if (!session->warnings().isEmpty())
        qCInfo(lcConsoleApi).noquote() << what << "ignored fields:" << session->warnings().join(QLatin1String(", "));
    reply->m_session = std::move(*session);
    finish(reply);
}

void SessionClientPrivate::handleTransaction(TransactionReply *reply, const HttpOutcome &outcome)
{
    if (outcome.error.isError()) {
        ApiError error = outcome.error;
        // ApiError's own 404 text speaks of a session.
        if (error.kind() == ApiError::Kind::NotFound && error.serverMessage().isEmpty())
            error.setMessage(QCoreApplication::translate(
                "Dintero::Api::SessionClient", "The transaction was not found. It may belong to another account."));
        finish(reply, error);
        return;
    }
    const QString what = operationName(reply->operation());
    ApiError error;
    std::optional<Core::Transaction> transaction = parseObject<Core::Transaction>(outcome, what, &error);
    if (!transaction) {
        finish(reply, error);
        return;
    }
    // Field names only: the card's tokens are secrets, and no value is logged here.
    if (!transaction->warnings.isEmpty())
        qCInfo(lcConsoleApi).noquote() << what << "ignored fields:" << transaction->warnings.join(QLatin1String(", "));
    reply->m_transaction = std::move(*transaction);
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
void ListReply::setAnnouncesNextCursor(bool announce)
{
    m_announcesNextCursor = announce;
}
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

TransactionReply::TransactionReply(const QString &transactionId, SessionClient *client)
    : SessionRequest(Operation::GetTransaction, client), m_transactionId(transactionId)
{ }

TransactionReply::~TransactionReply() = default;
QString TransactionReply::transactionId() const
{
    return m_transactionId;
}
const Core::Transaction &TransactionReply::transaction() const
{
    return m_transaction;
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
} // namespace Dintero::Api
