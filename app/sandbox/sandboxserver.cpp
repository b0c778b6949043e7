#include "sandboxserver.h"

#include "openapivalidator.h"
#include "sandboxdata.h"
#include "sandboxfaults.h"
#include "sandboxhostedpage.h"
#include "sandboxstore.h"
#include "sandboxtokens.h"
#include "sandboxtransactions.h"
#include "sandboxvalidation.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace Dintero::Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "console.sandbox", QtInfoMsg)

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Method = QHttpServerRequest::Method;

// A response before it is put on the wire (and perhaps spoiled by a fault).
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    Headers headers;
};

HttpReply jsonReply(int status, const QByteArray &json)
{
    return { status, json, "application/json", {} };
}

HttpReply jsonReply(int status, const QJsonObject &object)
{
    return jsonReply(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Dintero's error envelope: {"error": {"code", "message", "errors"}}.
HttpReply errorReply(int status, const QString &code, const QString &message, const QJsonArray &errors = {})
{
    QJsonObject error { { QStringLiteral("message"), message }, { QStringLiteral("errors"), errors } };
    if (!code.isEmpty())
        error.insert(QStringLiteral("code"), code);
    return jsonReply(status, QJsonObject { { QStringLiteral("error"), error } });
}

HttpReply validationReply(const QList<FieldProblem> &problems)
{
    QJsonArray errors;
    for (const FieldProblem &problem : problems)
        errors.append(
            QJsonObject { { QStringLiteral("field"), problem.field }, { QStringLiteral("message"), problem.message } });
    return errorReply(400, QStringLiteral("BAD_REQUEST"), describeProblems(problems), errors);
}

// What configuration.publish did (§4.3 SessionCreated.publish). The sandbox sends nothing:
// an SMS "goes out" when the customer has a phone number, except to the reserved test
// number +4700000000, which fails; push needs the customer's app, which the sandbox lacks.
QJsonArray publishResults(const QJsonObject &session)
{
    const QString phone
        = session.value(QLatin1String("customer")).toObject().value(QLatin1String("phone_number")).toString();
    QJsonArray results;
    const QJsonArray publish
        = session.value(QLatin1String("configuration")).toObject().value(QLatin1String("publish")).toArray();
    for (const QJsonValue &value : publish) {
        QJsonObject result = value.toObject();
        QString status = QStringLiteral("skipped");
        if (result.value(QLatin1String("channel")).toString() == QLatin1String("sms") && !phone.isEmpty())
            status = phone == QLatin1String("+4700000000") ? QStringLiteral("failed") : QStringLiteral("sent");
        result.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        result.insert(QStringLiteral("status"), status);
        results.append(result);
    }
    return results;
}

HttpReply htmlReply(int status, const QByteArray &html)
{
    return { status, html, "text/html; charset=utf-8", {} };
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Query items as a server of the real API decodes them: '+' is a space, so a client
// must percent-encode a '+' in a time zone offset.
QList<QPair<QString, QString>> queryItems(const QUrl &url)
{
    QList<QPair<QString, QString>> items;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        auto decode = [](QByteArray text) {
            return QUrl::fromPercentEncoding(text.replace('+', ' '));
        };
        items.append({ decode(part.left(equals < 0 ? part.size() : equals)),
            equals < 0 ? QString() : decode(part.mid(equals + 1)) });
    }
    return items;
}

QStringList values(const QList<QPair<QString, QString>> &items, QLatin1String key)
{
    QStringList found;
    for (const auto &[name, value] : items) {
        if (name == key)
            found.append(value);
    }
    return found;
}

bool flag(const QList<QPair<QString, QString>> &items, QLatin1String key)
{
    const QStringList found = values(items, key);
    return !found.isEmpty() && (found.first() == QLatin1String("true") || found.first() == QLatin1String("1"));
}

// created_at.gte / .lte: ISO 8601, UTC when no zone is given; a date alone means the
// start of that day (gte) or, shifted forward one day, the whole day (lte).
std::optional<QDateTime> parseQueryTime(const QString &text, bool upperBound)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d\\d(:?\\d\\d)?)$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        if (upperBound)
            return QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC).addMSecs(-1);
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (!zoned.match(text).hasMatch())
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time;
}

bool isWriteOperation(const QString &operation)
{
    return operation == QLatin1String("create_session") || operation == QLatin1String("create_session_from_profile")
        || operation == QLatin1String("cancel_session") || operation == QLatin1String("create_payment_token_session");
}

// Luhn check of a card number typed on the hosted page.
bool luhnValid(const QString &digits)
{
    if (digits.size() < 12)
        return false;
    int sum = 0;
    bool doubled = false;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it) {
        int digit = it->digitValue();
        if (digit < 0)
            return false;
        if (doubled && (digit *= 2) > 9)
            digit -= 9;
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

// Which operation a request is, and the session (or transaction) it names.
struct Route
{
    QString operation;
    QString sessionId; // the account id for auth_token, the transaction id for get_transaction
    bool methodAllowed = true;
};

std::optional<Route> route(Method method, const QString &path)
{
    // path is relative to /v1, e.g. "/sessions/T1.abc/cancel"
    static const QRegularExpression token(QStringLiteral("^/accounts/([^/]+)/auth/token$"));
    static const QRegularExpression sessionPath(QStringLiteral("^/sessions/([^/]+)$"));
    static const QRegularExpression cancelPath(QStringLiteral("^/sessions/([^/]+)/cancel$"));
    static const QRegularExpression viewPath(QStringLiteral("^/view/([^/]+)$"));
    static const QRegularExpression payPath(QStringLiteral("^/view/([^/]+)/pay$"));
    static const QRegularExpression transactionPath(QStringLiteral("^/transactions/([^/]+)$"));
    auto make = [method](const char *operation, Method expected, const QString &sessionId = {}) {
        return Route { QLatin1String(operation), sessionId, method == expected };
    };
    if (path == QLatin1String("/sessions"))
        return method == Method::Post ? make("create_session", Method::Post) : make("list_sessions", Method::Get);
    if (path == QLatin1String("/sessions-profile"))
        return make("create_session_from_profile", Method::Post);
    if (path == QLatin1String("/sessions/payment-token") && method == Method::Post)
        return make("create_payment_token_session", Method::Post);
    if (const auto match = token.match(path); match.hasMatch())
        return make("auth_token", Method::Post, match.captured(1));
    if (const auto match = cancelPath.match(path); match.hasMatch())
        return make("cancel_session", Method::Post, match.captured(1));
    if (const auto match = sessionPath.match(path); match.hasMatch())
        return method == Method::Put ? make("update_session", Method::Put, match.captured(1))
                                     : make("get_session", Method::Get, match.captured(1));
    if (const auto match = transactionPath.match(path); match.hasMatch())
        return make("get_transaction", Method::Get, match.captured(1));
    if (const auto match = viewPath.match(path); match.hasMatch())
        return make("view_page", Method::Get, match.captured(1));
    if (const auto match = payPath.match(path); match.hasMatch())
        return make("view_pay", Method::Post, match.captured(1));
    return std::nullopt;
}

} // namespace

// Bridges Qt's HTTP server to the sandbox: every parsed request goes to dispatch(),
// which writes the answer on the socket itself so that faults can spoil it.
class SandboxFrontEnd final : public QAbstractHttpServer
{
public:
    explicit SandboxFrontEnd(SandboxServer::Private *owner) : m_owner(owner) { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    SandboxServer::Private *m_owner;
};

class SandboxServer::Private
{
public:
    explicit Private(SandboxOptions sandboxOptions)
        : options(std::move(sandboxOptions)), store(options.accountId), frontEnd(this)
    {
        faults.setRandomRate(options.faultRate);
    }

    QDateTime now() const { return options.clock ? options.clock().toUTC() : QDateTime::currentDateTimeUtc(); }

    void dispatch(const QHttpServerRequest &request, QTcpSocket *socket);
    void send(QTcpSocket *socket, HttpReply reply, const std::optional<Fault> &fault, bool closeAfter);

    HttpReply admin(const QHttpServerRequest &request, const QString &path);
    HttpReply run(const Route &route, const QHttpServerRequest &request);
    HttpReply issueToken(const QString &accountId, const QHttpServerRequest &request);
    std::optional<HttpReply> authenticate(const QHttpServerRequest &request, const QString &operation, QString *caller);
    HttpReply listSessions(const QHttpServerRequest &request);
    HttpReply getSession(const QString &id, const QHttpServerRequest &request);
    HttpReply createSession(const QString &operation, const QHttpServerRequest &request);
    HttpReply updateSession(const QString &id, const QHttpServerRequest &request);
    HttpReply cancelSession(const QString &id, const QString &caller);
    HttpReply getTransaction(const QString &id, const QHttpServerRequest &request);
    QString statsSessionId(const Route &route) const;
    HttpReply viewPage(const QString &id);
    HttpReply pay(const QString &id, const QHttpServerRequest &request);

    QString publicRoot(const QHttpServerRequest &request) const;
    static std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request, HttpReply *error);

    SandboxOptions options;
    SandboxStore store;
    const OpenApiValidator openApi = OpenApiValidator::projectDocument();
    TokenIssuer tokens;
    FaultPlan faults;
    RequestStats stats;
    // Headers of the creating system, returned only with includes=initiating_system_request_headers.
    QHash<QString, QJsonObject> systemHeaders;
    SandboxFrontEnd frontEnd;
    QHostAddress address;
    quint16 port = 0;
    QString errorString;
};

bool SandboxFrontEnd::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_owner->dispatch(request, socket);
    return true;
}

void SandboxServer::Private::dispatch(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool closeAfter = request.value("connection").compare("close", Qt::CaseInsensitive) == 0;
    qCDebug(lcSandbox) << request.method() << path;

    if (path.startsWith(QLatin1String("/_sandbox/"))) {
        send(socket, admin(request, path.mid(9)), std::nullopt, closeAfter);
        return;
    }
    if (path == QLatin1String("/") || path == QLatin1String("/v1") || path == QLatin1String("/v1/")) {
        send(socket,
            jsonReply(200,
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Dintero Checkout sandbox") },
                    { QStringLiteral("base_url"), QString(publicRoot(request) + QStringLiteral("/v1")) },
                    { QStringLiteral("account_id"), options.accountId },
                    { QStringLiteral("sessions"), store.sessionCount() } }),
            std::nullopt, closeAfter);
        return;
    }
    const std::optional<Route> match
        = path.startsWith(QLatin1String("/v1/")) ? route(request.method(), path.mid(3)) : std::nullopt;
    if (!match) {
        send(socket, errorReply(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No operation at %1").arg(path)),
            std::nullopt, closeAfter);
        return;
    }
    if (!match->methodAllowed) {
        send(socket,
            errorReply(
                405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("%1 does not accept this method").arg(path)),
            std::nullopt, closeAfter);
        return;
    }

    stats.record(match->operation, statsSessionId(*match));
    const bool apiOperation = !match->operation.startsWith(QLatin1String("view_"));
    const std::optional<Fault> fault = apiOperation ? faults.take(match->operation) : std::nullopt;
    if (fault && !fault->runsOperation()) {
        HttpReply reply;
        switch (fault->kind) {
        case FaultKind::Status429:
            reply = errorReply(429, QStringLiteral("TOO_MANY_REQUESTS"),
                QStringLiteral("Too many requests; retry in %1 s").arg(fault->retryAfterSeconds));
            reply.headers.append({ "Retry-After", QByteArray::number(fault->retryAfterSeconds) });
            break;
        case FaultKind::Status503:
            reply = errorReply(
                503, QStringLiteral("SERVICE_UNAVAILABLE"), QStringLiteral("The service is temporarily unavailable"));
            break;
        default:
            reply = errorReply(500, QStringLiteral("INTERNAL_SERVER_ERROR"), QStringLiteral("Internal server error"));
        }
        send(socket, reply, std::nullopt, closeAfter);
        return;
    }
    send(socket, run(*match, request), fault, closeAfter);
}

HttpReply SandboxServer::Private::run(const Route &route, const QHttpServerRequest &request)
{
    if (route.operation == QLatin1String("auth_token"))
        return issueToken(route.sessionId, request);
    if (route.operation == QLatin1String("view_page"))
        return viewPage(route.sessionId);
    if (route.operation == QLatin1String("view_pay"))
        return pay(route.sessionId, request);

    QString caller;
    if (std::optional<HttpReply> refusal = authenticate(request, route.operation, &caller))
        return *refusal;
    if (route.operation == QLatin1String("list_sessions"))
        return listSessions(request);
    if (route.operation == QLatin1String("get_session"))
        return getSession(route.sessionId, request);
    if (route.operation == QLatin1String("update_session"))
        return updateSession(route.sessionId, request);
    if (route.operation == QLatin1String("cancel_session"))
        return cancelSession(route.sessionId, caller);
    if (route.operation == QLatin1String("get_transaction"))
        return getTransaction(route.sessionId, request);
    return createSession(route.operation, request);
}

// A transaction read counts under its session, so that a test can see every request
// about one session; an unknown transaction counts under none.
QString SandboxServer::Private::statsSessionId(const Route &route) const
{
    if (route.operation == QLatin1String("auth_token"))
        return {};
    if (route.operation == QLatin1String("get_transaction")) {
        const std::optional<TransactionRecord> transaction = store.transaction(route.sessionId);
        return transaction ? transaction->sessionId : QString();
    }
    return route.sessionId;
}

void SandboxServer::Private::send(
    QTcpSocket *socket, HttpReply reply, const std::optional<Fault> &fault, bool closeAfter)
{
    const FaultKind kind = fault ? fault->kind : FaultKind::Slow;
    if (fault && kind == FaultKind::Reset) {
        socket->abort();
        return;
    }
    if (fault && kind == FaultKind::Malformed) {
        reply.status = 200;
        reply.contentType = "application/json";
        // Never complete: half of the real answer, then bytes no JSON parser accepts.
        reply.body = reply.body.left(reply.body.size() / 2) + "<<malformed";
    }

    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : std::as_const(reply.headers))
        head += name + ": " + value + "\r\n";
    head += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";

    const bool truncate = fault && kind == FaultKind::Truncated;
    const QByteArray body = truncate ? reply.body.left(reply.body.size() / 2) : reply.body;
    const int delay = options.latencyMs + (fault && kind == FaultKind::Slow ? fault->delayMs : 0);
    auto write = [socket, head, body, closeAfter, truncate] {
        // Two writes, not head + body: the socket keeps a large body by reference rather
        // than copying a page of some hundred kilobytes once more.
        socket->write(head);
        socket->write(body);
        if (closeAfter || truncate)
            socket->disconnectFromHost();
    };
    if (delay <= 0)
        write();
    else
        QTimer::singleShot(delay, socket, write); // dies with the socket if the client gives up
}

HttpReply SandboxServer::Private::admin(const QHttpServerRequest &request, const QString &path)
{
    const Method method = request.method();
    if (path == QLatin1String("/stats")) {
        if (method == Method::Delete)
            stats.reset();
        return jsonReply(200, stats.toJson());
    }
    if (path == QLatin1String("/faults")) {
        if (method == Method::Delete)
            faults.clear();
        if (method == Method::Post) {
            HttpReply error;
            const std::optional<QJsonObject> body = jsonBody(request, &error);
            if (!body)
                return error;
            const std::optional<FaultKind> kind = faultKindFromName(body->value(QLatin1String("fault")).toString());
            if (!kind)
                return errorReply(400, QStringLiteral("BAD_REQUEST"),
                    QStringLiteral("fault must be one of malformed, truncated, reset, slow, 500, 503, 429"));
            Fault fault;
            fault.kind = *kind;
            fault.retryAfterSeconds = body->value(QLatin1String("retry_after")).toInt(1);
            fault.delayMs = body->value(QLatin1String("delay_ms")).toInt(3000);
            faults.queue(fault, body->value(QLatin1String("count")).toInt(1),
                body->value(QLatin1String("operation")).toString());
        }
        return jsonReply(200, QJsonObject { { QStringLiteral("pending"), faults.pending() } });
    }
    return errorReply(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No sandbox admin endpoint at %1").arg(path));
}

QString SandboxServer::Private::publicRoot(const QHttpServerRequest &request) const
{
    const QByteArray host = request.value("host");
    if (!host.isEmpty())
        return QStringLiteral("http://") + QString::fromLatin1(host);
    return QStringLiteral("http://%1:%2").arg(address.toString()).arg(port);
}

std::optional<QJsonObject> SandboxServer::Private::jsonBody(const QHttpServerRequest &request, HttpReply *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = errorReply(400, QStringLiteral("BAD_REQUEST"),
            QStringLiteral("The request body is not valid JSON (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error
            = errorReply(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("The request body must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

HttpReply SandboxServer::Private::issueToken(const QString &accountId, const QHttpServerRequest &request)
{
    struct Client
    {
        QLatin1String id;
        QLatin1String scope;
    };
    static constexpr Client clients[] = { { QLatin1String("demo"), QLatin1String("admin:checkout") },
        { QLatin1String("demo-readonly"), QLatin1String("read:checkout") } };
    static constexpr QLatin1String secret("demo-secret");

    const QByteArray authorization = request.value("authorization");
    if (!authorization.startsWith("Basic "))
        return errorReply(401, QStringLiteral("UNAUTHORIZED"),
            QStringLiteral("Send the client id and secret with HTTP Basic authentication"));
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
    const qsizetype colon = decoded.indexOf(':');
    const QString clientId = QString::fromUtf8(decoded.left(colon));
    const QString clientSecret = QString::fromUtf8(decoded.mid(colon + 1));
    const Client *client = nullptr;
    for (const Client &candidate : clients) {
        if (colon > 0 && clientId == candidate.id && clientSecret == secret)
            client = &candidate;
    }
    if (!client)
        return errorReply(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("Invalid client id or client secret"));

    HttpReply error;
    const std::optional<QJsonObject> body = jsonBody(request, &error);
    if (!body)
        return error;
    if (body->value(QLatin1String("grant_type")).toString() != QLatin1String("client_credentials"))
        return errorReply(400, QStringLiteral("BAD_REQUEST"),
            QStringLiteral("grant_type must be client_credentials for an API client"),
            QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("grant_type") } } });
    const QString audience = body->value(QLatin1String("audience")).toString();
    if (audience.isEmpty())
        return errorReply(400, QStringLiteral("BAD_REQUEST"),
            QStringLiteral("audience is required, e.g. https://api.dintero.com/v1/accounts/%1").arg(options.accountId),
            QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("audience") } } });
    const QString expectedAudience = QStringLiteral("https://api.dintero.com/v1/accounts/") + options.accountId;
    if (accountId != options.accountId || audience != expectedAudience)
        return errorReply(403, QStringLiteral("FORBIDDEN"),
            QStringLiteral("Client %1 has no grant for account %2 with audience %3")
                .arg(clientId, accountId, audience));

    const QDateTime issuedAt = now();
    TokenClaims claims { clientId, options.accountId, { QString(client->scope) },
        issuedAt.addSecs(options.tokenLifetimeSeconds) };
    return jsonReply(200,
        QJsonObject {
            { QStringLiteral("access_token"), QString::fromLatin1(tokens.issue(claims, issuedAt)) },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), options.tokenLifetimeSeconds },
        });
}

std::optional<HttpReply> SandboxServer::Private::authenticate(
    const QHttpServerRequest &request, const QString &operation, QString *caller)
{
    QStringList scopes;
    const QByteArray apiKey = request.value("x-api-key");
    const QByteArray authorization = request.value("authorization");
    if (!apiKey.isEmpty()) {
        if (QString::fromUtf8(apiKey) != options.accountId + QStringLiteral(".demo-api-key"))
            return errorReply(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("The API key is not valid"));
        scopes = QStringList { QStringLiteral("admin:checkout") };
        *caller = QStringLiteral("api-key");
    } else if (authorization.startsWith("Bearer ")) {
        TokenIssuer::Problem problem = TokenIssuer::Problem::None;
        const std::optional<TokenClaims> claims = tokens.verify(authorization.mid(7).trimmed(), now(), &problem);
        if (!claims) {
            return errorReply(401, QStringLiteral("UNAUTHORIZED"),
                problem == TokenIssuer::Problem::Expired
                    ? QStringLiteral("The access token has expired; request a new token")
                    : QStringLiteral("Access forbidden, invalid JWT token was used"));
        }
        if (claims->accountId != options.accountId)
            return errorReply(403, QStringLiteral("FORBIDDEN"),
                QStringLiteral("The token is for account %1, not %2").arg(claims->accountId, options.accountId));
        scopes = claims->scopes;
        *caller = claims->clientId;
    } else {
        return errorReply(401, QStringLiteral("UNAUTHORIZED"),
            QStringLiteral("Missing credentials: send Authorization: Bearer <token> or x-api-key"));
    }

    // As published, update accepts read:checkout too (see the reference, section 2.3).
    const bool allowed = scopes.contains(QLatin1String("admin:checkout"))
        || (isWriteOperation(operation) ? scopes.contains(QLatin1String("write:checkout"))
                                        : scopes.contains(QLatin1String("read:checkout")));
    if (!allowed)
        return errorReply(403, QStringLiteral("FORBIDDEN"),
            QStringLiteral("Client %1 has the scope %2; %3 needs admin:checkout or write:checkout")
                .arg(*caller, scopes.join(QLatin1Char(' ')), operation));
    return std::nullopt;
}

HttpReply SandboxServer::Private::listSessions(const QHttpServerRequest &request)
{
    const auto items = queryItems(request.url());
    ListQuery query;
    const QStringList limits = values(items, QLatin1String("limit"));
    if (!limits.isEmpty()) {
        bool number = false;
        query.limit = limits.first().toInt(&number);
        if (!number || query.limit < 1 || query.limit > 100)
            return errorReply(400, QStringLiteral("BAD_REQUEST"),
                QStringLiteral("limit must be a whole number from 1 to 100, not \"%1\"").arg(limits.first()),
                QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("limit") } } });
    }
    const QStringList cursors = values(items, QLatin1String("starting_after"));
    query.startingAfter = cursors.isEmpty() ? QString() : cursors.first();
    query.ids = values(items, QLatin1String("id"));
    query.transactionIds = values(items, QLatin1String("transaction_id"));
    query.storeIds = values(items, QLatin1String("store_id"));
    const QStringList searches = values(items, QLatin1String("search"));
    query.search = searches.isEmpty() ? QString() : searches.first().simplified();
    for (const auto &[key, upper] :
        { std::pair { QLatin1String("created_at.gte"), false }, std::pair { QLatin1String("created_at.lte"), true } }) {
        const QStringList times = values(items, key);
        if (times.isEmpty())
            continue;
        const std::optional<QDateTime> time = parseQueryTime(times.first(), upper);
        if (!time)
            return errorReply(400, QStringLiteral("BAD_REQUEST"),
                QStringLiteral("%1 must be an ISO 8601 date or date-time such as 2025-03-04 or "
                               "2025-03-04T09:00:00+01:00, not \"%2\"")
                    .arg(key, times.first()),
                QJsonArray { QJsonObject { { QStringLiteral("field"), QString(key) } } });
        (upper ? query.createdTo : query.createdFrom) = time;
    }
    QString error;
    const std::optional<QByteArray> page = store.listPage(query, &error);
    if (!page)
        return errorReply(400, QStringLiteral("BAD_REQUEST"), error,
            QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("starting_after") } } });
    return jsonReply(200, *page);
}

HttpReply SandboxServer::Private::getSession(const QString &id, const QHttpServerRequest &request)
{
    const QStringList includes = values(queryItems(request.url()), QLatin1String("includes"));
    for (const QString &include : includes) {
        if (include != QLatin1String("events.request_headers")
            && include != QLatin1String("initiating_system_request_headers"))
            return errorReply(400, QStringLiteral("BAD_REQUEST"),
                QStringLiteral("includes may be events.request_headers or "
                               "initiating_system_request_headers, not \"%1\"")
                    .arg(include));
    }
    if (!includes.contains(QLatin1String("initiating_system_request_headers")) || !systemHeaders.contains(id)) {
        const QByteArray bytes = store.sessionBytes(id);
        if (bytes.isEmpty())
            return errorReply(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Session %1 was not found").arg(id));
        return jsonReply(200, bytes);
    }
    QJsonObject session = *store.session(id);
    session.insert(QStringLiteral("initiating_system_request_headers"), systemHeaders.value(id));
    return jsonReply(200, session);
}

HttpReply SandboxServer::Private::createSession(const QString &operation, const QHttpServerRequest &request)
{
    HttpReply error;
    const std::optional<QJsonObject> body = jsonBody(request, &error);
    if (!body)
        return error;
    const bool strictAmounts = request.value("dintero-feature-toggles").contains("strict-session-amounts");
    QStringList profileIds;
    for (const SandboxProfile &profile : sandboxProfiles(options.accountId))
        profileIds.append(profile.id);

    QJsonObject session;
    if (operation == QLatin1String("create_payment_token_session")) {
        if (const auto problems = withSchemaProblems(validatePaymentTokenSession(*body),
                openApi.validateRequestBody("POST", QStringLiteral("/sessions/payment-token"), *body));
            !problems.isEmpty())
            return validationReply(problems);
        session = body->value(QLatin1String("session")).toObject();
        session.insert(QStringLiteral("payment_operation"), QStringLiteral("generate_payment_token"));
        QJsonObject configuration = session.value(QLatin1String("configuration")).toObject();
        configuration.insert(QStringLiteral("token_provider"), body->value(QLatin1String("token_provider")));
        session.insert(QStringLiteral("configuration"), configuration);
    } else if (operation == QLatin1String("create_session_from_profile")) {
        if (const auto problems = withSchemaProblems(validateCreateSessionFromProfile(*body, profileIds, strictAmounts),
                openApi.validateRequestBody("POST", QStringLiteral("/sessions-profile"), *body));
            !problems.isEmpty())
            return validationReply(problems);
        session = *body;
    } else {
        if (const auto problems = withSchemaProblems(validateCreateSession(*body, strictAmounts),
                openApi.validateRequestBody("POST", QStringLiteral("/sessions"), *body));
            !problems.isEmpty())
            return validationReply(problems);
        session = *body;
    }
    const QString profileId = session.take(QLatin1String("profile_id")).toString(profileIds.first());
    QJsonObject metadata = session.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("session:profile_id"), profileId);
    session.insert(QStringLiteral("metadata"), metadata);

    const QJsonObject created = store.createSession(session, now());
    const QString id = created.value(QLatin1String("id")).toString();
    QJsonObject headers;
    for (const char *name : { "dintero-system-name", "dintero-system-version", "dintero-system-plugin-name",
             "dintero-system-plugin-version", "user-agent" }) {
        const QByteArray value = request.value(name);
        if (!value.isEmpty())
            headers.insert(QLatin1String(name), QString::fromUtf8(value));
    }
    systemHeaders.insert(id, headers);

    QJsonObject response { { QStringLiteral("id"), id },
        { QStringLiteral("url"), QString(publicRoot(request) + QStringLiteral("/v1/view/") + id) } };
    const QJsonArray publish = publishResults(session);
    if (!publish.isEmpty())
        response.insert(QStringLiteral("publish"), publish);
    if (flag(queryItems(request.url()), QLatin1String("include_session")))
        response.insert(QStringLiteral("session"), created);
    return jsonReply(200, response);
}

HttpReply SandboxServer::Private::updateSession(const QString &id, const QHttpServerRequest &request)
{
    if (!store.session(id))
        return errorReply(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Session %1 was not found").arg(id));
    HttpReply error;
    const std::optional<QJsonObject> body = jsonBody(request, &error);
    if (!body)
        return error;
    if (const auto problems = withSchemaProblems(validateUpdateSession(*body),
            openApi.validateRequestBody("PUT", QStringLiteral("/sessions/%1").arg(id), *body));
        !problems.isEmpty())
        return validationReply(problems);
    const Outcome outcome
        = store.updateSession(id, *body, flag(queryItems(request.url()), QLatin1String("update_without_lock")), now());
    if (!outcome.ok())
        return errorReply(outcome.status, outcome.code, outcome.message);
    return jsonReply(200, outcome.session);
}

HttpReply SandboxServer::Private::cancelSession(const QString &id, const QString &caller)
{
    const Outcome outcome = store.cancelSession(id, caller, now());
    if (!outcome.ok())
        return errorReply(outcome.status, outcome.code, outcome.message);
    return jsonReply(200, outcome.session);
}

HttpReply SandboxServer::Private::getTransaction(const QString &id, const QHttpServerRequest &request)
{
    QString problem;
    const std::optional<TransactionIncludes> includes
        = TransactionIncludes::fromValues(values(queryItems(request.url()), QLatin1String("includes")), &problem);
    if (!includes)
        return errorReply(400, QStringLiteral("BAD_REQUEST"), problem,
            QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("includes") } } });
    const std::optional<TransactionRecord> transaction = store.transaction(id);
    const std::optional<QJsonObject> session = transaction ? store.session(transaction->sessionId) : std::nullopt;
    if (!session)
        return errorReply(
            404, QStringLiteral("NOT_FOUND"), QStringLiteral("Transaction %1 was not found on this account").arg(id));
    return jsonReply(200, renderTransaction(*transaction, *session, *includes, now()));
}

HttpReply SandboxServer::Private::viewPage(const QString &id)
{
    const std::optional<QJsonObject> session = store.session(id);
    if (!session)
        return htmlReply(404,
            renderMessagePage(QStringLiteral("Payment not found"), QStringLiteral("This payment link is not valid.")));
    if (session->contains(QLatin1String("cancelled_at")))
        return htmlReply(200,
            renderMessagePage(
                QStringLiteral("Payment cancelled"), QStringLiteral("The shop has cancelled this payment.")));
    if (session->contains(QLatin1String("transaction_id")))
        return htmlReply(200,
            renderMessagePage(
                QStringLiteral("Already paid"), QStringLiteral("This order has already been paid. Thank you!")));
    const QDateTime expires
        = QDateTime::fromString(session->value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
    if (expires.isValid() && expires < now())
        return htmlReply(200,
            renderMessagePage(
                QStringLiteral("Payment link expired"), QStringLiteral("Ask the shop for a new payment link.")));
    const Outcome visited = store.recordVisit(id, now());
    return htmlReply(200, renderPaymentPage(visited.session, QStringLiteral("/v1/view/%1/pay").arg(id), {}));
}

HttpReply SandboxServer::Private::pay(const QString &id, const QHttpServerRequest &request)
{
    const std::optional<QJsonObject> session = store.session(id);
    if (!session)
        return htmlReply(404,
            renderMessagePage(QStringLiteral("Payment not found"), QStringLiteral("This payment link is not valid.")));
    QUrlQuery form;
    form.setQuery(QString::fromUtf8(QByteArray(request.body()).replace('+', ' ')));
    auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    QUrl returnUrl(session->value(QLatin1String("url")).toObject().value(QLatin1String("return_url")).toString());
    QUrlQuery returnQuery(returnUrl);
    returnQuery.addQueryItem(QStringLiteral("merchant_reference"),
        session->value(QLatin1String("order")).toObject().value(QLatin1String("merchant_reference")).toString());
    auto redirect = [&](const QUrlQuery &query) {
        QUrl target = returnUrl;
        target.setQuery(query);
        HttpReply reply = htmlReply(303, renderMessagePage(QStringLiteral("Redirecting"), target.toString()));
        reply.headers.append({ "Location", target.toEncoded() });
        return reply;
    };

    if (field("action") == QLatin1String("cancel")) {
        returnQuery.addQueryItem(QStringLiteral("error"), QStringLiteral("cancelled"));
        return redirect(returnQuery);
    }
    const QString card = field("card_number").remove(QLatin1Char(' '));
    if (!luhnValid(card))
        return htmlReply(400,
            renderPaymentPage(
                *session, QStringLiteral("/v1/view/%1/pay").arg(id), QStringLiteral("The card number is not valid.")));
    if (card == QLatin1String("4000000000000002"))
        return htmlReply(200,
            renderPaymentPage(*session, QStringLiteral("/v1/view/%1/pay").arg(id),
                QStringLiteral("The card was declined. Try another card.")));
    QString product = field("payment_product_type");
    if (product.isEmpty())
        product = QStringLiteral("dintero_psp.creditcard");
    const Outcome outcome = store.pay(id, product, PaymentCard { card, field("expiry") }, now());
    if (!outcome.ok())
        return htmlReply(outcome.status, renderMessagePage(QStringLiteral("Payment not possible"), outcome.message));
    returnQuery.addQueryItem(
        QStringLiteral("transaction_id"), outcome.session.value(QLatin1String("transaction_id")).toString());
    return redirect(returnQuery);
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(options)))
{
    d->store.seed(d->options.sessionCount, d->options.seed, d->now());
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    // Qt 6.4's QAbstractHttpServer::listen() hides why a bind failed; bind our own
    // listener so that the reason reaches the caller.
    auto *listener = new QTcpServer(&d->frontEnd);
    if (!listener->listen(address, port)) {
        d->errorString = listener->errorString();
        delete listener;
        return false;
    }
    d->frontEnd.bind(listener);
    d->address = address;
    d->port = listener->serverPort();
    return true;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

QUrl SandboxServer::rootUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->address.toString());
    url.setPort(d->port);
    return url;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url = rootUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

const SandboxOptions &SandboxServer::options() const
{
    return d->options;
}

SandboxStore &SandboxServer::store()
{
    return d->store;
}

} // namespace Dintero::Sandbox
