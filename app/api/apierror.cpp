#include "api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dintero::Api {

ApiError::ApiError(Kind kind, QString detail) : m_kind(kind), m_detail(std::move(detail)) { }

ApiError ApiError::fromHttpStatus(int status, const QString &code, const QString &serverMessage, QString detail)
{
    Kind kind = Kind::Http;
    if (status == 400)
        kind = Kind::BadRequest;
    else if (status == 401)
        kind = Kind::Unauthorized;
    else if (status == 403)
        kind = Kind::Forbidden;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 429)
        kind = Kind::RateLimited;
    else if (status >= 500 && status <= 599)
        kind = Kind::Server;
    ApiError error(kind, std::move(detail));
    error.m_httpStatus = status;
    error.m_code = code;
    error.m_serverMessage = serverMessage;
    return error;
}

ApiError ApiError::fromErrorBody(int status, const QByteArray &body, QString detail)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    ApiError parsed = fromHttpStatus(status, error.value(QLatin1String("code")).toString(),
        error.value(QLatin1String("message")).toString(), std::move(detail));
    // A 400 may name the fields it refused: error.errors[] = {field, message}.
    QList<FieldError> fieldErrors;
    for (const QJsonValue &entry : error.value(QLatin1String("errors")).toArray()) {
        const QJsonObject fieldError = entry.toObject();
        const QString field = fieldError.value(QLatin1String("field")).toString();
        if (!field.isEmpty())
            fieldErrors.append({ field, fieldError.value(QLatin1String("message")).toString() });
    }
    parsed.setFieldErrors(fieldErrors);
    return parsed;
}

ApiError::Kind ApiError::kind() const
{
    return m_kind;
}
bool ApiError::isError() const
{
    return m_kind != Kind::None;
}
int ApiError::httpStatus() const
{
    return m_httpStatus;
}
void ApiError::setHttpStatus(int status)
{
    m_httpStatus = status;
}
QString ApiError::code() const
{
    return m_code;
}
void ApiError::setCode(const QString &code)
{
    m_code = code;
}
QString ApiError::serverMessage() const
{
    return m_serverMessage;
}
QList<ApiError::FieldError> ApiError::fieldErrors() const
{
    return m_fieldErrors;
}

void ApiError::setFieldErrors(const QList<FieldError> &errors)
{
    m_fieldErrors = errors;
}

void ApiError::setServerMessage(const QString &message)
{
    m_serverMessage = message;
}
std::chrono::seconds ApiError::retryAfter() const
{
    return m_retryAfter;
}
void ApiError::setRetryAfter(std::chrono::seconds seconds)
{
    m_retryAfter = seconds;
}
std::chrono::milliseconds ApiError::timeout() const
{
    return m_timeout;
}
void ApiError::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}
void ApiError::setDetail(const QString &detail)
{
    m_detail = detail;
}
void ApiError::setMessage(const QString &message)
{
    m_message = message;
}

QString ApiError::message() const
{
    // Dintero's own message is the most specific text for request errors (e.g. why a
    // cancel was refused); say what kind of problem it is around it.
    if (!m_message.isEmpty() && m_kind != Kind::None)
        return m_message;
    const QString server = m_serverMessage.trimmed();
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach Dintero. Check the network connection and try again.");
    case Kind::Timeout: {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
        // Separate texts rather than %n: readable in English without a plural-form catalogue.
        if (seconds == 1)
            return tr("The server did not answer within 1 second.");
        if (seconds > 1)
            return tr("The server did not answer within %1 seconds.").arg(seconds);
        return tr("The server did not answer in time.");
    }
    case Kind::Tls:
        return tr("The secure connection to Dintero could not be verified. The request was not sent.");
    case Kind::BadRequest:
        if (!server.isEmpty())
            return tr("Dintero refused the request: %1").arg(server);
        return tr("Dintero refused the request as invalid or not allowed.");
    case Kind::Unauthorized:
        if (!server.isEmpty())
            return tr("Dintero did not accept the credentials: %1").arg(server);
        return tr("Dintero did not accept the credentials. Check the client id, secret or API key.");
    case Kind::Forbidden:
        if (!server.isEmpty())
            return tr("These credentials are not allowed to do this: %1").arg(server);
        return tr("These credentials are not allowed to do this (missing permission or wrong account).");
    case Kind::NotFound:
        if (!server.isEmpty())
            return tr("Not found: %1").arg(server);
        return tr("The session was not found. It may belong to another account.");
    case Kind::RateLimited: {
        const auto seconds = m_retryAfter.count();
        if (seconds == 1)
            return tr("Dintero is limiting requests. Try again in 1 second.");
        if (seconds > 1)
            return tr("Dintero is limiting requests. Try again in %1 seconds.").arg(seconds);
        return tr("Dintero is limiting requests. Try again in a moment.");
    }
    case Kind::Server:
        if (!server.isEmpty())
            return tr("Dintero had a problem (HTTP %1): %2").arg(m_httpStatus).arg(server);
        return tr("Dintero had a problem (HTTP %1). Try again later.").arg(m_httpStatus);
    case Kind::Http:
        if (!server.isEmpty())
            return tr("Unexpected answer from Dintero (HTTP %1): %2").arg(m_httpStatus).arg(server);
        return tr("Unexpected answer from Dintero (HTTP %1).").arg(m_httpStatus);
    case Kind::MalformedBody:
        return tr("Dintero's answer was incomplete or unreadable.");
    case Kind::Schema:
        return tr("Dintero's answer did not have the expected content.");
    case Kind::Aborted:
        return tr("The request was cancelled.");
    case Kind::OutcomeUnknown:
        if (m_httpStatus >= 500) {
            return tr("Dintero had a problem (HTTP %1) and did not confirm the change. It may or may not have "
                      "been made; check the session before trying again, so that it is not done twice.")
                .arg(m_httpStatus);
        }
        return tr("The connection was lost before Dintero confirmed the change. It may or may not have been "
                  "made; check the session before trying again.");
    }
    return {};
}

QString ApiError::detail() const
{
    QString text = kindName(m_kind);
    if (m_httpStatus != 0)
        text += QStringLiteral(" http=%1").arg(m_httpStatus);
    if (!m_code.isEmpty())
        text += QStringLiteral(" code=%1").arg(m_code);
    if (m_retryAfter.count() > 0)
        text += QStringLiteral(" retry_after=%1s").arg(m_retryAfter.count());
    if (!m_detail.isEmpty())
        text += QStringLiteral(": ") + m_detail;
    if (!m_serverMessage.isEmpty())
        text += QStringLiteral(" (server: %1)").arg(m_serverMessage);
    return text;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::MalformedBody:
        return QStringLiteral("malformed_body");
    case Kind::Schema:
        return QStringLiteral("schema");
    case Kind::Aborted:
        return QStringLiteral("aborted");
    case Kind::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace Dintero::Api
