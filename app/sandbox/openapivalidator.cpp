#include "openapivalidator.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <limits>

namespace Dintero::Sandbox {

namespace {

// Deeper than any real document nests; only a $ref cycle that consumes no input gets here.
constexpr int MaxDepth = 200;

const QString JsonMediaType = QStringLiteral("application/json");

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

bool isIntegral(double value)
{
    return std::isfinite(value) && std::floor(value) == value;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return isIntegral(value.toDouble()) ? QStringLiteral("integer") : QStringLiteral("number");
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

// A short JSON rendering of a value for messages.
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

const QSet<QString> &knownKeywords()
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
    return keywords;
}

const QSet<QString> &checkedFormats()
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
    return formats;
}

// allOf branches can find the same fault twice (both say "type: object").
SchemaViolations withoutDuplicates(const SchemaViolations &violations)
{
    SchemaViolations unique;
    for (const SchemaViolation &violation : violations) {
        if (!unique.contains(violation))
            unique.append(violation);
    }
    return unique;
}

} // namespace

QString SchemaViolation::toString() const
{
    return (pointer.isEmpty() ? QStringLiteral("/") : pointer) + QStringLiteral(": ") + message;
}

class OpenApiValidator::Private
{
public:
    struct PathTemplate
    {
        QString path;
        QRegularExpression regex;
        int literalLength = 0;
    };

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

    struct Context
    {
        Direction direction = Direction::Response;
        int depth = 0;
    };

    QJsonObject document;
    QString errorString;
    QStringList basePaths; // path parts of the servers' URLs ("/v1")
    QList<PathTemplate> templates;

    void index();
    QJsonValue resolveReference(const QString &reference) const;
    // Follows $ref chains of non-schema objects (responses, request bodies, parameters).
    QJsonObject dereference(QJsonObject object, QString *problem) const;

    QString resolvePath(const QString &path) const;
    QJsonObject operation(const QByteArray &method, const QString &path, QString *templatePath) const;
    BodySpec jsonContent(const QJsonObject &holder, BodySpec spec) const;
    BodySpec responseSpec(const QByteArray &method, const QString &path, int status) const;
    BodySpec requestSpec(const QByteArray &method, const QString &path) const;
    SchemaViolations validateBody(
        const BodySpec &spec, const QJsonValue &body, Direction direction, const QString &what) const;

    void validate(const QJsonObject &schema, const QJsonValue &value, const QString &pointer, Context context,
        SchemaViolations &out) const;
    void validateNumber(const QJsonObject &schema, double number, const QString &pointer, SchemaViolations &out) const;
    void validateString(
        const QJsonObject &schema, const QString &text, const QString &pointer, SchemaViolations &out) const;
    void validateArray(const QJsonObject &schema, const QJsonArray &array, const QString &pointer, Context context,
        SchemaViolations &out) const;
    void validateObject(const QJsonObject &schema, const QJsonObject &object, const QString &pointer, Context context,
        SchemaViolations &out) const;
    bool isExemptFromRequired(const QJsonValue &propertySchema, Direction direction) const;

    void checkSchema(
        const QJsonValue &schema, const QString &location, QSet<QString> &visited, QStringList &problems) const;
    void checkContent(
        const QJsonObject &holder, const QString &location, QSet<QString> &visited, QStringList &problems) const;
};

void OpenApiValidator::Private::index()
{
    QSet<QString> bases;
    const auto addServers = [&bases](const QJsonValue &servers) {
        for (const QJsonValue &server : servers.toArray()) {
            QString base = QUrl(server.toObject().value(QStringLiteral("url")).toString()).path();
            while (base.endsWith(QLatin1Char('/')))
                base.chop(1);
            if (!base.isEmpty())
                bases.insert(base);
        }
    };
    addServers(document.value(QStringLiteral("servers")));
    const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        addServers(item.value(QStringLiteral("servers")));
        for (const QJsonValue &operationValue : item)
            addServers(operationValue.toObject().value(QStringLiteral("servers")));

        // "/sessions/{session_id}/cancel" -> ^/sessions/([^/]+)/cancel$; literal text
        // outranks a parameter, so "/sessions/payment-token" wins over "/sessions/{session_id}".
        static const QRegularExpression parameter(QStringLiteral("\\{[^}/]+\\}"));
        PathTemplate entry;
        entry.path = it.key();
        QString regex = QStringLiteral("^");
        qsizetype position = 0;
        for (QRegularExpressionMatchIterator matches = parameter.globalMatch(entry.path); matches.hasNext();) {
            const QRegularExpressionMatch match = matches.next();
            const QString literal = entry.path.mid(position, match.capturedStart() - position);
            regex += QRegularExpression::escape(literal) + QStringLiteral("([^/]+)");
            entry.literalLength += int(literal.size());
            position = match.capturedEnd();
        }
        const QString tail = entry.path.mid(position);
        regex += QRegularExpression::escape(tail) + QStringLiteral("$");
        entry.literalLength += int(tail.size());
        entry.regex = QRegularExpression(regex);
        templates.append(entry);
    }
    basePaths = bases.values();
    // Longest first, so that "/v1/x" is tried before "/v".
    std::sort(
        basePaths.begin(), basePaths.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QJsonValue OpenApiValidator::Private::resolveReference(const QString &reference) const
{
    if (!reference.startsWith(QLatin1String("#/")))
        return QJsonValue(QJsonValue::Undefined); // only local references are supported
    QJsonValue current = document;
    const QStringList tokens = reference.mid(2).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token = QUrl::fromPercentEncoding(token.toUtf8());
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= current.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QJsonObject OpenApiValidator::Private::dereference(QJsonObject object, QString *problem) const
{
    for (int hops = 0; object.contains(QStringLiteral("$ref")); ++hops) {
        const QString reference = object.value(QStringLiteral("$ref")).toString();
        const QJsonValue target = resolveReference(reference);
        if (!target.isObject() || hops > MaxDepth) {
            if (problem)
                *problem = QStringLiteral("the document's $ref \"%1\" does not resolve").arg(reference);
            return {};
        }
        object = target.toObject();
    }
    return object;
}

QString OpenApiValidator::Private::resolvePath(const QString &path) const
{
    QString bare = path;
    const qsizetype end = bare.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (end >= 0)
        bare.truncate(end);
    if (bare.size() > 1 && bare.endsWith(QLatin1Char('/')))
        bare.chop(1);

    QStringList candidates { bare };
    for (const QString &base : basePaths) {
        if (bare.startsWith(base + QLatin1Char('/')))
            candidates.append(bare.mid(base.size()));
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const PathTemplate *best = nullptr;
        for (const PathTemplate &entry : templates) {
            if (entry.regex.match(candidate).hasMatch() && (!best || entry.literalLength > best->literalLength))
                best = &entry;
        }
        if (best)
            return best->path;
    }
    return {};
}

QJsonObject OpenApiValidator::Private::operation(
    const QByteArray &method, const QString &path, QString *templatePath) const
{
    *templatePath = resolvePath(path);
    if (templatePath->isEmpty())
        return {};
    const QJsonObject item
        = dereference(document.value(QStringLiteral("paths")).toObject().value(*templatePath).toObject(), nullptr);
    return item.value(QString::fromLatin1(method.toLower())).toObject();
}

OpenApiValidator::Private::BodySpec OpenApiValidator::Private::jsonContent(
    const QJsonObject &holder, BodySpec spec) const
{
    const QJsonObject content = holder.value(QStringLiteral("content")).toObject();
    spec.hasContent = !content.isEmpty();
    QJsonObject media = content.value(JsonMediaType).toObject();
    if (!content.contains(JsonMediaType)) {
        // application/problem+json and friends are JSON as well.
        for (auto it = content.begin(); it != content.end(); ++it) {
            if (it.key().endsWith(QLatin1String("+json")) || it.key().startsWith(QLatin1String("application/json;"))) {
                media = it.value().toObject();
                break;
            }
        }
    }
    if (media.contains(QStringLiteral("schema"))) {
        spec.hasJsonSchema = true;
        spec.schema = media.value(QStringLiteral("schema")).toObject();
    }
    return spec;
}

OpenApiValidator::Private::BodySpec OpenApiValidator::Private::responseSpec(
    const QByteArray &method, const QString &path, int status) const
{
    BodySpec spec;
    QString templatePath;
    const QJsonObject op = operation(method, path, &templatePath);
    if (op.isEmpty()) {
        spec.problems.append({ QString(),
            QStringLiteral("the document has no operation %1 %2").arg(QString::fromLatin1(method.toUpper()), path) });
        return spec;
    }
    const QJsonObject responses = op.value(QStringLiteral("responses")).toObject();
    const QString code = QString::number(status);
    QJsonValue response = responses.value(code);
    if (response.isUndefined() && code.size() == 3) {
        const QString range = code.left(1) + QStringLiteral("XX");
        response = responses.value(range);
        if (response.isUndefined())
            response = responses.value(range.toLower());
    }
    if (response.isUndefined())
        response = responses.value(QStringLiteral("default"));
    if (!response.isObject()) {
        spec.problems.append({ QString(),
            QStringLiteral("status %1 is not documented for %2 %3 (documented: %4)")
                .arg(code, QString::fromLatin1(method.toUpper()), templatePath,
                    responses.keys().join(QStringLiteral(", "))) });
        return spec;
    }
    QString problem;
    const QJsonObject resolved = dereference(response.toObject(), &problem);
    if (!problem.isEmpty()) {
        spec.problems.append({ QString(), problem });
        return spec;
    }
    spec.documented = true;
    return jsonContent(resolved, spec);
}

OpenApiValidator::Private::BodySpec OpenApiValidator::Private::requestSpec(
    const QByteArray &method, const QString &path) const
{
    BodySpec spec;
    QString templatePath;
    const QJsonObject op = operation(method, path, &templatePath);
    if (op.isEmpty()) {
        spec.problems.append({ QString(),
            QStringLiteral("the document has no operation %1 %2").arg(QString::fromLatin1(method.toUpper()), path) });
        return spec;
    }
    if (!op.contains(QStringLiteral("requestBody")))
        return spec;
    QString problem;
    const QJsonObject requestBody = dereference(op.value(QStringLiteral("requestBody")).toObject(), &problem);
    if (!problem.isEmpty()) {
        spec.problems.append({ QString(), problem });
        return spec;
    }
    spec.documented = true;
    spec.required = requestBody.value(QStringLiteral("required")).toBool(false);
    return jsonContent(requestBody, spec);
}

SchemaViolations OpenApiValidator::Private::validateBody(
    const BodySpec &spec, const QJsonValue &body, Direction direction, const QString &what) const
{
    if (!spec.problems.isEmpty())
        return spec.problems;
    const bool hasBody = !body.isUndefined();
    if (!spec.documented || !spec.hasContent) {
        if (hasBody)
            return { { QString(), QStringLiteral("the %1 documents no body, but one was given").arg(what) } };
        if (direction == Direction::Request && spec.required)
            return { { QString(), QStringLiteral("the request body is required") } };
        return {};
    }
    if (!hasBody) {
        if (direction == Direction::Request && !spec.required)
            return {};
        return { { QString(), QStringLiteral("the %1 requires a JSON body, none was given").arg(what) } };
    }
    if (!spec.hasJsonSchema)
        return {};
    SchemaViolations out;
    Context context;
    context.direction = direction;
    validate(spec.schema, body, QString(), context, out);
    return withoutDuplicates(out);
}

bool OpenApiValidator::Private::isExemptFromRequired(const QJsonValue &propertySchema, Direction direction) const
{
    const QJsonObject schema = dereference(propertySchema.toObject(), nullptr);
    const QString flag = direction == Direction::Request ? QStringLiteral("readOnly") : QStringLiteral("writeOnly");
    return schema.value(flag).toBool(false);
}

void OpenApiValidator::Private::validate(const QJsonObject &schema, const QJsonValue &value, const QString &pointer,
    Context context, SchemaViolations &out) const
{
    if (++context.depth > MaxDepth) {
        out.append({ pointer, QStringLiteral("schema nesting is too deep (a $ref cycle?)") });
        return;
    }
    if (schema.contains(QStringLiteral("$ref"))) {
        // OpenAPI 3.0: everything beside a $ref is ignored.
        const QString reference = schema.value(QStringLiteral("$ref")).toString();
        const QJsonValue target = resolveReference(reference);
        if (!target.isObject()) {
            out.append({ pointer, QStringLiteral("the document's $ref \"%1\" does not resolve").arg(reference) });
            return;
        }
        validate(target.toObject(), value, pointer, context, out);
        return;
    }

    const QString type = schema.value(QStringLiteral("type")).toString();
    if (value.isNull()) {
        // OpenAPI 3.0.3: nullable adds null to an explicitly given type; without one, null
        // is left to the other keywords.
        if (!type.isEmpty()) {
            if (!schema.value(QStringLiteral("nullable")).toBool(false))
                out.append({ pointer, QStringLiteral("expected %1, got null").arg(type) });
            return;
        }
    } else if (!type.isEmpty() && !typeMatches(type, value)) {
        QString got = typeName(value);
        if (value.isDouble())
            got += QLatin1Char(' ') + numberText(value.toDouble());
        out.append({ pointer, QStringLiteral("expected %1, got %2").arg(type, got) });
        return;
    }

    if (schema.contains(QStringLiteral("enum"))) {
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        const bool nullAllowed = value.isNull() && schema.value(QStringLiteral("nullable")).toBool(false);
        if (!allowed.contains(value) && !nullAllowed) {
            QStringList names;
            for (const QJsonValue &entry : allowed)
                names.append(jsonText(entry));
            out.append({ pointer,
                QStringLiteral("%1 is not one of %2").arg(jsonText(value), names.join(QStringLiteral(", "))) });
        }
    }

    switch (value.type()) {
    case QJsonValue::Double:
        validateNumber(schema, value.toDouble(), pointer, out);
        break;
    case QJsonValue::String:
        validateString(schema, value.toString(), pointer, out);
        break;
    case QJsonValue::Array:
        validateArray(schema, value.toArray(), pointer, context, out);
        break;
    case QJsonValue::Object:
        validateObject(schema, value.toObject(), pointer, context, out);
        break;
    default:
        break;
    }

    for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray())
        validate(part.toObject(), value, pointer, context, out);

    const auto countMatches = [&](const QJsonArray &alternatives, QStringList *reasons) {
        int matches = 0;
        for (qsizetype i = 0; i < alternatives.size(); ++i) {
            SchemaViolations branch;
            validate(alternatives.at(i).toObject(), value, pointer, context, branch);
            if (branch.isEmpty()) {
                ++matches;
                continue;
            }
            QStringList texts;
            for (const SchemaViolation &violation : std::as_const(branch))
                texts.append(violation.toString());
            reasons->append(QStringLiteral("#%1 (%2)").arg(i + 1).arg(texts.join(QStringLiteral("; "))));
        }
        return matches;
    };
    if (schema.contains(QStringLiteral("anyOf"))) {
        QStringList reasons;
        if (countMatches(schema.value(QStringLiteral("anyOf")).toArray(), &reasons) == 0)
            out.append({ pointer,
                QStringLiteral("matches none of the anyOf alternatives: %1").arg(reasons.join(QStringLiteral(", "))) });
    }
    if (schema.contains(QStringLiteral("oneOf"))) {
        QStringList reasons;
        const int matches = countMatches(schema.value(QStringLiteral("oneOf")).toArray(), &reasons);
        if (matches == 0)
            out.append({ pointer,
                QStringLiteral("matches none of the oneOf alternatives: %1").arg(reasons.join(QStringLiteral(", "))) });
        else if (matches > 1)
            out.append({ pointer,
                QStringLiteral("matches %1 of the oneOf alternatives, exactly one is allowed").arg(matches) });
    }
    if (schema.contains(QStringLiteral("not"))) {
        SchemaViolations branch;
        validate(schema.value(QStringLiteral("not")).toObject(), value, pointer, context, branch);
        if (branch.isEmpty())
            out.append({ pointer, QStringLiteral("must not match the \"not\" schema") });
    }
}

void OpenApiValidator::Private::validateNumber(
    const QJsonObject &schema, double number, const QString &pointer, SchemaViolations &out) const
{
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("int32")
        && (number < double(std::numeric_limits<qint32>::min()) || number > double(std::numeric_limits<qint32>::max())))
        out.append({ pointer, QStringLiteral("%1 does not fit format int32").arg(numberText(number)) });
    if (format == QLatin1String("int64") && (number < -9223372036854775808.0 || number >= 9223372036854775808.0))
        out.append({ pointer, QStringLiteral("%1 does not fit format int64").arg(numberText(number)) });

    if (schema.contains(QStringLiteral("minimum"))) {
        const double minimum = schema.value(QStringLiteral("minimum")).toDouble();
        const bool exclusive = schema.value(QStringLiteral("exclusiveMinimum")).toBool(false);
        if (exclusive ? number <= minimum : number < minimum)
            out.append({ pointer,
                QStringLiteral("%1 is less than the %2minimum %3")
                    .arg(numberText(number), exclusive ? QStringLiteral("exclusive ") : QString(),
                        numberText(minimum)) });
    }
    if (schema.contains(QStringLiteral("maximum"))) {
        const double maximum = schema.value(QStringLiteral("maximum")).toDouble();
        const bool exclusive = schema.value(QStringLiteral("exclusiveMaximum")).toBool(false);
        if (exclusive ? number >= maximum : number > maximum)
            out.append({ pointer,
                QStringLiteral("%1 is greater than the %2maximum %3")
                    .arg(numberText(number), exclusive ? QStringLiteral("exclusive ") : QString(),
                        numberText(maximum)) });
    }
    if (schema.contains(QStringLiteral("multipleOf"))) {
        const double divisor = schema.value(QStringLiteral("multipleOf")).toDouble();
        const double quotient = number / divisor;
        if (divisor > 0 && std::fabs(quotient - std::round(quotient)) > 1e-9)
            out.append(
                { pointer, QStringLiteral("%1 is not a multiple of %2").arg(numberText(number), numberText(divisor)) });
    }
}

void OpenApiValidator::Private::validateString(
    const QJsonObject &schema, const QString &text, const QString &pointer, SchemaViolations &out) const
{
    // JSON Schema counts characters (code points), not UTF-16 units.
    const qsizetype length = text.toUcs4().size();
    if (schema.contains(QStringLiteral("minLength"))) {
        const int minimum = schema.value(QStringLiteral("minLength")).toInt();
        if (length < minimum)
            out.append({ pointer, QStringLiteral("%1 is shorter than minLength %2").arg(jsonText(text)).arg(minimum) });
    }
    if (schema.contains(QStringLiteral("maxLength"))) {
        const int maximum = schema.value(QStringLiteral("maxLength")).toInt();
        if (length > maximum)
            out.append({ pointer, QStringLiteral("%1 is longer than maxLength %2").arg(jsonText(text)).arg(maximum) });
    }
    if (schema.contains(QStringLiteral("pattern"))) {
        const QString source = schema.value(QStringLiteral("pattern")).toString();
        const QRegularExpression pattern(source);
        if (!pattern.isValid())
            out.append({ pointer, QStringLiteral("the document's pattern %1 does not compile").arg(source) });
        else if (!pattern.match(text).hasMatch()) // unanchored, as in ECMA-262
            out.append({ pointer, QStringLiteral("%1 does not match the pattern %2").arg(jsonText(text), source) });
    }
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("date-time") && !isDateTime(text))
        out.append({ pointer,
            QStringLiteral("%1 is not a date-time (RFC 3339, e.g. 2025-03-04T09:12:31.412Z)").arg(jsonText(text)) });
    else if (format == QLatin1String("date") && !isDate(text))
        out.append({ pointer, QStringLiteral("%1 is not a date (yyyy-mm-dd)").arg(jsonText(text)) });
    else if (format == QLatin1String("uri") && !isUri(text))
        out.append({ pointer, QStringLiteral("%1 is not an absolute URI").arg(jsonText(text)) });
}

void OpenApiValidator::Private::validateArray(const QJsonObject &schema, const QJsonArray &array,
    const QString &pointer, Context context, SchemaViolations &out) const
{
    if (schema.contains(QStringLiteral("minItems"))) {
        const int minimum = schema.value(QStringLiteral("minItems")).toInt();
        if (array.size() < minimum)
            out.append(
                { pointer, QStringLiteral("has %1 items, fewer than minItems %2").arg(array.size()).arg(minimum) });
    }
    if (schema.contains(QStringLiteral("maxItems"))) {
        const int maximum = schema.value(QStringLiteral("maxItems")).toInt();
        if (array.size() > maximum)
            out.append(
                { pointer, QStringLiteral("has %1 items, more than maxItems %2").arg(array.size()).arg(maximum) });
    }
    if (schema.value(QStringLiteral("uniqueItems")).toBool(false)) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (array.at(i) == array.at(j)) {
                    out.append({ childPointer(pointer, i),
                        QStringLiteral("duplicates item %1, but items must be unique").arg(j) });
                    break;
                }
            }
        }
    }
    if (schema.contains(QStringLiteral("items"))) {
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            validate(items, array.at(i), childPointer(pointer, i), context, out);
    }
}

void OpenApiValidator::Private::validateObject(const QJsonObject &schema, const QJsonObject &object,
    const QString &pointer, Context context, SchemaViolations &out) const
{
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
        const QString key = name.toString();
        if (!object.contains(key) && !isExemptFromRequired(properties.value(key), context.direction))
            out.append({ childPointer(pointer, key), QStringLiteral("required property is missing") });
    }
    if (schema.contains(QStringLiteral("minProperties"))) {
        const int minimum = schema.value(QStringLiteral("minProperties")).toInt();
        if (object.size() < minimum)
            out.append({ pointer,
                QStringLiteral("has %1 properties, fewer than minProperties %2").arg(object.size()).arg(minimum) });
    }
    if (schema.contains(QStringLiteral("maxProperties"))) {
        const int maximum = schema.value(QStringLiteral("maxProperties")).toInt();
        if (object.size() > maximum)
            out.append({ pointer,
                QStringLiteral("has %1 properties, more than maxProperties %2").arg(object.size()).arg(maximum) });
    }
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString child = childPointer(pointer, it.key());
        if (properties.contains(it.key())) {
            validate(properties.value(it.key()).toObject(), it.value(), child, context, out);
        } else if (additional.isBool() && !additional.toBool()) {
            out.append({ child, QStringLiteral("property is not allowed (additionalProperties is false)") });
        } else if (additional.isObject()) {
            validate(additional.toObject(), it.value(), child, context, out);
        }
    }
}

void OpenApiValidator::Private::checkSchema(
    const QJsonValue &schemaValue, const QString &location, QSet<QString> &visited, QStringList &problems) const
{
    if (!schemaValue.isObject()) {
        problems.append(QStringLiteral("%1: a schema must be an object").arg(location));
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    if (schema.contains(QStringLiteral("$ref"))) {
        const QString reference = schema.value(QStringLiteral("$ref")).toString();
        const QJsonValue target = resolveReference(reference);
        if (!target.isObject())
            problems.append(QStringLiteral("%1: $ref \"%2\" does not resolve").arg(location, reference));
        else if (!visited.contains(reference)) {
            visited.insert(reference);
            checkSchema(target, reference, visited, problems);
        }
        return;
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!knownKeywords().contains(it.key()) && !it.key().startsWith(QLatin1String("x-")))
            problems.append(QStringLiteral("%1: keyword \"%2\" is not supported").arg(location, it.key()));
    }
    const QJsonValue type = schema.value(QStringLiteral("type"));
    static const QSet<QString> types { QStringLiteral("integer"), QStringLiteral("number"), QStringLiteral("string"),
        QStringLiteral("boolean"), QStringLiteral("array"), QStringLiteral("object") };
    if (!type.isUndefined() && !types.contains(type.toString()))
        problems.append(QStringLiteral("%1: type %2 is not an OpenAPI 3.0 type").arg(location, jsonText(type)));
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (!format.isEmpty() && !checkedFormats().contains(format))
        problems.append(QStringLiteral("%1: format \"%2\" is not checked").arg(location, format));
    if (schema.contains(QStringLiteral("pattern"))
        && !QRegularExpression(schema.value(QStringLiteral("pattern")).toString()).isValid())
        problems.append(QStringLiteral("%1: pattern does not compile").arg(location));

    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        checkSchema(
            it.value(), location + QStringLiteral("/properties/") + escapePointerToken(it.key()), visited, problems);
    if (schema.value(QStringLiteral("additionalProperties")).isObject())
        checkSchema(schema.value(QStringLiteral("additionalProperties")),
            location + QStringLiteral("/additionalProperties"), visited, problems);
    if (schema.contains(QStringLiteral("items")))
        checkSchema(schema.value(QStringLiteral("items")), location + QStringLiteral("/items"), visited, problems);
    if (schema.contains(QStringLiteral("not")))
        checkSchema(schema.value(QStringLiteral("not")), location + QStringLiteral("/not"), visited, problems);
    for (const QString &combiner : { QStringLiteral("allOf"), QStringLiteral("anyOf"), QStringLiteral("oneOf") }) {
        const QJsonArray parts = schema.value(combiner).toArray();
        for (qsizetype i = 0; i < parts.size(); ++i)
            checkSchema(parts.at(i), QStringLiteral("%1/%2/%3").arg(location, combiner).arg(i), visited, problems);
    }
}

void OpenApiValidator::Private::checkContent(
    const QJsonObject &holder, const QString &location, QSet<QString> &visited, QStringList &problems) const
{
    const QJsonObject content = holder.value(QStringLiteral("content")).toObject();
    for (auto it = content.begin(); it != content.end(); ++it) {
        const QJsonObject media = it.value().toObject();
        if (media.contains(QStringLiteral("schema")))
            checkSchema(media.value(QStringLiteral("schema")),
                location + QStringLiteral("/content/") + escapePointerToken(it.key()) + QStringLiteral("/schema"),
                visited, problems);
    }
    if (holder.contains(QStringLiteral("schema"))) // a parameter or a header
        checkSchema(holder.value(QStringLiteral("schema")), location + QStringLiteral("/schema"), visited, problems);
}

OpenApiValidator::OpenApiValidator(const QJsonObject &document)
{
    auto p = std::make_shared<Private>();
    p->document = document;
    if (!document.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.0")))
        p->errorString = QStringLiteral("not an OpenAPI 3.0 document (openapi: %1)")
                             .arg(jsonText(document.value(QStringLiteral("openapi"))));
    p->index();
    d = std::move(p);
}

OpenApiValidator::~OpenApiValidator() = default;
OpenApiValidator::OpenApiValidator(const OpenApiValidator &other) = default;
OpenApiValidator &OpenApiValidator::operator=(const OpenApiValidator &other) = default;

OpenApiValidator OpenApiValidator::fromFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        OpenApiValidator validator { QJsonObject() };
        auto p = std::make_shared<Private>();
        p->errorString = QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString());
        validator.d = std::move(p);
        return validator;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        OpenApiValidator validator { QJsonObject() };
        auto p = std::make_shared<Private>();
        p->errorString = QStringLiteral("%1 is not a JSON object: %2 at offset %3")
                             .arg(fileName, error.errorString())
                             .arg(error.offset);
        validator.d = std::move(p);
        return validator;
    }
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
    QStringList problems;
    QSet<QString> visited;
    const QJsonObject components = d->document.value(QStringLiteral("components")).toObject();

    const QJsonObject schemas = components.value(QStringLiteral("schemas")).toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        const QString reference = QStringLiteral("#/components/schemas/") + escapePointerToken(it.key());
        if (!visited.contains(reference)) {
            visited.insert(reference);
            d->checkSchema(it.value(), reference, visited, problems);
        }
    }
    for (const QString &section : { QStringLiteral("responses"), QStringLiteral("parameters"),
             QStringLiteral("requestBodies"), QStringLiteral("headers") }) {
        const QJsonObject entries = components.value(section).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it)
            d->checkContent(it.value().toObject(),
                QStringLiteral("#/components/%1/%2").arg(section, escapePointerToken(it.key())), visited, problems);
    }

    const auto checkReference = [&](const QJsonObject &object, const QString &location) {
        QString problem;
        const QJsonObject resolved = d->dereference(object, &problem);
        if (!problem.isEmpty())
            problems.append(location + QStringLiteral(": ") + problem);
        return resolved;
    };
    const QJsonObject paths = d->document.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QString pathLocation = QStringLiteral("#/paths/") + escapePointerToken(path.key());
        const QJsonObject item = checkReference(path.value().toObject(), pathLocation);
        for (auto op = item.begin(); op != item.end(); ++op) {
            const QString opLocation = pathLocation + QLatin1Char('/') + op.key();
            if (op.key() == QLatin1String("parameters")) {
                for (const QJsonValue &parameter : op.value().toArray())
                    d->checkContent(checkReference(parameter.toObject(), opLocation), opLocation, visited, problems);
                continue;
            }
            const QJsonObject operation = op.value().toObject();
            for (const QJsonValue &parameter : operation.value(QStringLiteral("parameters")).toArray())
                d->checkContent(checkReference(parameter.toObject(), opLocation),
                    opLocation + QStringLiteral("/parameters"), visited, problems);
            if (operation.contains(QStringLiteral("requestBody")))
                d->checkContent(checkReference(operation.value(QStringLiteral("requestBody")).toObject(), opLocation),
                    opLocation + QStringLiteral("/requestBody"), visited, problems);
            const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
            for (auto response = responses.begin(); response != responses.end(); ++response) {
                const QString location = opLocation + QStringLiteral("/responses/") + response.key();
                const QJsonObject resolved = checkReference(response.value().toObject(), location);
                d->checkContent(resolved, location, visited, problems);
                const QJsonObject headers = resolved.value(QStringLiteral("headers")).toObject();
                for (auto header = headers.begin(); header != headers.end(); ++header)
                    d->checkContent(checkReference(header.value().toObject(), location),
                        location + QStringLiteral("/headers/") + header.key(), visited, problems);
            }
        }
    }
    return problems;
}

QString OpenApiValidator::resolvePath(const QString &path) const
{
    return d->resolvePath(path);
}

QString OpenApiValidator::operationId(const QByteArray &method, const QString &path) const
{
    QString templatePath;
    return d->operation(method, path, &templatePath).value(QStringLiteral("operationId")).toString();
}

SchemaViolations OpenApiValidator::validateResponse(
    const QByteArray &method, const QString &path, int status, const QJsonValue &body) const
{
    return d->validateBody(
        d->responseSpec(method, path, status), body, Direction::Response, QStringLiteral("%1 response").arg(status));
}

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
        const Private::BodySpec spec = d->responseSpec(method, path, status);
        if (!spec.problems.isEmpty())
            return spec.problems;
        if (!spec.hasContent)
            return { { QString(),
                QStringLiteral("the %1 response documents no body, but one was given").arg(status) } };
        if (!spec.hasJsonSchema)
            return {};
        return { { QString(),
            QStringLiteral("the body is not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset) } };
    }
    return validateResponse(method, path, status, documentValue(document));
}

SchemaViolations OpenApiValidator::validateRequestBody(
    const QByteArray &method, const QString &path, const QJsonValue &body) const
{
    return d->validateBody(d->requestSpec(method, path), body, Direction::Request, QStringLiteral("request"));
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
        const QJsonObject components = d->document.value(QStringLiteral("components")).toObject();
        if (components.value(QStringLiteral("schemas")).toObject().contains(schemaName)) {
            reference = QStringLiteral("#/components/schemas/") + escapePointerToken(schemaName);
        } else if (components.value(QStringLiteral("responses")).toObject().contains(schemaName)) {
            // A named response ("Session") stands for the schema of its JSON content.
            Private::BodySpec spec;
            spec.documented = true;
            QString problem;
            const QJsonObject response = d->dereference(
                components.value(QStringLiteral("responses")).toObject().value(schemaName).toObject(), &problem);
            if (!problem.isEmpty())
                return { { QString(), problem } };
            return d->validateBody(
                d->jsonContent(response, spec), value, direction, QStringLiteral("response %1").arg(schemaName));
        } else {
            return { { QString(), QStringLiteral("the document has no schema named \"%1\"").arg(schemaName) } };
        }
    }
    const QJsonValue schema = d->resolveReference(reference);
    if (!schema.isObject())
        return { { QString(), QStringLiteral("the document's $ref \"%1\" does not resolve").arg(reference) } };
    SchemaViolations out;
    Private::Context context;
    context.direction = direction;
    d->validate(schema.toObject(), value, QString(), context, out);
    return withoutDuplicates(out);
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
