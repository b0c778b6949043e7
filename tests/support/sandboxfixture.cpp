#include "sandboxfixture.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace Dintero::Testing {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonDocument HttpResult::json() const
{
    return QJsonDocument::fromJson(body);
}

SandboxFixture::SandboxFixture(Dintero::Sandbox::SandboxOptions options)
    : m_server(std::make_unique<Dintero::Sandbox::SandboxServer>(std::move(options)))
{
    m_listening = m_server->listen(QHostAddress::LocalHost, 0);
    if (!m_listening)
        qWarning("sandbox did not start: %s", qPrintable(m_server->errorString()));
}

SandboxFixture::~SandboxFixture() = default;

Dintero::Sandbox::SandboxOptions SandboxFixture::smallOptions()
{
    Dintero::Sandbox::SandboxOptions options;
    options.sessionCount = 200;
    options.seed = 1;
    return options;
}

bool SandboxFixture::isListening() const
{
    return m_listening;
}

Dintero::Sandbox::SandboxServer &SandboxFixture::server()
{
    return *m_server;
}

QUrl SandboxFixture::baseUrl() const
{
    return m_server->baseUrl();
}

QUrl SandboxFixture::rootUrl() const
{
    return m_server->rootUrl();
}

HttpResult SandboxFixture::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    return m_http.send(method, QUrl(baseUrl().toString() + pathAndQuery), body, headers, timeoutMs);
}

HttpResult SandboxFixture::authorized(
    const QByteArray &method, const QString &pathAndQuery, const QByteArray &token, const QJsonObject &body)
{
    QList<QPair<QByteArray, QByteArray>> headers { { "Authorization", "Bearer " + token } };
    QByteArray payload;
    if (!body.isEmpty()) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request(method, pathAndQuery, payload, headers);
}

QByteArray SandboxFixture::token(const char *clientId)
{
    const QByteArray basic = QByteArray(clientId) + ':' + ClientSecret;
    const QJsonObject body {
        { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
        { QStringLiteral("audience"),
            QString(QStringLiteral("https://api.dintero.com/v1/accounts/") + QLatin1String(AccountId)) },
    };
    const HttpResult result = request("POST", QStringLiteral("/accounts/%1/auth/token").arg(QLatin1String(AccountId)),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Authorization", "Basic " + basic.toBase64() }, { "Content-Type", "application/json" } });
    return result.object().value(QStringLiteral("access_token")).toString().toLatin1();
}

void SandboxFixture::queueFault(const QString &fault, int count, const QString &operation, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("fault"), fault);
    body.insert(QStringLiteral("count"), count);
    if (!operation.isEmpty())
        body.insert(QStringLiteral("operation"), operation);
    const HttpResult result = m_http.send("POST", QUrl(rootUrl().toString() + QStringLiteral("/_sandbox/faults")),
        QJsonDocument(body).toJson(QJsonDocument::Compact), { { "Content-Type", "application/json" } }, 10000);
    if (result.status != 200)
        qWarning("queueing a fault failed: %d %s", result.status, result.body.constData());
}

QJsonObject SandboxFixture::stats()
{
    return m_http.send("GET", QUrl(rootUrl().toString() + QStringLiteral("/_sandbox/stats")), {}, {}, 10000).object();
}

int SandboxFixture::operationCount(const QString &operation)
{
    return stats().value(QStringLiteral("operations")).toObject().value(operation).toInt();
}

int SandboxFixture::sessionOperationCount(const QString &sessionId, const QString &operation)
{
    return stats().value(QStringLiteral("sessions")).toObject().value(sessionId).toObject().value(operation).toInt();
}

void SandboxFixture::resetStats()
{
    m_http.send("DELETE", QUrl(rootUrl().toString() + QStringLiteral("/_sandbox/stats")), {}, {}, 10000);
}

HttpClient::HttpClient()
{
    m_network.setAutoDeleteReplies(false);
}

HttpResult HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 1000);

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    return result;
}

} // namespace Dintero::Testing
