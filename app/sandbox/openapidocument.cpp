#include "openapidocument.h"

#include "schemachecker.h"
#include "schemawording.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Dintero::Sandbox {

using namespace SchemaWording;

namespace {

// Deeper than any real document nests; only a $ref cycle gets here.
constexpr int MaxReferenceHops = 200;

const QString JsonMediaType = QStringLiteral("application/json");

} // namespace

OpenApiDocument::OpenApiDocument(const QJsonObject &document) : m_document(document)
{
    index();
}

const QJsonObject &OpenApiDocument::json() const
{
    return m_document;
}

void OpenApiDocument::index()
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
    addServers(m_document.value(QStringLiteral("servers")));
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
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
        m_templates.append(entry);
    }
    m_basePaths = bases.values();
    // Longest first, so that "/v1/x" is tried before "/v".
    std::sort(
        m_basePaths.begin(), m_basePaths.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QJsonValue OpenApiDocument::resolveReference(const QString &reference) const
{
    if (!reference.startsWith(QLatin1String("#/")))
        return QJsonValue(QJsonValue::Undefined); // only local references are supported
    QJsonValue current = m_document;
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

QJsonObject OpenApiDocument::dereference(QJsonObject object, QString *problem) const
{
    for (int hops = 0; object.contains(QStringLiteral("$ref")); ++hops) {
        const QString reference = object.value(QStringLiteral("$ref")).toString();
        const QJsonValue target = resolveReference(reference);
        if (!target.isObject() || hops > MaxReferenceHops) {
            if (problem)
                *problem = unresolvedReference(reference);
            return {};
        }
        object = target.toObject();
    }
    return object;
}

QString OpenApiDocument::resolvePath(const QString &path) const
{
    QString bare = path;
    static const QRegularExpression queryOrFragment(QStringLiteral("[?#]"));
    const qsizetype end = bare.indexOf(queryOrFragment);
    if (end >= 0)
        bare.truncate(end);
    if (bare.size() > 1 && bare.endsWith(QLatin1Char('/')))
        bare.chop(1);

    QStringList candidates { bare };
    for (const QString &base : m_basePaths) {
        if (bare.startsWith(base + QLatin1Char('/')))
            candidates.append(bare.mid(base.size()));
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const PathTemplate *best = nullptr;
        for (const PathTemplate &entry : m_templates) {
            if (entry.regex.match(candidate).hasMatch() && (!best || entry.literalLength > best->literalLength))
                best = &entry;
        }
        if (best)
            return best->path;
    }
    return {};
}

QJsonObject OpenApiDocument::operation(const QByteArray &method, const QString &path, QString *templatePath) const
{
    *templatePath = resolvePath(path);
    if (templatePath->isEmpty())
        return {};
    const QJsonObject item
        = dereference(m_document.value(QStringLiteral("paths")).toObject().value(*templatePath).toObject(), nullptr);
    return item.value(QString::fromLatin1(method.toLower())).toObject();
}

OpenApiDocument::BodySpec OpenApiDocument::jsonContent(const QJsonObject &holder, BodySpec spec)
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

OpenApiDocument::BodySpec OpenApiDocument::responseSpec(const QByteArray &method, const QString &path, int status) const
{
    BodySpec spec;
    QString templatePath;
    const QJsonObject op = operation(method, path, &templatePath);
    if (op.isEmpty()) {
        spec.problems.append({ QString(), noOperation(method, path) });
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
        spec.problems.append({ QString(), statusNotDocumented(code, method, templatePath, responses.keys()) });
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

OpenApiDocument::BodySpec OpenApiDocument::requestSpec(const QByteArray &method, const QString &path) const
{
    BodySpec spec;
    QString templatePath;
    const QJsonObject op = operation(method, path, &templatePath);
    if (op.isEmpty()) {
        spec.problems.append({ QString(), noOperation(method, path) });
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

void OpenApiDocument::checkSchema(
    const QJsonValue &schemaValue, const QString &location, QSet<QString> &visited, QStringList &problems) const
{
    if (!schemaValue.isObject()) {
        problems.append(problemNotASchema(location));
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    if (schema.contains(QStringLiteral("$ref"))) {
        const QString reference = schema.value(QStringLiteral("$ref")).toString();
        const QJsonValue target = resolveReference(reference);
        if (!target.isObject())
            problems.append(problemUnresolvedReference(location, reference));
        else if (!visited.contains(reference)) {
            visited.insert(reference);
            checkSchema(target, reference, visited, problems);
        }
        return;
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!SchemaChecker::supportsKeyword(it.key()) && !it.key().startsWith(QLatin1String("x-")))
            problems.append(problemUnsupportedKeyword(location, it.key()));
    }
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (!type.isUndefined() && !SchemaChecker::supportsType(type.toString()))
        problems.append(problemUnknownType(location, type));
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (!format.isEmpty() && !SchemaChecker::checksFormat(format))
        problems.append(problemUncheckedFormat(location, format));
    if (schema.contains(QStringLiteral("pattern"))
        && !QRegularExpression(schema.value(QStringLiteral("pattern")).toString()).isValid())
        problems.append(problemPatternDoesNotCompile(location));

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

void OpenApiDocument::checkContent(
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

QStringList OpenApiDocument::problems() const
{
    QStringList problems;
    QSet<QString> visited;
    const QJsonObject components = m_document.value(QStringLiteral("components")).toObject();

    const QJsonObject schemas = components.value(QStringLiteral("schemas")).toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        const QString reference = QStringLiteral("#/components/schemas/") + escapePointerToken(it.key());
        if (!visited.contains(reference)) {
            visited.insert(reference);
            checkSchema(it.value(), reference, visited, problems);
        }
    }
    for (const QString &section : { QStringLiteral("responses"), QStringLiteral("parameters"),
             QStringLiteral("requestBodies"), QStringLiteral("headers") }) {
        const QJsonObject entries = components.value(section).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it)
            checkContent(it.value().toObject(),
                QStringLiteral("#/components/%1/%2").arg(section, escapePointerToken(it.key())), visited, problems);
    }

    const auto checkReference = [&](const QJsonObject &object, const QString &location) {
        QString problem;
        const QJsonObject resolved = dereference(object, &problem);
        if (!problem.isEmpty())
            problems.append(location + QStringLiteral(": ") + problem);
        return resolved;
    };
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QString pathLocation = QStringLiteral("#/paths/") + escapePointerToken(path.key());
        const QJsonObject item = checkReference(path.value().toObject(), pathLocation);
        for (auto op = item.begin(); op != item.end(); ++op) {
            const QString opLocation = pathLocation + QLatin1Char('/') + op.key();
            if (op.key() == QLatin1String("parameters")) {
                for (const QJsonValue &parameter : op.value().toArray())
                    checkContent(checkReference(parameter.toObject(), opLocation), opLocation, visited, problems);
                continue;
            }
            const QJsonObject operation = op.value().toObject();
            for (const QJsonValue &parameter : operation.value(QStringLiteral("parameters")).toArray())
                checkContent(checkReference(parameter.toObject(), opLocation),
                    opLocation + QStringLiteral("/parameters"), visited, problems);
            if (operation.contains(QStringLiteral("requestBody")))
                checkContent(checkReference(operation.value(QStringLiteral("requestBody")).toObject(), opLocation),
                    opLocation + QStringLiteral("/requestBody"), visited, problems);
            const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
            for (auto response = responses.begin(); response != responses.end(); ++response) {
                const QString location = opLocation + QStringLiteral("/responses/") + response.key();
                const QJsonObject resolved = checkReference(response.value().toObject(), location);
                checkContent(resolved, location, visited, problems);
                const QJsonObject headers = resolved.value(QStringLiteral("headers")).toObject();
                for (auto header = headers.begin(); header != headers.end(); ++header)
                    checkContent(checkReference(header.value().toObject(), location),
                        location + QStringLiteral("/headers/") + header.key(), visited, problems);
            }
        }
    }
    return problems;
}

} // namespace Dintero::Sandbox
