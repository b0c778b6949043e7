#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dintero::Sandbox {

// One way in which a JSON value departs from the OpenAPI document. `pointer` is the
// RFC 6901 JSON pointer of the offending value inside the validated body ("" is the
// body itself; a missing required property is reported at the pointer it would have).
struct SchemaViolation
{
    QString pointer;
    QString message;

    // "/0/order/amount: expected integer, got string"; the body itself prints as "/".
    QString toString() const;
    bool operator==(const SchemaViolation &other) const = default;
};

using SchemaViolations = QList<SchemaViolation>;

// Checks request and response bodies against an OpenAPI 3.0 document: finds the
// operation for a method and a concrete path, the response for a status, follows
// $ref and validates the application/json schema. It supports the subset of the
// Schema Object the project's document uses (type, nullable, required, properties,
// additionalProperties, items, enum, $ref, allOf, oneOf, anyOf, not, format
// date-time/uri/int32/int64, minimum/maximum (and the boolean exclusive forms),
// multipleOf, minLength/maxLength, pattern, minItems/maxItems, uniqueItems) and
// lists any other keyword it meets under documentProblems(), so nothing is silently
// accepted. The sandbox checks request bodies with it; the tests check every response.
// A value type: copies share the (immutable) document. OpenApiDocument does the lookups,
// SchemaChecker the checks, SchemaWording holds the sentences.
//
// Hand-written rather than built on valijson (weighed on the project's document): valijson
// names neither the value nor the limit in its messages, which the sandbox's 400s quote;
// it has no uri or int32 formats, its Qt adapter takes whole numbers beyond int32 for
// non-integers, and it took 12 to 18 times as long per body.
class OpenApiValidator
{
public:
    // Whether readOnly (request) or writeOnly (response) properties are exempt from
    // `required`, as OpenAPI 3.0 specifies.
    enum class Direction { Request, Response };

    // Validates against `document` (an OpenAPI 3.0 document as JSON).
    explicit OpenApiValidator(const QJsonObject &document);
    ~OpenApiValidator();
    OpenApiValidator(const OpenApiValidator &other);
    OpenApiValidator &operator=(const OpenApiValidator &other);

    // Loads a JSON document from disk; isValid() is false and errorString() says why
    // when it cannot be read or parsed.
    static OpenApiValidator fromFile(const QString &fileName);
    // The project's own copy (app/sandbox/openapi/checkout-sessions-openapi.json), built into
    // the sandbox: it checks request bodies with it, the tests check responses.
    static OpenApiValidator projectDocument();

    bool isValid() const;
    QString errorString() const;

    // Keywords the validator does not understand and $refs that do not resolve, found
    // by walking every schema of the document. Empty for a document it fully covers.
    QStringList documentProblems() const;

    // The path template of the document that `path` resolves to ("/sessions/T1.a/cancel"
    // -> "/sessions/{session_id}/cancel"). A query string is ignored and a server's base
    // path ("/v1") may be included. Empty when no template matches.
    QString resolvePath(const QString &path) const;
    // The operationId of method + path, empty when the document has no such operation.
    QString operationId(const QByteArray &method, const QString &path) const;

    // The body of a response with `status` (falling back to "4XX"-style ranges and
    // "default"). An undocumented operation or status is itself a violation.
    SchemaViolations validateResponse(
        const QByteArray &method, const QString &path, int status, const QJsonValue &body) const;
    SchemaViolations validateResponse(
        const QByteArray &method, const QString &path, int status, const QJsonDocument &body) const;
    // The raw bytes of a response body: not being JSON is a violation when the response
    // documents JSON content.
    SchemaViolations validateResponse(
        const QByteArray &method, const QString &path, int status, const QByteArray &body) const;

    // The JSON request body of an operation.
    SchemaViolations validateRequestBody(const QByteArray &method, const QString &path, const QJsonValue &body) const;
    SchemaViolations validateRequestBody(
        const QByteArray &method, const QString &path, const QJsonDocument &body) const;

    // A schema by its name in components/schemas ("Session"), or by a full reference
    // ("#/components/schemas/Session").
    SchemaViolations validateSchema(
        const QString &schemaName, const QJsonValue &value, Direction direction = Direction::Response) const;
    SchemaViolations validateSchema(
        const QString &schemaName, const QJsonDocument &value, Direction direction = Direction::Response) const;

    // One violation per line, for QVERIFY2 messages.
    static QString describe(const SchemaViolations &violations);

private:
    class Private;
    std::shared_ptr<const Private> d;
};

} // namespace Dintero::Sandbox
