#pragma once

#include "core/clock.h"
#include "sandbox/openapivalidator.h"
#include "sandboxfixture.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

// What the sandbox contract tests share: request bodies that conform to the OpenAPI
// document, a manual clock, an HTTP client that does not follow redirects, a raw socket
// exchange for faults that break the HTTP framing, and a full cursor walk of the list.
// Test code only: the waits use QTest::qWaitFor.
namespace Dintero::Testing {

using Dintero::Sandbox::OpenApiValidator;
using Dintero::Sandbox::SchemaViolation;
using Dintero::Sandbox::SchemaViolations;
using Headers = QList<QPair<QByteArray, QByteArray>>;
using QueryItems = QList<QPair<QString, QString>>;

// A fixed "now" (2025-03-10T12:00:00Z) so that seeded data and date filters are deterministic.
QDateTime fixedNow();

// A sandbox clock the test moves by hand; copies share the time.
class ManualClock
{
public:
    explicit ManualClock(const QDateTime &start = fixedNow());
    QDateTime now() const;
    void advance(qint64 seconds);
    Core::Clock function() const;

private:
    std::shared_ptr<QDateTime> m_now;
};

// The fixture's small data set (200 sessions, seed 1) on a given clock.
Dintero::Sandbox::SandboxOptions optionsAt(const ManualClock &clock);

// A query string with every value percent-encoded (a '+' in "+02:00" included, which
// QUrlQuery leaves alone and a server reads as a space).
QString queryString(const QueryItems &items);

QByteArray jsonBytes(const QJsonObject &object);
// "status 400, body {...}", for failure messages.
QString describe(const HttpResult &result);
// What is wrong with an error response's body, or empty when it is Dintero's envelope
// {"error": {"message": <non-empty string>, "code"?: string, "errors"?: array}}.
QString errorEnvelopeProblem(const HttpResult &result);
QString errorMessage(const HttpResult &result);

// `root` with the value at the JSON pointer replaced; an undefined replacement removes it.
QJsonValue withChange(const QJsonValue &root, const QString &pointer, const QJsonValue &replacement);
QJsonObject withChange(const QJsonObject &root, const QString &pointer, const QJsonValue &replacement);
// A JSON value written as text ("\"abc\"", "12", "[]").
QJsonValue jsonLiteral(const QByteArray &text);

// Request bodies that conform to the document; the item amounts add up.
QJsonObject createSessionBody(const QString &merchantReference = QStringLiteral("SO-TEST-1"));
QJsonObject profileSessionBody(
    const QString &profileId, const QString &merchantReference = QStringLiteral("SO-TEST-2"));
QJsonObject paymentTokenBody(const QString &merchantReference = QStringLiteral("CARD-SAVE-1"));
// An UpdateSessionRequest with two items (first + second) and the given order amount.
QJsonObject updateBody(qint64 firstAmount, qint64 secondAmount, qint64 orderAmount);

// The profile ids the sandbox offers besides "default".
QString secondProfileId();

// The request each of the eight operation names stands for, with a conforming body;
// `sessionId` fills {session_id}. update_session carries update_without_lock=true.
struct OperationCall
{
    QByteArray method;
    QString path; // below /v1, with its query
    QByteArray body;
};
OperationCall operationCall(const QString &operation, const QString &sessionId = {});
// The seven session operations (auth_token is not one).
QStringList sessionOperations();
// Sends `call` with the given credential headers (plus Content-Type for a body).
HttpResult perform(SandboxFixture &fixture, const OperationCall &call, const Headers &credentials);
Headers bearer(const QByteArray &token);
Headers apiKey(const QByteArray &key = SandboxFixture::ApiKey);

// One request written straight to a socket, and whatever came back before the peer
// closed the connection, the response was complete, or the time ran out.
struct RawResponse
{
    QByteArray bytes; // everything received
    bool closedByPeer = false;
    bool complete = false; // headers and Content-Length bytes of body arrived
    int status = 0;
    qint64 contentLength = -1; // -1: no Content-Length header
    QByteArray body; // the bytes after the header block
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
};
RawResponse rawExchange(quint16 port, const QByteArray &method, const QByteArray &path, const Headers &headers,
    const QByteArray &body = {}, int timeoutMs = 10000);

// The first <form> of an HTML page: its action resolved against the page URL, and the
// fields a browser submits (inputs, each select's selected or first option, and the
// first submit button, which is what pressing Enter sends).
struct HtmlForm
{
    QString method;
    QUrl action;
    QueryItems fields;
    QueryItems submitButtons;
    // application/x-www-form-urlencoded, as a browser encodes it.
    QByteArray encoded(const QueryItems &extra = {}) const;
};
std::optional<HtmlForm> parseForm(const QByteArray &html, const QUrl &pageUrl);

// Every session of a list query, page by page (limit, then starting_after = last id).
struct Walk
{
    QList<QJsonObject> sessions;
    int pages = 0;
    QString error; // empty when every page came back 200 with an array
};
Walk walkSessions(SandboxFixture &fixture, const QByteArray &token, const QueryItems &filters, int limit = 100,
    const std::function<void()> &betweenPages = {});

QStringList idsOf(const QList<QJsonObject> &sessions);
// The UTC instant of an RFC 3339 timestamp, nullopt if it is not one.
std::optional<QDateTime> parseTimestamp(const QString &text);
QStringList eventNames(const QJsonObject &session);

// The validator on the project's OpenAPI document (loaded once).
const OpenApiValidator &openApi();

} // namespace Dintero::Testing
