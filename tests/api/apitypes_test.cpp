#include "api/apierror.h"
#include "api/connectionsettings.h"
#include "api/paymenttokenrequest.h"

#include <QJsonArray>
#include <QTest>

using Dintero::Api::ApiError;
using Dintero::Api::ConnectionSettings;
using Dintero::Api::PaymentTokenRequest;

class ApiTypesTest : public QObject
{
    Q_OBJECT

private slots:
    void apiError_fromStatus_data();
    void apiError_fromStatus();
    void apiError_messages();
    void settings_accountId_data();
    void settings_accountId();
    void settings_loopback_data();
    void settings_loopback();
    void settings_validation_data();
    void settings_validation();
    void settings_environment();
    void paymentToken_json();
    void paymentToken_validation();
};

void ApiTypesTest::apiError_fromStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("409") << 409 << ApiError::Kind::Http;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::Server;
    QTest::newRow("503") << 503 << ApiError::Kind::Server;
    QTest::newRow("302") << 302 << ApiError::Kind::Http;
}

void ApiTypesTest::apiError_fromStatus()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    const ApiError error = ApiError::fromHttpStatus(status, {}, {}, QStringLiteral("GET /v1/sessions"));
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(error.isError());
    QVERIFY(!error.message().isEmpty());
    QVERIFY(error.detail().contains(QLatin1String("GET /v1/sessions")));
}

void ApiTypesTest::apiError_messages()
{
    QVERIFY(!ApiError().isError());
    QVERIFY(ApiError().message().isEmpty());

    ApiError timeout(ApiError::Kind::Timeout, QStringLiteral("GET x"));
    timeout.setTimeout(std::chrono::seconds(30));
    QCOMPARE(timeout.message(), QStringLiteral("The server did not answer within 30 seconds."));

    const ApiError refused = ApiError::fromHttpStatus(400, QStringLiteral("BAD_REQUEST"),
        QStringLiteral("Session cannot be cancelled in its current transaction state"),
        QStringLiteral("POST /v1/sessions/x/cancel"));
    QVERIFY(refused.message().contains(QLatin1String("Session cannot be cancelled")));
    QCOMPARE(refused.code(), QStringLiteral("BAD_REQUEST"));
    QVERIFY(refused.detail().contains(QLatin1String("code=BAD_REQUEST")));

    ApiError limited = ApiError::fromHttpStatus(429, {}, {}, {});
    limited.setRetryAfter(std::chrono::seconds(7));
    QVERIFY(limited.message().contains(QLatin1String("7")));
    QVERIFY(limited.detail().contains(QLatin1String("retry_after=7s")));

    ApiError custom(ApiError::Kind::BadRequest, QStringLiteral("settings"));
    custom.setMessage(QStringLiteral("Enter the client id."));
    QCOMPARE(custom.message(), QStringLiteral("Enter the client id."));

    for (int k = int(ApiError::Kind::Network); k <= int(ApiError::Kind::OutcomeUnknown); ++k) {
        const ApiError error(ApiError::Kind(k), {});
        QVERIFY2(!error.message().isEmpty(), qPrintable(ApiError::kindName(error.kind())));
        QVERIFY(ApiError::kindName(error.kind()) != QLatin1String("unknown"));
    }
}

void ApiTypesTest::settings_accountId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("test") << QStringLiteral("T12345678") << true;
    QTest::newRow("production") << QStringLiteral("P00000001") << true;
    QTest::newRow("lower case") << QStringLiteral("t12345678") << false;
    QTest::newRow("short") << QStringLiteral("T1234567") << false;
    QTest::newRow("long") << QStringLiteral("T123456789") << false;
    QTest::newRow("partner") << QStringLiteral("T123") << false;
    QTest::newRow("other prefix") << QStringLiteral("X12345678") << false;
    QTest::newRow("arabic digits") << QStringLiteral("T١٢٣٤٥٦٧٨") << false;
    QTest::newRow("trailing space") << QStringLiteral("T12345678 ") << false;
}

void ApiTypesTest::settings_accountId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(ConnectionSettings::isValidAccountId(id), valid);
}

void ApiTypesTest::settings_loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("localhost.evil.com") << QStringLiteral("localhost.evil.com") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("dintero") << QStringLiteral("checkout.dintero.com") << false;
}

void ApiTypesTest::settings_loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ConnectionSettings::isLoopbackHost(host), loopback);
}

void ApiTypesTest::settings_validation_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("valid");
    const int cc = int(ConnectionSettings::CredentialKind::ClientCredentials);
    const int key = int(ConnectionSettings::CredentialKind::ApiKey);
    const int bearer = int(ConnectionSettings::CredentialKind::BearerToken);
    QTest::newRow("default https") << QStringLiteral("https://checkout.dintero.com/v1") << cc << true;
    QTest::newRow("http remote") << QStringLiteral("http://checkout.dintero.com/v1") << cc << false;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080/v1") << key << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/v1") << bearer << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:1/v1") << cc << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/v1") << cc << false;
    QTest::newRow("user info") << QStringLiteral("https://u:p@checkout.dintero.com/v1") << cc << false;
    QTest::newRow("no host") << QStringLiteral("https:///v1") << cc << false;
}

void ApiTypesTest::settings_validation()
{
    QFETCH(QString, baseUrl);
    QFETCH(int, kind);
    QFETCH(bool, valid);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(baseUrl);
    settings.accountId = QStringLiteral("T12345678");
    settings.credentialKind = ConnectionSettings::CredentialKind(kind);
    settings.clientId = QStringLiteral("demo");
    settings.clientSecret = QStringLiteral("demo-secret");
    settings.apiKey = QStringLiteral("T12345678.demo-api-key");
    settings.bearerToken = QStringLiteral("eyJ");
    QCOMPARE(!settings.validationError().has_value(), valid);

    // The credential the kind needs must be there.
    if (valid) {
        settings.clientSecret.clear();
        settings.apiKey.clear();
        settings.bearerToken.clear();
        QVERIFY(settings.validationError().has_value());
    }
}

void ApiTypesTest::settings_environment()
{
    ConnectionSettings settings;
    QCOMPARE(settings.baseUrl, QUrl(QStringLiteral("https://checkout.dintero.com/v1")));
    settings.accountId = QStringLiteral("T12345678");
    QCOMPARE(settings.environmentName(), QStringLiteral("Test"));
    QVERIFY(!settings.isProduction());
    settings.accountId = QStringLiteral("P12345678");
    QCOMPARE(settings.environmentName(), QStringLiteral("Production"));
    QVERIFY(settings.isProduction());
    settings.accountId.clear();
    QVERIFY(settings.environmentName().isEmpty());
}

void ApiTypesTest::paymentToken_json()
{
    PaymentTokenRequest request;
    request.currency = QStringLiteral("nok");
    request.merchantReference = QStringLiteral("CARD-SAVE-20931");
    request.returnUrl = QUrl(QStringLiteral("https://shop.example.no/card/saved"));
    request.customerId = QStringLiteral("cust-20931");
    request.customerEmail = QStringLiteral("kari.nordmann@example.no");
    request.customerPhone = QStringLiteral("+4791234567");
    request.storeId = QStringLiteral("oslo-01");
    QVERIFY(!request.validationError());

    const QJsonObject json = request.toJson();
    const QJsonObject session = json.value(QStringLiteral("session")).toObject();
    const QJsonObject order = session.value(QStringLiteral("order")).toObject();
    QCOMPARE(order.value(QStringLiteral("currency")).toString(), QStringLiteral("NOK"));
    QCOMPARE(order.value(QStringLiteral("merchant_reference")).toString(), QStringLiteral("CARD-SAVE-20931"));
    QCOMPARE(order.value(QStringLiteral("store")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("oslo-01"));
    QVERIFY(!order.contains(QStringLiteral("merchant_reference_2")));
    QCOMPARE(session.value(QStringLiteral("url")).toObject().value(QStringLiteral("return_url")).toString(),
        QStringLiteral("https://shop.example.no/card/saved"));
    const QJsonObject customer = session.value(QStringLiteral("customer")).toObject();
    QCOMPARE(customer.value(QStringLiteral("customer_id")).toString(), QStringLiteral("cust-20931"));
    QCOMPARE(customer.value(QStringLiteral("email")).toString(), QStringLiteral("kari.nordmann@example.no"));
    QCOMPARE(customer.value(QStringLiteral("phone_number")).toString(), QStringLiteral("+4791234567"));
    const QJsonObject provider = json.value(QStringLiteral("token_provider")).toObject();
    QCOMPARE(
        provider.value(QStringLiteral("payment_product_type")).toString(), QStringLiteral("dintero_psp.creditcard"));
    QCOMPARE(provider.value(QStringLiteral("token_types")).toArray(), QJsonArray { QStringLiteral("payment_token") });
    QVERIFY(!session.contains(QStringLiteral("expires_at")));
}

void ApiTypesTest::paymentToken_validation()
{
    PaymentTokenRequest request;
    QVERIFY(request.validationError());
    request.currency = QStringLiteral("NOK");
    QVERIFY(request.validationError());
    request.merchantReference = QStringLiteral("r");
    QVERIFY(request.validationError());
    request.returnUrl = QUrl(QStringLiteral("not a url"));
    QVERIFY(request.validationError());
    request.returnUrl = QUrl(QStringLiteral("https://shop.example.no/r"));
    QVERIFY(!request.validationError());
    request.tokenTypes.clear();
    QVERIFY(request.validationError());
}

QTEST_GUILESS_MAIN(ApiTypesTest)
#include "apitypes_test.moc"
