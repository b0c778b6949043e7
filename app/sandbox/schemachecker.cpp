#include "schemachecker.h"

#include "openapidocument.h"
#include "schemawording.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <limits>

namespace Dintero::Sandbox {

using namespace SchemaWording;

namespace {

// Deeper than any real document nests; only a $ref cycle that consumes no input gets here.
constexpr int MaxDepth = 200;

bool isIntegral(double value)
{
    return std::isfinite(value) && std::floor(value) == value;
}

bool typeMatches(const QString &type, const QJsonValue &value)
{
    if (type == QLatin1String("integer"))
        return value.isDouble() && isIntegral(value.toDouble());
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    return false;
}

// RFC 3339 date-time (what OpenAPI's "date-time" means): a full date, a time and a zone.
bool isDateTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:[Zz]|[+-](\\d{2}):(\\d{2}))$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const auto number = [&match](int group) {
        return match.captured(group).toInt();
    };
    if (!QDate::isValid(number(1), number(2), number(3)))
        return false;
    if (number(4) > 23 || number(5) > 59 || number(6) > 60) // 60: a leap second
        return false;
    if (match.hasCaptured(7) && (number(7) > 23 || number(8) > 59))
        return false;
    return true;
}

bool isDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch()
        && QDate::isValid(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

// RFC 3986 URI: absolute (it has a scheme) and made of URI characters only.
bool isUri(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*$"));
    if (!pattern.match(text).hasMatch())
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.isRelative();
}

} // namespace

bool SchemaChecker::supportsKeyword(const QString &keyword)
{
    static const QSet<QString> keywords {
        // validated
        QStringLiteral("$ref"),
        QStringLiteral("type"),
        QStringLiteral("nullable"),
        QStringLiteral("format"),
        QStringLiteral("required"),
        QStringLiteral("properties"),
        QStringLiteral("additionalProperties"),
        QStringLiteral("minProperties"),
        QStringLiteral("maxProperties"),
        QStringLiteral("items"),
        QStringLiteral("minItems"),
        QStringLiteral("maxItems"),
        QStringLiteral("uniqueItems"),
        QStringLiteral("enum"),
        QStringLiteral("allOf"),
        QStringLiteral("oneOf"),
        QStringLiteral("anyOf"),
        QStringLiteral("not"),
        QStringLiteral("minimum"),
        QStringLiteral("maximum"),
        QStringLiteral("exclusiveMinimum"),
        QStringLiteral("exclusiveMaximum"),
        QStringLiteral("multipleOf"),
        QStringLiteral("minLength"),
        QStringLiteral("maxLength"),
        QStringLiteral("pattern"),
        // annotations (readOnly/writeOnly only shape `required`)
        QStringLiteral("readOnly"),
        QStringLiteral("writeOnly"),
        QStringLiteral("description"),
        QStringLiteral("title"),
        QStringLiteral("default"),
        QStringLiteral("example"),
        QStringLiteral("deprecated"),
        QStringLiteral("externalDocs"),
        QStringLiteral("xml"),
    };
    return keywords.contains(keyword);
}

bool SchemaChecker::supportsType(const QString &type)
{
    static const QSet<QString> types { QStringLiteral("integer"), QStringLiteral("number"), QStringLiteral("string"),
        QStringLiteral("boolean"), QStringLiteral("array"), QStringLiteral("object") };
    return types.contains(type);
}

bool SchemaChecker::checksFormat(const QString &format)
{
    // float/double/int64 name the number's width only; int32/int64 are range-checked.
    static const QSet<QString> formats {
        QStringLiteral("date-time"),
        QStringLiteral("date"),
        QStringLiteral("uri"),
        QStringLiteral("int32"),
        QStringLiteral("int64"),
        QStringLiteral("float"),
        QStringLiteral("double"),
    };
    return formats.contains(format);
}

SchemaChecker::SchemaChecker(const OpenApiDocument &document, OpenApiValidator::Direction direction)
    : m_document(document), m_direction(direction)
{ }

SchemaViolations SchemaChecker::check(const QJsonObject &schema, const QJsonValue &value) const
{
    SchemaViolations found;
    validate(schema, value, QString(), 0, found);
    SchemaViolations unique;
    for (const SchemaViolation &violation : std::as_const(found)) {
        if (!unique.contains(violation))
            unique.append(violation);
    }
    return unique;
}

bool SchemaChecker::isExemptFromRequired(const QJsonValue &propertySchema) const
{
    const QJsonObject schema = m_document.dereference(propertySchema.toObject(), nullptr);
    const QString flag = m_direction == OpenApiValidator::Direction::Request ? QStringLiteral("readOnly")
                                                                             : QStringLiteral("writeOnly");
    return schema.value(flag).toBool(false);
}

void SchemaChecker::validate(
    const QJsonObject &schema, const QJsonValue &value, const QString &pointer, int depth, SchemaViolations &out) const
{
    if (++depth > MaxDepth) {
        out.append({ pointer, tooDeep() });
        return;
    }
    if (schema.contains(QStringLiteral("$ref"))) {
        // OpenAPI 3.0: everything beside a $ref is ignored.
        const QString reference = schema.value(QStringLiteral("$ref")).toString();
        const QJsonValue target = m_document.resolveReference(reference);
        if (!target.isObject()) {
            out.append({ pointer, unresolvedReference(reference) });
            return;
        }
        validate(target.toObject(), value, pointer, depth, out);
        return;
    }

    const QString type = schema.value(QStringLiteral("type")).toString();
    if (value.isNull()) {
        // OpenAPI 3.0.3: nullable adds null to an explicitly given type; without one, null
        // is left to the other keywords.
        if (!type.isEmpty()) {
            if (!schema.value(QStringLiteral("nullable")).toBool(false))
                out.append({ pointer, notNullable(type) });
            return;
        }
    } else if (!type.isEmpty() && !typeMatches(type, value)) {
        out.append({ pointer, expectedType(type, value) });
        return;
    }

    validateEnum(schema, value, pointer, out);
    switch (value.type()) {
    case QJsonValue::Double:
        validateNumber(schema, value.toDouble(), pointer, out);
        break;
    case QJsonValue::String:
        validateString(schema, value.toString(), pointer, out);
        break;
    case QJsonValue::Array:
        validateArray(schema, value.toArray(), pointer, depth, out);
        break;
    case QJsonValue::Object:
        validateObject(schema, value.toObject(), pointer, depth, out);
        break;
    default:
        break;
    }
    validateCombiners(schema, value, pointer, depth, out);
}

void SchemaChecker::validateEnum(
    const QJsonObject &schema, const QJsonValue &value, const QString &pointer, SchemaViolations &out) const
{
    if (!schema.contains(QStringLiteral("enum")))
        return;
    const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
    const bool nullAllowed = value.isNull() && schema.value(QStringLiteral("nullable")).toBool(false);
    if (!allowed.contains(value) && !nullAllowed)
        out.append({ pointer, notInEnum(value, allowed) });
}

void SchemaChecker::validateCombiners(
    const QJsonObject &schema, const QJsonValue &value, const QString &pointer, int depth, SchemaViolations &out) const
{
    for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray())
        validate(part.toObject(), value, pointer, depth, out);

    const auto countMatches = [&](const QJsonArray &alternatives, QStringList *reasons) {
        int matches = 0;
        for (qsizetype i = 0; i < alternatives.size(); ++i) {
            SchemaViolations branch;
            validate(alternatives.at(i).toObject(), value, pointer, depth, branch);
            if (branch.isEmpty()) {
                ++matches;
                continue;
            }
            QStringList texts;
            for (const SchemaViolation &violation : std::as_const(branch))
                texts.append(violation.toString());
            reasons->append(alternativeReason(i, texts));
        }
        return matches;
    };
    if (schema.contains(QStringLiteral("anyOf"))) {
        QStringList reasons;
        if (countMatches(schema.value(QStringLiteral("anyOf")).toArray(), &reasons) == 0)
            out.append({ pointer, matchesNoAlternative(QStringLiteral("anyOf"), reasons) });
    }
    if (schema.contains(QStringLiteral("oneOf"))) {
        QStringList reasons;
        const int matches = countMatches(schema.value(QStringLiteral("oneOf")).toArray(), &reasons);
        if (matches == 0)
            out.append({ pointer, matchesNoAlternative(QStringLiteral("oneOf"), reasons) });
        else if (matches > 1)
            out.append({ pointer, matchesSeveralOneOf(matches) });
    }
    if (schema.contains(QStringLiteral("not"))) {
        SchemaViolations branch;
        validate(schema.value(QStringLiteral("not")).toObject(), value, pointer, depth, branch);
        if (branch.isEmpty())
            out.append({ pointer, matchesNot() });
    }
}

void SchemaChecker::validateNumber(
    const QJsonObject &schema, double number, const QString &pointer, SchemaViolations &out) const
{
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("int32")
        && (number < double(std::numeric_limits<qint32>::min()) || number > double(std::numeric_limits<qint32>::max())))
        out.append({ pointer, doesNotFitFormat(number, format) });
    if (format == QLatin1String("int64") && (number < -9223372036854775808.0 || number >= 9223372036854775808.0))
        out.append({ pointer, doesNotFitFormat(number, format) });

    if (schema.contains(QStringLiteral("minimum"))) {
        const double minimum = schema.value(QStringLiteral("minimum")).toDouble();
        const bool exclusive = schema.value(QStringLiteral("exclusiveMinimum")).toBool(false);
        if (exclusive ? number <= minimum : number < minimum)
            out.append({ pointer, belowMinimum(number, minimum, exclusive) });
    }
    if (schema.contains(QStringLiteral("maximum"))) {
        const double maximum = schema.value(QStringLiteral("maximum")).toDouble();
        const bool exclusive = schema.value(QStringLiteral("exclusiveMaximum")).toBool(false);
        if (exclusive ? number >= maximum : number > maximum)
            out.append({ pointer, aboveMaximum(number, maximum, exclusive) });
    }
    if (schema.contains(QStringLiteral("multipleOf"))) {
        const double divisor = schema.value(QStringLiteral("multipleOf")).toDouble();
        const double quotient = number / divisor;
        if (divisor > 0 && std::fabs(quotient - std::round(quotient)) > 1e-9)
            out.append({ pointer, notMultipleOf(number, divisor) });
    }
}

void SchemaChecker::validateString(
    const QJsonObject &schema, const QString &text, const QString &pointer, SchemaViolations &out) const
{
    // JSON Schema counts characters (code points), not UTF-16 units.
    const qsizetype length = text.toUcs4().size();
    if (schema.contains(QStringLiteral("minLength"))) {
        const int minimum = schema.value(QStringLiteral("minLength")).toInt();
        if (length < minimum)
            out.append({ pointer, shorterThan(text, minimum) });
    }
    if (schema.contains(QStringLiteral("maxLength"))) {
        const int maximum = schema.value(QStringLiteral("maxLength")).toInt();
        if (length > maximum)
            out.append({ pointer, longerThan(text, maximum) });
    }
    if (schema.contains(QStringLiteral("pattern"))) {
        const QString source = schema.value(QStringLiteral("pattern")).toString();
        const QRegularExpression pattern(source);
        if (!pattern.isValid())
            out.append({ pointer, patternDoesNotCompile(source) });
        else if (!pattern.match(text).hasMatch()) // unanchored, as in ECMA-262
            out.append({ pointer, doesNotMatchPattern(text, source) });
    }
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("date-time") && !isDateTime(text))
        out.append({ pointer, notDateTime(text) });
    else if (format == QLatin1String("date") && !isDate(text))
        out.append({ pointer, notDate(text) });
    else if (format == QLatin1String("uri") && !isUri(text))
        out.append({ pointer, notAbsoluteUri(text) });
}

void SchemaChecker::validateArray(
    const QJsonObject &schema, const QJsonArray &array, const QString &pointer, int depth, SchemaViolations &out) const
{
    if (schema.contains(QStringLiteral("minItems"))) {
        const int minimum = schema.value(QStringLiteral("minItems")).toInt();
        if (array.size() < minimum)
            out.append({ pointer, fewerItems(array.size(), minimum) });
    }
    if (schema.contains(QStringLiteral("maxItems"))) {
        const int maximum = schema.value(QStringLiteral("maxItems")).toInt();
        if (array.size() > maximum)
            out.append({ pointer, moreItems(array.size(), maximum) });
    }
    if (schema.value(QStringLiteral("uniqueItems")).toBool(false)) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (array.at(i) == array.at(j)) {
                    out.append({ childPointer(pointer, i), duplicatesItem(j) });
                    break;
                }
            }
        }
    }
    if (schema.contains(QStringLiteral("items"))) {
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            validate(items, array.at(i), childPointer(pointer, i), depth, out);
    }
}

void SchemaChecker::validateObject(const QJsonObject &schema, const QJsonObject &object, const QString &pointer,
    int depth, SchemaViolations &out) const
{
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
        const QString key = name.toString();
        if (!object.contains(key) && !isExemptFromRequired(properties.value(key)))
            out.append({ childPointer(pointer, key), requiredMissing() });
    }
    if (schema.contains(QStringLiteral("minProperties"))) {
        const int minimum = schema.value(QStringLiteral("minProperties")).toInt();
        if (object.size() < minimum)
            out.append({ pointer, fewerProperties(object.size(), minimum) });
    }
    if (schema.contains(QStringLiteral("maxProperties"))) {
        const int maximum = schema.value(QStringLiteral("maxProperties")).toInt();
        if (object.size() > maximum)
            out.append({ pointer, moreProperties(object.size(), maximum) });
    }
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString child = childPointer(pointer, it.key());
        if (properties.contains(it.key()))
            validate(properties.value(it.key()).toObject(), it.value(), child, depth, out);
        else if (additional.isBool() && !additional.toBool())
            out.append({ child, propertyNotAllowed() });
        else if (additional.isObject())
            validate(additional.toObject(), it.value(), child, depth, out);
    }
}

} // namespace Dintero::Sandbox
