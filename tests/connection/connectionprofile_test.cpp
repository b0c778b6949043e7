#include "settings/connectionprofile.h"
#include "settings/consolesettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Dintero;
using Settings::ConnectionProfile;

class ConnectionProfileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentLabel_followsThePrefix()
    {
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Shop"));
        profile.accountId = QStringLiteral("T1234");
        QCOMPARE(profile.environmentLabel(), QString()); // not an account id yet
        profile.accountId = QStringLiteral("T12345678");
        QCOMPARE(profile.environmentLabel(), QStringLiteral("TEST"));
        QVERIFY(!profile.isProduction());
        profile.accountId = QStringLiteral("P12345678");
        QCOMPARE(profile.environmentLabel(), QStringLiteral("PRODUCTION"));
        QVERIFY(profile.isProduction());
    }

    void validation_saysWhatIsMissing()
    {
        ConnectionProfile profile = ConnectionProfile::create(QString());
        QVERIFY(profile.validationError()->contains(QStringLiteral("name")));
        profile.name = QStringLiteral("Shop");
        profile.accountId = QStringLiteral("X12345678");
        QVERIFY(profile.validationError()->contains(QStringLiteral("8 digits")));
        profile.accountId = QStringLiteral("T12345678");
        QVERIFY(profile.validationError()->contains(QStringLiteral("client id")));
        profile.clientId = QStringLiteral("client");
        QVERIFY(!profile.validationError());
        profile.environment = ConnectionProfile::Environment::Custom;
        profile.customBaseUrl = QUrl(QStringLiteral("http://example.com/v1"));
        QVERIFY(profile.validationError()->contains(QStringLiteral("https")));
        profile.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        QVERIFY(!profile.validationError());
        // The embedded sandbox has a test account only: a P account cannot be put there.
        profile.environment = ConnectionProfile::Environment::EmbeddedSandbox;
        profile.accountId = QStringLiteral("P12345678");
        QVERIFY(profile.validationError());
    }

    void profiles_roundTripThroughTheSettings_withoutSecrets()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("settings.ini"));
        ConnectionProfile first = ConnectionProfile::create(QStringLiteral("Shop, test"));
        first.accountId = QStringLiteral("T12345678");
        first.clientId = QStringLiteral("client-1");
        first.colour = QStringLiteral("#1565c0");
        ConnectionProfile second = ConnectionProfile::create(QStringLiteral("Shop, production"));
        second.accountId = QStringLiteral("P87654321");
        second.environment = ConnectionProfile::Environment::Custom;
        second.customBaseUrl = QUrl(QStringLiteral("https://checkout.example.com/v1"));
        second.credentialKind = Api::ConnectionSettings::CredentialKind::ApiKey;
        second.writeRefused = true;
        {
            Settings::ConsoleSettings settings(file);
            settings.setProfiles({ first, second });
            settings.setLastProfileId(second.id);
        }
        Settings::ConsoleSettings settings(file);
        const QList<ConnectionProfile> read = settings.profiles();
        QCOMPARE(read.size(), 2);
        QVERIFY(read.at(0) == first);
        QVERIFY(read.at(1) == second);
        QCOMPARE(settings.lastProfileId(), second.id);
        // The secret a profile's connection carries never goes into the settings.
        const Api::ConnectionSettings connection = first.connectionSettings(QStringLiteral("very-secret"));
        QCOMPARE(connection.clientSecret, QStringLiteral("very-secret"));
        QCOMPARE(connection.clientId, QStringLiteral("client-1"));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("very-secret"));
    }

    void oldConnection_isMigratedOnce()
    {
        QTemporaryDir directory;
        Settings::ConsoleSettings settings(directory.filePath(QStringLiteral("settings.ini")));
        Api::ConnectionSettings old;
        old.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9000/v1"));
        old.accountId = QStringLiteral("T11112222");
        old.clientId = QStringLiteral("agent-client");
        settings.setConnection(old);
        const std::optional<ConnectionProfile> migrated = settings.migrateConnectionToProfile();
        QVERIFY(migrated);
        QCOMPARE(migrated->name, QStringLiteral("T11112222"));
        QCOMPARE(migrated->environment, ConnectionProfile::Environment::Custom);
        QCOMPARE(migrated->customBaseUrl, old.baseUrl);
        QCOMPARE(migrated->clientId, QStringLiteral("agent-client"));
        QCOMPARE(settings.profiles().size(), 1);
        QCOMPARE(settings.lastProfileId(), migrated->id);
        QVERIFY(!settings.hasConnection());
        QVERIFY(!settings.migrateConnectionToProfile()); // once
        QCOMPARE(settings.profiles().size(), 1);
    }

    void unreadableEntries_areSkipped()
    {
        QTemporaryDir directory;
        Settings::ConsoleSettings settings(directory.filePath(QStringLiteral("settings.ini")));
        settings.setValue(Settings::ConsoleSettings::Key::ConnectionProfiles,
            QByteArray(R"([{"id":"nonsense"},{"id":"6f1c1c9e-4a7b-4c53-9c1e-0c4b8c8f1a11","name":"Ok",)"
                       R"("environment":"dintero","account_id":"T12345678","credential_kind":"api_key"}])"));
        const QList<ConnectionProfile> read = settings.profiles();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.at(0).name, QStringLiteral("Ok"));
    }
};

QTEST_GUILESS_MAIN(ConnectionProfileTest)
#include "connectionprofile_test.moc"
