#pragma once

#include "openapivalidator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Dintero::Sandbox {

// An OpenAPI 3.0 document indexed for the validator: resolves $ref, maps a concrete path
// to its template and an operation's request or response to the schema of its JSON body,
// and walks every schema for what the checker cannot check. Immutable once built.
class OpenApiDocument final
{
public:
    // Where an operation's body is described: resolved, with what the lookup found wrong.
    struct BodySpec
    {
        SchemaViolations problems; // the operation/status itself is not documented
        bool documented = false; // a requestBody / response object exists
        bool required = false; // requestBody.required
        bool hasContent = false; // it declares any content
        bool hasJsonSchema = false;
        QJsonObject schema;
    };

    explicit OpenApiDocument(const QJsonObject &document);

    const QJsonObject &json() const;

    // A local reference ("#/components/schemas/Session"); Undefined when it does not resolve.
    QJsonValue resolveReference(const QString &reference) const;
    // Follows $ref chains of non-schema objects (responses, request bodies, parameters).
    QJsonObject dereference(QJsonObject object, QString *problem) const;

    QString resolvePath(const QString &path) const;
    QJsonObject operation(const QByteArray &method, const QString &path, QString *templatePath) const;

    BodySpec responseSpec(const QByteArray &method, const QString &path, int status) const;
    BodySpec requestSpec(const QByteArray &method, const QString &path) const;
    // The JSON content of a response or request body object.
    static BodySpec jsonContent(const QJsonObject &holder, BodySpec spec);

    // See OpenApiValidator::documentProblems().
    QStringList problems() const;

private:
    struct PathTemplate
    {
        QString path;
        QRegularExpression regex;
        int literalLength = 0;
    };

    void index();
    void checkSchema(
        const QJsonValue &schema, const QString &location, QSet<QString> &visited, QStringList &problems) const;
    void checkContent(
        const QJsonObject &holder, const QString &location, QSet<QString> &visited, QStringList &problems) const;

    QJsonObject m_document;
    QStringList m_basePaths; // path parts of the servers' URLs ("/v1"), longest first
    QList<PathTemplate> m_templates;
};

} // namespace Dintero::Sandbox
