#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "sandbox/sandboxstore.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

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
    QList<Session> sessions;
    bool hasMore = false;
    std::optional<Session> session;
    QString id;
    QUrl url;
    CancelReply::Outcome outcome = CancelReply::Outcome::Unknown;
    bool verified = false;
    ApiError verificationError;
};

Result run(ListReply *reply)
{
    Result r;
    r.finished = await<ListReply>(reply, [&r](ListReply *x) {
        r.error = x->error();
        r.attempts = x->attempts();
        r.sessions = x->sessions();
        r.hasMore = x->hasMore();
    });
    return r;
}

Result run(SessionReply *reply)
{
    Result r;
    r.finished = await<SessionReply>(reply, [&r](SessionReply *x) {
        r.error = x->error();
        r.attempts = x->attempts();
        if (!x->hasError())
            r.session = x->session();
    });
    return r;
}

Result run(CreatedReply *reply)
{
    Result r;
    r.finished = await<CreatedReply>(reply, [&r](CreatedReply *x) {
        r.error = x->error();
        r.attempts = x->attempts();
        r.id = x->id();
        r.url = x->url();
        r.session = x->session();
    });
    return r;
}

Result run(CancelReply *reply)
{
    Result r;
    r.finished = await<CancelReply>(reply, [&r](CancelReply *x) {
        r.error = x->error();
        r.attempts = x->attempts();
        r.session = x->session();
        r.outcome = x->outcome();
        r.verified = x->wasVerified();
        r.verificationError = x->verificationError();
    });
    return r;
}

QJsonObject createBody(const QString &reference, qint64 amount = 12900)
{
    return QJsonObject {
        { QStringLiteral("url"),
            QJsonObject {
                { QStringLiteral("return_url"), QStringLiteral("https://shop.example.no/checkout/return") } } },
        { QStringLiteral("order"),
            QJsonObject { { QStringLiteral("amount"), amount }, { QStringLiteral("currency"), QStringLiteral("NOK") },
                { QStringLiteral("merchant_reference"), reference } } },
        { QStringLiteral("configuration"),
            QJsonObject { { QStringLiteral("dintero_psp"),
                QJsonObject {
                    { QStringLiteral("creditcard"), QJsonObject { { QStringLiteral("enabled"), true } } } } } } },
    };
}

} // namespace

class SessionClientTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Every operation
    void listSessions_returnsAPage();
    void listSessions_filtersReachTheServerIntact();
    void getSession_readsOne();
    void getSession_unknownIdIsNotFound();
    void createSession_returnsIdAndLink();
    void createSession_sendsSystemHeaders();
    void createSessionFromProfile_works();
    void createSession_validationErrorIsBadRequest();
    void updateSession_withoutLock();
    void updateSession_lockedIsRefused();
    void cancelSession_cancels();
    void cancelSession_refusedWithServerMessage();
    void createPaymentTokenSession_typedRequest();

    // Credentials
    void apiKey_isSent();
    void bearerToken_isSentAsIs();
    void token_isCachedAcrossRequests();
    void token_renewedBeforeExpiry();
    void token_renewedOnceOn401_get();
    void token_renewedOnceOn401_postIsSentAgain();
    void invalidBearerToken_isUnauthorizedWithoutRenewal();
    void wrongSecret_isUnauthorized();
    void readOnlyClient_writeIsForbidden();
    void invalidSettings_failWithoutRequest();

    // Errors and retries
    void get_retriesServerErrors();
    void get_retryBoundIsThree();
    void get_rateLimitHonoursRetryAfter();
    void get_rateLimitCapped();
    void get_truncatedBodyIsRetried();
    void get_resetIsRetried();
    void get_malformedIsNotRetried();
    void get_timeout();
    void get_bodySizeCap();
    void connectionRefused_isNetwork();
    void tlsFailure_isReported();
    void abort_finishesOnceWithAborted();
    void unexpectedAnswers_data();
    void unexpectedAnswers();

    // Writes are never repeated
    void post_rateLimitIsNotRetried();
    void post_resetIsOutcomeUnknown();
    void put_resetIsOutcomeUnknown();
    void cancel_resetOnKeptAliveConnection_sentOnce();
    void cancel_malformedOrTruncated_verifiedByGet_data();
    void cancel_malformedOrTruncated_verifiedByGet();
    void cancel_timeout_verifiedByGet();
    void cancel_unknownAndVerificationFails();
    void cancel_connectionRefused_notUncertain();

    // Lifetime
    void deleteClientInFinishedSlot_data();
    void deleteClientInFinishedSlot();
    void deleteClient_finishesRequestsInFlight();
    void deleteClient_tokenInFlightIsNotATimeout();
    void setSettings_tokenWaitersUseNewCredentialKind();

    // Limits
    void retryDelay_jitterStaysUnderTheCap();
    void token_bodySizeCap();

    // Writes answered with a 5xx
    void post_serverErrorIsOutcomeUnknown();
    void cancel_serverErrorIsVerifiedByGet();

    // Logging
    void logs_neverContainSecrets();
    void logs_maskNormalisedCredentials_data();
    void logs_maskNormalisedCredentials();

private:
    std::unique_ptr<SessionClient> makeClient(
        CredentialKind kind = CredentialKind::ClientCredentials, const char *clientId = SandboxFixture::AdminClientId);
    QList<Session> firstSessions(int limit = 100);
    Session cancellableSession();

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::shared_ptr<QDateTime> m_now;
};

void SessionClientTest::init()
{
    m_now = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    auto options = SandboxFixture::smallOptions();
    const std::shared_ptr<QDateTime> now = m_now;
    options.clock = [now] {
        return *now;
    };
    options.tokenLifetimeSeconds = 3600;
    m_fixture = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_fixture->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void SessionClientTest::cleanup()
{
    m_network.reset();
    m_fixture.reset();
}

std::unique_ptr<SessionClient> SessionClientTest::makeClient(CredentialKind kind, const char *clientId)
{
    auto client = std::make_unique<SessionClient>(sandboxSettings(*m_fixture, kind, clientId), m_network.get());
    useTestTimings(*client);
    const std::shared_ptr<QDateTime> now = m_now;
    client->setClock([now] { return *now; });
    return client;
}

QList<Session> SessionClientTest::firstSessions(int limit)
{
    auto client = makeClient();
    SessionFilter filter;
    filter.setLimit(limit);
    const Result result = run(client->listSessions(filter));
    return result.sessions;
}

Session SessionClientTest::cancellableSession()
{
    auto client = makeClient();
    const Result created = run(client->createSession(createBody(QStringLiteral("CANCEL-ME"))));
    if (created.error.isError())
        qWarning("could not create a session: %s", qPrintable(created.error.detail()));
    const Result got = run(client->getSession(created.id));
    return got.session.value_or(Session());
}

// ---------------------------------------------------------------------------------

void SessionClientTest::listSessions_returnsAPage()
{
    auto client = makeClient();
    SessionFilter filter;
    filter.setLimit(10);
    const Result result = run(client->listSessions(filter));
    QVERIFY(result.finished);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.sessions.size(), 10);
    QVERIFY(result.hasMore);
    QCOMPARE(result.attempts, 1);
    for (const Session &session : result.sessions) {
        QVERIFY(session.id().startsWith(QLatin1String("T12345678.")));
        QVERIFY(session.createdAt().isValid());
    }
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 1);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 1);
}

void SessionClientTest::listSessions_filtersReachTheServerIntact()
{
    auto client = makeClient();
    // A reference with every character that breaks naive query building.
    const QString reference = QStringLiteral("Tom & Jerry+1 = 100% #Ærø");
    const Result created = run(client->createSession(createBody(reference)));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.detail()));

    SessionFilter filter;
    filter.setSearch(reference);
    Result found = run(client->listSessions(filter));
    QVERIFY2(!found.error.isError(), qPrintable(found.error.detail()));
    QCOMPARE(found.sessions.size(), 1);
    QCOMPARE(found.sessions.first().id(), created.id);
    QCOMPARE(found.sessions.first().merchantReference(), reference);

    // Repeated ids, and a created_at range written with a '+' offset.
    const QList<Session> some = firstSessions(5);
    QCOMPARE(some.size(), 5);
    SessionFilter byId;
    byId.setSessionIds({ some.at(1).id(), some.at(3).id() });
    found = run(client->listSessions(byId));
    QCOMPARE(found.sessions.size(), 2);

    const QDateTime created1 = some.at(2).createdAt();
    SessionFilter range;
    range.setCreatedFrom(created1.toOffsetFromUtc(3600));
    range.setCreatedTo(created1.toOffsetFromUtc(-7200));
    found = run(client->listSessions(range));
    QVERIFY2(!found.error.isError(), qPrintable(found.error.detail()));
    QVERIFY(!found.sessions.isEmpty());
    for (const Session &session : found.sessions)
        QCOMPARE(session.createdAt(), created1);

    const QString store = some.first().storeId();
    if (!store.isEmpty()) {
        SessionFilter byStore;
        byStore.setStoreIds({ store });
        found = run(client->listSessions(byStore));
        QVERIFY(!found.sessions.isEmpty());
        for (const Session &session : found.sessions)
            QCOMPARE(session.storeId(), store);
    }
}

void SessionClientTest::getSession_readsOne()
{
    const QList<Session> some = firstSessions(3);
    QVERIFY(!some.isEmpty());
    auto client = makeClient();
    const Result result = run(client->getSession(some.first().id(), SessionClient::Include::EventRequestHeaders));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.session->id(), some.first().id());
    QCOMPARE(m_fixture->sessionOperationCount(some.first().id(), QStringLiteral("get_session")), 1);
}

void SessionClientTest::getSession_unknownIdIsNotFound()
{
    auto client = makeClient();
    const Result result = run(client->getSession(QStringLiteral("T12345678.doesNotExist")));
    QCOMPARE(result.error.kind(), Kind::NotFound);
    QCOMPARE(result.error.httpStatus(), 404);
    QVERIFY(!result.error.serverMessage().isEmpty());
    QVERIFY(result.error.message().contains(result.error.serverMessage()));
    QCOMPARE(result.attempts, 1); // a 404 is not retried
}

void SessionClientTest::createSession_returnsIdAndLink()
{
    auto client = makeClient();
    Result result = run(client->createSession(createBody(QStringLiteral("SO-1"))));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QVERIFY(result.id.startsWith(QLatin1String("T12345678.")));
    QVERIFY(result.url.isValid());
    QVERIFY(result.url.path().endsWith(result.id));
    QVERIFY(!result.session);

    result = run(client->createSession(createBody(QStringLiteral("SO-2"), 45800), true));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QVERIFY(result.session);
    QCOMPARE(result.session->id(), result.id);
    QCOMPARE(result.session->amount(), (Money { 45800, QStringLiteral("NOK") }));
    QCOMPARE(result.session->status(*m_now), SessionStatus::Open);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session")), 2);
}

void SessionClientTest::createSession_sendsSystemHeaders()
{
    auto client = makeClient();
    const Result created = run(client->createSession(createBody(QStringLiteral("SO-H"))));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.detail()));
    const Result got = run(client->getSession(created.id, SessionClient::Include::InitiatingSystemRequestHeaders));
    QVERIFY2(!got.error.isError(), qPrintable(got.error.detail()));
    const QJsonObject headers
        = got.session->json().value(QStringLiteral("initiating_system_request_headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("dintero-system-name")).toString(), QStringLiteral("dintero-console"));
    QCOMPARE(headers.value(QStringLiteral("dintero-system-version")).toString(), QStringLiteral(CONSOLE_VERSION));
}

void SessionClientTest::createSessionFromProfile_works()
{
    auto client = makeClient();
    QJsonObject body = createBody(QStringLiteral("SO-P"));
    body.remove(QStringLiteral("configuration"));
    body.insert(QStringLiteral("profile_id"), QStringLiteral("default"));
    Result result = run(client->createSessionFromProfile(body, true));
    if (result.error.kind() == Kind::BadRequest && result.error.serverMessage().contains(QLatin1String("profile"))) {
        // The sandbox names its profiles in the refusal; use the first it knows.
        const QString message = result.error.serverMessage();
        const QString known = message.section(QStringLiteral("known profiles: "), 1).section(u',', 0, 0).trimmed();
        QVERIFY2(!known.isEmpty(), qPrintable(message));
        body.insert(QStringLiteral("profile_id"), known);
        result = run(client->createSessionFromProfile(body, true));
    }
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QVERIFY(result.session);
    QVERIFY(result.session->metadata().contains(QStringLiteral("session:profile_id")));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session_from_profile")) >= 1, true);
}

void SessionClientTest::createSession_validationErrorIsBadRequest()
{
    auto client = makeClient();
    QJsonObject body = createBody(QStringLiteral("SO-BAD"));
    body.remove(QStringLiteral("url"));
    const Result result = run(client->createSession(body));
    QCOMPARE(result.error.kind(), Kind::BadRequest);
    QCOMPARE(result.error.httpStatus(), 400);
    QVERIFY(!result.error.serverMessage().isEmpty());
    QVERIFY(result.error.message().contains(result.error.serverMessage()));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session")), 1);
}

void SessionClientTest::updateSession_withoutLock()
{
    auto client = makeClient();
    const Result created = run(client->createSession(createBody(QStringLiteral("SO-U"), 10000)));
    QVERIFY2(!created.error.isError(), qPrintable(created.error.detail()));
    const QJsonObject update { { QStringLiteral("order"),
        QJsonObject { { QStringLiteral("amount"), 20000 },
            { QStringLiteral("merchant_reference_2"), QStringLiteral("updated") } } } };
    const Result result = run(client->updateSession(created.id, update, true));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.session->id(), created.id);
    QCOMPARE(result.session->amount().minorUnits, 20000);
    QCOMPARE(result.session->merchantReference2(), QStringLiteral("updated"));
}

void SessionClientTest::updateSession_lockedIsRefused()
{
    auto client = makeClient();
    const Result created = run(client->createSession(createBody(QStringLiteral("SO-L"))));
    const QJsonObject update { { QStringLiteral("order"), QJsonObject { { QStringLiteral("amount"), 1 } } } };
    const Result result = run(client->updateSession(created.id, update, false));
    QCOMPARE(result.error.kind(), Kind::BadRequest);
    QVERIFY(result.error.message().contains(QLatin1String("lock")));
}

void SessionClientTest::cancelSession_cancels()
{
    const Session target = cancellableSession();
    QVERIFY(!target.id().isEmpty());
    QVERIFY(target.canOfferCancel());
    auto client = makeClient();
    const Result result = run(client->cancelSession(target.id()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.outcome, CancelReply::Outcome::Cancelled);
    QVERIFY(!result.verified);
    QVERIFY(result.session->cancelledAt().isValid());
    QVERIFY(!result.session->canOfferCancel());
    QCOMPARE(result.session->status(*m_now), SessionStatus::Cancelled);
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("cancel_session")), 1);

    // A second cancel is refused by the server, with its reason.
    const Result again = run(client->cancelSession(target.id()));
    QCOMPARE(again.error.kind(), Kind::BadRequest);
    QCOMPARE(again.outcome, CancelReply::Outcome::NotCancelled);
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("cancel_session")), 2);
}

void SessionClientTest::cancelSession_refusedWithServerMessage()
{
    // A session whose transaction was captured cannot be cancelled.
    QString capturedSession;
    for (const Session &session : firstSessions(100)) {
        if (session.transactionId().isEmpty() || !session.canOfferCancel())
            continue;
        const auto transaction = m_fixture->server().store().transaction(session.transactionId());
        if (transaction && transaction->status.contains(QLatin1String("CAPTURED"))) {
            capturedSession = session.id();
            break;
        }
    }
    if (capturedSession.isEmpty())
        QSKIP("the seeded data has no captured session on the first page");
    auto client = makeClient();
    const Result result = run(client->cancelSession(capturedSession));
    QCOMPARE(result.error.kind(), Kind::BadRequest);
    QCOMPARE(result.error.code(), QStringLiteral("SESSION_CANCEL_NOT_ALLOWED"));
    QVERIFY(result.error.message().contains(QLatin1String("cannot be cancelled")));
    QCOMPARE(result.outcome, CancelReply::Outcome::NotCancelled);
}

void SessionClientTest::createPaymentTokenSession_typedRequest()
{
    auto client = makeClient();
    PaymentTokenRequest request;
    request.currency = QStringLiteral("NOK");
    request.merchantReference = QStringLiteral("CARD-SAVE-1");
    request.returnUrl = QUrl(QStringLiteral("https://shop.example.no/card/saved"));
    request.customerEmail = QStringLiteral("kari@example.no");
    request.customerId = QStringLiteral("cust-1");
    const Result result = run(client->createPaymentTokenSession(request, true));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QVERIFY(!result.id.isEmpty());
    QVERIFY(result.url.isValid());
    const Result got = run(client->getSession(result.id));
    QVERIFY(got.session->isPaymentTokenSession());
    QCOMPARE(got.session->customerEmail(), QStringLiteral("kari@example.no"));

    // An incomplete typed request fails before anything is sent.
    const Result invalid = run(client->createPaymentTokenSession(PaymentTokenRequest {}));
    QCOMPARE(invalid.error.kind(), Kind::BadRequest);
    QCOMPARE(invalid.attempts, 0);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_payment_token_session")), 1);
}

// ---------------------------------------------------------------------------------

void SessionClientTest::apiKey_isSent()
{
    auto client = makeClient(CredentialKind::ApiKey);
    const Result result = run(client->listSessions(SessionFilter()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 0);

    ConnectionSettings wrong = client->settings();
    wrong.apiKey = QStringLiteral("T12345678.wrong");
    client->setSettings(wrong);
    const Result refused = run(client->listSessions(SessionFilter()));
    QCOMPARE(refused.error.kind(), Kind::Unauthorized);
    QCOMPARE(refused.attempts, 1); // nothing to renew for an API key
}

void SessionClientTest::bearerToken_isSentAsIs()
{
    ConnectionSettings settings = sandboxSettings(*m_fixture, CredentialKind::BearerToken);
    settings.bearerToken = QString::fromLatin1(m_fixture->token());
    QVERIFY(!settings.bearerToken.isEmpty());
    SessionClient client(settings, m_network.get());
    useTestTimings(client);
    m_fixture->resetStats();
    const Result result = run(client.listSessions(SessionFilter()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 0);
}

void SessionClientTest::token_isCachedAcrossRequests()
{
    auto client = makeClient();
    QSignalSpy renewed(client.get(), &SessionClient::tokenRenewed);
    // Three requests at once share one token request.
    int done = 0;
    QList<ApiError> errors(3);
    ListReply *a = client->listSessions(SessionFilter());
    ListReply *b = client->listSessions(SessionFilter());
    SessionReply *c = client->getSession(QStringLiteral("T12345678.none"));
    connect(a, &SessionRequest::finished, a, [&] {
        errors[0] = a->error();
        ++done;
    });
    connect(b, &SessionRequest::finished, b, [&] {
        errors[1] = b->error();
        ++done;
    });
    connect(c, &SessionRequest::finished, c, [&] {
        errors[2] = c->error();
        ++done;
    });
    QTRY_COMPARE(done, 3);
    QVERIFY(!errors[0].isError());
    QVERIFY(!errors[1].isError());
    QCOMPARE(errors[2].kind(), Kind::NotFound);
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 1);
    QCOMPARE(renewed.count(), 1);
}

void SessionClientTest::token_renewedBeforeExpiry()
{
    // Tokens of this sandbox live 3600 s; the client renews 360 s (10 %) before the end.
    auto client = makeClient();
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    *m_now = m_now->addSecs(3000);
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 1);
    *m_now = m_now->addSecs(250); // 3250 s: inside the renewal margin, still valid
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 2);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 3); // no 401 was needed
}

void SessionClientTest::token_renewedOnceOn401_get()
{
    auto client = makeClient();
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    // The server's clock moves past the token's end; the client's does not (clock skew,
    // or a token revoked early): the server answers 401.
    auto skewed = std::make_shared<QDateTime>(*m_now);
    client->setClock([skewed] { return *skewed; });
    *m_now = m_now->addSecs(7200);
    const Result result = run(client->listSessions(SessionFilter()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 2);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 2 + 1);
}

void SessionClientTest::token_renewedOnceOn401_postIsSentAgain()
{
    const Session target = cancellableSession();
    auto client = makeClient();
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    auto skewed = std::make_shared<QDateTime>(*m_now);
    client->setClock([skewed] { return *skewed; });
    *m_now = m_now->addSecs(7200);
    m_fixture->resetStats();
    const Result result = run(client->cancelSession(target.id()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.outcome, CancelReply::Outcome::Cancelled);
    // The first POST was refused with 401 (not executed); the second one cancelled.
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("cancel_session")), 2);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 1);
    QVERIFY(!m_fixture->server().store().session(target.id())->value(QStringLiteral("cancelled_at")).isUndefined());
}

void SessionClientTest::invalidBearerToken_isUnauthorizedWithoutRenewal()
{
    ConnectionSettings settings = sandboxSettings(*m_fixture, CredentialKind::BearerToken);
    settings.bearerToken = QStringLiteral("not-a-token");
    SessionClient client(settings, m_network.get());
    useTestTimings(client);
    const Result result = run(client.listSessions(SessionFilter()));
    QCOMPARE(result.error.kind(), Kind::Unauthorized);
    QCOMPARE(result.error.httpStatus(), 401);
    QCOMPARE(result.attempts, 1); // a pasted token cannot be renewed
    QVERIFY(result.error.message().contains(QLatin1String("credentials")));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 0);
}

void SessionClientTest::wrongSecret_isUnauthorized()
{
    ConnectionSettings settings = sandboxSettings(*m_fixture);
    settings.clientSecret = QStringLiteral("wrong-secret");
    SessionClient client(settings, m_network.get());
    useTestTimings(client);
    const Result result = run(client.listSessions(SessionFilter()));
    QCOMPARE(result.error.kind(), Kind::Unauthorized);
    QVERIFY(result.error.message().contains(QLatin1String("credentials")));
    QCOMPARE(result.attempts, 0); // the session request itself was never sent
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 0);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 1);
}

void SessionClientTest::readOnlyClient_writeIsForbidden()
{
    const Session target = cancellableSession();
    auto client = makeClient(CredentialKind::ClientCredentials, SandboxFixture::ReadOnlyClientId);
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    const Result result = run(client->cancelSession(target.id()));
    QCOMPARE(result.error.kind(), Kind::Forbidden);
    QCOMPARE(result.error.httpStatus(), 403);
    QCOMPARE(result.outcome, CancelReply::Outcome::NotCancelled);
    QCOMPARE(result.attempts, 1);
}

void SessionClientTest::invalidSettings_failWithoutRequest()
{
    ConnectionSettings settings = sandboxSettings(*m_fixture);
    settings.baseUrl = QUrl(QStringLiteral("http://checkout.dintero.com/v1")); // plain http, not loopback
    SessionClient client(settings, m_network.get());
    ListReply *reply = client.listSessions(SessionFilter());
    QVERIFY(!reply->isFinished()); // never finished before the caller could connect
    const Result result = run(reply);
    QVERIFY(result.finished);
    QCOMPARE(result.error.kind(), Kind::BadRequest);
    QVERIFY(result.error.message().contains(QLatin1String("https")));
    QCOMPARE(result.attempts, 0);
}

// ---------------------------------------------------------------------------------

void SessionClientTest::get_retriesServerErrors()
{
    auto client = makeClient();
    m_fixture->queueFault(QStringLiteral("503"), 1, QStringLiteral("list_sessions"));
    m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("list_sessions"));
    const Result result = run(client->listSessions(SessionFilter()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 3);
}

void SessionClientTest::get_retryBoundIsThree()
{
    auto client = makeClient();
    m_fixture->queueFault(QStringLiteral("503"), 10, QStringLiteral("get_session"));
    const Result result = run(client->getSession(QStringLiteral("T12345678.any")));
    QCOMPARE(result.error.kind(), Kind::Server);
    QCOMPARE(result.error.httpStatus(), 503);
    QVERIFY(result.error.message().contains(QLatin1String("503")));
    QCOMPARE(result.attempts, 4); // 1 + 3 retries
    QCOMPARE(m_fixture->operationCount(QStringLiteral("get_session")), 4);
}

void SessionClientTest::get_rateLimitHonoursRetryAfter()
{
    auto client = makeClient();
    SessionClient::RetryPolicy policy = client->retryPolicy();
    policy.maxDelay = std::chrono::seconds(5);
    client->setRetryPolicy(policy);
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError()); // token first
    m_fixture->queueFault(QStringLiteral("429"), 1, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("retry_after"), 1 } });
    QElapsedTimer timer;
    timer.start();
    const Result result = run(client->listSessions(SessionFilter()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.attempts, 2);
}

void SessionClientTest::get_rateLimitCapped()
{
    auto client = makeClient(); // maxDelay 200 ms caps a Retry-After of 60 s
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    m_fixture->queueFault(QStringLiteral("429"), 10, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("retry_after"), 60 } });
    QElapsedTimer timer;
    timer.start();
    const Result result = run(client->listSessions(SessionFilter()));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(result.error.kind(), Kind::RateLimited);
    QCOMPARE(result.error.retryAfter(), std::chrono::seconds(60));
    QVERIFY(result.error.message().contains(QLatin1String("60")));
    QCOMPARE(result.attempts, 4);
}

void SessionClientTest::get_truncatedBodyIsRetried()
{
    const QList<Session> some = firstSessions(1);
    auto client = makeClient();
    m_fixture->queueFault(QStringLiteral("truncated"), 1, QStringLiteral("get_session"));
    const Result result = run(client->getSession(some.first().id()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.session->id(), some.first().id());
    QCOMPARE(m_fixture->sessionOperationCount(some.first().id(), QStringLiteral("get_session")), 2);

    // Truncated every time: reported after the bound.
    m_fixture->queueFault(QStringLiteral("truncated"), 10, QStringLiteral("list_sessions"));
    const Result failed = run(client->listSessions(SessionFilter()));
    QCOMPARE(failed.error.kind(), Kind::Network);
    QCOMPARE(failed.attempts, 4);
}

void SessionClientTest::get_resetIsRetried()
{
    auto client = makeClient();
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    m_fixture->queueFault(QStringLiteral("reset"), 2, QStringLiteral("list_sessions"));
    const Result result = run(client->listSessions(SessionFilter()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 1 + 3);
}

void SessionClientTest::get_malformedIsNotRetried()
{
    auto client = makeClient();
    m_fixture->queueFault(QStringLiteral("malformed"), 1, QStringLiteral("list_sessions"));
    const Result result = run(client->listSessions(SessionFilter()));
    QCOMPARE(result.error.kind(), Kind::MalformedBody);
    QVERIFY(!result.error.message().isEmpty());
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 1);
}

void SessionClientTest::get_timeout()
{
    auto client = makeClient();
    client->setTransferTimeout(std::chrono::milliseconds(1000));
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    m_fixture->queueFault(QStringLiteral("slow"), 1, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("delay_ms"), 3000 } });
    QElapsedTimer timer;
    timer.start();
    const Result result = run(client->listSessions(SessionFilter()));
    QCOMPARE(result.error.kind(), Kind::Timeout);
    QCOMPARE(result.error.message(), QStringLiteral("The server did not answer within 1 second."));
    QVERIFY(timer.elapsed() < 2500);
    QCOMPARE(result.attempts, 1); // not retried: the user already waited
}

void SessionClientTest::get_bodySizeCap()
{
    auto client = makeClient();
    client->setMaxBodySize(4096);
    const Result result = run(client->listSessions(SessionFilter())); // 100 sessions: far more than 4 KiB
    QCOMPARE(result.error.kind(), Kind::MalformedBody);
    QVERIFY(result.error.detail().contains(QLatin1String("larger than 4096")));
    QCOMPARE(result.attempts, 1);
}

void SessionClientTest::connectionRefused_isNetwork()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ConnectionSettings settings = sandboxSettings(*m_fixture, CredentialKind::ApiKey);
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    SessionClient client(settings, m_network.get());
    useTestTimings(client);
    const Result result = run(client.listSessions(SessionFilter()));
    QCOMPARE(result.error.kind(), Kind::Network);
    QVERIFY(result.error.message().contains(QLatin1String("Could not reach")));
    QCOMPARE(result.attempts, 4);
}

void SessionClientTest::tlsFailure_isReported()
{
    // https to the sandbox's plain HTTP port: the handshake fails, and it must not be
    // ignored.
    ConnectionSettings settings = sandboxSettings(*m_fixture, CredentialKind::ApiKey);
    QUrl url = m_fixture->baseUrl();
    url.setScheme(QStringLiteral("https"));
    settings.baseUrl = url;
    SessionClient client(settings, m_network.get());
    useTestTimings(client);
    const Result result = run(client.listSessions(SessionFilter()));
    QVERIFY2(
        result.error.kind() == Kind::Tls || result.error.kind() == Kind::Network, qPrintable(result.error.detail()));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 0);
    if (result.error.kind() == Kind::Tls)
        QCOMPARE(result.attempts, 1); // TLS failures are not retried
}

void SessionClientTest::abort_finishesOnceWithAborted()
{
    auto client = makeClient();
    ListReply *reply = client->listSessions(SessionFilter());
    int finished = 0;
    ApiError error;
    connect(reply, &SessionRequest::finished, reply, [&] {
        ++finished;
        error = reply->error();
    });
    reply->abort();
    QCOMPARE(finished, 1);
    QCOMPARE(error.kind(), Kind::Aborted);
    reply->abort(); // harmless
    QTest::qWait(200);
    QCOMPARE(finished, 1);

    // Abort while the request is on the wire.
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
    m_fixture->queueFault(QStringLiteral("slow"), 1, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("delay_ms"), 1000 } });
    ListReply *slow = client->listSessions(SessionFilter());
    QPointer<ListReply> guard(slow);
    int slowFinished = 0;
    connect(slow, &SessionRequest::finished, slow, [&] { ++slowFinished; });
    QTest::qWait(200);
    slow->abort();
    QCOMPARE(slowFinished, 1);
    QTRY_VERIFY(guard.isNull()); // deleted by its client after finished()
    QTest::qWait(1200);
    QCOMPARE(slowFinished, 1);
}

void SessionClientTest::unexpectedAnswers_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("operation"); // 0 list, 1 get
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detailContains");
    QTest::addColumn<int>("requests");

    using Canned = CannedHttpServer;
    QTest::newRow("list: object instead of array")
        << Canned::answer(200, R"({"sessions": []})") << 0 << Kind::Schema << QStringLiteral("array") << 1;
    QTest::newRow("get: array instead of object")
        << Canned::answer(200, R"([{"id": "T1.a"}])") << 1 << Kind::Schema << QStringLiteral("object") << 1;
    QTest::newRow("get: id missing") << Canned::answer(200, R"({"order": {}})") << 1 << Kind::Schema
                                     << QStringLiteral("\"id\"") << 1;
    QTest::newRow("get: id not a string")
        << Canned::answer(200, R"({"id": 42})") << 1 << Kind::Schema << QStringLiteral("\"id\"") << 1;
    QTest::newRow("list: not JSON") << Canned::answer(200, "<html>oops</html>") << 0 << Kind::MalformedBody
                                    << QStringLiteral("invalid JSON") << 1;
    QTest::newRow("redirect is not followed") << Canned::answer(302, "", "Location: https://evil.example/steal\r\n")
                                              << 0 << Kind::Http << QStringLiteral("302") << 1;
    QTest::newRow("teapot") << Canned::answer(418, R"({"error": {"message": "short and stout"}})") << 1 << Kind::Http
                            << QStringLiteral("short and stout") << 1;
    QTest::newRow("error body that is not JSON")
        << Canned::answer(500, "Internal Server Error") << 1 << Kind::Server << QStringLiteral("500") << 4;
    QTest::newRow("429 with an HTTP-date Retry-After")
        << Canned::answer(429, "{}", "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\n") << 0 << Kind::RateLimited
        << QStringLiteral("429") << 4;
}

void SessionClientTest::unexpectedAnswers()
{
    QFETCH(QByteArray, response);
    QFETCH(int, operation);
    QFETCH(Kind, kind);
    QFETCH(QString, detailContains);
    QFETCH(int, requests);

    CannedHttpServer server(response);
    QVERIFY(server.isListening());
    ConnectionSettings settings = sandboxSettings(*m_fixture, CredentialKind::ApiKey);
    settings.baseUrl = server.baseUrl();
    SessionClient client(settings, m_network.get());
    useTestTimings(client);
    const Result result = operation == 0 ? run(client.listSessions(SessionFilter()))
                                         : run(client.getSession(QStringLiteral("T12345678.x")));
    QCOMPARE(result.error.kind(), kind);
    QVERIFY2(result.error.detail().contains(detailContains), qPrintable(result.error.detail()));
    QVERIFY(!result.error.message().isEmpty());
    QCOMPARE(server.requests(), requests);
}

// ---------------------------------------------------------------------------------

void SessionClientTest::post_rateLimitIsNotRetried()
{
    const Session target = cancellableSession();
    auto client = makeClient();
    m_fixture->queueFault(QStringLiteral("429"), 1, QStringLiteral("cancel_session"),
        QJsonObject { { QStringLiteral("retry_after"), 1 } });
    const Result result = run(client->cancelSession(target.id()));
    QCOMPARE(result.error.kind(), Kind::RateLimited);
    QCOMPARE(result.outcome, CancelReply::Outcome::NotCancelled);
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("cancel_session")), 1);
}

void SessionClientTest::post_resetIsOutcomeUnknown()
{
    auto client = makeClient();
    QVERIFY(!run(client->listSessions(SessionFilter())).error.isError()); // a kept-alive connection
    m_fixture->queueFault(QStringLiteral("reset"), 1, QStringLiteral("create_session"));
    const Result result = run(client->createSession(createBody(QStringLiteral("SO-RESET"))));
    QCOMPARE(result.error.kind(), Kind::OutcomeUnknown);
    QVERIFY(result.error.message().contains(QLatin1String("may or may not")));
    QCOMPARE(result.attempts, 1);
    QTest::qWait(300); // anything Qt might still send would arrive by now
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session")), 1);
}

void SessionClientTest::put_resetIsOutcomeUnknown()
{
    auto client = makeClient();
    const Result created = run(client->createSession(createBody(QStringLiteral("SO-PUT"))));
    m_fixture->queueFault(QStringLiteral("reset"), 1, QStringLiteral("update_session"));
    const QJsonObject update { { QStringLiteral("order"), QJsonObject { { QStringLiteral("amount"), 500 } } } };
    const Result result = run(client->updateSession(created.id, update, true));
    QCOMPARE(result.error.kind(), Kind::OutcomeUnknown);
    QTest::qWait(300);
    QCOMPARE(m_fixture->sessionOperationCount(created.id, QStringLiteral("update_session")), 1);

    m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("update_session"));
    const Result failed = run(client->updateSession(created.id, update, true));
    QCOMPARE(failed.error.kind(), Kind::OutcomeUnknown); // a 5xx does not say it was not done
    QCOMPARE(failed.error.httpStatus(), 500);
    QCOMPARE(failed.attempts, 1);
    QCOMPARE(m_fixture->sessionOperationCount(created.id, QStringLiteral("update_session")), 2);
}

void SessionClientTest::cancel_resetOnKeptAliveConnection_sentOnce()
{
    // The scenario of the issue: a GET leaves a kept-alive connection; the cancel is
    // executed, then the connection is reset before the answer. Qt 6.4 on its own
    // would send the POST again (see httpexchange.cpp); we must not.
    const Session target = cancellableSession();
    auto client = makeClient();
    const Result warmUp = run(client->getSession(target.id()));
    QVERIFY(!warmUp.error.isError());
    m_fixture->resetStats();

    m_fixture->queueFault(QStringLiteral("reset"), 1, QStringLiteral("cancel_session"));
    const Result result = run(client->cancelSession(target.id()));
    QCOMPARE(result.error.kind(), Kind::OutcomeUnknown);
    QVERIFY(result.verified);
    QCOMPARE(result.outcome, CancelReply::Outcome::Cancelled); // what the GET says
    QVERIFY(result.session);
    QVERIFY(result.session->cancelledAt().isValid());
    QTest::qWait(500); // give any hidden re-send time to arrive

    const QJsonObject stats = m_fixture->stats();
    const QJsonObject perSession = stats.value(QStringLiteral("sessions")).toObject().value(target.id()).toObject();
    QCOMPARE(perSession.value(QStringLiteral("cancel_session")).toInt(), 1);
    QCOMPARE(perSession.value(QStringLiteral("get_session")).toInt(), 1); // the verification, once
    QCOMPARE(stats.value(QStringLiteral("operations")).toObject().value(QStringLiteral("cancel_session")).toInt(), 1);
}

void SessionClientTest::cancel_malformedOrTruncated_verifiedByGet_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("malformed") << QStringLiteral("malformed");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("reset") << QStringLiteral("reset");
}

void SessionClientTest::cancel_malformedOrTruncated_verifiedByGet()
{
    QFETCH(QString, fault);
    const Session target = cancellableSession();
    auto client = makeClient();
    m_fixture->queueFault(fault, 1, QStringLiteral("cancel_session"));
    const Result result = run(client->cancelSession(target.id()));
    QCOMPARE(result.error.kind(), Kind::OutcomeUnknown);
    QVERIFY(result.verified);
    QCOMPARE(result.outcome, CancelReply::Outcome::Cancelled);
    QTest::qWait(300);
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("cancel_session")), 1);
}

void SessionClientTest::cancel_timeout_verifiedByGet()
{
    const Session target = cancellableSession();
    auto client = makeClient();
    client->setTransferTimeout(std::chrono::milliseconds(800));
    m_fixture->queueFault(QStringLiteral("slow"), 1, QStringLiteral("cancel_session"),
        QJsonObject { { QStringLiteral("delay_ms"), 2500 } });
    const Result result = run(client->cancelSession(target.id()));
    QCOMPARE(result.error.kind(), Kind::OutcomeUnknown);
    QVERIFY(result.verified);
    QCOMPARE(result.outcome, CancelReply::Outcome::Cancelled);
    QTest::qWait(2500);
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("cancel_session")), 1);
}

void SessionClientTest::cancel_unknownAndVerificationFails()
{
    const Session target = cancellableSession();
    auto client = makeClient();
    m_fixture->resetStats();
    m_fixture->queueFault(QStringLiteral("reset"), 1, QStringLiteral("cancel_session"));
    m_fixture->queueFault(QStringLiteral("500"), 10, QStringLiteral("get_session"));
    const Result result = run(client->cancelSession(target.id()));
    QCOMPARE(result.error.kind(), Kind::OutcomeUnknown);
    QVERIFY(result.verified);
    QCOMPARE(result.outcome, CancelReply::Outcome::Unknown);
    QCOMPARE(result.verificationError.kind(), Kind::Server);
    QVERIFY(!result.session);
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("cancel_session")), 1);
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("get_session")), 4);
}

void SessionClientTest::cancel_connectionRefused_notUncertain()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ConnectionSettings settings = sandboxSettings(*m_fixture, CredentialKind::ApiKey);
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    SessionClient client(settings, m_network.get());
    useTestTimings(client);
    const Result result = run(client.cancelSession(QStringLiteral("T12345678.x")));
    QCOMPARE(result.error.kind(), Kind::Network); // never sent: no doubt about the outcome
    QCOMPARE(result.outcome, CancelReply::Outcome::NotCancelled);
    QVERIFY(!result.verified);
    QCOMPARE(result.attempts, 1);
}

// ---------------------------------------------------------------------------------

void SessionClientTest::logs_neverContainSecrets()
{
    QStringList lines;
    {
        LogCapture log;
        auto client = makeClient();
        QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
        m_fixture->queueFault(QStringLiteral("503"), 1, QStringLiteral("list_sessions"));
        QVERIFY(!run(client->listSessions(SessionFilter())).error.isError());
        run(client->getSession(QStringLiteral("T12345678.missing")));
        auto apiKeyClient = makeClient(CredentialKind::ApiKey);
        QVERIFY(!run(apiKeyClient->listSessions(SessionFilter())).error.isError());
        ConnectionSettings wrong = sandboxSettings(*m_fixture);
        wrong.clientSecret = QStringLiteral("very-wrong-secret");
        SessionClient wrongClient(wrong, m_network.get());
        run(wrongClient.listSessions(SessionFilter()));
        lines = log.lines();
    }

    QVERIFY2(lines.size() > 5, "expected the client to log its requests");
    const QString token = QString::fromLatin1(m_fixture->token());
    const QStringList secrets {
        QStringLiteral("demo-secret"),
        QStringLiteral("very-wrong-secret"),
        QStringLiteral("demo-api-key"),
        QString::fromLatin1(QByteArray("demo:demo-secret").toBase64()),
        token.left(20),
    };
    for (const QString &line : std::as_const(lines)) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Bearer ey")), qPrintable(line));
    }
}

// ---------------------------------------------------------------------------------

void SessionClientTest::deleteClientInFinishedSlot_data()
{
    QTest::addColumn<int>("path"); // 0 answer, 1 size cap (abort inside a signal), 2 abort()
    QTest::newRow("answer") << 0;
    QTest::newRow("size cap") << 1;
    QTest::newRow("abort") << 2;
}

void SessionClientTest::deleteClientInFinishedSlot()
{
    // "Read the result in a slot connected to finished()": a slot that is done with the
    // client may delete it there. Nothing may touch the handle (or the reply) after.
    QFETCH(int, path);
    auto *client = new SessionClient(sandboxSettings(*m_fixture, CredentialKind::ApiKey), m_network.get());
    useTestTimings(*client);
    if (path == 1)
        client->setMaxBodySize(4096);
    if (path == 2) {
        m_fixture->queueFault(QStringLiteral("slow"), 1, QStringLiteral("list_sessions"),
            QJsonObject { { QStringLiteral("delay_ms"), 1000 } });
    }
    ListReply *reply = client->listSessions(SessionFilter());
    QPointer<SessionClient> clientGuard(client);
    int finished = 0;
    Kind kind = Kind::None;
    connect(reply, &SessionRequest::finished, this, [&, reply] {
        ++finished;
        kind = reply->error().kind();
        delete clientGuard.data();
    });
    if (path == 2) {
        QTRY_COMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 1);
        reply->abort(); // the slot deletes the client from inside abort()
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 10000);
    QVERIFY(clientGuard.isNull());
    QTest::qWait(100); // deferred deletes run here
    QCOMPARE(finished, 1);
    QCOMPARE(kind, path == 0 ? Kind::None : path == 1 ? Kind::MalformedBody : Kind::Aborted);
}

void SessionClientTest::deleteClient_finishesRequestsInFlight()
{
    auto client = makeClient(CredentialKind::ApiKey);
    m_fixture->queueFault(QStringLiteral("slow"), 1, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("delay_ms"), 1500 } });
    ListReply *slow = client->listSessions(SessionFilter());
    QList<Kind> kinds;
    connect(slow, &SessionRequest::finished, this, [&, slow] { kinds.append(slow->error().kind()); });
    QTRY_COMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 1);
    SessionReply *queued = client->getSession(QStringLiteral("T12345678.any")); // not even started
    connect(queued, &SessionRequest::finished, this, [&, queued] { kinds.append(queued->error().kind()); });
    client.reset();
    QCOMPARE(kinds, (QList<Kind> { Kind::Aborted, Kind::Aborted }));
    QTest::qWait(1800);
    QCOMPARE(kinds.size(), 2); // exactly once
}

void SessionClientTest::deleteClient_tokenInFlightIsNotATimeout()
{
    LogCapture log;
    {
        auto client = makeClient();
        m_fixture->queueFault(QStringLiteral("slow"), 1, QStringLiteral("auth_token"),
            QJsonObject { { QStringLiteral("delay_ms"), 1000 } });
        int finished = 0;
        ListReply *reply = client->listSessions(SessionFilter());
        connect(reply, &SessionRequest::finished, this, [&] { ++finished; });
        QTRY_COMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 1);
        client.reset();
        QCOMPARE(finished, 1);
    }
    for (const QString &line : log.lines()) {
        QVERIFY2(!line.contains(QLatin1String("token request failed")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("timeout")), qPrintable(line));
    }
}

void SessionClientTest::setSettings_tokenWaitersUseNewCredentialKind()
{
    auto client = makeClient();
    m_fixture->queueFault(
        QStringLiteral("slow"), 1, QStringLiteral("auth_token"), QJsonObject { { QStringLiteral("delay_ms"), 800 } });
    ListReply *reply = client->listSessions(SessionFilter());
    QTRY_COMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 1); // the list waits for it
    ConnectionSettings apiKey = sandboxSettings(*m_fixture, CredentialKind::ApiKey);
    apiKey.clientId.clear();
    apiKey.clientSecret.clear();
    client->setSettings(apiKey);
    const Result result = run(reply);
    QVERIFY(result.finished);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QTest::qWait(1000);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("auth_token")), 1); // no token for an API key
}

void SessionClientTest::retryDelay_jitterStaysUnderTheCap()
{
    // maxDelay 200 ms (useTestTimings) against a Retry-After of 60 s: every wait is
    // 200 ms at most, jitter included.
    auto client = makeClient(CredentialKind::ApiKey);
    m_fixture->queueFault(QStringLiteral("429"), 3, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("retry_after"), 60 } });
    LogCapture log;
    const Result result = run(client->listSessions(SessionFilter()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
    QCOMPARE(result.attempts, 4);
    static const QRegularExpression wait(QStringLiteral("retry \\d+ of .* in (\\d+) ms"));
    int retries = 0;
    for (const QString &line : log.lines()) {
        const QRegularExpressionMatch match = wait.match(line);
        if (!match.hasMatch())
            continue;
        ++retries;
        QVERIFY2(match.captured(1).toInt() <= 200, qPrintable(line));
    }
    QCOMPARE(retries, 3);
}

void SessionClientTest::token_bodySizeCap()
{
    auto client = makeClient();
    client->setMaxBodySize(64); // a token answer is far larger
    const Result result = run(client->listSessions(SessionFilter()));
    QCOMPARE(result.error.kind(), Kind::MalformedBody);
    QVERIFY2(result.error.detail().contains(QLatin1String("auth/token")), qPrintable(result.error.detail()));
    QVERIFY2(result.error.detail().contains(QLatin1String("larger than 64")), qPrintable(result.error.detail()));
    QCOMPARE(result.attempts, 0); // the list itself was never sent
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 0);
}

void SessionClientTest::post_serverErrorIsOutcomeUnknown()
{
    auto client = makeClient();
    m_fixture->queueFault(QStringLiteral("503"), 1, QStringLiteral("create_session"));
    const Result result = run(client->createSession(createBody(QStringLiteral("SO-503"))));
    QCOMPARE(result.error.kind(), Kind::OutcomeUnknown); // it may exist: no duplicate invited
    QCOMPARE(result.error.httpStatus(), 503);
    QVERIFY2(result.error.message().contains(QLatin1String("check")), qPrintable(result.error.message()));
    QVERIFY2(result.error.message().contains(QLatin1String("503")), qPrintable(result.error.message()));
    QCOMPARE(result.attempts, 1);
    QTest::qWait(300);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session")), 1); // never retried
}

void SessionClientTest::cancel_serverErrorIsVerifiedByGet()
{
    // The sandbox answers 500 instead of cancelling, so the GET finds the session open.
    const Session target = cancellableSession();
    auto client = makeClient();
    m_fixture->resetStats();
    m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("cancel_session"));
    const Result result = run(client->cancelSession(target.id()));
    QCOMPARE(result.error.kind(), Kind::OutcomeUnknown);
    QCOMPARE(result.error.httpStatus(), 500);
    QVERIFY(result.verified);
    QCOMPARE(result.outcome, CancelReply::Outcome::NotCancelled);
    QVERIFY(result.session);
    QVERIFY(!result.session->cancelledAt().isValid());
    QCOMPARE(result.attempts, 2); // the cancel and one GET
    QTest::qWait(300);
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("cancel_session")), 1);
    QCOMPARE(m_fixture->sessionOperationCount(target.id(), QStringLiteral("get_session")), 1);
}

void SessionClientTest::logs_maskNormalisedCredentials_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("API key with spaces") << int(CredentialKind::ApiKey)
                                         << QStringLiteral("  T12345678.key-with-spaces \t")
                                         << QByteArray("T12345678.key-with-spaces");
    QTest::newRow("pasted with \"Bearer \"")
        << int(CredentialKind::BearerToken) << QStringLiteral(" Bearer abc.def-pasted-token ")
        << QByteArray("abc.def-pasted-token");
    // Sent as the Basic value, built from the trimmed client id.
    QTest::newRow("client id with spaces") << int(CredentialKind::ClientCredentials) << QStringLiteral(" demo ")
                                           << QByteArray("demo:demo-secret").toBase64();
}

void SessionClientTest::logs_maskNormalisedCredentials()
{
    // A server that echoes what it received (here: in its error message) must not get
    // the credential into the log: what is masked is what the headers carried.
    QFETCH(int, kind);
    QFETCH(QString, typed);
    QFETCH(QByteArray, sent);
    const auto credentialKind = CredentialKind(kind);
    const QByteArray secret = sent;
    const QByteArray body = R"({"error":{"code":"BAD","message":"rejected )" + secret + R"("}})";
    CannedHttpServer server(CannedHttpServer::answer(400, body));
    QVERIFY(server.isListening());
    ConnectionSettings settings = sandboxSettings(*m_fixture, credentialKind);
    settings.baseUrl = server.baseUrl();
    if (credentialKind == CredentialKind::ApiKey)
        settings.apiKey = typed;
    else if (credentialKind == CredentialKind::BearerToken)
        settings.bearerToken = typed;
    else
        settings.clientId = typed;
    LogCapture log;
    {
        SessionClient client(settings, m_network.get());
        useTestTimings(client);
        const Result result = run(client.listSessions(SessionFilter()));
        QCOMPARE(result.error.kind(), Kind::BadRequest);
    }
    bool echoed = false;
    for (const QString &line : log.lines()) {
        QVERIFY2(!line.contains(QString::fromLatin1(secret)), qPrintable(line));
        echoed = echoed || line.contains(QLatin1String("rejected ***"));
    }
    QVERIFY(echoed); // the echo did reach the log, masked
}

QTEST_GUILESS_MAIN(SessionClientTest)
#include "sessionclient_test.moc"
