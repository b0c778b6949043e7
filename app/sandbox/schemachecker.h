#pragma once

#include "openapivalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Dintero::Sandbox {

class OpenApiDocument;

// Checks one JSON value against one Schema Object of an OpenAPI 3.0 document, following
// its $refs, and lists every place the value departs from it. Knows the subset of
// keywords OpenApiValidator documents; the rest is listed by documentProblems().
class SchemaChecker final
{
public:
    // `document` must outlive the checker.
    SchemaChecker(const OpenApiDocument &document, OpenApiValidator::Direction direction);

    // Each fault once, even where allOf branches find it twice.
    SchemaViolations check(const QJsonObject &schema, const QJsonValue &value) const;

    static bool supportsKeyword(const QString &keyword);
    static bool supportsType(const QString &type);
    static bool checksFormat(const QString &format);

private:
    void validate(const QJsonObject &schema, const QJsonValue &value, const QString &pointer, int depth,
        SchemaViolations &out) const;
    void validateEnum(
        const QJsonObject &schema, const QJsonValue &value, const QString &pointer, SchemaViolations &out) const;
    void validateCombiners(const QJsonObject &schema, const QJsonValue &value, const QString &pointer, int depth,
        SchemaViolations &out) const;
    void validateNumber(const QJsonObject &schema, double number, const QString &pointer, SchemaViolations &out) const;
    void validateString(
        const QJsonObject &schema, const QString &text, const QString &pointer, SchemaViolations &out) const;
    void validateArray(const QJsonObject &schema, const QJsonArray &array, const QString &pointer, int depth,
        SchemaViolations &out) const;
    void validateObject(const QJsonObject &schema, const QJsonObject &object, const QString &pointer, int depth,
        SchemaViolations &out) const;
    bool isExemptFromRequired(const QJsonValue &propertySchema) const;

    const OpenApiDocument &m_document;
    OpenApiValidator::Direction m_direction;
};

} // namespace Dintero::Sandbox
