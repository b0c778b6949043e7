#include "schemawording.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Dintero::Sandbox::SchemaWording {

QString escapePointerToken(QString token)
{
    token.replace(QLatin1Char('~'), QLatin1String("~0"));
    token.replace(QLatin1Char('/'), QLatin1String("~1"));
    return token;
}

QString childPointer(const QString &pointer, const QString &key)
{
    return pointer + QLatin1Char('/') + escapePointerToken(key);
}

QString childPointer(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const bool integral = std::isfinite(number) && std::floor(number) == number;
        return integral ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString jsonText(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    default:
        // Wrapping a scalar in an array is the one way QJsonDocument prints it.
        text = QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
        text = text.mid(1, text.size() - 2);
        break;
    }
    constexpr qsizetype MaxLength = 80;
    if (text.size() > MaxLength)
        text = text.left(MaxLength) + QStringLiteral("...");
    return text;
}

QString numberText(double value)
{
    return QString::number(value, 'g', 17);
}

QString noOperation(const QByteArray &method, const QString &path)
{
    return QStringLiteral("the document has no operation %1 %2").arg(QString::fromLatin1(method.toUpper()), path);
}

QString statusNotDocumented(
    const QString &status, const QByteArray &method, const QString &templatePath, const QStringList &documented)
{
    return QStringLiteral("status %1 is not documented for %2 %3 (documented: %4)")
        .arg(status, QString::fromLatin1(method.toUpper()), templatePath, documented.join(QStringLiteral(", ")));
}

QString unresolvedReference(const QString &reference)
{
    return QStringLiteral("the document's $ref \"%1\" does not resolve").arg(reference);
}

QString noBodyDocumented(const QString &what)
{
    return QStringLiteral("the %1 documents no body, but one was given").arg(what);
}

QString requestBodyRequired()
{
    return QStringLiteral("the request body is required");
}

QString bodyRequired(const QString &what)
{
    return QStringLiteral("the %1 requires a JSON body, none was given").arg(what);
}

QString notJson(const QString &parseError, int offset)
{
    return QStringLiteral("the body is not JSON: %1 at offset %2").arg(parseError, QString::number(offset));
}

QString noSchemaNamed(const QString &schemaName)
{
    return QStringLiteral("the document has no schema named \"%1\"").arg(schemaName);
}

QString tooDeep()
{
    return QStringLiteral("schema nesting is too deep (a $ref cycle?)");
}

QString expectedType(const QString &type, const QJsonValue &value)
{
    QString got = typeName(value);
    if (value.isDouble())
        got += QLatin1Char(' ') + numberText(value.toDouble());
    return QStringLiteral("expected %1, got %2").arg(type, got);
}

QString notNullable(const QString &type)
{
    return QStringLiteral("expected %1, got null").arg(type);
}

QString notInEnum(const QJsonValue &value, const QJsonArray &allowed)
{
    QStringList names;
    for (const QJsonValue &entry : allowed)
        names.append(jsonText(entry));
    return QStringLiteral("%1 is not one of %2").arg(jsonText(value), names.join(QStringLiteral(", ")));
}

QString doesNotFitFormat(double number, const QString &format)
{
    return QStringLiteral("%1 does not fit format %2").arg(numberText(number), format);
}

QString belowMinimum(double number, double minimum, bool exclusive)
{
    return QStringLiteral("%1 is less than the %2minimum %3")
        .arg(numberText(number), exclusive ? QStringLiteral("exclusive ") : QString(), numberText(minimum));
}

QString aboveMaximum(double number, double maximum, bool exclusive)
{
    return QStringLiteral("%1 is greater than the %2maximum %3")
        .arg(numberText(number), exclusive ? QStringLiteral("exclusive ") : QString(), numberText(maximum));
}

QString notMultipleOf(double number, double divisor)
{
    return QStringLiteral("%1 is not a multiple of %2").arg(numberText(number), numberText(divisor));
}

QString shorterThan(const QString &text, int minLength)
{
    return QStringLiteral("%1 is shorter than minLength %2").arg(jsonText(text), QString::number(minLength));
}

QString longerThan(const QString &text, int maxLength)
{
    return QStringLiteral("%1 is longer than maxLength %2").arg(jsonText(text), QString::number(maxLength));
}

QString patternDoesNotCompile(const QString &pattern)
{
    return QStringLiteral("the document's pattern %1 does not compile").arg(pattern);
}

QString doesNotMatchPattern(const QString &text, const QString &pattern)
{
    return QStringLiteral("%1 does not match the pattern %2").arg(jsonText(text), pattern);
}

QString notDateTime(const QString &text)
{
    return QStringLiteral("%1 is not a date-time (RFC 3339, e.g. 2025-03-04T09:12:31.412Z)").arg(jsonText(text));
}

QString notDate(const QString &text)
{
    return QStringLiteral("%1 is not a date (yyyy-mm-dd)").arg(jsonText(text));
}

QString notAbsoluteUri(const QString &text)
{
    return QStringLiteral("%1 is not an absolute URI").arg(jsonText(text));
}

QString fewerItems(qsizetype count, int minItems)
{
    return QStringLiteral("has %1 items, fewer than minItems %2").arg(count).arg(minItems);
}

QString moreItems(qsizetype count, int maxItems)
{
    return QStringLiteral("has %1 items, more than maxItems %2").arg(count).arg(maxItems);
}

QString duplicatesItem(qsizetype earlierIndex)
{
    return QStringLiteral("duplicates item %1, but items must be unique").arg(earlierIndex);
}

QString requiredMissing()
{
    return QStringLiteral("required property is missing");
}

QString fewerProperties(qsizetype count, int minProperties)
{
    return QStringLiteral("has %1 properties, fewer than minProperties %2").arg(count).arg(minProperties);
}

QString moreProperties(qsizetype count, int maxProperties)
{
    return QStringLiteral("has %1 properties, more than maxProperties %2").arg(count).arg(maxProperties);
}

QString propertyNotAllowed()
{
    return QStringLiteral("property is not allowed (additionalProperties is false)");
}

QString matchesNoAlternative(const QString &combiner, const QStringList &reasons)
{
    return QStringLiteral("matches none of the %1 alternatives: %2").arg(combiner, reasons.join(QStringLiteral(", ")));
}

QString alternativeReason(qsizetype index, const QStringList &violations)
{
    return QStringLiteral("#%1 (%2)").arg(QString::number(index + 1), violations.join(QStringLiteral("; ")));
}

QString matchesSeveralOneOf(int matches)
{
    return QStringLiteral("matches %1 of the oneOf alternatives, exactly one is allowed").arg(matches);
}

QString matchesNot()
{
    return QStringLiteral("must not match the \"not\" schema");
}

QString problemNotASchema(const QString &location)
{
    return QStringLiteral("%1: a schema must be an object").arg(location);
}

QString problemUnresolvedReference(const QString &location, const QString &reference)
{
    return QStringLiteral("%1: $ref \"%2\" does not resolve").arg(location, reference);
}

QString problemUnsupportedKeyword(const QString &location, const QString &keyword)
{
    return QStringLiteral("%1: keyword \"%2\" is not supported").arg(location, keyword);
}

QString problemUnknownType(const QString &location, const QJsonValue &type)
{
    return QStringLiteral("%1: type %2 is not an OpenAPI 3.0 type").arg(location, jsonText(type));
}

QString problemUncheckedFormat(const QString &location, const QString &format)
{
    return QStringLiteral("%1: format \"%2\" is not checked").arg(location, format);
}

QString problemPatternDoesNotCompile(const QString &location)
{
    return QStringLiteral("%1: pattern does not compile").arg(location);
}

QString problemNotOpenApi30(const QJsonValue &version)
{
    return QStringLiteral("not an OpenAPI 3.0 document (openapi: %1)").arg(jsonText(version));
}

QString problemCannotRead(const QString &fileName, const QString &reason)
{
    return QStringLiteral("cannot read %1: %2").arg(fileName, reason);
}

QString problemNotAJsonObject(const QString &fileName, const QString &parseError, int offset)
{
    return QStringLiteral("%1 is not a JSON object: %2 at offset %3")
        .arg(fileName, parseError, QString::number(offset));
}

} // namespace Dintero::Sandbox::SchemaWording
