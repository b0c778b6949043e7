#include "sandbox/openapivalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <algorithm>

using Dintero::Sandbox::OpenApiValidator;
using Dintero::Sandbox::SchemaViolation;
using Dintero::Sandbox::SchemaViolations;

// Declared ahead of the JSON samples: moc does not understand raw string literals and
// loses its way in the "//" of their URLs.
class OpenApiValidatorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void projectDocument_loadsWithoutProblems();
    void unknownKeyword_isADocumentProblem();
    void missingFile_isNotValid();

    void resolvePath_findsTemplate_data();
    void resolvePath_findsTemplate();

    void referenceExamples_conform_data();
    void referenceExamples_conform();
    void documentExamples_conform_data();
    void documentExamples_conform();

    void mutatedExamples_areReported_data();
    void mutatedExamples_areReported();

    void keywords_conformingValue_passes();
    void keywords_violations_areReported_data();
    void keywords_violations_areReported();
    void keywords_quotedValueKeepsPercentSigns();
    void keywords_readOnlyRequired_dependsOnDirection();
    void keywords_statusFallsBackToRangeAndDefault();

    void bodies_presenceIsChecked_data();
    void bodies_presenceIsChecked();
    void rawBody_notJson_isReported();
    void violation_toString_usesPointer();

private:
    OpenApiValidator m_validator { QJsonObject() };
};

namespace {

// The examples of §7 of checkout-sessions-api.md, verbatim.
constexpr const char *SessionDetail = R"json({
  "id": "T12345678.6Hq2VtZk9rWcYpB3nXa8Lm",
  "created_at": "2025-03-04T09:12:31.412Z",
  "updated_at": "2025-03-04T09:15:02.077Z",
  "expires_at": "2025-03-04T13:12:31.000Z",
  "url": {
    "return_url": "https://shop.example.no/checkout/return",
    "callback_url": "https://shop.example.no/dintero/callback?method=POST"
  },
  "customer": { "customer_id": "cust-20931", "email": "kari.nordmann@example.no", "phone_number": "+4791234567" },
  "order": {
    "amount": 45800, "currency": "NOK", "vat_amount": 9160,
    "merchant_reference": "SO-100482", "merchant_reference_2": "WEB",
    "partial_payment": false,
    "store": { "id": "oslo-01", "name": "Example Oslo" },
    "items": [
      { "id": "SKU-TEA-01", "line_id": "1", "description": "Green tea 250 g", "quantity": 2,
        "amount": 19800, "vat_amount": 3960, "vat": 25, "type": "physical" },
      { "id": "SKU-MUG-07", "line_id": "2", "description": "Stoneware mug", "quantity": 1,
        "amount": 26000, "vat_amount": 5200, "vat": 25, "type": "physical" }
    ],
    "billing_address": { "first_name": "Kari", "last_name": "Nordmann", "address_line": "Storgata 1",
      "postal_code": "0155", "postal_place": "Oslo", "country": "NO" }
  },
  "configuration": { "channel": "ecommerce", "auto_capture": false,
    "merchant": { "name": "Example Shop AS", "country": "NO" } },
  "metadata": { "session:profile_id": "T12345678.46dP6T4F1mUXYPeYKYc5Gj", "ext_crm_case": "C-7731" },
  "transaction_id": "T12345678.6Hq2W1pFs3uEJd9yQk4RtN",
  "events": [
    { "id": "0b7f3c1e-5a0d-4b5e-9d52-2f3c9a1b7e10", "name": "INITIATED", "created_at": "2025-03-04T09:12:31.412Z" },
    { "name": "VISITED", "created_at": "2025-03-04T09:13:05.220Z" },
    { "name": "AUTHORIZED", "created_at": "2025-03-04T09:14:58.901Z",
      "details": { "payment_product_type": "dintero_psp.creditcard", "amount": 45800 } },
    { "name": "AUTH_CALLBACK_SENT", "created_at": "2025-03-04T09:15:02.077Z" }
  ]
})json";

constexpr const char *ListPage = R"json([
  { "id": "T12345678.6Hq2VtZk9rWcYpB3nXa8Lm", "created_at": "2025-03-04T09:12:31.412Z",
    "expires_at": "2025-03-04T13:12:31.000Z",
    "url": { "return_url": "https://shop.example.no/checkout/return" },
    "order": { "amount": 45800, "currency": "NOK", "merchant_reference": "SO-100482" },
    "transaction_id": "T12345678.6Hq2W1pFs3uEJd9yQk4RtN",
    "events": [ { "name": "INITIATED", "created_at": "2025-03-04T09:12:31.412Z" },
                { "name": "AUTHORIZED", "created_at": "2025-03-04T09:14:58.901Z" } ] },
  { "id": "T12345678.6Hq1ZrM2cYtKp8WvS5eGdB", "created_at": "2025-03-03T17:40:10.003Z",
    "expires_at": "2025-03-03T21:40:10.000Z",
    "url": { "return_url": "https://shop.example.no/checkout/return" },
    "order": { "amount": 12900, "currency": "NOK", "merchant_reference": "SO-100477" },
    "cancelled_at": "2025-03-03T18:02:44.519Z",
    "cancelled_by": "3f2b8d4e-1c7a-4e0b-a6f1-90d3c5e2b718",
    "events": [ { "name": "INITIATED", "created_at": "2025-03-03T17:40:10.003Z" },
                { "name": "CANCELLED", "created_at": "2025-03-03T18:02:44.519Z" } ] }
])json";

constexpr const char *PaymentTokenRequest = R"json({
  "session": {
    "order": { "currency": "NOK", "merchant_reference": "CARD-SAVE-20931" },
    "url": { "return_url": "https://shop.example.no/card/saved",
             "callback_url": "https://shop.example.no/dintero/callback?method=POST" },
    "customer": { "customer_id": "cust-20931", "email": "kari.nordmann@example.no", "phone_number": "+4791234567" },
    "expires_at": "2025-03-05T09:00:00Z",
    "metadata": { "ext_ticket": "SUP-5521" }
  },
  "token_provider": { "payment_product_type": "dintero_psp.creditcard", "token_types": ["payment_token"] }
})json";

constexpr const char *PaymentTokenCreated = R"json({ "id": "T12345678.6Hq3Bx7NnLq4RzV2mKc9Pw",
  "url": "https://checkout.test.dintero.com/v1/view/T12345678.6Hq3Bx7NnLq4RzV2mKc9Pw" })json";

constexpr const char *AccessToken
    = R"json({ "access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.e30.sig", "token_type": "Bearer", "expires_in": 14400 })json";

constexpr const char *CancelRefused = R"json({ "error": { "code": "BAD_REQUEST",
             "message": "Session cannot be cancelled in its current transaction state",
             "errors": [] } })json";

constexpr const char *SessionId = "T12345678.6Hq2VtZk9rWcYpB3nXa8Lm";

QJsonValue parse(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    if (document.isArray())
        return document.array();
    return document.object();
}

// A JSON scalar or structure written as text ("\"abc\"", "12", "null", "[]").
QJsonValue jsonLiteral(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

// `root` with the value at JSON pointer `pointer` replaced (or removed when
// `replacement` is undefined).
QJsonValue mutated(const QJsonValue &root, QStringList tokens, const QJsonValue &replacement)
{
    if (tokens.isEmpty())
        return replacement;
    const QString token = tokens.takeFirst();
    if (root.isObject()) {
        QJsonObject object = root.toObject();
        if (tokens.isEmpty() && replacement.isUndefined())
            object.remove(token);
        else
            object.insert(token, mutated(object.value(token), tokens, replacement));
        return object;
    }
    QJsonArray array = root.toArray();
    const int index = token.toInt();
    if (tokens.isEmpty() && replacement.isUndefined())
        array.removeAt(index);
    else if (index == array.size())
        array.append(mutated(QJsonValue(), tokens, replacement));
    else
        array.replace(index, mutated(array.at(index), tokens, replacement));
    return array;
}

QJsonValue mutated(const QJsonValue &root, const QString &pointer, const QJsonValue &replacement)
{
    QStringList tokens = pointer.split(QLatin1Char('/'));
    tokens.removeFirst(); // the empty token before the leading '/'
    return mutated(root, tokens, replacement);
}

bool hasViolation(const SchemaViolations &violations, const QString &pointer, const QString &fragment)
{
    return std::any_of(violations.cbegin(), violations.cend(), [&](const SchemaViolation &violation) {
        return violation.pointer == pointer && violation.message.contains(fragment);
    });
}

// A small document for the keywords the project's document does not use (it keeps
// every object open), so that they are tested too.
QJsonObject keywordDocument()
{
    return QJsonDocument::fromJson(R"json({
      "openapi": "3.0.3",
      "info": {"title": "keywords", "version": "1"},
      "servers": [{"url": "https://example.test/api/v2"}],
      "paths": {
        "/things/{thing_id}": {
          "put": {
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Strict"}}}},
            "responses": {
              "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Strict"}}}},
              "204": {"description": "nothing"},
              "4XX": {"description": "client error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
              "default": {"description": "other", "content": {"application/json": {"schema": {"type": "object", "required": ["fallback"]}}}}
            }
          }
        },
        "/things/special": {
          "get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}}}
        }
      },
      "components": {
        "schemas": {
          "Problem": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}},
          "Strict": {
            "type": "object",
            "additionalProperties": false,
            "required": ["code", "generated"],
            "properties": {
              "code": {"type": "string", "pattern": "^[A-Z]+$", "minLength": 3, "maxLength": 3},
              "count": {"type": "integer", "minimum": 1, "maximum": 10},
              "ratio": {"type": "number", "minimum": 0, "exclusiveMinimum": true, "multipleOf": 0.5},
              "tags": {"type": "array", "minItems": 1, "maxItems": 2, "uniqueItems": true, "items": {"type": "string"}},
              "note": {"type": "string", "nullable": true},
              "generated": {"type": "string", "readOnly": true},
              "secret": {"type": "string", "writeOnly": true},
              "kind": {"type": "string", "enum": ["a", "b"]},
              "link": {"type": "string", "format": "uri"},
              "day": {"type": "string", "format": "date"},
              "shape": {"$ref": "#/components/schemas/Shape"},
              "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
              "either": {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
              "both": {"allOf": [{"type": "object", "required": ["x"]}, {"type": "object", "required": ["y"]}]},
              "notNull": {"not": {"type": "string"}}
            }
          },
          "Shape": {
            "oneOf": [
              {"type": "object", "required": ["radius"], "properties": {"radius": {"type": "number"}}},
              {"type": "object", "required": ["side"], "properties": {"side": {"type": "number"}}}
            ]
          }
        }
      }
    })json")
        .object();
}

} // namespace

void OpenApiValidatorTest::initTestCase()
{
    m_validator = OpenApiValidator::projectDocument();
    QVERIFY2(m_validator.isValid(), qPrintable(m_validator.errorString()));
}

void OpenApiValidatorTest::projectDocument_loadsWithoutProblems()
{
    // Every keyword, format and $ref of the project's document is understood: nothing
    // in it is silently skipped.
    const QStringList problems = m_validator.documentProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void OpenApiValidatorTest::unknownKeyword_isADocumentProblem()
{
    QJsonObject document = keywordDocument();
    QJsonObject components = document.value(QStringLiteral("components")).toObject();
    QJsonObject schemas = components.value(QStringLiteral("schemas")).toObject();
    schemas.insert(QStringLiteral("Odd"),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
            { QStringLiteral("contentEncoding"), QStringLiteral("base64") },
            { QStringLiteral("format"), QStringLiteral("email") } });
    schemas.insert(QStringLiteral("Dangling"),
        QJsonObject { { QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Nope") } });
    components.insert(QStringLiteral("schemas"), schemas);
    document.insert(QStringLiteral("components"), components);

    const QStringList problems = OpenApiValidator(document).documentProblems();
    QCOMPARE(problems.size(), 3);
    QVERIFY2(
        problems.filter(QStringLiteral("contentEncoding")).size() == 1, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.filter(QStringLiteral("\"email\" is not checked")).size() == 1,
        qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.filter(QStringLiteral("#/components/schemas/Nope")).size() == 1,
        qPrintable(problems.join(QLatin1Char('\n'))));
}

void OpenApiValidatorTest::missingFile_isNotValid()
{
    const OpenApiValidator validator = OpenApiValidator::fromFile(QStringLiteral("/nonexistent/openapi.json"));
    QVERIFY(!validator.isValid());
    QVERIFY(validator.errorString().contains(QStringLiteral("/nonexistent/openapi.json")));
}

void OpenApiValidatorTest::resolvePath_findsTemplate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("list") << QStringLiteral("/sessions") << QStringLiteral("/sessions");
    QTest::newRow("list with query") << QStringLiteral("/sessions?limit=10&id=a") << QStringLiteral("/sessions");
    QTest::newRow("list under /v1") << QStringLiteral("/v1/sessions") << QStringLiteral("/sessions");
    QTest::newRow("session") << QStringLiteral("/sessions/T12345678.abc") << QStringLiteral("/sessions/{session_id}");
    QTest::newRow("cancel") << QStringLiteral("/sessions/T12345678.abc/cancel")
                            << QStringLiteral("/sessions/{session_id}/cancel");
    QTest::newRow("cancel under /v1") << QStringLiteral("/v1/sessions/T12345678.abc/cancel")
                                      << QStringLiteral("/sessions/{session_id}/cancel");
    QTest::newRow("literal beats parameter")
        << QStringLiteral("/sessions/payment-token") << QStringLiteral("/sessions/payment-token");
    QTest::newRow("profile") << QStringLiteral("/sessions-profile") << QStringLiteral("/sessions-profile");
    QTest::newRow("template itself") << QStringLiteral("/sessions/{session_id}")
                                     << QStringLiteral("/sessions/{session_id}");
    QTest::newRow("token") << QStringLiteral("/v1/accounts/T12345678/auth/token")
                           << QStringLiteral("/accounts/{oid}/auth/token");
    QTest::newRow("transaction") << QStringLiteral("/v1/transactions/T12345678.abc")
                                 << QStringLiteral("/transactions/{transaction_id}");
    QTest::newRow("unknown") << QStringLiteral("/refunds/T1") << QString();
    QTest::newRow("too deep") << QStringLiteral("/sessions/a/cancel/now") << QString();
    QTest::newRow("empty segment") << QStringLiteral("/sessions//cancel") << QString();
}

void OpenApiValidatorTest::resolvePath_findsTemplate()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(m_validator.resolvePath(path), expected);
}

void OpenApiValidatorTest::referenceExamples_conform_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonValue>("body");

    const QString session = QStringLiteral("/sessions/") + QLatin1String(SessionId);
    QTest::newRow("7.1 session detail") << QStringLiteral("response") << QByteArray("GET") << session << 200
                                        << parse(SessionDetail);
    QTest::newRow("7.1 as updated session")
        << QStringLiteral("response") << QByteArray("PUT") << session << 200 << parse(SessionDetail);
    QTest::newRow("7.1 as schema Session")
        << QStringLiteral("schema:Session") << QByteArray() << QString() << 0 << parse(SessionDetail);
    QTest::newRow("7.1 as schema SessionRead")
        << QStringLiteral("schema:SessionRead") << QByteArray() << QString() << 0 << parse(SessionDetail);
    QTest::newRow("7.2 list page") << QStringLiteral("response") << QByteArray("GET")
                                   << QStringLiteral("/v1/sessions?limit=2&search=Nordmann") << 200 << parse(ListPage);
    QTest::newRow("7.2 list item cancelled") << QStringLiteral("response") << QByteArray("POST")
                                             << QStringLiteral("/sessions/T12345678.6Hq1ZrM2cYtKp8WvS5eGdB/cancel")
                                             << 200 << parse(ListPage).toArray().at(1);
    QTest::newRow("7.3 payment-token request")
        << QStringLiteral("request") << QByteArray("POST") << QStringLiteral("/sessions/payment-token") << 0
        << parse(PaymentTokenRequest);
    QTest::newRow("7.3 payment-token response")
        << QStringLiteral("response") << QByteArray("POST") << QStringLiteral("/sessions/payment-token") << 200
        << parse(PaymentTokenCreated);
    QTest::newRow("7.3 created, as SessionCreated")
        << QStringLiteral("schema:SessionCreated") << QByteArray() << QString() << 0 << parse(PaymentTokenCreated);
    QTest::newRow("7.4 token") << QStringLiteral("response") << QByteArray("POST")
                               << QStringLiteral("/v1/accounts/T12345678/auth/token") << 200 << parse(AccessToken);
    QTest::newRow("7.4 cancel refused") << QStringLiteral("response") << QByteArray("POST")
                                        << session + QStringLiteral("/cancel") << 400 << parse(CancelRefused);
    QTest::newRow("7.4 error as 500") << QStringLiteral("response") << QByteArray("GET") << QStringLiteral("/sessions")
                                      << 500 << parse(CancelRefused);
}

void OpenApiValidatorTest::referenceExamples_conform()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QJsonValue, body);

    QVERIFY(!body.isUndefined() && !body.isNull());
    SchemaViolations violations;
    if (kind == QLatin1String("response"))
        violations = m_validator.validateResponse(method, path, status, body);
    else if (kind == QLatin1String("request"))
        violations = m_validator.validateRequestBody(method, path, body);
    else
        violations = m_validator.validateSchema(kind.section(QLatin1Char(':'), 1), body);
    QVERIFY2(violations.isEmpty(), qPrintable(OpenApiValidator::describe(violations)));
}

void OpenApiValidatorTest::documentExamples_conform_data()
{
    // Every example the document carries for a JSON request or response body.
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status"); // 0: the request body
    QTest::addColumn<QJsonValue>("example");

    const QJsonObject document = QJsonDocument::fromJson([] {
        QFile file(QStringLiteral(CONSOLE_OPENAPI_JSON));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }())
                                     .object();
    const auto resolve = [&document](QJsonObject object) {
        while (object.contains(QStringLiteral("$ref"))) {
            QJsonValue current = document;
            for (const QString &token : object.value(QStringLiteral("$ref")).toString().mid(2).split(QLatin1Char('/')))
                current = current.toObject().value(token);
            object = current.toObject();
        }
        return object;
    };
    int rows = 0;
    const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            if (op.key() == QLatin1String("parameters"))
                continue;
            const QJsonObject operation = op.value().toObject();
            const QByteArray method = op.key().toUpper().toLatin1();
            const QJsonObject request = resolve(operation.value(QStringLiteral("requestBody")).toObject());
            const QJsonValue requestExample = request.value(QStringLiteral("content"))
                                                  .toObject()
                                                  .value(QStringLiteral("application/json"))
                                                  .toObject()
                                                  .value(QStringLiteral("example"));
            if (!requestExample.isUndefined()) {
                QTest::addRow("%s %s request", method.constData(), qPrintable(path.key()))
                    << method << path.key() << 0 << requestExample;
                ++rows;
            }
            const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
            for (auto response = responses.begin(); response != responses.end(); ++response) {
                const QJsonValue example = resolve(response.value().toObject())
                                               .value(QStringLiteral("content"))
                                               .toObject()
                                               .value(QStringLiteral("application/json"))
                                               .toObject()
                                               .value(QStringLiteral("example"));
                if (example.isUndefined())
                    continue;
                QTest::addRow("%s %s %s", method.constData(), qPrintable(path.key()), qPrintable(response.key()))
                    << method << path.key() << response.key().toInt() << example;
                ++rows;
            }
        }
    }
    QVERIFY2(rows >= 30, "the document's examples were not found");
}

void OpenApiValidatorTest::documentExamples_conform()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QJsonValue, example);

    const SchemaViolations violations = status == 0 ? m_validator.validateRequestBody(method, path, example)
                                                    : m_validator.validateResponse(method, path, status, example);
    QVERIFY2(violations.isEmpty(), qPrintable(OpenApiValidator::describe(violations)));
}

void OpenApiValidatorTest::mutatedExamples_areReported_data()
{
    QTest::addColumn<QString>("kind"); // "response", "request" or "schema:<name>"
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<QString>("mutatePointer");
    QTest::addColumn<QByteArray>("newValue"); // JSON text; empty removes the value
    QTest::addColumn<QString>("expectedPointer");
    QTest::addColumn<QString>("expectedMessage");

    const QString session = QStringLiteral("/sessions/") + QLatin1String(SessionId);
    const QString list = QStringLiteral("/sessions");
    const QString paymentToken = QStringLiteral("/sessions/payment-token");
    const QString token = QStringLiteral("/accounts/T12345678/auth/token");
    const QString response = QStringLiteral("response");
    const QString request = QStringLiteral("request");
    const QJsonValue detail = parse(SessionDetail);
    const QJsonValue page = parse(ListPage);

    // wrong type
    QTest::newRow("list amount as string")
        << response << QByteArray("GET") << list << 200 << page << QStringLiteral("/0/order/amount")
        << QByteArray("\"45800\"") << QStringLiteral("/0/order/amount")
        << QStringLiteral("expected integer, got string");
    QTest::newRow("amount with a fraction")
        << response << QByteArray("GET") << session << 200 << detail << QStringLiteral("/order/amount")
        << QByteArray("458.5") << QStringLiteral("/order/amount")
        << QStringLiteral("expected integer, got number 458.5");
    QTest::newRow("amount beyond int32") << response << QByteArray("GET") << session << 200 << detail
                                         << QStringLiteral("/order/amount") << QByteArray("3000000000")
                                         << QStringLiteral("/order/amount")
                                         << QStringLiteral("does not fit format int32");
    QTest::newRow("item vat as string") << response << QByteArray("GET") << session << 200 << detail
                                        << QStringLiteral("/order/items/1/vat") << QByteArray("\"25\"")
                                        << QStringLiteral("/order/items/1/vat")
                                        << QStringLiteral("expected number, got string");
    QTest::newRow("order as array") << response << QByteArray("GET") << session << 200 << detail
                                    << QStringLiteral("/order") << QByteArray("[]") << QStringLiteral("/order")
                                    << QStringLiteral("expected object, got array");
    QTest::newRow("events as object") << response << QByteArray("GET") << session << 200 << detail
                                      << QStringLiteral("/events") << QByteArray("{}") << QStringLiteral("/events")
                                      << QStringLiteral("expected array, got object");
    QTest::newRow("list is not an array")
        << response << QByteArray("GET") << list << 200 << page << QString() << QByteArray("{}") << QString()
        << QStringLiteral("expected array, got object");
    QTest::newRow("partial_payment as string")
        << response << QByteArray("GET") << session << 200 << detail << QStringLiteral("/order/partial_payment")
        << QByteArray("\"false\"") << QStringLiteral("/order/partial_payment")
        << QStringLiteral("expected boolean, got string");
    QTest::newRow("null where not nullable")
        << response << QByteArray("GET") << session << 200 << detail << QStringLiteral("/configuration/merchant/name")
        << QByteArray("null") << QStringLiteral("/configuration/merchant/name")
        << QStringLiteral("expected string, got null");
    QTest::newRow("metadata value as boolean")
        << response << QByteArray("GET") << session << 200 << detail << QStringLiteral("/metadata/ext_flag")
        << QByteArray("true") << QStringLiteral("/metadata/ext_flag")
        << QStringLiteral("matches none of the anyOf alternatives");
    QTest::newRow("error message as number")
        << response << QByteArray("POST") << session + QStringLiteral("/cancel") << 400 << parse(CancelRefused)
        << QStringLiteral("/error/message") << QByteArray("400") << QStringLiteral("/error/message")
        << QStringLiteral("expected string, got integer");
    QTest::newRow("expires_in negative") << response << QByteArray("POST") << token << 200 << parse(AccessToken)
                                         << QStringLiteral("/expires_in") << QByteArray("-1")
                                         << QStringLiteral("/expires_in") << QStringLiteral("less than the minimum 0");
    QTest::newRow("currency too short") << response << QByteArray("GET") << session << 200 << detail
                                        << QStringLiteral("/order/currency") << QByteArray("\"NO\"")
                                        << QStringLiteral("/order/currency")
                                        << QStringLiteral("shorter than minLength 3");

    // missing required
    QTest::newRow("session without id") << response << QByteArray("GET") << session << 200 << detail
                                        << QStringLiteral("/id") << QByteArray() << QStringLiteral("/id")
                                        << QStringLiteral("required property is missing");
    QTest::newRow("session without currency")
        << QStringLiteral("schema:Session") << QByteArray() << QString() << 0 << detail
        << QStringLiteral("/order/currency") << QByteArray() << QStringLiteral("/order/currency")
        << QStringLiteral("required property is missing");
    QTest::newRow("list item without return_url")
        << response << QByteArray("GET") << list << 200 << page << QStringLiteral("/1/url/return_url") << QByteArray()
        << QStringLiteral("/1/url/return_url") << QStringLiteral("required property is missing");
    QTest::newRow("store without id") << response << QByteArray("GET") << session << 200 << detail
                                      << QStringLiteral("/order/store/id") << QByteArray()
                                      << QStringLiteral("/order/store/id")
                                      << QStringLiteral("required property is missing");
    QTest::newRow("token without expires_in")
        << response << QByteArray("POST") << token << 200 << parse(AccessToken) << QStringLiteral("/expires_in")
        << QByteArray() << QStringLiteral("/expires_in") << QStringLiteral("required property is missing");
    QTest::newRow("created without url") << response << QByteArray("POST") << paymentToken << 200
                                         << parse(PaymentTokenCreated) << QStringLiteral("/url") << QByteArray()
                                         << QStringLiteral("/url") << QStringLiteral("required property is missing");
    QTest::newRow("error without message")
        << response << QByteArray("POST") << session + QStringLiteral("/cancel") << 400 << parse(CancelRefused)
        << QStringLiteral("/error/message") << QByteArray() << QStringLiteral("/error/message")
        << QStringLiteral("required property is missing");
    QTest::newRow("request without merchant_reference")
        << request << QByteArray("POST") << paymentToken << 0 << parse(PaymentTokenRequest)
        << QStringLiteral("/session/order/merchant_reference") << QByteArray()
        << QStringLiteral("/session/order/merchant_reference") << QStringLiteral("required property is missing");
    QTest::newRow("request without token_provider")
        << request << QByteArray("POST") << paymentToken << 0 << parse(PaymentTokenRequest)
        << QStringLiteral("/token_provider") << QByteArray() << QStringLiteral("/token_provider")
        << QStringLiteral("required property is missing");

    // bad enum
    QTest::newRow("token_type lower case")
        << response << QByteArray("POST") << token << 200 << parse(AccessToken) << QStringLiteral("/token_type")
        << QByteArray("\"bearer\"") << QStringLiteral("/token_type")
        << QStringLiteral("\"bearer\" is not one of \"Bearer\"");
    QTest::newRow("item type unknown") << response << QByteArray("GET") << session << 200 << detail
                                       << QStringLiteral("/order/items/0/type") << QByteArray("\"food\"")
                                       << QStringLiteral("/order/items/0/type") << QStringLiteral("is not one of");
    QTest::newRow("channel unknown") << response << QByteArray("GET") << session << 200 << detail
                                     << QStringLiteral("/configuration/channel") << QByteArray("\"web\"")
                                     << QStringLiteral("/configuration/channel")
                                     << QStringLiteral("\"web\" is not one of");
    QTest::newRow("payment_operation unknown")
        << response << QByteArray("GET") << list << 200 << page << QStringLiteral("/1/payment_operation")
        << QByteArray("\"charge\"") << QStringLiteral("/1/payment_operation") << QStringLiteral("is not one of");
    QTest::newRow("token type unknown") << request << QByteArray("POST") << paymentToken << 0
                                        << parse(PaymentTokenRequest) << QStringLiteral("/token_provider/token_types/0")
                                        << QByteArray("\"card_token\"")
                                        << QStringLiteral("/token_provider/token_types/0")
                                        << QStringLiteral("is not one of");

    // bad date-time / uri
    QTest::newRow("date-time without zone") << response << QByteArray("GET") << session << 200 << detail
                                            << QStringLiteral("/created_at") << QByteArray("\"2025-03-04T09:12:31\"")
                                            << QStringLiteral("/created_at") << QStringLiteral("is not a date-time");
    QTest::newRow("date-time with a space")
        << response << QByteArray("GET") << list << 200 << page << QStringLiteral("/1/cancelled_at")
        << QByteArray("\"2025-03-03 18:02:44Z\"") << QStringLiteral("/1/cancelled_at")
        << QStringLiteral("is not a date-time");
    QTest::newRow("date-time impossible day")
        << response << QByteArray("GET") << session << 200 << detail << QStringLiteral("/events/2/created_at")
        << QByteArray("\"2025-02-30T09:14:58Z\"") << QStringLiteral("/events/2/created_at")
        << QStringLiteral("is not a date-time");
    QTest::newRow("date-time impossible hour")
        << response << QByteArray("GET") << session << 200 << detail << QStringLiteral("/expires_at")
        << QByteArray("\"2025-03-04T24:00:00+01:00\"") << QStringLiteral("/expires_at")
        << QStringLiteral("is not a date-time");
    QTest::newRow("date only") << request << QByteArray("POST") << paymentToken << 0 << parse(PaymentTokenRequest)
                               << QStringLiteral("/session/expires_at") << QByteArray("\"2025-03-05\"")
                               << QStringLiteral("/session/expires_at") << QStringLiteral("is not a date-time");
    QTest::newRow("relative return_url") << response << QByteArray("GET") << session << 200 << detail
                                         << QStringLiteral("/url/return_url") << QByteArray("\"/checkout/return\"")
                                         << QStringLiteral("/url/return_url")
                                         << QStringLiteral("is not an absolute URI");
    QTest::newRow("created url with spaces")
        << response << QByteArray("POST") << paymentToken << 200 << parse(PaymentTokenCreated) << QStringLiteral("/url")
        << QByteArray("\"https://checkout.test/v1/view/a b\"") << QStringLiteral("/url")
        << QStringLiteral("is not an absolute URI");

    // arrays
    QTest::newRow("token types empty") << request << QByteArray("POST") << paymentToken << 0
                                       << parse(PaymentTokenRequest) << QStringLiteral("/token_provider/token_types")
                                       << QByteArray("[]") << QStringLiteral("/token_provider/token_types")
                                       << QStringLiteral("fewer than minItems 1");
    QTest::newRow("token types repeated")
        << request << QByteArray("POST") << paymentToken << 0 << parse(PaymentTokenRequest)
        << QStringLiteral("/token_provider/token_types/1") << QByteArray("\"payment_token\"")
        << QStringLiteral("/token_provider/token_types/1") << QStringLiteral("must be unique");
}

void OpenApiValidatorTest::mutatedExamples_areReported()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QJsonValue, body);
    QFETCH(QString, mutatePointer);
    QFETCH(QByteArray, newValue);
    QFETCH(QString, expectedPointer);
    QFETCH(QString, expectedMessage);

    const auto validate = [&](const QJsonValue &value) {
        if (kind == QLatin1String("response"))
            return m_validator.validateResponse(method, path, status, value);
        if (kind == QLatin1String("request"))
            return m_validator.validateRequestBody(method, path, value);
        return m_validator.validateSchema(kind.section(QLatin1Char(':'), 1), value);
    };
    // The unmutated body conforms, so what is reported comes from the mutation.
    const SchemaViolations before = validate(body);
    QVERIFY2(before.isEmpty(), qPrintable(OpenApiValidator::describe(before)));

    const QJsonValue replacement = newValue.isEmpty() ? QJsonValue(QJsonValue::Undefined) : jsonLiteral(newValue);
    QVERIFY(newValue.isEmpty() || !replacement.isUndefined());
    const SchemaViolations after = validate(mutated(body, mutatePointer, replacement));
    QVERIFY2(hasViolation(after, expectedPointer, expectedMessage),
        qPrintable(QStringLiteral("expected \"%1: ...%2...\", got:\n%3")
                       .arg(expectedPointer.isEmpty() ? QStringLiteral("/") : expectedPointer, expectedMessage,
                           OpenApiValidator::describe(after))));
    // One mutation, one violation: nothing else is flagged along the way.
    QVERIFY2(after.size() == 1, qPrintable(OpenApiValidator::describe(after)));
}

void OpenApiValidatorTest::keywords_conformingValue_passes()
{
    const OpenApiValidator validator(keywordDocument());
    QVERIFY2(validator.documentProblems().isEmpty(), qPrintable(validator.documentProblems().join(QLatin1Char('\n'))));
    const QJsonValue value = jsonLiteral(R"json({"code": "ABC", "count": 10, "ratio": 1.5, "tags": ["x", "y"],
        "note": null, "generated": "g", "kind": "b", "link": "urn:isbn:0451450523", "day": "2024-02-29",
        "shape": {"side": 2, "colour": "red"}, "counts": {"a": 1}, "either": false, "both": {"x": 1, "y": 2},
        "notNull": 5})json");
    const SchemaViolations violations = validator.validateSchema(QStringLiteral("Strict"), value);
    QVERIFY2(violations.isEmpty(), qPrintable(OpenApiValidator::describe(violations)));
}

void OpenApiValidatorTest::keywords_violations_areReported_data()
{
    QTest::addColumn<QByteArray>("value"); // merged into {"code": "ABC", "generated": "g"}
    QTest::addColumn<QString>("expectedPointer");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("additionalProperties false")
        << QByteArray(R"({"colour": "red"})") << QStringLiteral("/colour")
        << QStringLiteral("property is not allowed (additionalProperties is false)");
    QTest::newRow("pattern") << QByteArray(R"({"code": "AbC"})") << QStringLiteral("/code")
                             << QStringLiteral("\"AbC\" does not match the pattern ^[A-Z]+$");
    QTest::newRow("maxLength") << QByteArray(R"({"code": "ABCD"})") << QStringLiteral("/code")
                               << QStringLiteral("longer than maxLength 3");
    QTest::newRow("minLength") << QByteArray(R"({"code": "AB"})") << QStringLiteral("/code")
                               << QStringLiteral("shorter than minLength 3");
    QTest::newRow("maximum") << QByteArray(R"({"count": 11})") << QStringLiteral("/count")
                             << QStringLiteral("11 is greater than the maximum 10");
    QTest::newRow("minimum") << QByteArray(R"({"count": 0})") << QStringLiteral("/count")
                             << QStringLiteral("0 is less than the minimum 1");
    QTest::newRow("exclusiveMinimum") << QByteArray(R"({"ratio": 0})") << QStringLiteral("/ratio")
                                      << QStringLiteral("less than the exclusive minimum 0");
    QTest::newRow("multipleOf") << QByteArray(R"({"ratio": 0.7})") << QStringLiteral("/ratio")
                                << QStringLiteral("not a multiple of 0.5");
    QTest::newRow("maxItems") << QByteArray(R"({"tags": ["a", "b", "c"]})") << QStringLiteral("/tags")
                              << QStringLiteral("more than maxItems 2");
    QTest::newRow("minItems") << QByteArray(R"({"tags": []})") << QStringLiteral("/tags")
                              << QStringLiteral("fewer than minItems 1");
    QTest::newRow("items") << QByteArray(R"({"tags": ["a", 2]})") << QStringLiteral("/tags/1")
                           << QStringLiteral("expected string, got integer");
    QTest::newRow("null not nullable") << QByteArray(R"({"count": null})") << QStringLiteral("/count")
                                       << QStringLiteral("expected integer, got null");
    QTest::newRow("enum") << QByteArray(R"({"kind": "c"})") << QStringLiteral("/kind")
                          << QStringLiteral("\"c\" is not one of \"a\", \"b\"");
    QTest::newRow("uri") << QByteArray(R"({"link": "example.no/path"})") << QStringLiteral("/link")
                         << QStringLiteral("is not an absolute URI");
    QTest::newRow("date") << QByteArray(R"({"day": "2023-02-29"})") << QStringLiteral("/day")
                          << QStringLiteral("is not a date");
    QTest::newRow("oneOf none") << QByteArray(R"({"shape": {"width": 1}})") << QStringLiteral("/shape")
                                << QStringLiteral("matches none of the oneOf alternatives");
    QTest::newRow("oneOf both") << QByteArray(R"({"shape": {"radius": 1, "side": 2}})") << QStringLiteral("/shape")
                                << QStringLiteral("matches 2 of the oneOf alternatives, exactly one is allowed");
    QTest::newRow("oneOf exactly one") << QByteArray(R"({"shape": {"radius": 1}})") << QString() << QString();
    QTest::newRow("additionalProperties schema")
        << QByteArray(R"({"counts": {"a": 1, "b": "2"}})") << QStringLiteral("/counts/b")
        << QStringLiteral("expected integer, got string");
    QTest::newRow("anyOf") << QByteArray(R"({"either": 1})") << QStringLiteral("/either")
                           << QStringLiteral("matches none of the anyOf alternatives");
    QTest::newRow("allOf") << QByteArray(R"({"both": {"x": 1}})") << QStringLiteral("/both/y")
                           << QStringLiteral("required property is missing");
    QTest::newRow("not") << QByteArray(R"({"notNull": "s"})") << QStringLiteral("/notNull")
                         << QStringLiteral("must not match the \"not\" schema");
    QTest::newRow("escaped pointer") << QByteArray(R"({"a/b~c": 1})") << QStringLiteral("/a~1b~0c")
                                     << QStringLiteral("property is not allowed");
}

void OpenApiValidatorTest::keywords_violations_areReported()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expectedPointer);
    QFETCH(QString, expectedMessage);

    QJsonObject object { { QStringLiteral("code"), QStringLiteral("ABC") },
        { QStringLiteral("generated"), QStringLiteral("g") } };
    const QJsonObject extra = jsonLiteral(value).toObject();
    QVERIFY(!extra.isEmpty());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());

    const SchemaViolations violations
        = OpenApiValidator(keywordDocument()).validateSchema(QStringLiteral("Strict"), object);
    if (expectedMessage.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(OpenApiValidator::describe(violations)));
        return;
    }
    QVERIFY2(
        hasViolation(violations, expectedPointer, expectedMessage), qPrintable(OpenApiValidator::describe(violations)));
    QCOMPARE(violations.size(), 1);
}

void OpenApiValidatorTest::keywords_readOnlyRequired_dependsOnDirection()
{
    const OpenApiValidator validator(keywordDocument());
    const QJsonObject withoutGenerated { { QStringLiteral("code"), QStringLiteral("ABC") } };
    const QString path = QStringLiteral("/api/v2/things/42");

    // readOnly "generated" is required in responses only.
    QVERIFY2(validator.validateRequestBody("PUT", path, withoutGenerated).isEmpty(),
        qPrintable(OpenApiValidator::describe(validator.validateRequestBody("PUT", path, withoutGenerated))));
    const SchemaViolations response = validator.validateResponse("PUT", path, 200, withoutGenerated);
    QVERIFY2(hasViolation(response, QStringLiteral("/generated"), QStringLiteral("required property is missing")),
        qPrintable(OpenApiValidator::describe(response)));
    QCOMPARE(validator.validateSchema(QStringLiteral("Strict"), withoutGenerated, OpenApiValidator::Direction::Request),
        SchemaViolations());
}

void OpenApiValidatorTest::keywords_quotedValueKeepsPercentSigns()
{
    // The sandbox's 400 quotes what the merchant sent: a "%1" in it is text, not a
    // placeholder for the limit that follows.
    const QJsonObject object { { QStringLiteral("code"), QStringLiteral("%1") },
        { QStringLiteral("generated"), QStringLiteral("g") } };
    const SchemaViolations violations
        = OpenApiValidator(keywordDocument()).validateSchema(QStringLiteral("Strict"), object);
    QVERIFY2(violations.contains(
                 SchemaViolation { QStringLiteral("/code"), QStringLiteral("\"%1\" is shorter than minLength 3") }),
        qPrintable(OpenApiValidator::describe(violations)));
}

void OpenApiValidatorTest::keywords_statusFallsBackToRangeAndDefault()
{
    const OpenApiValidator validator(keywordDocument());
    const QString path = QStringLiteral("/things/42");
    const QJsonObject problem { { QStringLiteral("message"), QStringLiteral("no") } };
    QCOMPARE(validator.validateResponse("PUT", path, 409, problem), SchemaViolations());
    QVERIFY(hasViolation(validator.validateResponse("PUT", path, 503, problem), QStringLiteral("/fallback"),
        QStringLiteral("required property is missing")));
    QVERIFY(hasViolation(validator.validateResponse("PUT", path, 422, QJsonObject()), QStringLiteral("/message"),
        QStringLiteral("required property is missing")));
    // A literal path segment outranks a template parameter.
    QCOMPARE(validator.operationId("GET", QStringLiteral("/things/special")), QString());
    QCOMPARE(validator.validateResponse("GET", QStringLiteral("/things/special"), 200, QJsonValue(QStringLiteral("s"))),
        SchemaViolations());
    QVERIFY(hasViolation(validator.validateResponse("GET", QStringLiteral("/things/other"), 200, QJsonObject()),
        QString(), QStringLiteral("no operation GET /things/other")));
}

void OpenApiValidatorTest::bodies_presenceIsChecked_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<QString>("expectedMessage"); // empty: conforms

    const QJsonValue none(QJsonValue::Undefined);
    const QString cancel = QStringLiteral("/sessions/T12345678.abc/cancel");
    QTest::newRow("cancel takes no body") << QStringLiteral("request") << QByteArray("POST") << cancel << 0
                                          << QJsonValue(QJsonObject()) << QStringLiteral("documents no body");
    QTest::newRow("cancel without body") << QStringLiteral("request") << QByteArray("POST") << cancel << 0 << none
                                         << QString();
    QTest::newRow("create needs a body") << QStringLiteral("request") << QByteArray("POST")
                                         << QStringLiteral("/sessions") << 0 << none
                                         << QStringLiteral("requires a JSON body");
    QTest::newRow("create with an empty object")
        << QStringLiteral("request") << QByteArray("POST") << QStringLiteral("/sessions") << 0
        << QJsonValue(QJsonObject()) << QStringLiteral("required property is missing");
    QTest::newRow("response needs a body")
        << QStringLiteral("response") << QByteArray("GET") << QStringLiteral("/sessions/T1.a") << 404 << none
        << QStringLiteral("requires a JSON body");
    QTest::newRow("undocumented status") << QStringLiteral("response") << QByteArray("GET")
                                         << QStringLiteral("/sessions") << 404 << QJsonValue(QJsonObject())
                                         << QStringLiteral("status 404 is not documented for GET /sessions");
    QTest::newRow("429 only on the token endpoint")
        << QStringLiteral("response") << QByteArray("GET") << QStringLiteral("/sessions") << 429
        << QJsonValue(QJsonObject()) << QStringLiteral("status 429 is not documented");
    QTest::newRow("undocumented method") << QStringLiteral("response") << QByteArray("DELETE")
                                         << QStringLiteral("/sessions/T1.a") << 200 << QJsonValue(QJsonObject())
                                         << QStringLiteral("no operation DELETE");
    QTest::newRow("unknown path") << QStringLiteral("request") << QByteArray("POST") << QStringLiteral("/transactions")
                                  << 0 << QJsonValue(QJsonObject())
                                  << QStringLiteral("no operation POST /transactions");
}

void OpenApiValidatorTest::bodies_presenceIsChecked()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QJsonValue, body);
    QFETCH(QString, expectedMessage);

    const SchemaViolations violations = kind == QLatin1String("request")
        ? m_validator.validateRequestBody(method, path, body)
        : m_validator.validateResponse(method, path, status, body);
    if (expectedMessage.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(OpenApiValidator::describe(violations)));
        return;
    }
    QVERIFY2(std::any_of(violations.cbegin(), violations.cend(),
                 [&](const SchemaViolation &v) { return v.message.contains(expectedMessage); }),
        qPrintable(OpenApiValidator::describe(violations)));
}

void OpenApiValidatorTest::rawBody_notJson_isReported()
{
    const QString path = QStringLiteral("/sessions/T1.a");
    const SchemaViolations broken = m_validator.validateResponse("GET", path, 200, QByteArray("{\"id\": \"T1.a\", "));
    QCOMPARE(broken.size(), 1);
    QCOMPARE(broken.first().pointer, QString());
    QVERIFY2(broken.first().message.contains(QStringLiteral("not JSON")), qPrintable(broken.first().message));

    const QByteArray good
        = R"({"id": "T1.a", "url": {"return_url": "https://x.example/r"}, "order": {"currency": "NOK"}})";
    QCOMPARE(m_validator.validateResponse("GET", path, 200, good), SchemaViolations());
    QCOMPARE(m_validator.validateResponse("GET", path, 200, QByteArray()).size(), 1);
}

void OpenApiValidatorTest::violation_toString_usesPointer()
{
    QCOMPARE((SchemaViolation { QStringLiteral("/0/order/amount"), QStringLiteral("expected integer, got string") })
                 .toString(),
        QStringLiteral("/0/order/amount: expected integer, got string"));
    QCOMPARE((SchemaViolation { QString(), QStringLiteral("expected array, got object") }).toString(),
        QStringLiteral("/: expected array, got object"));
}

QTEST_GUILESS_MAIN(OpenApiValidatorTest)

#include "openapivalidator_test.moc"
