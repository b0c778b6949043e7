#include "openapivalidator.h"

#include "openapidocument.h"
#include "schemachecker.h"
#include "schemawording.h"

#include <QFile>
#include <QJsonParseError>

namespace Dintero::Sandbox {

using namespace SchemaWording;

namespace {

QJsonValue documentValue(const QJsonDocument &document)
{
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QString SchemaViolation::toString() const
{
    return (pointer.isEmpty() ? QStringLiteral("/") : pointer) + QStringLiteral(": ") + message;
}

class OpenApiValidator::Private
{
public:
    explicit Private(const QJsonObject &json) : document(json) { }

    // What a body may be, given where the document describes it (`what` names the place
    // in messages: "request", "200 response").
    SchemaViolations validateBody(
        const OpenApiDocument::BodySpec &spec, const QJsonValue &body, Direction direction, const QString &what) const;

    OpenApiDocument document;
    QString errorString;
};

SchemaViolations OpenApiValidator::Private::validateBody(
    const OpenApiDocument::BodySpec &spec, const QJsonValue &body, Direction direction, const QString &what) const
{
    if (!spec.problems.isEmpty())
        return spec.problems;
    const bool hasBody = !body.isUndefined();
    if (!spec.documented || !spec.hasContent) {
        if (hasBody)
            return { { QString(), noBodyDocumented(what) } };
        if (direction == Direction::Request && spec.required)
            return { { QString(), requestBodyRequired() } };
        return {};
    }
    if (!hasBody) {
        if (direction == Direction::Request && !spec.required)
            return {};
        return { { QString(), bodyRequired(what) } };
    }
    if (!spec.hasJsonSchema)
        return {};
    return SchemaChecker(document, direction).check(spec.schema, body);
}

OpenApiValidator::OpenApiValidator(const QJsonObject &document)
{
    auto p = std::make_shared<Private>(document);
    if (!document.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.0")))
        p->errorString = problemNotOpenApi30(document.value(QStringLiteral("openapi")));
    d = std::move(p);
}

OpenApiValidator::~OpenApiValidator() = default;
OpenApiValidator::OpenApiValidator(const OpenApiValidator &other) = default;
OpenApiValidator &OpenApiValidator::operator=(const OpenApiValidator &other) = default;

OpenApiValidator OpenApiValidator::fromFile(const QString &fileName)
{
    const auto invalid = [](const QString &reason) {
        OpenApiValidator validator { QJsonObject() };
        auto p = std::make_shared<Private>(QJsonObject());
        p->errorString = reason;
        validator.d = std::move(p);
        return validator;
    };
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(problemCannotRead(fileName, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(problemNotAJsonObject(fileName, error.errorString(), error.offset));
    return OpenApiValidator(document.object());
}

OpenApiValidator OpenApiValidator::projectDocument()
{
    // Parsed once per process: every sandbox and test shares the immutable document.
    static const OpenApiValidator document = fromFile(QStringLiteral(":/sandbox/checkout-sessions-openapi.json"));
    return document;
}

bool OpenApiValidator::isValid() const
{
    return d->errorString.isEmpty();
}

QString OpenApiValidator::errorString() const
{
    return d->errorString;
}

QStringList OpenApiValidator::documentProblems() const
{
    return d->document.problems();
}

QString OpenApiValidator::resolvePath(const QString &path) const
{
    return d->document.resolvePath(path);
}

QString OpenApiValidator::operationId(const QByteArray &method, const QString &path) const
{
    QString templatePath;
    return d->document.operation(method, path, &templatePath).value(QStringLiteral("operationId")).toString();
}

SchemaViolations OpenApiValidator::validateResponse(
    const QByteArray &method, const QString &path, int status, const QJsonValue &body) const
{
    return d->validateBody(d->document.responseSpec(method, path, status), body, Direction::Response,
        QStringLiteral("%1 response").arg(status));
}

SchemaViolations OpenApiValidator::validateResponse(
    const QByteArray &method, const QString &path, int status, const QJsonDocument &body) const
{
    return validateResponse(method, path, status, documentValue(body));
}

SchemaViolations OpenApiValidator::validateResponse(
    const QByteArray &method, const QString &path, int status, const QByteArray &body) const
{
    if (body.trimmed().isEmpty())
        return validateResponse(method, path, status, QJsonValue(QJsonValue::Undefined));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const OpenApiDocument::BodySpec spec = d->document.responseSpec(method, path, status);
        if (!spec.problems.isEmpty())
            return spec.problems;
        if (!spec.hasContent)
            return { { QString(), noBodyDocumented(QStringLiteral("%1 response").arg(status)) } };
        if (!spec.hasJsonSchema)
            return {};
        return { { QString(), notJson(error.errorString(), error.offset) } };
    }
    return validateResponse(method, path, status, documentValue(document));
}

SchemaViolations OpenApiValidator::validateRequestBody(
    const QByteArray &method, const QString &path, const QJsonValue &body) const
{
    return d->validateBody(d->document.requestSpec(method, path), body, Direction::Request, QStringLiteral("request"));
}

SchemaViolations OpenApiValidator::validateRequestBody(
    const QByteArray &method, const QString &path, const QJsonDocument &body) const
{
    return validateRequestBody(method, path, documentValue(body));
}

SchemaViolations OpenApiValidator::validateSchema(
    const QString &schemaName, const QJsonValue &value, Direction direction) const
{
    QString reference = schemaName;
    if (!reference.startsWith(QLatin1String("#/"))) {
        const QJsonObject components = d->document.json().value(QStringLiteral("components")).toObject();
        const QJsonObject responses = components.value(QStringLiteral("responses")).toObject();
        if (components.value(QStringLiteral("schemas")).toObject().contains(schemaName)) {
            reference = QStringLiteral("#/components/schemas/") + escapePointerToken(schemaName);
        } else if (responses.contains(schemaName)) {
            // A named response ("Session") stands for the schema of its JSON content.
            OpenApiDocument::BodySpec spec;
            spec.documented = true;
            QString problem;
            const QJsonObject response = d->document.dereference(responses.value(schemaName).toObject(), &problem);
            if (!problem.isEmpty())
                return { { QString(), problem } };
            return d->validateBody(OpenApiDocument::jsonContent(response, spec), value, direction,
                QStringLiteral("response %1").arg(schemaName));
        } else {
            return { { QString(), noSchemaNamed(schemaName) } };
        }
    }
    const QJsonValue schema = d->document.resolveReference(reference);
    if (!schema.isObject())
        return { { QString(), unresolvedReference(reference) } };
    return SchemaChecker(d->document, direction).check(schema.toObject(), value);
}

SchemaViolations OpenApiValidator::validateSchema(
    const QString &schemaName, const QJsonDocument &value, Direction direction) const
{
    return validateSchema(schemaName, documentValue(value), direction);
}

QString OpenApiValidator::describe(const SchemaViolations &violations)
{
    QStringList lines;
    for (const SchemaViolation &violation : violations)
        lines.append(violation.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace Dintero::Sandbox
