#include "api/credentialstore.h"
#include "connection/connectiondialog.h"
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

    void savedConnection_secretInTheKeychainOnly_andUsedOnTheNextStart()
    {
        Testing::SandboxFixture sandbox;
        QTemporaryDir directory;
        DUi::ConsoleOptions options;
        options.settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        // The sandbox's secret, with a marker no other setting contains.
        const QString secret = QStringLiteral("demo-secret");

        {
            DUi::ConsoleApp console(options);
            console.start();
            DUi::MainWindow *window = console.mainWindow();
            QVERIFY(Testing::sessionsViewOf(window)->overlay()->isShowingState());
            // File → Connection…, filled in and saved as an agent would.
            window->findChild<QAction *>(QStringLiteral("actionConnection"))->trigger();
            auto *dialog = window->findChild<DUi::ConnectionDialog *>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            const auto field = [dialog](const char *name) {
                return dialog->findChild<QLineEdit *>(QLatin1String(name));
            };
            field("baseUrlEdit")->setText(sandbox.baseUrl().toString());
            field("accountIdEdit")->setText(QStringLiteral("T12345678"));
            field("clientIdEdit")->setText(QStringLiteral("demo"));
            field("secretEdit")->setText(secret);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(window)->rowCount() > 0, 15000);
            // Saving the secret is asynchronous: the keychain has it once a load finds it.
            Api::CredentialStore keychain(QStringLiteral("dintero-console"));
            QTRY_VERIFY_WITH_TIMEOUT(storedSecret(keychain) == secret, 15000);
        }
        QFile settings(options.settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray written = settings.readAll();
        QVERIFY(written.contains("T12345678"));
        QVERIFY2(!written.contains(secret.toUtf8()), written.constData());

        // The next start: the secret comes back from the keychain and the console connects.
        DUi::ConsoleApp console(options);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(console.mainWindow())->rowCount() > 0, 15000);
        QVERIFY(!Testing::sessionsViewOf(console.mainWindow())->overlay()->isShowingState());
    }
};

QTEST_MAIN(KeychainTest)
#include "keychain_test.moc"
