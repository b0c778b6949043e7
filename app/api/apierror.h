#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>

namespace Dintero::Api {

// What went wrong with one API request, as a value: travels in reply handles and
// signals, never as an exception. message() is for the support agent, detail() for
// the log (it never contains credentials or tokens).
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Dintero::Api::ApiError)

public:
    enum class Kind {
        None, // no error
        Network, // connection refused, reset, DNS, ...
        Timeout, // no complete answer within the transfer timeout
        Tls, // certificate or handshake failure
        BadRequest, // 400 (also "operation not allowed", e.g. a refused cancel)
        Unauthorized, // 401: credentials or token not accepted
        Forbidden, // 403: valid credentials, missing scope/account
        NotFound, // 404
        RateLimited, // 429
        Server, // 5xx
        Http, // any other non-2xx status
        MalformedBody, // not JSON, truncated, or larger than the size cap
        Schema, // JSON, but not the expected shape (e.g. missing id)
        Aborted, // abort() or a newer request superseded this one
        OutcomeUnknown, // a write was sent but its answer was lost: it may have happened
    };

    // One entry of a 400 body's error.errors: the request field it names
    // ("session.customer.phone_number") and what is wrong with it.
    struct FieldError
    {
        QString field;
        QString message;
        friend bool operator==(const FieldError &, const FieldError &) = default;
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail);

    static ApiError fromHttpStatus(int status, const QString &code, const QString &serverMessage, QString detail);
    // The same from a non-2xx answer's body: Dintero's {"error": {"code", "message"}}
    // when the body is one, nothing taken from it otherwise (a proxy's HTML page).
    static ApiError fromErrorBody(int status, const QByteArray &body, QString detail);

    Kind kind() const;
    bool isError() const; // kind() != None

    int httpStatus() const; // 0 when no HTTP status arrived
    void setHttpStatus(int status);
    QString code() const; // Dintero's error.code, when present
    void setCode(const QString &code);
    QString serverMessage() const; // Dintero's error.message, when present
    void setServerMessage(const QString &message);
    // The fields Dintero named in error.errors (400 bodies), in its order; may be empty.
    QList<FieldError> fieldErrors() const;
    void setFieldErrors(const QList<FieldError> &errors);
    std::chrono::seconds retryAfter() const; // from Retry-After; 0 when absent
    void setRetryAfter(std::chrono::seconds seconds);
    std::chrono::milliseconds timeout() const; // the limit that ran out (Timeout only)
    void setTimeout(std::chrono::milliseconds timeout);

    // Translated text a support agent understands, e.g. "The server did not answer
    // within 30 seconds.". Uses the server's message when Dintero sent one.
    QString message() const;
    // For logs: kind, status, code, the request ("GET /v1/sessions") and the
    // technical reason. Never contains secrets.
    QString detail() const;
    void setDetail(const QString &detail);
    // Replaces the kind's standard text (e.g. for settings the client refuses to use).
    void setMessage(const QString &message);

    // Stable lower-case name of a kind ("rate_limited"), for logs and tests.
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_serverMessage;
    QList<FieldError> m_fieldErrors;
    QString m_detail;
    QString m_message;
    std::chrono::seconds m_retryAfter { 0 };
    std::chrono::milliseconds m_timeout { 0 };
};

} // namespace Dintero::Api
