#include "api/sessionclient.h"
#include "connection/connectionsdialog.h"
#include "connection/connectionservice.h"
#include "connection/environmentstrip.h"
#include "connection/profiledialog.h"
#include "connection/welcomeview.h"
#include "consoleapp.h"
#include "mainwindow.h"
#include "models/sessiontablemodel.h"
#include "sandboxfixture.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionsview.h"
#include "settings/consolesettings.h"
#include "windowlookup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Dintero;
namespace DUi = Dintero::Ui;
using Settings::ConnectionProfile;
using Testing::SandboxFixture;

// Connection profiles in the window: the first-run welcome, the profile dialog and its
// Test Connection, the Connections dialog, switching from the toolbar, the production
// strip and what a read-only credential is offered. Against sandboxes over loopback
// HTTP. With PROFILE_SCREENSHOTS=DIR it also writes the welcome view, the Connections
// dialog and the production strip there as PNG files, for a person to look at.
class ProfilesTest : public QObject
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

    static DUi::ConsoleOptions optionsIn(const QTemporaryDir &directory)
    {
        DUi::ConsoleOptions options;
        options.settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        options.sandbox.sessionCount = 60;
        return options;
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable("PROFILE_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        QVERIFY(widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png"))));
    }

    static DUi::ProfileDialog *newProfileDialog(QNetworkAccessManager *network, const QUrl &sandboxUrl = {})
    {
        auto *dialog
            = new DUi::ProfileDialog(ConnectionProfile::create(QString()), false, network, sandboxUrl, nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }

    static QLineEdit *field(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QLatin1String(name));
    }

    static void fillSandbox(
        QWidget *dialog, const SandboxFixture &sandbox, const QString &clientId, const QString &secret)
    {
        auto *environment = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
        environment->setCurrentIndex(environment->findText(QStringLiteral("Custom base URL")));
        field(dialog, "nameEdit")->setText(QStringLiteral("Sandbox"));
        field(dialog, "baseUrlEdit")->setText(sandbox.baseUrl().toString());
        field(dialog, "accountIdEdit")->setText(QStringLiteral("T12345678"));
        field(dialog, "clientIdEdit")->setText(clientId);
        field(dialog, "secretEdit")->setText(secret);
    }

    static QString testConnection(DUi::ProfileDialog *dialog)
    {
        QPushButton *button = dialog->testButton();
        if (!button->isEnabled())
            return QStringLiteral("<Test Connection disabled>");
        QSignalSpy finished(dialog, &DUi::ProfileDialog::checkFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        if (!finished.wait(20000))
            return QStringLiteral("<no result>");
        return dialog->findChild<QLabel *>(QStringLiteral("testResultLabel"))->text();
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("dintero-console-tests"));
    }

    void firstRun_welcome_tryTheDemo_showsRows()
    {
        QTemporaryDir directory;
        DUi::ConsoleApp console(optionsIn(directory));
        console.start();
        DUi::MainWindow *window = console.mainWindow();
        window->resize(1100, 700);
        DUi::WelcomeView *welcome = window->welcomeView();
        QVERIFY(welcome->isVisible());
        QVERIFY(!Testing::sessionsViewOf(window)->isVisible());
        QCOMPARE(welcome->tryDemoButton()->text(), QStringLiteral("Try the Demo"));
        QCOMPARE(welcome->connectButton()->text(), QStringLiteral("Connect to Dintero\u2026"));
        screenshot(window, QStringLiteral("welcome"));

        QTest::mouseClick(welcome->tryDemoButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(window)->rowCount() > 0, 20000);
        QVERIFY(!welcome->isVisible());
        QVERIFY(Testing::sessionsViewOf(window)->isVisible());
        // The demo is a profile like any other, in the combo box, and it is TEST.
        auto *combo = window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentText(), QStringLiteral("Demo sandbox (TEST)"));
        QVERIFY(window->environmentStrip()->isVisible());
        QVERIFY(window->environmentStrip()->text().startsWith(QStringLiteral("TEST")));
        QVERIFY2(window->windowTitle().contains(QStringLiteral("Demo sandbox (T12345678) \u2014 TEST")),
            qPrintable(window->windowTitle()));
    }

    void profileDialog_validatesAsTyped()
    {
        DUi::ProfileDialog *dialog = newProfileDialog(&m_network);
        QPushButton *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *validation = dialog->findChild<QLabel *>(QStringLiteral("validationLabel"));
        auto *environment = dialog->findChild<QLabel *>(QStringLiteral("environmentLabel"));
        QVERIFY(!save->isEnabled());
        QVERIFY(validation->text().contains(QStringLiteral("name")));
        QTest::keyClicks(field(dialog, "nameEdit"), QStringLiteral("Shop"));
        // Only T or P and digits get into the account id.
        QTest::keyClicks(field(dialog, "accountIdEdit"), QStringLiteral("X1"));
        QCOMPARE(field(dialog, "accountIdEdit")->text(), QString());
        QTest::keyClicks(field(dialog, "accountIdEdit"), QStringLiteral("P1234"));
        QVERIFY(validation->text().contains(QStringLiteral("8 digits")));
        QTest::keyClicks(field(dialog, "accountIdEdit"), QStringLiteral("5678"));
        // The label follows the prefix: a P account is production, whatever else is chosen.
        QVERIFY2(environment->text().startsWith(QStringLiteral("PRODUCTION")), qPrintable(environment->text()));
        QVERIFY(validation->text().contains(QStringLiteral("client id")));
        QTest::keyClicks(field(dialog, "clientIdEdit"), QStringLiteral("client"));
        QVERIFY(validation->text().contains(QStringLiteral("secret")));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(field(dialog, "secretEdit"), QStringLiteral("s3cret"));
        QVERIFY(save->isEnabled());
        QVERIFY(!validation->isVisible());
        QCOMPARE(dialog->profile().accountId, QStringLiteral("P12345678"));
        QVERIFY(dialog->profile().isProduction());
        dialog->close();
    }

    void profileDialog_testConnection()
    {
        SandboxFixture sandbox;
        DUi::ProfileDialog *dialog = newProfileDialog(&m_network);
        fillSandbox(dialog, sandbox, QStringLiteral("demo"), QStringLiteral("demo-secret"));
        QString result = testConnection(dialog);
        QVERIFY2(result.contains(QStringLiteral("Connected to account T12345678")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("admin:checkout")), qPrintable(result));

        field(dialog, "secretEdit")->setText(QStringLiteral("wrong"));
        result = testConnection(dialog);
        QVERIFY2(result.contains(QStringLiteral("401 from the token request")), qPrintable(result));

        field(dialog, "clientIdEdit")->setText(QStringLiteral("demo-readonly"));
        field(dialog, "secretEdit")->setText(QStringLiteral("demo-secret"));
        result = testConnection(dialog);
        QVERIFY2(result.contains(QStringLiteral("may only read")), qPrintable(result));

        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        field(dialog, "baseUrlEdit")->setText(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        result = testConnection(dialog);
        QVERIFY2(result.contains(QStringLiteral("Could not reach")), qPrintable(result));
        dialog->close();
    }

    void switchingProfiles_reloadsTheTable_andClosesTheOldAccountsWindows()
    {
        Sandbox::SandboxOptions small = SandboxFixture::smallOptions();
        SandboxFixture first(small);
        small.sessionCount = 30;
        small.seed = 7;
        SandboxFixture second(small);
        QTemporaryDir directory;
        const DUi::ConsoleOptions options = optionsIn(directory);
        {
            Settings::ConsoleSettings settings(options.settingsFile);
            const ConnectionProfile a = sandboxProfile(QStringLiteral("First shop"), first);
            const ConnectionProfile b = sandboxProfile(QStringLiteral("Second shop"), second);
            settings.setProfiles({ a, b });
            settings.setLastProfileId(a.id);
        }
        DUi::ConsoleApp console(options);
        console.start();
        DUi::MainWindow *window = console.mainWindow();
        // No keychain in this test: the first profile's secret is typed in again.
        const ConnectionProfile a = console.connections()->profiles().at(0);
        const ConnectionProfile b = console.connections()->profiles().at(1);
        console.connections()->saveProfile(a, QStringLiteral("demo-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(window)->rowCount() > 0, 20000);
        Testing::sessionsViewOf(window)->selectRow(0);
        Testing::sessionActionsOf(window)->openDetailsAction()->trigger();
        QTRY_VERIFY(window->findChild<QWidget *>(QStringLiteral("sessionDetailsWindow")));
        QPointer<QWidget> details = window->findChild<QWidget *>(QStringLiteral("sessionDetailsWindow"));

        const int firstLists = first.operationCount(QStringLiteral("list_sessions"));
        auto *combo = window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        QCOMPARE(combo->count(), 2);
        // The second profile's secret, typed in as well; then chosen from the toolbar.
        console.connections()->saveProfile(b, QStringLiteral("demo-secret"));
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        QTRY_COMPARE_WITH_TIMEOUT(console.connections()->currentProfile()->id, b.id, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(console.client() && console.client()->settings().baseUrl == second.baseUrl(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            Testing::sessionModelOf(window)->rowCount() > 0 && !Testing::sessionModelOf(window)->isLoading(), 20000);
        QVERIFY(second.operationCount(QStringLiteral("list_sessions")) >= 1);
        QTRY_VERIFY(details.isNull()); // the old account's details window closed
        QVERIFY(window->windowTitle().contains(QStringLiteral("Second shop")));
        QVERIFY(window->environmentStrip()->text().contains(QStringLiteral("Second shop")));
        // Refreshing now asks the second account only.
        window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QTest::qWait(500);
        QCOMPARE(first.operationCount(QStringLiteral("list_sessions")), firstLists);
        const QJsonObject before = first.stats();
        QTest::qWait(300);
        QCOMPARE(first.stats().value(QStringLiteral("total")).toInt(), before.value(QStringLiteral("total")).toInt());
    }

    void readOnlyClient_disablesWrites_withTheReason()
    {
        SandboxFixture sandbox;
        QTemporaryDir directory;
        DUi::ConsoleApp console(optionsIn(directory));
        console.start();
        DUi::MainWindow *window = console.mainWindow();
        QAction extra(QStringLiteral("New Payment Link\u2026"));
        extra.setToolTip(QStringLiteral("Make a payment link"));
        DUi::SessionActions *actions = Testing::sessionActionsOf(window);
        actions->addWriteAction(&extra);
        QVERIFY(extra.isEnabled());
        console.connections()->saveProfile(
            sandboxProfile(QStringLiteral("Read only"), sandbox, SandboxFixture::ReadOnlyClientId),
            QStringLiteral("demo-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(window)->rowCount() > 0, 20000);
        // The token's scope says read:checkout: no cancel, no other change.
        QTRY_VERIFY(!actions->isWriteAllowed());
        Testing::sessionsViewOf(window)->selectRow(0);
        QAction *cancel = actions->cancelSessionAction();
        QVERIFY(!cancel->isEnabled());
        QVERIFY2(cancel->toolTip().contains(QStringLiteral("read:checkout")), qPrintable(cancel->toolTip()));
        QVERIFY(!extra.isEnabled());
        QCOMPARE(extra.toolTip(), cancel->toolTip());
        QCOMPARE(extra.statusTip(), cancel->toolTip());
    }

    void connectionsDialog_duplicate_remove_andTheProductionStrip()
    {
        SandboxFixture sandbox;
        QTemporaryDir directory;
        DUi::ConsoleApp console(optionsIn(directory));
        console.start();
        DUi::MainWindow *window = console.mainWindow();
        window->resize(1100, 700);
        ConnectionProfile production = sandboxProfile(QStringLiteral("Butikk AS"), sandbox);
        production.accountId = QStringLiteral("P12345678");
        console.connections()->saveProfile(production, QStringLiteral("demo-secret"));
        ConnectionProfile test = sandboxProfile(QStringLiteral("Butikk AS test"), sandbox);
        test.colour = QStringLiteral("#1565c0");
        console.connections()->saveProfile(test, QStringLiteral("demo-secret"));

        // Production: the strip says so in words and with an icon, and so does the title.
        DUi::EnvironmentStrip *strip = window->environmentStrip();
        QTRY_VERIFY(strip->isVisible());
        QVERIFY(strip->isProduction());
        QVERIFY2(strip->text().startsWith(QStringLiteral("PRODUCTION \u2014 Butikk AS (P12345678)")),
            qPrintable(strip->text()));
        QVERIFY(window->windowTitle().contains(QStringLiteral("PRODUCTION")));
        QTest::qWait(300);
        screenshot(window, QStringLiteral("production-strip"));

        window->findChild<QAction *>(QStringLiteral("actionConnection"))->trigger();
        auto *dialog = window->findChild<DUi::ConnectionsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("profileList"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("PRODUCTION")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("TEST")));
        screenshot(dialog, QStringLiteral("connections-dialog"));

        dialog->select(test.id);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("duplicateProfileButton")), Qt::LeftButton);
        QCOMPARE(list->count(), 3);
        QCOMPARE(console.connections()->profiles().at(2).name, QStringLiteral("Butikk AS test (copy)"));
        QCOMPARE(window->findChild<QComboBox *>(QStringLiteral("profileCombo"))->count(), 3);

        // Removing the current profile: no client, and the welcome view is back only when
        // none is left.
        // It asks first, and keeping is the default.
        dialog->select(production.id);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeProfileButton")), Qt::LeftButton);
        auto *confirmation = dialog->findChild<QMessageBox *>(QStringLiteral("removeProfileConfirmation"));
        QVERIFY(confirmation);
        QTRY_VERIFY(confirmation->isVisible());
        QVERIFY(confirmation->text().contains(production.accountId));
        auto *keep = confirmation->findChild<QPushButton *>(QStringLiteral("keepProfileButton"));
        QCOMPARE(confirmation->defaultButton(), keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QCOMPARE(list->count(), 3);
        QVERIFY(console.connections()->profile(production.id));
        QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("removeProfileConfirmation")));

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeProfileButton")), Qt::LeftButton);
        confirmation = dialog->findChild<QMessageBox *>(QStringLiteral("removeProfileConfirmation"));
        QVERIFY(confirmation);
        QTest::mouseClick(
            confirmation->findChild<QPushButton *>(QStringLiteral("confirmRemoveProfileButton")), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QVERIFY(!console.connections()->profile(production.id));
        QVERIFY(!console.client());
        QVERIFY(!strip->isVisible());

        dialog->select(test.id);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectProfileButton")), Qt::LeftButton);
        QTRY_VERIFY(strip->isVisible());
        QVERIFY(!strip->isProduction());
        QVERIFY(strip->text().startsWith(QStringLiteral("TEST \u2014 Butikk AS test")));
    }
};

QTEST_MAIN(ProfilesTest)
#include "profiles_test.moc"
