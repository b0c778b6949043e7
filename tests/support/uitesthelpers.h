#pragma once

#include "api/sessionclient.h"
#include "mainwindow.h"
#include "models/sessionfilterproxymodel.h"
#include "models/sessiontablemodel.h"
#include "sandboxfixture.h"
#include "settings/consolesettings.h"
#include "windowlookup.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Dintero::Testing {

// One main window talking to its own in-process sandbox over real HTTP, with settings
// in a temporary file.
struct WindowHarness
{
    explicit WindowHarness(
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions(), const QString &settingsFile = {})
        : fixture(std::move(options))
    {
        Api::ConnectionSettings connection;
        connection.baseUrl = fixture.baseUrl();
        connection.accountId = QStringLiteral("T12345678");
        connection.clientId = QStringLiteral("demo");
        connection.clientSecret = QStringLiteral("demo-secret");
        client = std::make_unique<Api::SessionClient>(connection, &network);
        // Fast retries keep failure tests short; the retry count stays the default.
        client->setRetryPolicy({ 3, std::chrono::milliseconds(5), std::chrono::milliseconds(20) });
        settings = std::make_unique<Settings::ConsoleSettings>(
            settingsFile.isEmpty() ? directory.filePath(QStringLiteral("settings.ini")) : settingsFile);
        window = std::make_unique<Ui::MainWindow>(*settings);
        if (settings->mainWindowGeometry().isEmpty())
            window->resize(1280, 800);
    }

    ~WindowHarness()
    {
        window.reset();
        client.reset();
    }

    void connect() { window->setClient(client.get()); }

    Ui::SessionsView *view() const { return sessionsViewOf(window.get()); }
    Models::SessionTableModel *model() const { return sessionModelOf(window.get()); }
    Models::SessionFilterProxyModel *proxy() const { return proxyModelOf(window.get()); }
    int shown() const { return proxy()->rowCount(); }

    bool idle() const { return model()->hasStarted() && !model()->isLoading(); }

    QStringList column(int column) const
    {
        QStringList values;
        for (int row = 0; row < proxy()->rowCount(); ++row)
            values.append(proxy()->index(row, column).data().toString());
        return values;
    }

    // The session ids the API itself returns for a query (first page of up to 100).
    QStringList apiIds(const QString &query)
    {
        if (token.isEmpty())
            token = fixture.token();
        const HttpResult result = fixture.authorized("GET", QStringLiteral("/sessions?limit=100&") + query, token);
        QStringList ids;
        const QJsonArray array = result.json().array();
        for (const QJsonValue &value : array)
            ids.append(value.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    static QString encoded(const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value)); }

    QTemporaryDir directory;
    SandboxFixture fixture;
    QNetworkAccessManager network;
    std::unique_ptr<Api::SessionClient> client;
    std::unique_ptr<Settings::ConsoleSettings> settings;
    std::unique_ptr<Ui::MainWindow> window;
    QByteArray token;
};

} // namespace Dintero::Testing
