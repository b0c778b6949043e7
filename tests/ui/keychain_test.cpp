#include "api/credentialstore.h"
#include "connection/connectionsdialog.h"
#include "connection/connectionservice.h"
#include "connection/profiledialog.h"
#include "connection/welcomeview.h"
#include "consoleapp.h"
#include "mainwindow.h"
#include "models/sessiontablemodel.h"
#include "sandboxfixture.h"
#include "sessions/sessionsview.h"
#include "settings/consolesettings.h"
#include "widgets/stateoverlay.h"
#include "windowlookup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Dintero;
namespace DUi = Dintero::Ui;

// The secret's whole way through a real Secret Service (run by tests/support/with-keyring.sh
// in a private D-Bus session): the agent saves a connection, the secret goes to the
// keychain and nowhere else, and the next start reads it back and connects.
class KeychainTest : public QObject
{
    Q_OBJECT

private:
    static QString storedSecret(Api::CredentialStore &keychain)
    {
        Api::CredentialRequest *request
            = keychain.load(QStringLiteral("T12345678"), Api::CredentialStore::Secret::ClientSecret);
        QSignalSpy finished(request, &Api::CredentialRequest::finished);
        finished.wait(10000);
        return request->value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("dintero-console-tests"));
    }

    void credentialStore_roundTrip()
    {
        Api::CredentialStore store(
            QStringLiteral("dintero-console-test-") + QUuid::createUuid().toString(QUuid::Id128));
        const QString secret
            = QStringLiteral("s3cr3t-\u00e6\u00f8\u00e5-") + QUuid::createUuid().toString(QUuid::Id128);
        const auto wait = [](Api::CredentialRequest *request) {
            QSignalSpy finished(request, &Api::CredentialRequest::finished);
            if (!finished.wait(30000))
                qWarning("the keychain did not answer");
            return std::make_pair(request->status(), request->value());
        };
        QCOMPARE(
            wait(store.save(QStringLiteral("T12345678"), Api::CredentialStore::Secret::ClientSecret, secret)).first,
            Api::CredentialRequest::Status::Ok);
        const auto loaded = wait(store.load(QStringLiteral("T12345678"), Api::CredentialStore::Secret::ClientSecret));
        QCOMPARE(loaded.first, Api::CredentialRequest::Status::Ok);
        QCOMPARE(loaded.second, secret);
        QCOMPARE(wait(store.load(QStringLiteral("T87654321"), Api::CredentialStore::Secret::ClientSecret)).first,
            Api::CredentialRequest::Status::NotFound);
        QCOMPARE(wait(store.remove(QStringLiteral("T12345678"), Api::CredentialStore::Secret::ClientSecret)).first,
            Api::CredentialRequest::Status::Ok);
        QCOMPARE(wait(store.load(QStringLiteral("T12345678"), Api::CredentialStore::Secret::ClientSecret)).first,
            Api::CredentialRequest::Status::NotFound);
    }

    // Every file under the test's home (with-keyring.sh makes a throwaway one, with the
    // XDG directories in it) and the test's directory that contains `needle`.
    static QStringList filesContaining(const QStringList &roots, const QByteArray &needle)
    {
        QStringList found;
        for (const QString &root : roots) {
            QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                    found.append(file.fileName());
            }
        }
        return found;
    }

    static QString profileSecret(Api::CredentialStore &keychain, const QUuid &id)
    {
        Api::CredentialRequest *request = keychain.loadProfileSecret(id);
        QSignalSpy finished(request, &Api::CredentialRequest::finished);
        finished.wait(10000);
        return request->value();
    }

    // File → Connections… → Add…, filled in and saved as an agent would.
    static void addProfile(DUi::MainWindow *window, const QString &name, const QUrl &baseUrl, const QString &clientId,
        const QString &secret)
    {
        window->findChild<QAction *>(QStringLiteral("actionConnection"))->trigger();
        auto *connections = window->findChild<DUi::ConnectionsDialog *>();
        QVERIFY(connections);
        DUi::ProfileDialog *dialog = connections->addProfile();
        QTRY_VERIFY(dialog->isVisible());
        const auto field = [dialog](const char *objectName) {
            return dialog->findChild<QLineEdit *>(QLatin1String(objectName));
        };
        auto *environment = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
        environment->setCurrentIndex(environment->findText(QStringLiteral("Custom base URL")));
        field("nameEdit")->setText(name);
        field("baseUrlEdit")->setText(baseUrl.toString());
        QTest::keyClicks(field("accountIdEdit"), QStringLiteral("T12345678"));
        field("clientIdEdit")->setText(clientId);
        field("secretEdit")->setText(secret);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        connections->close();
    }

    void twoProfilesOfOneAccount_keepTheirSecretsApart_inTheKeychainOnly()
    {
        Testing::SandboxFixture sandbox;
        QTemporaryDir directory;
        DUi::ConsoleOptions options;
        options.settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        // Unique markers: a file that contains one has the secret in it.
        const QString wrongSecret = QStringLiteral("marker-") + QUuid::createUuid().toString(QUuid::Id128);
        QUuid goodId;
        QUuid wrongId;
        {
            DUi::ConsoleApp console(options);
            console.start();
            DUi::MainWindow *window = console.mainWindow();
            // The first run: the welcome view.
            QTRY_VERIFY(window->welcomeView()->isVisible());
            addProfile(window, QStringLiteral("Shop test"), sandbox.baseUrl(), QStringLiteral("demo"),
                QStringLiteral("demo-secret"));
            QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(window)->rowCount() > 0, 15000);
            addProfile(window, QStringLiteral("Shop test, read only"), sandbox.baseUrl(),
                QStringLiteral("demo-readonly"), wrongSecret);
            const QList<Settings::ConnectionProfile> profiles = console.connections()->profiles();
            QCOMPARE(profiles.size(), 2);
            goodId = profiles.at(0).id;
            wrongId = profiles.at(1).id;
            Api::CredentialStore keychain(QStringLiteral("dintero-console"));
            QTRY_COMPARE_WITH_TIMEOUT(profileSecret(keychain, goodId), QStringLiteral("demo-secret"), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(profileSecret(keychain, wrongId), wrongSecret, 15000);
        }
        const QByteArray settings = [&] {
            QFile file(options.settingsFile);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(settings.contains("Shop test, read only"));
        QVERIFY2(!settings.contains("demo-secret"), settings.constData());
        const QStringList roots { QDir::homePath(), directory.path() };
        QCOMPARE(filesContaining(roots, wrongSecret.toUtf8()), QStringList());

        // The next start opens the last used profile with its own secret from the keychain.
        DUi::ConsoleApp console(options);
        console.start();
        QCOMPARE(console.connections()->currentProfile()->id, goodId);
        QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(console.mainWindow())->rowCount() > 0, 15000);

        // Removing a profile removes its secret, and only its.
        console.connections()->removeProfile(wrongId);
        Api::CredentialStore keychain(QStringLiteral("dintero-console"));
        QTRY_COMPARE_WITH_TIMEOUT(profileSecret(keychain, wrongId), QString(), 15000);
        QCOMPARE(profileSecret(keychain, goodId), QStringLiteral("demo-secret"));
    }

    // The single connection of earlier versions becomes a profile; its secret moves from
    // the account's key to the profile's.
    void oldConnection_becomesAProfile_withItsSecret()
    {
        Testing::SandboxFixture sandbox;
        QTemporaryDir directory;
        DUi::ConsoleOptions options;
        options.settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        {
            Settings::ConsoleSettings old(options.settingsFile);
            Api::ConnectionSettings connection;
            connection.baseUrl = sandbox.baseUrl();
            connection.accountId = QStringLiteral("T12345678");
            connection.clientId = QStringLiteral("demo");
            old.setConnection(connection);
        }
        Api::CredentialStore keychain(QStringLiteral("dintero-console"));
        Api::CredentialRequest *saved = keychain.save(
            QStringLiteral("T12345678"), Api::CredentialStore::Secret::ClientSecret, QStringLiteral("demo-secret"));
        QSignalSpy savedSpy(saved, &Api::CredentialRequest::finished);
        QVERIFY(savedSpy.wait(15000));

        DUi::ConsoleApp console(options);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(console.mainWindow())->rowCount() > 0, 15000);
        const std::optional<Settings::ConnectionProfile> profile = console.connections()->currentProfile();
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("T12345678"));
        QTRY_COMPARE_WITH_TIMEOUT(profileSecret(keychain, profile->id), QStringLiteral("demo-secret"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(storedSecret(keychain), QString(), 15000);
    }
};

QTEST_MAIN(KeychainTest)
#include "keychain_test.moc"
