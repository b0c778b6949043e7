#include "connection/connectiondialog.h"
#include "windowlookup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Dintero;
using Dintero::Testing::child;
using Kind = Api::ConnectionSettings::CredentialKind;

// File → Connection…, driven as an agent would: typing, switching the kind of
// credential, and Save only for settings that can be used.
class ConnectionDialogTest : public QObject
{
    Q_OBJECT

private:
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static Api::ConnectionSettings stored()
    {
        Api::ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://checkout.dintero.com/v1"));
        settings.accountId = QStringLiteral("T12345678");
        settings.clientId = QStringLiteral("support-console");
        settings.clientSecret = QStringLiteral("stored-secret");
        return settings;
    }

    struct Form
    {
        explicit Form(const Api::ConnectionSettings &initial) : dialog(initial) { dialog.show(); }
        Dintero::Ui::ConnectionDialog dialog;
        QLineEdit *baseUrl = child<QLineEdit>(&dialog, "baseUrlEdit");
        QLineEdit *accountId = child<QLineEdit>(&dialog, "accountIdEdit");
        QComboBox *kind = child<QComboBox>(&dialog, "credentialKindCombo");
        QLineEdit *clientId = child<QLineEdit>(&dialog, "clientIdEdit");
        QLineEdit *secret = child<QLineEdit>(&dialog, "secretEdit");
        QLabel *secretLabel = child<QLabel>(&dialog, "secretLabel");
        QLabel *environment = child<QLabel>(&dialog, "environmentLabel");
        QLabel *problem = child<QLabel>(&dialog, "validationLabel");
        QPushButton *save = child<QPushButton>(&dialog, "saveButton");
    };

private Q_SLOTS:
    // The stored settings are shown, the stored secret never is: Save waits for it.
    void opens_withTheStoredSettings_butNotTheSecret()
    {
        Form form(stored());
        QCOMPARE(form.baseUrl->text(), QStringLiteral("https://checkout.dintero.com/v1"));
        QCOMPARE(form.accountId->text(), QStringLiteral("T12345678"));
        QCOMPARE(form.clientId->text(), QStringLiteral("support-console"));
        QVERIFY(form.secret->text().isEmpty());
        QCOMPARE(form.secret->echoMode(), QLineEdit::Password);
        QVERIFY(!form.save->isEnabled());
        QCOMPARE(form.problem->text(), QStringLiteral("Enter the client secret."));
        QVERIFY(form.environment->text().contains(QStringLiteral("Test account")));

        retype(form.secret, QStringLiteral("s3cret with spaces "));
        QVERIFY(form.save->isEnabled());
        QVERIFY(!form.problem->isVisible());
        const Api::ConnectionSettings typed = form.dialog.connection();
        // A client secret is taken as typed; ids and addresses are trimmed.
        QCOMPARE(typed.clientSecret, QStringLiteral("s3cret with spaces "));
        QCOMPARE(typed.clientId, QStringLiteral("support-console"));
    }

    void save_isRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("accountId");
        QTest::addColumn<QString>("reason");
        const QString https = QStringLiteral("https://checkout.dintero.com/v1");
        QTest::newRow("short account id") << https << QStringLiteral("T1234") << QStringLiteral("account id");
        QTest::newRow("account id letter") << https << QStringLiteral("X12345678") << QStringLiteral("account id");
        QTest::newRow("not a URL") << QStringLiteral("checkout dintero") << QStringLiteral("T12345678")
                                   << QStringLiteral("not a valid URL");
        QTest::newRow("plain http elsewhere") << QStringLiteral("http://checkout.dintero.com/v1")
                                              << QStringLiteral("T12345678") << QStringLiteral("https");
        QTest::newRow("password in the URL") << QStringLiteral("https://agent:pw@checkout.dintero.com/v1")
                                             << QStringLiteral("T12345678") << QStringLiteral("user name");
    }

    void save_isRefusedWithTheReason()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, accountId);
        QFETCH(QString, reason);
        Form form(stored());
        retype(form.secret, QStringLiteral("secret"));
        QVERIFY(form.save->isEnabled());
        retype(form.baseUrl, baseUrl);
        retype(form.accountId, accountId);
        QVERIFY(!form.save->isEnabled());
        QVERIFY(form.problem->isVisible());
        QVERIFY2(form.problem->text().contains(reason), qPrintable(form.problem->text()));
        // Enter does not save what cannot be used.
        QSignalSpy accepted(&form.dialog, &QDialog::accepted);
        QTest::keyClick(form.accountId, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(form.dialog.isVisible());
    }

    // Plain http is for this computer only (the sandbox).
    void loopbackHttp_isAccepted()
    {
        Form form(stored());
        retype(form.baseUrl, QStringLiteral("http://127.0.0.1:8080/v1"));
        retype(form.secret, QStringLiteral("demo-secret"));
        QVERIFY(form.save->isEnabled());
        QCOMPARE(form.dialog.connection().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
    }

    // Another kind of credential: no client id, another label, and the secret typed for
    // the old kind is not carried over.
    void credentialKind_switchesTheForm()
    {
        Form form(stored());
        retype(form.secret, QStringLiteral("client-secret"));
        form.kind->setCurrentIndex(int(Kind::ApiKey));
        QVERIFY(!form.clientId->isVisible());
        QVERIFY(form.secretLabel->text().contains(QStringLiteral("API")));
        QVERIFY(form.secret->text().isEmpty());
        QVERIFY(!form.save->isEnabled());
        QCOMPARE(form.problem->text(), QStringLiteral("Enter the API key."));
        retype(form.secret, QStringLiteral("  key-123  "));
        QVERIFY(form.save->isEnabled());
        const Api::ConnectionSettings typed = form.dialog.connection();
        QCOMPARE(typed.credentialKind, Kind::ApiKey);
        QCOMPARE(typed.apiKey, QStringLiteral("key-123"));
        QVERIFY(typed.clientSecret.isEmpty());

        form.kind->setCurrentIndex(int(Kind::BearerToken));
        QCOMPARE(form.problem->text(), QStringLiteral("Paste an access token."));
        form.kind->setCurrentIndex(int(Kind::ClientCredentials));
        QVERIFY(form.clientId->isVisible());
    }

    // A production account says so before anything is saved.
    void productionAccount_isPointedOut()
    {
        Form form(stored());
        retype(form.accountId, QStringLiteral("P12345678"));
        QVERIFY(form.environment->text().contains(QStringLiteral("Production")));
        retype(form.accountId, QStringLiteral("T12345678"));
        QVERIFY(!form.environment->text().contains(QStringLiteral("Production")));
    }

    void enterSaves_escapeCancels()
    {
        {
            Form form(stored());
            retype(form.secret, QStringLiteral("secret"));
            QSignalSpy accepted(&form.dialog, &QDialog::accepted);
            QTest::keyClick(form.secret, Qt::Key_Return);
            QCOMPARE(accepted.count(), 1);
        }
        {
            Form form(stored());
            QSignalSpy rejected(&form.dialog, &QDialog::rejected);
            QTest::keyClick(form.accountId, Qt::Key_Escape);
            QCOMPARE(rejected.count(), 1);
        }
    }
};

QTEST_MAIN(ConnectionDialogTest)
#include "connectiondialog_test.moc"
