#pragma once

#include "api/sessionclient.h"
#include "sandboxfixture.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

// Helpers shared by the client and pager tests: a SessionClient aimed at a sandbox
// with short timeouts, and a way to wait for a reply handle and read it inside its
// finished() slot (the handle is deleted right after).
namespace Dintero::Testing {

inline Api::ConnectionSettings sandboxSettings(const SandboxFixture &fixture,
    Api::ConnectionSettings::CredentialKind kind = Api::ConnectionSettings::CredentialKind::ClientCredentials,
    const char *clientId = SandboxFixture::AdminClientId)
{
    Api::ConnectionSettings settings;
    settings.baseUrl = fixture.baseUrl();
    settings.accountId = QLatin1String(SandboxFixture::AccountId);
    settings.credentialKind = kind;
    settings.clientId = QLatin1String(clientId);
    settings.clientSecret = QLatin1String(SandboxFixture::ClientSecret);
    settings.apiKey = QLatin1String(SandboxFixture::ApiKey);
    return settings;
}

// Fast, bounded policies so that a failing test fails in seconds.
inline void useTestTimings(Api::SessionClient &client)
{
    client.setTransferTimeout(std::chrono::milliseconds(3000));
    Api::SessionClient::RetryPolicy policy;
    policy.maxRetries = 3;
    policy.initialDelay = std::chrono::milliseconds(10);
    policy.maxDelay = std::chrono::milliseconds(200);
    client.setRetryPolicy(policy);
}

// Waits until `reply` finishes and calls `read` from its finished() slot. Returns
// false on timeout.
template <typename Reply> bool await(Reply *reply, std::function<void(Reply *)> read = {}, int timeoutMs = 20000)
{
    auto done = std::make_shared<int>(0);
    QObject::connect(reply, &Api::SessionRequest::finished, reply, [reply, read, done] {
        if (read)
            read(reply);
        ++*done;
    });
    const bool finished = QTest::qWaitFor([&done] { return *done > 0; }, timeoutMs);
    // finished() must come exactly once.
    QTest::qWait(0);
    return finished && *done == 1;
}

// Messages logged while a test runs, to check that no secret or token reaches the log.
inline QStringList *g_logLines = nullptr;
inline QtMessageHandler g_previousHandler = nullptr;

inline QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Turns every level of the console.* categories on, whatever QT_LOGGING_RULES says.
inline void enableConsoleCategories(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "console.", 8) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

inline void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_logLines)
        g_logLines->append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

// Captures the log lines of console.* (every level) while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        g_logLines = &m_lines;
        g_previousHandler = qInstallMessageHandler(captureMessage);
        g_previousFilter = QLoggingCategory::installFilter(enableConsoleCategories);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(g_previousHandler);
        g_logLines = nullptr;
        QLoggingCategory::installFilter(g_previousFilter);
        g_previousFilter = nullptr;
    }
    const QStringList &lines() const { return m_lines; }

private:
    QStringList m_lines;
};

// A one-trick HTTP server for answers the sandbox never gives (wrong shapes, odd
// statuses): every request gets the same canned response. Real sockets, real HTTP.
class CannedHttpServer final : public QTcpServer
{
public:
    explicit CannedHttpServer(QByteArray response) : m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    m_received.clear();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort())); }
    int requests() const { return m_requests; }

    static QByteArray answer(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    QByteArray m_response;
    QByteArray m_received;
    int m_requests = 0;
};

} // namespace Dintero::Testing
