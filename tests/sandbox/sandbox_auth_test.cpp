// Contract of the sandbox's credentials: the token endpoint (client credentials over
// Basic auth), token expiry on the sandbox clock, and who may call which operation.

#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Dintero::Testing;

class SandboxAuthTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void token_validClient_isIssued_data();
    void token_validClient_isIssued();
    void token_lifetimeOption_setsExpiresIn();
    void token_badCredentials_is401_data();
    void token_badCredentials_is401();
    void token_badBody_is400_data();
    void token_badBody_is400();
    void token_audienceNotGranted_is403_data();
    void token_audienceNotGranted_is403();
    void token_expiresOnSandboxClock_is401();

    void operation_badCredentials_is401_data();
    void operation_badCredentials_is401();
    void operation_unknownSessionWithoutCredentials_is401();
    void operation_readOnlyOnWrite_is403_data();
    void operation_readOnlyOnWrite_is403();
    void operation_readOnlyOnRead_isAllowed_data();
    void operation_readOnlyOnRead_isAllowed();
    void operation_apiKey_isAdmin_data();
    void operation_apiKey_isAdmin();

private:
    HttpResult requestToken(const QByteArray &authorization, const QByteArray &body,
        const QString &account = QLatin1String(SandboxFixture::AccountId));
    QString seededSessionId();

    ManualClock m_clock;
    std::unique_ptr<SandboxFixture> m_fixture;
};

namespace {

QByteArray basic(const QByteArray &clientId, const QByteArray &secret)
{
    const QByteArray pair = clientId + ':' + secret;
    return "Basic " + pair.toBase64();
}

QByteArray tokenBody(const QString &grantType = QStringLiteral("client_credentials"),
    const QString &account = QLatin1String(SandboxFixture::AccountId))
{
    return jsonBytes(QJsonObject { { QStringLiteral("grant_type"), grantType },
        { QStringLiteral("audience"), QString(QStringLiteral("https://api.dintero.com/v1/accounts/") + account) } });
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

void SandboxAuthTest::init()
{
    m_clock = ManualClock();
    m_fixture = std::make_unique<SandboxFixture>(optionsAt(m_clock));
    QVERIFY(m_fixture->isListening());
}

void SandboxAuthTest::cleanup()
{
    m_fixture.reset();
}

HttpResult SandboxAuthTest::requestToken(
    const QByteArray &authorization, const QByteArray &body, const QString &account)
{
    Headers headers { { "Content-Type", "application/json" } };
    if (!authorization.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), authorization));
    return m_fixture->request("POST", QStringLiteral("/accounts/%1/auth/token").arg(account), body, headers);
}

QString SandboxAuthTest::seededSessionId()
{
    const HttpResult page = m_fixture->authorized("GET", QStringLiteral("/sessions?limit=1"), m_fixture->token());
    return page.json().array().first().toObject().value(QStringLiteral("id")).toString();
}

void SandboxAuthTest::token_validClient_isIssued_data()
{
    QTest::addColumn<QByteArray>("clientId");
    QTest::newRow("admin client") << QByteArray(SandboxFixture::AdminClientId);
    QTest::newRow("read-only client") << QByteArray(SandboxFixture::ReadOnlyClientId);
}

void SandboxAuthTest::token_validClient_isIssued()
{
    QFETCH(QByteArray, clientId);
    const HttpResult result = requestToken(basic(clientId, SandboxFixture::ClientSecret), tokenBody());
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    const QJsonObject object = result.object();
    QCOMPARE(object.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(object.value(QStringLiteral("expires_in")).toInt(-1), 14400);

    // A JWT: three base64url parts, the first two JSON objects.
    const QString token = object.value(QStringLiteral("access_token")).toString();
    static const QRegularExpression jwt(QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"));
    QVERIFY2(jwt.match(token).hasMatch(), qPrintable(token));
    const QList<QByteArray> parts = token.toLatin1().split('.');
    for (int i = 0; i < 2; ++i) {
        const auto decoded = QByteArray::fromBase64Encoding(
            parts.at(i), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY2(decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok, parts.at(i).constData());
        QVERIFY2(QJsonDocument::fromJson(decoded.decoded).isObject(), decoded.decoded.constData());
    }

    // The token opens the read operations.
    const HttpResult list
        = m_fixture->request("GET", QStringLiteral("/sessions?limit=1"), {}, bearer(token.toLatin1()));
    QVERIFY2(list.status == 200, qPrintable(describe(list)));
}

void SandboxAuthTest::token_lifetimeOption_setsExpiresIn()
{
    Dintero::Sandbox::SandboxOptions options = optionsAt(m_clock);
    options.tokenLifetimeSeconds = 90;
    m_fixture = std::make_unique<SandboxFixture>(options);
    const HttpResult result
        = requestToken(basic(SandboxFixture::AdminClientId, SandboxFixture::ClientSecret), tokenBody());
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    QCOMPARE(result.object().value(QStringLiteral("expires_in")).toInt(-1), 90);
}

void SandboxAuthTest::token_badCredentials_is401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("wrong secret") << basic(SandboxFixture::AdminClientId, "wrong-secret");
    QTest::newRow("unknown client") << basic("nobody", SandboxFixture::ClientSecret);
    QTest::newRow("empty secret") << basic(SandboxFixture::AdminClientId, "");
    QTest::newRow("no Authorization header") << QByteArray();
    QTest::newRow("bearer instead of basic") << QByteArray("Bearer demo-secret");
    QTest::newRow("basic without colon") << QByteArray("Basic " + QByteArray("demodemo-secret").toBase64());
    QTest::newRow("basic not base64") << QByteArray("Basic %%%");
}

void SandboxAuthTest::token_badCredentials_is401()
{
    QFETCH(QByteArray, authorization);
    const HttpResult result = requestToken(authorization, tokenBody());
    QVERIFY2(result.status == 401, qPrintable(describe(result)));
    const QString problem = errorEnvelopeProblem(result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void SandboxAuthTest::token_badBody_is400_data()
{
    QTest::addColumn<QByteArray>("body");
    const QString audience = QStringLiteral("https://api.dintero.com/v1/accounts/T12345678");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("grant_type=client_credentials");
    QTest::newRow("JSON array") << QByteArray("[]");
    QTest::newRow("missing grant_type") << jsonBytes(QJsonObject { { QStringLiteral("audience"), audience } });
    QTest::newRow("grant_type password") << tokenBody(QStringLiteral("password"));
    QTest::newRow("grant_type refresh_token") << tokenBody(QStringLiteral("refresh_token"));
    QTest::newRow("grant_type not a string")
        << jsonBytes(QJsonObject { { QStringLiteral("grant_type"), 1 }, { QStringLiteral("audience"), audience } });
    QTest::newRow("missing audience") << jsonBytes(
        QJsonObject { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } });
}

void SandboxAuthTest::token_badBody_is400()
{
    QFETCH(QByteArray, body);
    const HttpResult result = requestToken(basic(SandboxFixture::AdminClientId, SandboxFixture::ClientSecret), body);
    QVERIFY2(result.status == 400, qPrintable(describe(result)));
    const QString problem = errorEnvelopeProblem(result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void SandboxAuthTest::token_audienceNotGranted_is403_data()
{
    QTest::addColumn<QString>("pathAccount");
    QTest::addColumn<QByteArray>("body");
    const QString own = QLatin1String(SandboxFixture::AccountId);
    QTest::newRow("audience of another account")
        << own << tokenBody(QStringLiteral("client_credentials"), QStringLiteral("T99999999"));
    QTest::newRow("production twin of the account")
        << own << tokenBody(QStringLiteral("client_credentials"), QStringLiteral("P12345678"));
    QTest::newRow("another account in the path and audience")
        << QStringLiteral("T99999999") << tokenBody(QStringLiteral("client_credentials"), QStringLiteral("T99999999"));
    QTest::newRow("audience of another API")
        << own
        << jsonBytes(QJsonObject { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
               { QStringLiteral("audience"), QStringLiteral("https://example.com/v1/accounts/T12345678") } });
}

void SandboxAuthTest::token_audienceNotGranted_is403()
{
    QFETCH(QString, pathAccount);
    QFETCH(QByteArray, body);
    const HttpResult result
        = requestToken(basic(SandboxFixture::AdminClientId, SandboxFixture::ClientSecret), body, pathAccount);
    QVERIFY2(result.status == 403, qPrintable(describe(result)));
    const QString problem = errorEnvelopeProblem(result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void SandboxAuthTest::token_expiresOnSandboxClock_is401()
{
    const QByteArray token = m_fixture->token();
    QVERIFY(!token.isEmpty());
    const QString path = QStringLiteral("/sessions?limit=1");
    QCOMPARE(m_fixture->authorized("GET", path, token).status, 200);

    m_clock.advance(14400 - 5);
    const HttpResult beforeExpiry = m_fixture->authorized("GET", path, token);
    QVERIFY2(beforeExpiry.status == 200, qPrintable(describe(beforeExpiry)));

    m_clock.advance(10);
    const HttpResult expired = m_fixture->authorized("GET", path, token);
    QVERIFY2(expired.status == 401, qPrintable(describe(expired)));
    const QString problem = errorEnvelopeProblem(expired);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A new token works again: the refusal was about the old token's age.
    QCOMPARE(m_fixture->authorized("GET", path, m_fixture->token()).status, 200);
}

void SandboxAuthTest::operation_badCredentials_is401_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("credential");
    const QStringList credentials {
        QStringLiteral("none"),
        QStringLiteral("garbage bearer"),
        QStringLiteral("empty bearer"),
        QStringLiteral("forged bearer"),
        QStringLiteral("tampered payload"),
        QStringLiteral("tampered signature"),
        QStringLiteral("wrong api key"),
        QStringLiteral("other account's api key"),
        QStringLiteral("basic credentials"),
    };
    for (const QString &operation : sessionOperations()) {
        for (const QString &credential : credentials)
            QTest::addRow("%s, %s", qPrintable(operation), qPrintable(credential)) << operation << credential;
    }
}

void SandboxAuthTest::operation_badCredentials_is401()
{
    QFETCH(QString, operation);
    QFETCH(QString, credential);

    const QByteArray token = m_fixture->token();
    QVERIFY(!token.isEmpty());
    QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    Headers headers;
    if (credential == QLatin1String("garbage bearer")) {
        headers = bearer("not-a-jwt");
    } else if (credential == QLatin1String("empty bearer")) {
        headers = { { "Authorization", "Bearer " } };
    } else if (credential == QLatin1String("forged bearer")) {
        const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("HS256") },
            { QStringLiteral("typ"), QStringLiteral("JWT") } };
        const QJsonObject claims { { QStringLiteral("aud"),
                                       QStringLiteral("https://api.dintero.com/v1/accounts/T12345678") },
            { QStringLiteral("scope"), QStringLiteral("admin:checkout") } };
        headers
            = bearer(base64Url(jsonBytes(header)) + '.' + base64Url(jsonBytes(claims)) + '.' + base64Url("signature"));
    } else if (credential == QLatin1String("tampered payload")) {
        QJsonObject payload
            = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
        QVERIFY(!payload.isEmpty());
        payload.insert(QStringLiteral("tampered"), true);
        parts[1] = base64Url(jsonBytes(payload));
        headers = bearer(parts.join('.'));
    } else if (credential == QLatin1String("tampered signature")) {
        // Change a character in the middle: the last one may only carry padding bits.
        QByteArray &signature = parts[2];
        const qsizetype middle = signature.size() / 2;
        signature[middle] = signature.at(middle) == 'A' ? 'B' : 'A';
        headers = bearer(parts.join('.'));
    } else if (credential == QLatin1String("wrong api key")) {
        headers = apiKey("T12345678.wrong-key");
    } else if (credential == QLatin1String("other account's api key")) {
        headers = apiKey("T99999999.demo-api-key");
    } else if (credential == QLatin1String("basic credentials")) {
        headers = { { "Authorization", basic(SandboxFixture::AdminClientId, SandboxFixture::ClientSecret) } };
    }

    const QString sessionId = seededSessionId();
    QVERIFY(!sessionId.isEmpty());
    m_fixture->resetStats();
    const HttpResult result = perform(*m_fixture, operationCall(operation, sessionId), headers);
    QVERIFY2(result.status == 401, qPrintable(describe(result)));
    const QString problem = errorEnvelopeProblem(result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Nothing changed behind the refusal.
    const HttpResult after = m_fixture->authorized("GET", QStringLiteral("/sessions/") + sessionId, token);
    QVERIFY(!after.object().contains(QStringLiteral("cancelled_at")));
}

void SandboxAuthTest::operation_unknownSessionWithoutCredentials_is401()
{
    // Credentials are checked before the session is looked up: no probing for ids.
    const HttpResult result = m_fixture->request("GET", QStringLiteral("/sessions/T12345678.doesNotExist"));
    QVERIFY2(result.status == 401, qPrintable(describe(result)));
}

void SandboxAuthTest::operation_readOnlyOnWrite_is403_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *operation :
        { "create_session", "create_session_from_profile", "cancel_session", "create_payment_token_session" })
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void SandboxAuthTest::operation_readOnlyOnWrite_is403()
{
    QFETCH(QString, operation);
    const QByteArray readOnly = m_fixture->token(SandboxFixture::ReadOnlyClientId);
    QVERIFY(!readOnly.isEmpty());
    const QString sessionId = seededSessionId();
    const int before = int(walkSessions(*m_fixture, m_fixture->token(), {}).sessions.size());

    const HttpResult result = perform(*m_fixture, operationCall(operation, sessionId), bearer(readOnly));
    QVERIFY2(result.status == 403, qPrintable(describe(result)));
    const QString problem = errorEnvelopeProblem(result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Refused means not done: no session was added and none was cancelled.
    QCOMPARE(int(walkSessions(*m_fixture, m_fixture->token(), {}).sessions.size()), before);
    const HttpResult session
        = m_fixture->authorized("GET", QStringLiteral("/sessions/") + sessionId, m_fixture->token());
    QVERIFY(!session.object().contains(QStringLiteral("cancelled_at")));
}

void SandboxAuthTest::operation_readOnlyOnRead_isAllowed_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("list") << QStringLiteral("list_sessions");
    QTest::newRow("get") << QStringLiteral("get_session");
    // The reference lists read:checkout among the scopes of PUT /sessions/{id}.
    QTest::newRow("update") << QStringLiteral("update_session");
}

void SandboxAuthTest::operation_readOnlyOnRead_isAllowed()
{
    QFETCH(QString, operation);
    const QByteArray readOnly = m_fixture->token(SandboxFixture::ReadOnlyClientId);
    QVERIFY(!readOnly.isEmpty());
    const HttpResult result = perform(*m_fixture, operationCall(operation, seededSessionId()), bearer(readOnly));
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
}

void SandboxAuthTest::operation_apiKey_isAdmin_data()
{
    QTest::addColumn<QString>("operation");
    for (const QString &operation : sessionOperations())
        QTest::newRow(qPrintable(operation)) << operation;
}

void SandboxAuthTest::operation_apiKey_isAdmin()
{
    QFETCH(QString, operation);
    // An open session (only INITIATED) can be cancelled and updated without a lock.
    const HttpResult created
        = m_fixture->authorized("POST", QStringLiteral("/sessions"), m_fixture->token(), createSessionBody());
    QVERIFY2(created.status == 200, qPrintable(describe(created)));
    const QString sessionId = created.object().value(QStringLiteral("id")).toString();

    const HttpResult result = perform(*m_fixture, operationCall(operation, sessionId), apiKey());
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
}

QTEST_GUILESS_MAIN(SandboxAuthTest)

#include "sandbox_auth_test.moc"
