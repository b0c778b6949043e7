#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "sandboxfixture.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Dintero::Api;
using namespace Dintero::Core;
using Dintero::Testing::await;
using Dintero::Testing::CannedHttpServer;
using Dintero::Testing::LogCapture;
using Dintero::Testing::SandboxFixture;
using Dintero::Testing::sandboxSettings;
using Dintero::Testing::useTestTimings;
using Kind = ApiError::Kind;
using CredentialKind = ConnectionSettings::CredentialKind;

namespace {

struct Result
{
    bool finished = false;
    ApiError error;
    int attempts = 0;
    QString transactionId;
    std::optional<Transaction> transaction;
};

Result run(TransactionReply *reply)
{
    Result r;
    r.finished = await<TransactionReply>(reply, [&r](TransactionReply *x) {
        r.error = x->error();
        r.attempts = x->attempts();
        r.transactionId = x->transactionId();
        if (!x->hasError())
            r.transaction = x->transaction();
    });
    return r;
}

bool hasEvent(const Session &session, const char *name)
{
    const QList<SessionEvent> events = session.events();
    return std::any_of(
        events.cbegin(), events.cend(), [name](const SessionEvent &e) { return e.name == QLatin1String(name); });
}

} // namespace

class TransactionClientTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authorizedSession_readsItsTransaction();
    void transactionIdWithoutAuthorization_isInitiated();
    void paymentTokenTransaction_tokenOnlyWithIncludes();
    void includes_eachValueIsItsOwnKey();
    void unknownId_isNotFound();
    void serverErrorThenSuccess_isRetried();
    void malformedBody_isMalformedBodyNotRetried();
    void answerWithoutId_isSchemaAndLogsNoToken();
    void readOnlyClient_isAllowed();
    void expiredToken_isRenewedOnce();
    void slowAnswer_timesOut();

private:
    std::unique_ptr<SessionClient> makeClient(const char *clientId = SandboxFixture::AdminClientId);
    // The first session of the sandbox's newest 100 that `accept` takes.
    std::optional<Session> findSession(const std::function<bool(const Session &)> &accept);

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::shared_ptr<QDateTime> m_sandboxNow;
};

void TransactionClientTest::init()
{
    m_sandboxNow = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    auto options = SandboxFixture::smallOptions();
    const std::shared_ptr<QDateTime> now = m_sandboxNow;
    options.clock = [now] {
        return *now;
    };
    options.tokenLifetimeSeconds = 3600;
    m_fixture = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_fixture->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TransactionClientTest::cleanup()
{
    m_network.reset();
    m_fixture.reset();
}

std::unique_ptr<SessionClient> TransactionClientTest::makeClient(const char *clientId)
{
    auto client = std::make_unique<SessionClient>(
        sandboxSettings(*m_fixture, CredentialKind::ClientCredentials, clientId), m_network.get());
    useTestTimings(*client);
    // The client's own clock stands still, so a test can let the sandbox expire a token
    // the client still trusts.
    const QDateTime clientNow = *m_sandboxNow;
    client->setClock([clientNow] { return clientNow; });
    return client;
}

std::optional<Session> TransactionClientTest::findSession(const std::function<bool(const Session &)> &accept)
{
    auto client = makeClient();
    SessionFilter filter;
    filter.setLimit(100);
    std::optional<Session> found;
    const bool finished = await<ListReply>(client->listSessions(filter), [&](ListReply *reply) {
        for (const Session &session : reply->sessions()) {
            if (!found && accept(session))
                found = session;
        }
    });
    if (!finished)
        qWarning("listing sessions did not finish");
    m_fixture->resetStats();
    return found;
}

void TransactionClientTest::authorizedSession_readsItsTransaction()
{
    const QDateTime now = *m_sandboxNow;
    const std::optional<Session> session = findSession([now](const Session &s) {
        return !s.transactionId().isEmpty() && !s.isPaymentTokenSession() && s.status(now) == SessionStatus::Authorized
            && hasEvent(s, "AUTHORIZED");
    });
    QVERIFY2(session, "the seeded sandbox has no authorized session with a transaction");

    auto client = makeClient();
    const Result result = run(client->getTransaction(session->transactionId()));
    QVERIFY(result.finished);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.transactionId, session->transactionId());
    QCOMPARE(result.attempts, 1);
    const Transaction &t = *result.transaction;
    QCOMPARE(t.id, session->transactionId());
    QCOMPARE(t.sessionId, session->id());
    QVERIFY2(t.status == TransactionStatus::Authorized || t.status == TransactionStatus::Captured
            || t.status == TransactionStatus::PartiallyCaptured || t.status == TransactionStatus::Refunded,
        qPrintable(t.statusText));
    QCOMPARE(t.amount, session->amount());
    QCOMPARE(t.merchantReference, session->merchantReference());
    QVERIFY(!t.paymentProductType.isEmpty());
    QVERIFY(t.createdAt.isValid());
    QVERIFY2(t.warnings.isEmpty(), qPrintable(t.warnings.join(u", ")));
    // The history agrees with the status: it starts with INITIALIZE and holds a
    // successful AUTHORIZE, in time order.
    QVERIFY(t.events.size() >= 2);
    QCOMPARE(t.events.first().event, QStringLiteral("INITIALIZE"));
    QVERIFY(std::any_of(t.events.cbegin(), t.events.cend(),
        [](const TransactionEvent &e) { return e.event == QLatin1String("AUTHORIZE") && e.success; }));
    for (qsizetype i = 1; i < t.events.size(); ++i)
        QVERIFY(t.events.at(i - 1).createdAt <= t.events.at(i).createdAt);
    if (t.card)
        QVERIFY(t.card->paymentToken.isEmpty());
    QCOMPARE(m_fixture->operationCount(QStringLiteral("get_transaction")), 1);
    QCOMPARE(m_fixture->sessionOperationCount(session->id(), QStringLiteral("get_transaction")), 1);
}

void TransactionClientTest::transactionIdWithoutAuthorization_isInitiated()
{
    // Derived "authorized" only because a transaction_id is there: the transaction
    // itself says it was never authorized (what the cancel rule needs to know).
    const QDateTime now = *m_sandboxNow;
    const std::optional<Session> session = findSession([now](const Session &s) {
        return !s.transactionId().isEmpty() && s.status(now) == SessionStatus::Authorized && !hasEvent(s, "AUTHORIZED")
            && !hasEvent(s, "COMPLETED");
    });
    QVERIFY2(session, "the seeded sandbox has no session with an initiated transaction");
    auto client = makeClient();
    const Result result = run(client->getTransaction(session->transactionId()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.transaction->status, TransactionStatus::Initiated);
    QCOMPARE(result.transaction->statusText, QStringLiteral("INITIATED"));
    QVERIFY(std::none_of(result.transaction->events.cbegin(), result.transaction->events.cend(),
        [](const TransactionEvent &e) { return e.event == QLatin1String("AUTHORIZE") && e.success; }));
}

void TransactionClientTest::paymentTokenTransaction_tokenOnlyWithIncludes()
{
    const std::optional<Session> session
        = findSession([](const Session &s) { return s.isPaymentTokenSession() && !s.transactionId().isEmpty(); });
    QVERIFY2(session, "the seeded sandbox has no payment-token session with a transaction");

    LogCapture log;
    auto client = makeClient();
    const Result plain = run(client->getTransaction(session->transactionId()));
    QVERIFY2(!plain.error.isError(), qPrintable(plain.error.detail()));
    QVERIFY(plain.transaction->card);
    QVERIFY(plain.transaction->card->paymentToken.isEmpty());
    QVERIFY(!plain.transaction->card->paymentTokenId.isEmpty());

    const Result withToken
        = run(client->getTransaction(session->transactionId(), { QStringLiteral("card.payment_token") }));
    QVERIFY2(!withToken.error.isError(), qPrintable(withToken.error.detail()));
    QVERIFY(withToken.transaction->card);
    const QString token = withToken.transaction->card->paymentToken;
    QVERIFY(token.size() >= 8);
    QCOMPARE(withToken.transaction->card->paymentTokenId, plain.transaction->card->paymentTokenId);

    QVERIFY2(log.lines().size() >= 4, "expected the client to log its requests");
    for (const QString &line : log.lines())
        QVERIFY2(!line.contains(token), "a log line carries the payment token");
}

void TransactionClientTest::includes_eachValueIsItsOwnKey()
{
    const std::optional<Session> session
        = findSession([](const Session &s) { return s.isPaymentTokenSession() && !s.transactionId().isEmpty(); });
    QVERIFY(session);
    auto client = makeClient();
    // Both values arrive only when each has its own includes= key.
    const Result result = run(client->getTransaction(
        session->transactionId(), { QStringLiteral("card.payment_token"), QStringLiteral("session") }));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QVERIFY(!result.transaction->card->paymentToken.isEmpty());
    QCOMPARE(result.transaction->json.value(QLatin1String("session")).toObject().value(QLatin1String("id")).toString(),
        session->id());

    // A value the API does not know is the server's 400, not retried.
    const Result bad = run(client->getTransaction(session->transactionId(), { QStringLiteral("everything") }));
    QCOMPARE(bad.error.kind(), Kind::BadRequest);
    QCOMPARE(bad.attempts, 1);
}

void TransactionClientTest::unknownId_isNotFound()
{
    auto client = makeClient();
    const Result result = run(client->getTransaction(QStringLiteral("T12345678.noSuchTransaction")));
    QVERIFY(result.finished);
    QCOMPARE(result.error.kind(), Kind::NotFound);
    QCOMPARE(result.error.httpStatus(), 404);
    QCOMPARE(result.attempts, 1); // a 404 is an answer, not a failure to retry
    QVERIFY(!result.error.message().isEmpty());
    QVERIFY(!result.error.message().contains(QLatin1String("session"), Qt::CaseInsensitive));
    QVERIFY(!result.transaction);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("get_transaction")), 1);

    // Without Dintero's message, the agent still reads about a transaction.
    CannedHttpServer server(CannedHttpServer::answer(404, "{}"));
    ConnectionSettings settings = sandboxSettings(*m_fixture, CredentialKind::ApiKey);
    settings.baseUrl = server.baseUrl();
    SessionClient bare(settings, m_network.get());
    useTestTimings(bare);
    const Result bareResult = run(bare.getTransaction(QStringLiteral("T12345678.tx")));
    QCOMPARE(bareResult.error.kind(), Kind::NotFound);
    QCOMPARE(
        bareResult.error.message(), QStringLiteral("The transaction was not found. It may belong to another account."));
}

void TransactionClientTest::serverErrorThenSuccess_isRetried()
{
    const std::optional<Session> session = findSession([](const Session &s) { return !s.transactionId().isEmpty(); });
    QVERIFY(session);
    auto client = makeClient();
    m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("get_transaction"));
    const Result result = run(client->getTransaction(session->transactionId()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.transaction->id, session->transactionId());
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("get_transaction")), 2);
}

void TransactionClientTest::malformedBody_isMalformedBodyNotRetried()
{
    const std::optional<Session> session = findSession([](const Session &s) { return !s.transactionId().isEmpty(); });
    QVERIFY(session);
    auto client = makeClient();
    m_fixture->queueFault(QStringLiteral("malformed"), 10, QStringLiteral("get_transaction"));
    const Result result = run(client->getTransaction(session->transactionId()));
    QVERIFY(result.finished);
    QCOMPARE(result.error.kind(), Kind::MalformedBody);
    QCOMPARE(result.error.httpStatus(), 200);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("get_transaction")), 1);
}

void TransactionClientTest::answerWithoutId_isSchemaAndLogsNoToken()
{
    CannedHttpServer server(CannedHttpServer::answer(
        200, R"({ "status": "AUTHORIZED", "card": { "payment_token": "tok-canned-secret-42" } })"));
    QVERIFY(server.isListening());
    ConnectionSettings settings = sandboxSettings(*m_fixture, CredentialKind::ApiKey);
    settings.baseUrl = server.baseUrl();
    SessionClient client(settings, m_network.get());
    useTestTimings(client);

    LogCapture log;
    const Result result = run(client.getTransaction(QStringLiteral("T12345678.tx")));
    QCOMPARE(result.error.kind(), Kind::Schema);
    QVERIFY2(result.error.detail().contains(QLatin1String("\"id\"")), qPrintable(result.error.detail()));
    QVERIFY(!result.error.detail().contains(QLatin1String("tok-canned-secret-42")));
    QCOMPARE(server.requests(), 1);
    QVERIFY(!log.lines().isEmpty());
    for (const QString &line : log.lines())
        QVERIFY2(!line.contains(QLatin1String("tok-canned-secret-42")), qPrintable(line));

    CannedHttpServer arrayServer(CannedHttpServer::answer(200, "[]"));
    settings.baseUrl = arrayServer.baseUrl();
    client.setSettings(settings);
    QCOMPARE(run(client.getTransaction(QStringLiteral("T12345678.tx"))).error.kind(), Kind::Schema);
}

void TransactionClientTest::readOnlyClient_isAllowed()
{
    const std::optional<Session> session = findSession([](const Session &s) { return !s.transactionId().isEmpty(); });
    QVERIFY(session);
    auto client = makeClient(SandboxFixture::ReadOnlyClientId);
    const Result result = run(client->getTransaction(session->transactionId()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.transaction->id, session->transactionId());
}

void TransactionClientTest::expiredToken_isRenewedOnce()
{
    const std::optional<Session> session = findSession([](const Session &s) { return !s.transactionId().isEmpty(); });
    QVERIFY(session);
    auto client = makeClient();
    QVERIFY(!run(client->getTransaction(session->transactionId())).error.isError());
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 1);

    // Two hours on for the sandbox only: it refuses the token the client still trusts.
    *m_sandboxNow = m_sandboxNow->addSecs(2 * 3600);
    const Result result = run(client->getTransaction(session->transactionId()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.attempts, 2); // the 401, then the same GET with a new token
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 2);
}

void TransactionClientTest::slowAnswer_timesOut()
{
    const std::optional<Session> session = findSession([](const Session &s) { return !s.transactionId().isEmpty(); });
    QVERIFY(session);
    auto client = makeClient();
    client->setTransferTimeout(std::chrono::milliseconds(1000));
    QVERIFY(!run(client->getTransaction(session->transactionId())).error.isError()); // token first
    m_fixture->queueFault(QStringLiteral("slow"), 1, QStringLiteral("get_transaction"),
        QJsonObject { { QStringLiteral("delay_ms"), 3000 } });
    const Result result = run(client->getTransaction(session->transactionId()));
    QCOMPARE(result.error.kind(), Kind::Timeout);
    QCOMPARE(result.attempts, 1);
}

QTEST_GUILESS_MAIN(TransactionClientTest)
#include "transactionclient_test.moc"
