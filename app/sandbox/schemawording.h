#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Every sentence the OpenAPI validator can report, in one place: the sandbox's 400s quote
// them after the field name ("order.currency: required property is missing"), and tests
// assert them, so they change only on purpose. Also how JSON pointers and values are
// written inside them.
namespace Dintero::Sandbox::SchemaWording {

// RFC 6901: "~" and "/" inside a key are escaped.
QString escapePointerToken(QString token);
QString childPointer(const QString &pointer, const QString &key);
QString childPointer(const QString &pointer, qsizetype index);

// "integer" for a whole number, "number" for any other, as JSON Schema names them.
QString typeName(const QJsonValue &value);
// A short JSON rendering of a value (at most 80 characters and an ellipsis).
QString jsonText(const QJsonValue &value);
QString numberText(double value);

// Where a body is described.
QString noOperation(const QByteArray &method, const QString &path);
QString statusNotDocumented(
    const QString &status, const QByteArray &method, const QString &templatePath, const QStringList &documented);
QString unresolvedReference(const QString &reference);
QString noBodyDocumented(const QString &what);
QString requestBodyRequired();
QString bodyRequired(const QString &what);
QString notJson(const QString &parseError, int offset);
QString noSchemaNamed(const QString &schemaName);
QString tooDeep();

// Types and values.
QString expectedType(const QString &type, const QJsonValue &value);
QString notNullable(const QString &type);
QString notInEnum(const QJsonValue &value, const QJsonArray &allowed);
QString doesNotFitFormat(double number, const QString &format);
QString belowMinimum(double number, double minimum, bool exclusive);
QString aboveMaximum(double number, double maximum, bool exclusive);
QString notMultipleOf(double number, double divisor);

// Strings.
QString shorterThan(const QString &text, int minLength);
QString longerThan(const QString &text, int maxLength);
QString patternDoesNotCompile(const QString &pattern);
QString doesNotMatchPattern(const QString &text, const QString &pattern);
QString notDateTime(const QString &text);
QString notDate(const QString &text);
QString notAbsoluteUri(const QString &text);

// Arrays and objects.
QString fewerItems(qsizetype count, int minItems);
QString moreItems(qsizetype count, int maxItems);
QString duplicatesItem(qsizetype earlierIndex);
QString requiredMissing();
QString fewerProperties(qsizetype count, int minProperties);
QString moreProperties(qsizetype count, int maxProperties);
QString propertyNotAllowed();

// Combiners; `reasons` are "#1 (/x: expected string, got integer)" per failed alternative.
QString matchesNoAlternative(const QString &combiner, const QStringList &reasons);
QString alternativeReason(qsizetype index, const QStringList &violations);
QString matchesSeveralOneOf(int matches);
QString matchesNot();

// What documentProblems() lists.
QString problemNotASchema(const QString &location);
QString problemUnresolvedReference(const QString &location, const QString &reference);
QString problemUnsupportedKeyword(const QString &location, const QString &keyword);
QString problemUnknownType(const QString &location, const QJsonValue &type);
QString problemUncheckedFormat(const QString &location, const QString &format);
QString problemPatternDoesNotCompile(const QString &location);
QString problemNotOpenApi30(const QJsonValue &version);
QString problemCannotRead(const QString &fileName, const QString &reason);
QString problemNotAJsonObject(const QString &fileName, const QString &parseError, int offset);

} // namespace Dintero::Sandbox::SchemaWording
