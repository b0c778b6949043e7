#include "api/credentialstore.h"
#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "connection/connectioncheck.h"
#include "connection/connectionservice.h"
#include "sandboxfixture.h"
#include "settings/consolesettings.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Dintero;
using Connection::ConnectionCheck;
using Connection::ConnectionService;
using Connection::WriteAccess;
using Settings::ConnectionProfile;
using Testing::SandboxFixture;

// The connection service and Test Connection against the sandbox over loopback HTTP.
// This test runs with no keychain (its D-Bus address leads nowhere, see CMakeLists.txt):
// secrets are kept in memory, the agent is told once, and nothing reaches the disk.
class ConnectionServiceTest : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile sandboxProfile(
        const QString &name, const SandboxFixture &sandbox, const char *clientId = SandboxFixture::AdminClientId)
    {
        ConnectionProfile profile = ConnectionProfile::create(name);
        profile.environment = ConnectionProfile::Environment::Custom;
        profile.customBaseUrl = sandbox.baseUrl();
        profile.accountId = QLatin1String(SandboxFixture::AccountId);
        profile.clientId = QLatin1String(clientId);
        return profile;
    }

    static ConnectionCheck::Result check(const Api::ConnectionSettings &settings, QNetworkAccessManager &network)
    {
        ConnectionCheck check(settings, &network);
        QSignalSpy finished(&check, &ConnectionCheck::finished);
        check.start();
        if (!finished.wait(20000))
            qWarning("Test Connection did not finish");
        return check.result();
    }

    static int listRequests(SandboxFixture &sandbox) { return sandbox.operationCount(QStringLiteral("list_sessions")); }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Api::SessionClient *>();
    }

    void testConnection_goodSecret_saysWhatTheCredentialMayDo()
    {
        SandboxFixture sandbox;
        const ConnectionCheck::Result result = check(Testing::sandboxSettings(sandbox), m_network);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("T12345678")));
        QCOMPARE(result.access.state, WriteAccess::State::Allowed);
        QVERIFY2(result.access.description().contains(QStringLiteral("admin:checkout")),
            qPrintable(result.access.description()));
        QCOMPARE(sandbox.operationCount(QStringLiteral("auth_token")), 1);
        QCOMPARE(listRequests(sandbox), 1);
    }

    void testConnection_wrongSecret_is401FromTheTokenRequest()
    {
        SandboxFixture sandbox;
        Api::ConnectionSettings settings = Testing::sandboxSettings(sandbox);
        settings.clientSecret = QStringLiteral("not-the-secret");
        const ConnectionCheck::Result result = check(settings, m_network);
        QCOMPARE(result.failure, ConnectionCheck::Failure::WrongSecret);
        QVERIFY2(result.message.contains(QStringLiteral("401 from the token request")), qPrintable(result.message));
        QVERIFY(!result.message.contains(QStringLiteral("not-the-secret")));
        QCOMPARE(listRequests(sandbox), 0);
    }

    void testConnection_unknownAccount()
    {
        SandboxFixture sandbox;
        Api::ConnectionSettings settings = Testing::sandboxSettings(sandbox);
        settings.accountId = QStringLiteral("T99999999");
        const ConnectionCheck::Result result = check(settings, m_network);
        QCOMPARE(result.failure, ConnectionCheck::Failure::UnknownAccount);
        QVERIFY2(result.message.contains(QStringLiteral("T99999999")), qPrintable(result.message));
    }

    void testConnection_readOnlyClient_isReadOnly()
    {
        SandboxFixture sandbox;
        const ConnectionCheck::Result result
            = check(Testing::sandboxSettings(sandbox, Api::ConnectionSettings::CredentialKind::ClientCredentials,
                        SandboxFixture::ReadOnlyClientId),
                m_network);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.access.state, WriteAccess::State::ReadOnly);
        QVERIFY2(result.access.reason.contains(QStringLiteral("read:checkout")), qPrintable(result.access.reason));
        QVERIFY(!result.access.mayWrite());
    }

    void testConnection_apiKey_mayDoWhatIsUnknown()
    {
        SandboxFixture sandbox;
        Api::ConnectionSettings settings = Testing::sandboxSettings(sandbox);
        settings.credentialKind = Api::ConnectionSettings::CredentialKind::ApiKey;
        const ConnectionCheck::Result result = check(settings, m_network);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.access.state, WriteAccess::State::Unknown);
        QVERIFY(result.access.description().contains(QStringLiteral("unknown until a change is tried")));
        settings.apiKey = QStringLiteral("T12345678.wrong");
        QCOMPARE(check(settings, m_network).failure, ConnectionCheck::Failure::CredentialRefused);
    }

    void testConnection_unreachablePort_isANetworkProblem()
    {
        quint16 port = 0;
        {
            // A port that was free a moment ago: nothing listens there now.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Api::ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        settings.accountId = QStringLiteral("T12345678");
        settings.clientId = QStringLiteral("demo");
        settings.clientSecret = QStringLiteral("demo-secret");
        const ConnectionCheck::Result result = check(settings, m_network);
        QCOMPARE(result.failure, ConnectionCheck::Failure::Network);
        QVERIFY2(result.message.contains(QStringLiteral("Could not reach")), qPrintable(result.message));
    }

    void testConnection_serverError()
    {
        SandboxFixture sandbox;
        sandbox.queueFault(QStringLiteral("503"), 1, QStringLiteral("list_sessions"));
        const ConnectionCheck::Result result = check(Testing::sandboxSettings(sandbox), m_network);
        QCOMPARE(result.failure, ConnectionCheck::Failure::Server);
        QVERIFY2(result.message.contains(QStringLiteral("503")), qPrintable(result.message));
    }

    void switching_sendsNothingMoreToTheOldAccount_andKeepsSecretsInMemoryOnly()
    {
        SandboxFixture first;
        SandboxFixture second;
        QTemporaryDir directory;
        const QString settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        Settings::ConsoleSettings settings(settingsFile);
        Api::CredentialStore keychain(QStringLiteral("dintero-console-test"));
        ConnectionService service(settings, keychain, m_network);
        QSignalSpy notices(&service, &ConnectionService::notice);
        QSignalSpy clients(&service, &ConnectionService::clientChanged);

        const ConnectionProfile a = sandboxProfile(QStringLiteral("First"), first);
        const ConnectionProfile b = sandboxProfile(QStringLiteral("Second"), second);
        service.saveProfile(a, QStringLiteral("demo-secret")); // none current: it becomes current
        service.saveProfile(b, QStringLiteral("demo-secret"));
        QTRY_VERIFY(service.client());
        QCOMPARE(service.currentProfile()->id, a.id);

        // No keychain here: said once, for both secrets.
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 20000);
        QVERIFY2(notices.at(0).at(0).toString().contains(QStringLiteral("No system keychain")),
            qPrintable(notices.at(0).at(0).toString()));
        QVERIFY(keychain.keychainMissing());

        // A slow page of the first account is under way when the agent switches.
        first.queueFault(QStringLiteral("slow"), 1, QStringLiteral("list_sessions"),
            QJsonObject { { QStringLiteral("delay_ms"), 1500 } });
        Api::SessionClient *old = service.client();
        QPointer<Api::ListReply> pending = old->listSessions({});
        QTRY_COMPARE(listRequests(first), 1);
        const int firstTokens = first.operationCount(QStringLiteral("auth_token"));
        service.switchTo(b.id);
        // The secret came back from memory, and the client is the second account's.
        QTRY_VERIFY_WITH_TIMEOUT(service.client() && service.client()->settings().baseUrl == second.baseUrl(), 10000);
        QCOMPARE(service.client()->settings().clientSecret, QStringLiteral("demo-secret"));
        QTRY_VERIFY(pending.isNull()); // the old account's page was given up
        bool pageOk = false;
        QVERIFY(Testing::await<Api::ListReply>(service.client()->listSessions({}),
            [&pageOk](Api::ListReply *page) { pageOk = !page->error().isError(); }));
        QVERIFY(pageOk);
        QTest::qWait(2000); // the slow answer's time, and then some
        QCOMPARE(listRequests(first), 1);
        QCOMPARE(first.operationCount(QStringLiteral("auth_token")), firstTokens);
        QCOMPARE(settings.lastProfileId(), b.id);

        // Nothing of either secret on disk: not in the settings, not anywhere the
        // console could have written (the test's home and directory).
        settings.sync();
        for (const QString &root :
            { directory.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) }) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains("demo-secret"), qPrintable(file.fileName()));
            }
        }
    }

    void deletingAProfile_forgetsItsSecret()
    {
        SandboxFixture sandbox;
        QTemporaryDir directory;
        Settings::ConsoleSettings settings(directory.filePath(QStringLiteral("settings.ini")));
        Api::CredentialStore keychain(QStringLiteral("dintero-console-test"));
        ConnectionService service(settings, keychain, m_network);
        const ConnectionProfile profile = sandboxProfile(QStringLiteral("Gone soon"), sandbox);
        service.saveProfile(profile, QStringLiteral("demo-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(service.client(), 20000);
        const std::optional<ConnectionProfile> copy = service.duplicateProfile(profile.id);
        QVERIFY(copy);
        QCOMPARE(copy->name, QStringLiteral("Gone soon (copy)"));
        service.removeProfile(profile.id);
        QVERIFY(!service.client());
        QVERIFY(!service.currentProfile());
        QCOMPARE(service.profiles().size(), 1);

        Api::CredentialRequest *removed = keychain.loadProfileSecret(profile.id);
        QSignalSpy removedDone(removed, &Api::CredentialRequest::finished);
        QVERIFY(removedDone.wait(20000));
        QCOMPARE(removed->status(), Api::CredentialRequest::Status::NotFound);
        // The copy kept a secret of its own.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Api::CredentialRequest *request = keychain.loadProfileSecret(copy->id);
                QSignalSpy done(request, &Api::CredentialRequest::finished);
                done.wait(20000);
                return request->value() == QLatin1String("demo-secret");
            }(),
            20000);
    }

    void writeAccess_fromTheTokenScope_andA403IsRemembered()
    {
        SandboxFixture sandbox;
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("settings.ini"));
        Settings::ConsoleSettings settings(file);
        Api::CredentialStore keychain(QStringLiteral("dintero-console-test"));
        ConnectionService service(settings, keychain, m_network);
        QSignalSpy access(&service, &ConnectionService::writeAccessChanged);
        const ConnectionProfile readOnly
            = sandboxProfile(QStringLiteral("Read only"), sandbox, SandboxFixture::ReadOnlyClientId);
        service.saveProfile(readOnly, QStringLiteral("demo-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(service.client(), 20000);
        QCOMPARE(service.writeAccess().state, WriteAccess::State::Unknown); // no token yet
        QVERIFY(Testing::await(service.client()->listSessions({})));
        QCOMPARE(service.writeAccess().state, WriteAccess::State::ReadOnly);
        QVERIFY(!access.isEmpty());

        // An API key says nothing of its scope; a 403 on a write is remembered.
        ConnectionProfile key = sandboxProfile(QStringLiteral("Key"), sandbox);
        key.credentialKind = Api::ConnectionSettings::CredentialKind::ApiKey;
        key.clientId.clear();
        service.saveProfile(key, QLatin1String(SandboxFixture::ApiKey));
        service.switchTo(key.id);
        QTRY_VERIFY_WITH_TIMEOUT(service.client() && service.currentProfile()->id == key.id, 20000);
        QCOMPARE(service.writeAccess().state, WriteAccess::State::Unknown);
        service.noteWriteRefused();
        QCOMPARE(service.writeAccess().state, WriteAccess::State::ReadOnly);
        QVERIFY(service.writeAccess().reason.contains(QStringLiteral("403")));
        Settings::ConsoleSettings reread(file);
        QVERIFY(reread.profiles().at(1).writeRefused);
    }
};

QTEST_GUILESS_MAIN(ConnectionServiceTest)
#include "connectionservice_test.moc"
