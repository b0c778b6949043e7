#pragma once

#include "openapivalidator.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dintero::Sandbox {

// One thing wrong with a request body, named by its dotted path ("order.currency").
struct FieldProblem
{
    QString field;
    QString message;
};

// The body rules of the OpenAPI document for each write operation. An empty list
// means the body may be used.
QList<FieldProblem> validateCreateSession(const QJsonObject &body, bool strictAmounts);
QList<FieldProblem> validateCreateSessionFromProfile(
    const QJsonObject &body, const QStringList &profileIds, bool strictAmounts);
QList<FieldProblem> validatePaymentTokenSession(const QJsonObject &body);
QList<FieldProblem> validateUpdateSession(const QJsonObject &body);

// The schema violations the OpenAPI document finds in a body that the rules above let
// through (an unknown enum value deep inside, a wrongly typed optional field), named
// the same way: "order.items[1].type: \"food\" is not one of physical, digital, ...".
QList<FieldProblem> withSchemaProblems(QList<FieldProblem> problems, const QList<SchemaViolation> &violations);

// "order.currency is required; url.return_url must be an absolute http(s) URL"
QString describeProblems(const QList<FieldProblem> &problems);

} // namespace Dintero::Sandbox
