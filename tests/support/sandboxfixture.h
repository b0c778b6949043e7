#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <memory>

namespace Dintero::Testing {

// What a raw HTTP exchange with the sandbox came back with.
struct HttpResult
{
    int status = 0; // 0 when no HTTP response arrived
    int networkError = 0; // QNetworkReply::NetworkError
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const;
    QJsonObject object() const { return json().object(); }
};

// A blocking HTTP client for test code: it can reach any URL and reports redirects
// instead of following them. Each one has its own connections.
class HttpClient
{
public:
    HttpClient();
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);

private:
    QNetworkAccessManager m_network;
};

// Starts an in-process sandbox on 127.0.0.1 and a free port for one test, and speaks
// to it over real HTTP: raw requests for contract tests, and the /_sandbox admin API
// for faults and request statistics. Test code only: it waits with QSignalSpy.
class SandboxFixture
{
public:
    static constexpr auto AccountId = "T12345678";
    static constexpr auto AdminClientId = "demo";
    static constexpr auto ReadOnlyClientId = "demo-readonly";
    static constexpr auto ClientSecret = "demo-secret";
    static constexpr auto ApiKey = "T12345678.demo-api-key";

    explicit SandboxFixture(Dintero::Sandbox::SandboxOptions options = smallOptions());
    ~SandboxFixture();

    // 200 sessions, seed 1: enough for every state and filter, quick to seed.
    static Dintero::Sandbox::SandboxOptions smallOptions();

    bool isListening() const;
    Dintero::Sandbox::SandboxServer &server();
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    QUrl rootUrl() const; // http://127.0.0.1:PORT

    // A raw request to baseUrl() + path (path starts with '/'); waits up to timeoutMs.
    HttpResult request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);
    // The same, with "Authorization: Bearer <token>" and a JSON body.
    HttpResult authorized(
        const QByteArray &method, const QString &pathAndQuery, const QByteArray &token, const QJsonObject &body = {});

    // A bearer token for the admin ("demo") or read-only ("demo-readonly") client.
    QByteArray token(const char *clientId = AdminClientId);

    // The admin API: queue `count` faults ("malformed", "truncated", "reset", "slow",
    // "500", "503", "429") for the next responses, optionally of one operation only.
    void queueFault(const QString &fault, int count = 1, const QString &operation = {}, const QJsonObject &extra = {});
    QJsonObject stats();
    int operationCount(const QString &operation);
    int sessionOperationCount(const QString &sessionId, const QString &operation);
    void resetStats();

private:
    std::unique_ptr<Dintero::Sandbox::SandboxServer> m_server;
    HttpClient m_http;
    bool m_listening = false;
};

} // namespace Dintero::Testing
