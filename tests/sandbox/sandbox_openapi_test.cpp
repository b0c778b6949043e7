// Every response of every operation the sandbox serves, on happy and error paths, is
// checked against the project's OpenAPI document (app/sandbox/openapi/), as are the request
// bodies the tests send.

#include "sandbox/sandboxstore.h"
#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Dintero::Testing;

class SandboxOpenApiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void response_conformsToDocument_data();
    void response_conformsToDocument();
    void seededSessions_conformToDocument();
    void seededTransactions_conformToDocument();
    void transactionForbidden_conformsToDocument();

private:
    struct Exchange
    {
        QByteArray method;
        QString path; // below /v1, as sent
        QByteArray body; // request body, empty for none
        HttpResult result;
    };
    Exchange run(const QString &scenario);
    Exchange send(const QByteArray &method, const QString &path, const QJsonObject &body, const Headers &credentials);
    QString freshSession(const QString &operation = QStringLiteral("create_session"));
    QString seededSessionWhere(const std::function<bool(const QJsonObject &, const QString &state)> &predicate);
    // The transaction of the first seeded session whose transaction is in `state`.
    QString seededTransaction(const QString &state, bool paymentToken = false);

    std::unique_ptr<SandboxFixture> m_fixture;
    QByteArray m_token;
    QByteArray m_readOnly;
    QList<QJsonObject> m_seeded;
};

void SandboxOpenApiTest::initTestCase()
{
    QVERIFY2(openApi().isValid(), qPrintable(openApi().errorString()));
    m_fixture = std::make_unique<SandboxFixture>(optionsAt(ManualClock()));
    QVERIFY(m_fixture->isListening());
    m_token = m_fixture->token();
    m_readOnly = m_fixture->token(SandboxFixture::ReadOnlyClientId);
    QVERIFY(!m_token.isEmpty() && !m_readOnly.isEmpty());
    const Walk walk = walkSessions(*m_fixture, m_token, {}, 100);
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    m_seeded = walk.sessions;
}

void SandboxOpenApiTest::cleanupTestCase()
{
    m_fixture.reset();
}

SandboxOpenApiTest::Exchange SandboxOpenApiTest::send(
    const QByteArray &method, const QString &path, const QJsonObject &body, const Headers &credentials)
{
    Exchange exchange { method, path, body.isEmpty() ? QByteArray() : jsonBytes(body), {} };
    Headers headers = credentials;
    if (!exchange.body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    exchange.result = m_fixture->request(method, path, exchange.body, headers);
    return exchange;
}

QString SandboxOpenApiTest::freshSession(const QString &operation)
{
    const OperationCall call = operationCall(operation);
    return perform(*m_fixture, call, bearer(m_token)).object().value(QStringLiteral("id")).toString();
}

QString SandboxOpenApiTest::seededSessionWhere(
    const std::function<bool(const QJsonObject &, const QString &state)> &predicate)
{
    for (const QJsonObject &session : std::as_const(m_seeded)) {
        const QString transactionId = session.value(QStringLiteral("transaction_id")).toString();
        const auto transaction = m_fixture->server().store().transaction(transactionId);
        const QString state = transaction ? transaction->status : QString();
        const QString id = session.value(QStringLiteral("id")).toString();
        // Scenarios may have changed it since the walk: look at it as it is now.
        const QJsonObject current = m_fixture->authorized("GET", QStringLiteral("/sessions/") + id, m_token).object();
        if (predicate(current, state))
            return id;
    }
    return {};
}

QString SandboxOpenApiTest::seededTransaction(const QString &state, bool paymentToken)
{
    const QString id = seededSessionWhere([&](const QJsonObject &session, const QString &current) {
        return current == state && session.contains(QStringLiteral("payment_operation")) == paymentToken;
    });
    return m_fixture->authorized("GET", QStringLiteral("/sessions/") + id, m_token)
        .object()
        .value(QStringLiteral("transaction_id"))
        .toString();
}

void SandboxOpenApiTest::response_conformsToDocument_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    const QList<QPair<const char *, int>> scenarios {
        { "token", 200 },
        { "token, bad grant_type", 400 },
        { "token, bad secret", 401 },
        { "token, other audience", 403 },
        { "token, 429 fault", 429 },
        { "token, 500 fault", 500 },
        { "list", 200 },
        { "list, every filter", 200 },
        { "list, limit 100", 200 },
        { "list, read-only", 200 },
        { "list, api key", 200 },
        { "list, empty result", 200 },
        { "list, limit 0", 400 },
        { "list, bad date", 400 },
        { "list, unknown cursor", 400 },
        { "list, no credentials", 401 },
        { "list, 500 fault", 500 },
        { "get", 200 },
        { "get, includes", 200 },
        { "get, cancelled", 200 },
        { "get, paid", 200 },
        { "get, payment-token session", 200 },
        { "get, unknown", 404 },
        { "get, no credentials", 401 },
        { "get, 500 fault", 500 },
        { "create", 200 },
        { "create, include_session", 200 },
        { "create, missing currency", 400 },
        { "create, not JSON", 400 },
        { "create, no credentials", 401 },
        { "create, read-only", 403 },
        { "profile", 200 },
        { "profile, second profile, include_session", 200 },
        { "profile, unknown profile", 400 },
        { "profile, missing profile_id", 400 },
        { "profile, no credentials", 401 },
        { "profile, read-only", 403 },
        { "payment-token", 200 },
        { "payment-token, include_session", 200 },
        { "payment-token, missing token_provider", 400 },
        { "payment-token, no credentials", 401 },
        { "payment-token, read-only", 403 },
        { "update", 200 },
        { "update, read-only", 200 },
        { "update, not locked", 400 },
        { "update, amounts differ", 400 },
        { "update, unknown", 404 },
        { "update, no credentials", 401 },
        { "cancel", 200 },
        { "cancel, authorized", 200 },
        { "cancel, twice", 400 },
        { "cancel, captured", 400 },
        { "cancel, unknown", 404 },
        { "cancel, no credentials", 401 },
        { "cancel, read-only", 403 },
        { "cancel, 500 fault", 500 },
        { "transaction", 200 },
        { "transaction, partially captured", 200 },
        { "transaction, voided", 200 },
        { "transaction, declined", 200 },
        { "transaction, on hold", 200 },
        { "transaction, payment token, every includes", 200 },
        { "transaction, read-only", 200 },
        { "transaction, api key", 200 },
        { "transaction, unknown includes", 400 },
        { "transaction, no credentials", 401 },
        { "transaction, bad token", 401 },
        { "transaction, unknown", 404 },
        { "transaction, 500 fault", 500 },
    };
    for (const auto &[scenario, status] : scenarios)
        QTest::newRow(scenario) << QString::fromLatin1(scenario) << status;
}

SandboxOpenApiTest::Exchange SandboxOpenApiTest::run(const QString &scenario)
{
    const Headers admin = bearer(m_token);
    const Headers readOnly = bearer(m_readOnly);
    const QString tokenPath = QStringLiteral("/accounts/T12345678/auth/token");
    const auto is = [&scenario](const char *name) {
        return scenario == QLatin1String(name);
    };
    const auto tokenRequest = [&](const QByteArray &secret, const QString &grant, const QString &account) {
        const QByteArray pair = QByteArray(SandboxFixture::AdminClientId) + ':' + secret;
        return send("POST", tokenPath,
            { { QStringLiteral("grant_type"), grant },
                { QStringLiteral("audience"),
                    QString(QStringLiteral("https://api.dintero.com/v1/accounts/") + account) } },
            { { "Authorization", "Basic " + pair.toBase64() } });
    };
    const QString cc = QStringLiteral("client_credentials");
    const QString own = QStringLiteral("T12345678");

    if (is("token"))
        return tokenRequest(SandboxFixture::ClientSecret, cc, own);
    if (is("token, bad grant_type"))
        return tokenRequest(SandboxFixture::ClientSecret, QStringLiteral("password"), own);
    if (is("token, bad secret"))
        return tokenRequest("nope", cc, own);
    if (is("token, other audience"))
        return tokenRequest(SandboxFixture::ClientSecret, cc, QStringLiteral("T99999999"));
    if (is("token, 429 fault")) {
        m_fixture->queueFault(
            QStringLiteral("429"), 1, QStringLiteral("auth_token"), { { QStringLiteral("retry_after"), 3 } });
        return tokenRequest(SandboxFixture::ClientSecret, cc, own);
    }
    if (is("token, 500 fault")) {
        m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("auth_token"));
        return tokenRequest(SandboxFixture::ClientSecret, cc, own);
    }

    const QJsonObject &newest = m_seeded.first();
    if (is("list"))
        return send("GET", QStringLiteral("/sessions"), {}, admin);
    if (is("list, every filter")) {
        const QJsonObject order = newest.value(QStringLiteral("order")).toObject();
        const QueryItems filters {
            { QStringLiteral("limit"), QStringLiteral("5") },
            { QStringLiteral("id"), newest.value(QStringLiteral("id")).toString() },
            { QStringLiteral("id"), m_seeded.at(1).value(QStringLiteral("id")).toString() },
            { QStringLiteral("store_id"),
                order.value(QStringLiteral("store")).toObject().value(QStringLiteral("id")).toString() },
            { QStringLiteral("search"), order.value(QStringLiteral("merchant_reference")).toString() },
            { QStringLiteral("created_at.gte"), QStringLiteral("2024-01-01") },
            { QStringLiteral("created_at.lte"), QStringLiteral("2030-01-01T00:00:00+01:00") },
        };
        return send("GET", QStringLiteral("/sessions?") + queryString(filters), {}, admin);
    }
    if (is("list, limit 100"))
        return send("GET", QStringLiteral("/sessions?limit=100"), {}, admin);
    if (is("list, read-only"))
        return send("GET",
            QStringLiteral("/sessions?limit=20&starting_after=") + newest.value(QStringLiteral("id")).toString(), {},
            readOnly);
    if (is("list, api key"))
        return send("GET", QStringLiteral("/sessions?limit=20"), {}, apiKey());
    if (is("list, empty result"))
        return send("GET", QStringLiteral("/sessions?search=no-such-thing-at-all"), {}, admin);
    if (is("list, limit 0"))
        return send("GET", QStringLiteral("/sessions?limit=0"), {}, admin);
    if (is("list, bad date"))
        return send("GET", QStringLiteral("/sessions?created_at.gte=yesterday"), {}, admin);
    if (is("list, unknown cursor"))
        return send("GET", QStringLiteral("/sessions?starting_after=T12345678.nope"), {}, admin);
    if (is("list, no credentials"))
        return send("GET", QStringLiteral("/sessions"), {}, {});
    if (is("list, 500 fault")) {
        m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("list_sessions"));
        return send("GET", QStringLiteral("/sessions"), {}, admin);
    }

    const QString sessionPath = QStringLiteral("/sessions/");
    if (is("get"))
        return send("GET", sessionPath + newest.value(QStringLiteral("id")).toString(), {}, admin);
    if (is("get, includes"))
        return send("GET",
            sessionPath + freshSession()
                + QStringLiteral("?includes=events.request_headers&includes=initiating_system_request_headers"),
            {}, admin);
    if (is("get, cancelled"))
        return send("GET", sessionPath + seededSessionWhere([](const QJsonObject &s, const QString &) {
            return s.contains(QStringLiteral("cancelled_at"));
        }),
            {}, admin);
    if (is("get, paid"))
        return send("GET", sessionPath + seededSessionWhere([](const QJsonObject &, const QString &state) {
            return state == QLatin1String("CAPTURED");
        }),
            {}, admin);
    if (is("get, payment-token session"))
        return send("GET", sessionPath + freshSession(QStringLiteral("create_payment_token_session")), {}, admin);
    if (is("get, unknown"))
        return send("GET", sessionPath + QStringLiteral("T12345678.nope"), {}, admin);
    if (is("get, no credentials"))
        return send("GET", sessionPath + newest.value(QStringLiteral("id")).toString(), {}, {});
    if (is("get, 500 fault")) {
        m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("get_session"));
        return send("GET", sessionPath + newest.value(QStringLiteral("id")).toString(), {}, admin);
    }

    const QString sessions = QStringLiteral("/sessions");
    if (is("create"))
        return send("POST", sessions, createSessionBody(), admin);
    if (is("create, include_session"))
        return send("POST", sessions + QStringLiteral("?include_session=true"), createSessionBody(), admin);
    if (is("create, missing currency"))
        return send("POST", sessions,
            withChange(createSessionBody(), QStringLiteral("/order/currency"), QJsonValue(QJsonValue::Undefined)),
            admin);
    if (is("create, not JSON")) {
        Exchange exchange { "POST", sessions, "{", {} };
        exchange.result = m_fixture->request("POST", sessions, exchange.body,
            { { "Authorization", "Bearer " + m_token }, { "Content-Type", "application/json" } });
        return exchange;
    }
    if (is("create, no credentials"))
        return send("POST", sessions, createSessionBody(), {});
    if (is("create, read-only"))
        return send("POST", sessions, createSessionBody(), readOnly);

    const QString profilePath = QStringLiteral("/sessions-profile");
    if (is("profile"))
        return send("POST", profilePath, profileSessionBody(QStringLiteral("default")), admin);
    if (is("profile, second profile, include_session"))
        return send("POST", profilePath + QStringLiteral("?include_session=true"),
            profileSessionBody(secondProfileId()), admin);
    if (is("profile, unknown profile"))
        return send("POST", profilePath, profileSessionBody(QStringLiteral("nope")), admin);
    if (is("profile, missing profile_id"))
        return send("POST", profilePath,
            withChange(profileSessionBody(QStringLiteral("default")), QStringLiteral("/profile_id"),
                QJsonValue(QJsonValue::Undefined)),
            admin);
    if (is("profile, no credentials"))
        return send("POST", profilePath, profileSessionBody(QStringLiteral("default")), {});
    if (is("profile, read-only"))
        return send("POST", profilePath, profileSessionBody(QStringLiteral("default")), readOnly);

    const QString tokenSession = QStringLiteral("/sessions/payment-token");
    if (is("payment-token"))
        return send("POST", tokenSession, paymentTokenBody(), admin);
    if (is("payment-token, include_session"))
        return send("POST", tokenSession + QStringLiteral("?include_session=true"), paymentTokenBody(), admin);
    if (is("payment-token, missing token_provider"))
        return send("POST", tokenSession,
            withChange(paymentTokenBody(), QStringLiteral("/token_provider"), QJsonValue(QJsonValue::Undefined)),
            admin);
    if (is("payment-token, no credentials"))
        return send("POST", tokenSession, paymentTokenBody(), {});
    if (is("payment-token, read-only"))
        return send("POST", tokenSession, paymentTokenBody(), readOnly);

    const QString unlocked = QStringLiteral("?update_without_lock=true");
    if (is("update"))
        return send("PUT", sessionPath + freshSession() + unlocked, updateBody(1000, 2000, 3000), admin);
    if (is("update, read-only"))
        return send("PUT", sessionPath + freshSession() + unlocked, updateBody(1000, 2000, 3000), readOnly);
    if (is("update, not locked"))
        return send("PUT", sessionPath + freshSession(), updateBody(1000, 2000, 3000), admin);
    if (is("update, amounts differ"))
        return send("PUT", sessionPath + freshSession() + unlocked, updateBody(1000, 2000, 3333), admin);
    if (is("update, unknown"))
        return send("PUT", sessionPath + QStringLiteral("T12345678.nope") + unlocked, updateBody(1, 2, 3), admin);
    if (is("update, no credentials"))
        return send("PUT", sessionPath + freshSession() + unlocked, updateBody(1, 2, 3), {});

    const auto cancelPath = [](const QString &id) {
        return QStringLiteral("/sessions/%1/cancel").arg(id);
    };
    if (is("cancel"))
        return send("POST", cancelPath(freshSession()), {}, admin);
    if (is("cancel, authorized"))
        return send("POST", cancelPath(seededSessionWhere([](const QJsonObject &s, const QString &state) {
            return state == QLatin1String("AUTHORIZED") && !s.contains(QStringLiteral("cancelled_at"));
        })),
            {}, admin);
    if (is("cancel, twice")) {
        const QString id = freshSession();
        send("POST", cancelPath(id), {}, admin);
        return send("POST", cancelPath(id), {}, admin);
    }
    if (is("cancel, captured"))
        return send("POST", cancelPath(seededSessionWhere([](const QJsonObject &, const QString &state) {
            return state == QLatin1String("CAPTURED");
        })),
            {}, admin);
    if (is("cancel, unknown"))
        return send("POST", cancelPath(QStringLiteral("T12345678.nope")), {}, admin);
    if (is("cancel, no credentials"))
        return send("POST", cancelPath(freshSession()), {}, {});
    if (is("cancel, read-only"))
        return send("POST", cancelPath(freshSession()), {}, readOnly);
    if (is("cancel, 500 fault")) {
        const QString id = freshSession();
        m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("cancel_session"));
        return send("POST", cancelPath(id), {}, admin);
    }

    const QString transactionPath = QStringLiteral("/transactions/");
    const QString captured = QStringLiteral("CAPTURED");
    if (is("transaction"))
        return send("GET", transactionPath + seededTransaction(captured), {}, admin);
    if (is("transaction, partially captured"))
        return send("GET", transactionPath + seededTransaction(QStringLiteral("PARTIALLY_CAPTURED")), {}, admin);
    if (is("transaction, voided"))
        return send("GET", transactionPath + seededTransaction(QStringLiteral("AUTHORIZATION_VOIDED")), {}, admin);
    if (is("transaction, declined"))
        return send("GET", transactionPath + seededTransaction(QStringLiteral("DECLINED")), {}, admin);
    if (is("transaction, on hold"))
        return send("GET", transactionPath + seededTransaction(QStringLiteral("ON_HOLD")), {}, admin);
    if (is("transaction, payment token, every includes")) {
        const QStringList includes { QStringLiteral("card.payment_token"), QStringLiteral("card.recurrence_token"),
            QStringLiteral("session"), QStringLiteral("session.events.latest"),
            QStringLiteral("events.request_headers"), QStringLiteral("events.success.true"),
            QStringLiteral("initiating_system_request_headers") };
        return send("GET",
            transactionPath + seededTransaction(QStringLiteral("AUTHORIZED"), true) + QStringLiteral("?includes=")
                + includes.join(QStringLiteral("&includes=")),
            {}, admin);
    }
    if (is("transaction, read-only"))
        return send("GET", transactionPath + seededTransaction(captured), {}, readOnly);
    if (is("transaction, api key"))
        return send("GET", transactionPath + seededTransaction(captured), {}, apiKey());
    if (is("transaction, unknown includes"))
        return send(
            "GET", transactionPath + seededTransaction(captured) + QStringLiteral("?includes=card.cvc"), {}, admin);
    if (is("transaction, no credentials"))
        return send("GET", transactionPath + seededTransaction(captured), {}, {});
    if (is("transaction, bad token"))
        return send("GET", transactionPath + seededTransaction(captured), {}, bearer("not.a.token"));
    if (is("transaction, unknown"))
        return send("GET", transactionPath + QStringLiteral("T12345678.nope"), {}, admin);
    if (is("transaction, 500 fault")) {
        const QString id = seededTransaction(captured);
        m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("get_transaction"));
        return send("GET", transactionPath + id, {}, admin);
    }
    qFatal("unknown scenario %s", qPrintable(scenario));
    return {};
}

void SandboxOpenApiTest::response_conformsToDocument()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);

    const Exchange exchange = run(scenario);
    QVERIFY2(!exchange.path.contains(QStringLiteral("//")) && !exchange.path.endsWith(QLatin1Char('/')),
        "the scenario found no session to use");
    QVERIFY2(exchange.result.status == status, qPrintable(describe(exchange.result)));

    // What the test sent conforms on the happy paths.
    if (status == 200 && !exchange.body.isEmpty()) {
        const SchemaViolations sent
            = openApi().validateRequestBody(exchange.method, exchange.path, QJsonDocument::fromJson(exchange.body));
        QVERIFY2(sent.isEmpty(), qPrintable(QStringLiteral("request: ") + OpenApiValidator::describe(sent)));
    }
    const SchemaViolations violations
        = openApi().validateResponse(exchange.method, exchange.path, exchange.result.status, exchange.result.body);
    QVERIFY2(violations.isEmpty(),
        qPrintable(OpenApiValidator::describe(violations) + QStringLiteral("\n") + describe(exchange.result)));
    if (status >= 400) {
        const QString problem = errorEnvelopeProblem(exchange.result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    if (status == 429)
        QVERIFY2(exchange.result.header("Retry-After").toInt() >= 0 && !exchange.result.header("Retry-After").isEmpty(),
            "429 without Retry-After");
}

void SandboxOpenApiTest::seededSessions_conformToDocument()
{
    // Every page of the list and every session on its own.
    QStringList problems;
    QString cursor;
    int sessions = 0;
    for (int page = 0; page < 100; ++page) {
        const QString path = QStringLiteral("/sessions?limit=100")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&starting_after=") + cursor);
        const HttpResult result = m_fixture->authorized("GET", path, m_token);
        QVERIFY2(result.status == 200, qPrintable(describe(result)));
        for (const SchemaViolation &violation : openApi().validateResponse("GET", path, 200, result.body))
            problems.append(QStringLiteral("list page %1: ").arg(page) + violation.toString());
        const QJsonArray array = result.json().array();
        for (const QJsonValue &value : array) {
            const QString id = value.toObject().value(QStringLiteral("id")).toString();
            const QString sessionPath = QStringLiteral("/sessions/") + id;
            const HttpResult detail = m_fixture->authorized("GET", sessionPath, m_token);
            for (const SchemaViolation &violation :
                openApi().validateResponse("GET", sessionPath, detail.status, detail.body))
                problems.append(id + QStringLiteral(": ") + violation.toString());
            ++sessions;
        }
        if (array.size() < 100)
            break;
        cursor = array.last().toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    QVERIFY(sessions >= 200);
}

void SandboxOpenApiTest::seededTransactions_conformToDocument()
{
    QStringList problems;
    int transactions = 0;
    for (const QJsonObject &session : std::as_const(m_seeded)) {
        const QString id = session.value(QStringLiteral("transaction_id")).toString();
        if (id.isEmpty())
            continue;
        for (const QString &query : { QString(), QStringLiteral("?includes=card.payment_token&includes=session") }) {
            const QString path = QStringLiteral("/transactions/") + id + query;
            const HttpResult result = m_fixture->authorized("GET", path, m_token);
            if (result.status != 200)
                problems.append(id + QStringLiteral(": ") + describe(result));
            for (const SchemaViolation &violation : openApi().validateResponse("GET", path, result.status, result.body))
                problems.append(id + QStringLiteral(": ") + violation.toString());
        }
        ++transactions;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    QVERIFY(transactions >= 50);
}

void SandboxOpenApiTest::transactionForbidden_conformsToDocument()
{
    // Every sandbox credential may read a transaction (read:checkout suffices), so no
    // request makes GET /transactions/{id} answer 403. The sandbox has one 403 body for
    // every operation; a read-only cancel gives it, and it must be what this operation
    // documents for 403.
    const HttpResult forbidden
        = perform(*m_fixture, operationCall(QStringLiteral("cancel_session"), freshSession()), bearer(m_readOnly));
    QVERIFY2(forbidden.status == 403, qPrintable(describe(forbidden)));
    const QString path = QStringLiteral("/transactions/T12345678.any");
    QCOMPARE(openApi().operationId("GET", path), QStringLiteral("transactions_id_get"));
    const SchemaViolations violations = openApi().validateResponse("GET", path, 403, forbidden.body);
    QVERIFY2(violations.isEmpty(), qPrintable(OpenApiValidator::describe(violations)));
    QVERIFY2(errorEnvelopeProblem(forbidden).isEmpty(), qPrintable(errorEnvelopeProblem(forbidden)));
}

QTEST_GUILESS_MAIN(SandboxOpenApiTest)

#include "sandbox_openapi_test.moc"
