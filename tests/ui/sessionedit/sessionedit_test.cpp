// New Session… and Edit Order… as an agent uses them, against `--demo`'s sandbox over
// real HTTP: invalid fields marked before anything is sent, create from a profile and
// with order lines (totals checked, publish statuses shown), the server's 400 at its
// field, update refused while unlocked and allowed without the lock, rows and details
// refreshed, journal lines written, each write sent once.
#include "api/sessionclient.h"
#include "consoleapp.h"
#include "core/translations.h"
#include "democonsole.h"
#include "details/sessiondetailswindow.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "models/itemdatarole.h"
#include "orders/orderlinesmodel.h"
#include "sandboxfixture.h"
#include "sessionedit/editorderdialog.h"
#include "sessionedit/newsessiondialog.h"
#include "windowlookup.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Dintero;
using Dintero::Testing::child;
using Orders::OrderField;
namespace DUi = Dintero::Ui;

class SessionEditTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::DemoConsole> m_demo;
    DUi::MainWindow *m_window = nullptr;
    QString m_advancedSessionId; // made by advancedCreate_..., edited later

    Models::SessionTableModel *model() const { return Testing::sessionModelOf(m_window); }

    // With SESSIONEDIT_SCREENSHOTS=DIR the dialogs are saved there for a person to look at.
    static void shoot(QWidget *widget, const QString &name)
    {
        Testing::DemoConsole::shoot("SESSIONEDIT_SCREENSHOTS", widget, name);
    }

    DUi::NewSessionDialog *openNewSession()
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window))
            return nullptr;
        QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        auto *dialog = m_window->findChild<DUi::NewSessionDialog *>(QStringLiteral("newSessionDialog"));
        if (dialog) {
            (void)QTest::qWaitForWindowExposed(dialog);
            dialog->activateWindow();
            (void)QTest::qWaitForWindowActive(dialog);
        }
        return dialog;
    }

    static void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
        // Leaving the field is what marks a missing value.
        QMetaObject::invokeMethod(widget, "editingFinished");
    }

    // A check box is toggled with the space bar, as a keyboard user does.
    static void toggle(QCheckBox *box)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }

    static void close(QDialog *dialog) { QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton); }

    // Types one line into the lines table through its editors, as a person does.
    static void typeLine(QTableView *view, const QString &description, const QString &quantity, const QString &price)
    {
        QTest::mouseClick(
            view->parentWidget()->findChild<QPushButton *>(QStringLiteral("addLineButton")), Qt::LeftButton);
        for (const QString &text : { description, quantity, price }) {
            QWidget *editor = view->indexWidget(view->currentIndex());
            QVERIFY(editor);
            if (auto *edit = qobject_cast<QLineEdit *>(editor))
                edit->selectAll();
            QTest::keyClicks(editor, text);
            QTest::keyClick(editor, Qt::Key_Tab);
        }
        if (QWidget *editor = view->indexWidget(view->currentIndex()))
            QTest::keyClick(editor, Qt::Key_Escape);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = std::make_unique<Testing::DemoConsole>(100);
        m_window = m_demo->window();
        QVERIFY(m_demo->showsFirstRows());
        QVERIFY(m_window->newSessionAction()->isEnabled());
    }

    void cleanupTestCase() { m_demo.reset(); }

    void invalidFields_areMarkedWithTheirReason_andNothingIsSent()
    {
        const int before = m_demo->operationCount(QStringLiteral("create_session_from_profile"));
        DUi::NewSessionDialog *dialog = openNewSession();
        QVERIFY(dialog);
        auto *create = child<QPushButton>(dialog, "createSessionButton");
        // An empty form is not red, but it cannot be sent.
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog->reasonShown(OrderField::MerchantReference).isEmpty());
        QCOMPARE(child<QComboBox>(dialog, "profileCombo")->currentText(), QStringLiteral("default"));
        QCOMPARE(child<QComboBox>(dialog, "currencyCombo")->currentText(), QStringLiteral("NOK"));

        typeInto(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("12.345"));
        typeInto(child<QLineEdit>(dialog, "customerEmailEdit"), QStringLiteral("kari.nordmann@"));
        typeInto(child<QLineEdit>(dialog, "customerPhoneEdit"), QStringLiteral("91234567"));
        typeInto(child<QLineEdit>(dialog, "returnUrlEdit"), QStringLiteral("shop.example/return"));
        auto *currency = child<QComboBox>(dialog, "currencyCombo");
        currency->lineEdit()->selectAll();
        QTest::keyClicks(currency->lineEdit(), QStringLiteral("kr"));
        auto *reference = child<QLineEdit>(dialog, "merchantReferenceEdit");
        typeInto(reference, QStringLiteral("x"));
        reference->clear();
        QMetaObject::invokeMethod(reference, "editingFinished");

        QVERIFY2(dialog->reasonShown(OrderField::Amount).contains(QStringLiteral("decimal")),
            qPrintable(dialog->reasonShown(OrderField::Amount)));
        QVERIFY(dialog->reasonShown(OrderField::CustomerEmail).contains(QStringLiteral("e-mail")));
        QVERIFY(dialog->reasonShown(OrderField::CustomerPhone).contains(QStringLiteral("+47")));
        QVERIFY(dialog->reasonShown(OrderField::ReturnUrl).contains(QStringLiteral("web address")));
        QVERIFY(dialog->reasonShown(OrderField::Currency).contains(QStringLiteral("ISO 4217")));
        QVERIFY(dialog->reasonShown(OrderField::MerchantReference).contains(QStringLiteral("merchant reference")));
        QCOMPARE(child<QLineEdit>(dialog, "customerPhoneEdit")->accessibleDescription(),
            dialog->reasonShown(OrderField::CustomerPhone));
        QVERIFY(!create->isEnabled());
        shoot(dialog, QStringLiteral("new-session-errors"));

        // SMS needs a phone number.
        child<QLineEdit>(dialog, "customerPhoneEdit")->clear();
        toggle(child<QCheckBox>(dialog, "sendSmsCheck"));
        QVERIFY(dialog->reasonShown(OrderField::Publish).contains(QStringLiteral("phone")));

        QTest::mouseClick(create, Qt::LeftButton);
        QTest::qWait(50);
        QCOMPARE(m_demo->operationCount(QStringLiteral("create_session_from_profile")), before);
        close(dialog);
        QTRY_VERIFY(!m_window->findChild<DUi::NewSessionDialog *>());
    }

    void fromProfile_isCreatedOnce_prepended_andJournaled()
    {
        const int before = m_demo->operationCount(QStringLiteral("create_session_from_profile"));
        const qsizetype journalBefore = m_demo->journal().size();
        DUi::NewSessionDialog *dialog = openNewSession();
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("129"));
        typeInto(child<QLineEdit>(dialog, "merchantReferenceEdit"), QStringLiteral("SO-Ærø-100477"));
        typeInto(child<QLineEdit>(dialog, "customerEmailEdit"), QStringLiteral("kari@example.no"));
        typeInto(child<QLineEdit>(dialog, "returnUrlEdit"), QStringLiteral("https://shop.example/return"));
        auto *create = child<QPushButton>(dialog, "createSessionButton");
        QCOMPARE(child<QComboBox>(dialog, "currencyCombo")->currentText(), QStringLiteral("NOK"));
        QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
        shoot(dialog, QStringLiteral("new-session-profile-filled"));
        // Two clicks in a row: the first sends, the button is disabled at once.
        QTest::mouseClick(create, Qt::LeftButton);
        QTest::mouseClick(create, Qt::LeftButton);
        auto *link = dialog->findChild<QLineEdit *>(QStringLiteral("linkEdit"));
        QTRY_VERIFY_WITH_TIMEOUT((link = dialog->findChild<QLineEdit *>(QStringLiteral("linkEdit"))), 10000);
        QTRY_VERIFY(link->isVisible());
        QCOMPARE(link->accessibleName(), QStringLiteral("Link"));
        QVERIFY(link->isReadOnly());
        const QString id = child<QLineEdit>(dialog, "sessionIdField")->text();
        QVERIFY(id.startsWith(QStringLiteral("T12345678.")));
        QVERIFY(link->text().endsWith(QStringLiteral("/v1/view/") + id));
        QVERIFY(child<QPushButton>(dialog, "copyLinkButton")->isVisible());
        QCOMPARE(child<QPushButton>(dialog, "openInBrowserButton")->text(), QStringLiteral("Open in Browser"));
        QTest::mouseClick(child<QPushButton>(dialog, "copyLinkButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), link->text());
        shoot(dialog, QStringLiteral("new-session-created"));
        QCOMPARE(m_demo->operationCount(QStringLiteral("create_session_from_profile")), before + 1);

        // On top of the table, without a reload.
        QCOMPARE(model()->index(0, 0).data(Models::SessionIdRole).toString(), id);
        QCOMPARE(model()->index(0, Models::SessionTableModel::MerchantReferenceColumn).data().toString(),
            QStringLiteral("SO-Ærø-100477"));
        const QList<Journal::JournalEntry> entries = m_demo->journal();
        QCOMPARE(entries.size(), journalBefore + 1);
        QCOMPARE(entries.last().operation, Journal::Operation::CreateSessionFromProfile);
        QCOMPARE(entries.last().sessionId, id);
        QCOMPARE(entries.last().result, Journal::Outcome::Done);
        QCOMPARE(entries.last().amount, (Core::Money { 12900, QStringLiteral("NOK") }));
        close(dialog);
        QTRY_VERIFY(!m_window->findChild<DUi::NewSessionDialog *>());
    }

    void unknownProfile_serversRefusalIsShownAtTheProfile()
    {
        DUi::NewSessionDialog *dialog = openNewSession();
        QVERIFY(dialog);
        auto *profile = child<QComboBox>(dialog, "profileCombo");
        profile->lineEdit()->selectAll();
        QTest::keyClicks(profile->lineEdit(), QStringLiteral("retail-no"));
        typeInto(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("50"));
        typeInto(child<QLineEdit>(dialog, "merchantReferenceEdit"), QStringLiteral("SO-5"));
        typeInto(child<QLineEdit>(dialog, "returnUrlEdit"), QStringLiteral("https://shop.example/return"));
        const int before = m_demo->operationCount(QStringLiteral("create_session_from_profile"));
        QTest::mouseClick(child<QPushButton>(dialog, "createSessionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->reasonShown(OrderField::ProfileId).isEmpty(), 10000);
        QVERIFY2(dialog->reasonShown(OrderField::ProfileId).contains(QStringLiteral("default")),
            qPrintable(dialog->reasonShown(OrderField::ProfileId)));
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("400")));
        QCOMPARE(m_demo->operationCount(QStringLiteral("create_session_from_profile")), before + 1);
        QCOMPARE(m_demo->journal().last().result, Journal::Outcome::Refused);
        shoot(dialog, QStringLiteral("new-session-server-400"));
        // Editing the field clears the server's reason; the form can be sent again.
        profile->lineEdit()->selectAll();
        QTest::keyClicks(profile->lineEdit(), QStringLiteral("default"));
        QVERIFY(dialog->reasonShown(OrderField::ProfileId).isEmpty());
        QVERIFY(child<QPushButton>(dialog, "createSessionButton")->isEnabled());
        close(dialog);
        QTRY_VERIFY(!m_window->findChild<DUi::NewSessionDialog *>());
    }

    void advanced_totalsMustMatch_thenCreated_withPublishStatus()
    {
        DUi::NewSessionDialog *dialog = openNewSession();
        QVERIFY(dialog);
        auto *advanced = child<QCheckBox>(dialog, "advancedCheck");
        advanced->setFocus();
        QTest::keyClick(advanced, Qt::Key_Space);
        QVERIFY(advanced->isChecked());
        QVERIFY(!child<QComboBox>(dialog, "profileCombo")->isVisible());
        auto *view = child<QTableView>(dialog, "orderLinesView");
        QVERIFY(view->isVisible());

        typeInto(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("300"));
        typeInto(child<QLineEdit>(dialog, "merchantReferenceEdit"), QStringLiteral("SO-2001"));
        typeInto(child<QLineEdit>(dialog, "customerPhoneEdit"), QStringLiteral("+4791234567"));
        typeInto(child<QLineEdit>(dialog, "returnUrlEdit"), QStringLiteral("https://shop.example/return"));
        typeInto(child<QLineEdit>(dialog, "storeEdit"), QStringLiteral("oslo-sentrum"));
        toggle(child<QCheckBox>(dialog, "sendSmsCheck"));
        typeLine(view, QStringLiteral("Wool socks"), QStringLiteral("2"), QStringLiteral("149"));
        const auto *lines = qobject_cast<Orders::OrderLinesModel *>(view->model());
        QCOMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->lines().first().description, QStringLiteral("Wool socks"));
        QCOMPARE(lines->lines().first().amount(), 29800);
        QCOMPARE(lines->index(0, Orders::OrderLinesModel::VatAmountColumn).data(Qt::EditRole).toLongLong(), 5960);

        // 298.00 of lines against an amount of 300.00: blocked before sending, and said where.
        auto *create = child<QPushButton>(dialog, "createSessionButton");
        QVERIFY(!create->isEnabled());
        QVERIFY2(dialog->reasonShown(OrderField::Items).contains(QStringLiteral("must be equal")),
            qPrintable(dialog->reasonShown(OrderField::Items)));
        QVERIFY(child<QLabel>(dialog, "totalsLabel")->text().contains(QStringLiteral("\u2260")));
        shoot(dialog, QStringLiteral("new-session-advanced-mismatch"));
        const int before = m_demo->operationCount(QStringLiteral("create_session"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(m_demo->operationCount(QStringLiteral("create_session")), before);

        // Shipping 2.00 makes it add up.
        typeInto(child<QLineEdit>(dialog, "shippingTitleEdit"), QStringLiteral("Posten"));
        typeInto(child<QLineEdit>(dialog, "shippingAmountEdit"), QStringLiteral("2"));
        QVERIFY(dialog->reasonShown(OrderField::Items).isEmpty());
        QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
        shoot(dialog, QStringLiteral("new-session-advanced-filled"));
        QTest::mouseClick(create, Qt::LeftButton);
        QLabel *status = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (status = dialog->findChild<QLabel *>(QStringLiteral("publishStatus_sent"))) && status->isVisible(), 10000);
        QVERIFY2(status->text().contains(QStringLiteral("on its way")), qPrintable(status->text()));
        shoot(dialog, QStringLiteral("new-session-advanced-created"));
        m_advancedSessionId = child<QLineEdit>(dialog, "sessionIdField")->text();
        QCOMPARE(m_demo->operationCount(QStringLiteral("create_session")), before + 1);
        QCOMPARE(model()->index(0, 0).data(Models::SessionIdRole).toString(), m_advancedSessionId);
        QCOMPARE(m_demo->journal().last().operation, Journal::Operation::CreateSession);
        close(dialog);
        QTRY_VERIFY(!m_window->findChild<DUi::NewSessionDialog *>());
    }

    void editOrder_refusedWhileUnlocked_thenWithoutLock_refreshesDetailsAndRow()
    {
        QVERIFY(!m_advancedSessionId.isEmpty());
        const QString id = m_advancedSessionId;
        Q_EMIT m_window->openSessionRequested(id);
        DUi::SessionDetailsWindow *details = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (details = m_window->findChild<DUi::SessionDetailsWindow *>()) && details->session(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(details));
        auto *editButton = child<QPushButton>(details, "editOrderButton");
        QTRY_VERIFY(editButton->isEnabled());
        details->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(details));
        QTest::keySequence(details, QKeySequence(Qt::CTRL | Qt::Key_E));
        auto *dialog = details->findChild<DUi::EditOrderDialog *>(QStringLiteral("editOrderDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(child<QLabel>(dialog, "lockRuleLabel")->text().contains(QStringLiteral("not locked")));
        QVERIFY(!child<QLabel>(dialog, "withoutLockWarning")->isVisible());

        // A mismatch is stopped before sending.
        auto *amount = child<QLineEdit>(dialog, "amountEdit");
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("999"));
        auto *send = child<QPushButton>(dialog, "updateOrderButton");
        QVERIFY(!send->isEnabled());
        QVERIFY(!dialog->reasonShown(OrderField::Items).isEmpty());
        shoot(dialog, QStringLiteral("edit-order-mismatch"));
        QTest::mouseClick(child<QPushButton>(dialog, "useTotalButton"), Qt::LeftButton);
        QCOMPARE(amount->text(), QStringLiteral("300.00"));

        auto *reference2 = child<QLineEdit>(dialog, "merchantReference2Edit");
        reference2->setFocus();
        QTest::keyClicks(reference2, QStringLiteral("ticket-77"));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "errorBanner")->isVisible(), 10000);
        QVERIFY2(child<QLabel>(dialog, "errorBanner")->text().contains(QStringLiteral("not locked")),
            qPrintable(child<QLabel>(dialog, "errorBanner")->text()));
        QCOMPARE(m_demo->operationCount(id, QStringLiteral("update_session")), 1);
        QCOMPARE(m_demo->journal().last().operation, Journal::Operation::UpdateSession);
        QCOMPARE(m_demo->journal().last().result, Journal::Outcome::Refused);
        shoot(dialog, QStringLiteral("edit-order-refused"));

        toggle(child<QCheckBox>(dialog, "withoutLockCheck"));
        QVERIFY(child<QLabel>(dialog, "withoutLockWarning")->isVisible());
        shoot(dialog, QStringLiteral("edit-order-without-lock"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!details->findChild<DUi::EditOrderDialog *>(), 10000);
        QCOMPARE(m_demo->operationCount(id, QStringLiteral("update_session")), 2);
        QCOMPARE(m_demo->journal().last().result, Journal::Outcome::Done);
        // The details and the row show the answer.
        QCOMPARE(details->session()->merchantReference2(), QStringLiteral("ticket-77"));
        const int row = model()->rowOfSession(id);
        QCOMPARE(model()->index(row, Models::SessionTableModel::MerchantReference2Column).data().toString(),
            QStringLiteral("ticket-77"));
        details->close();
        QTRY_VERIFY(!m_window->findChild<DUi::SessionDetailsWindow *>());
    }

    void editOrder_isNotOfferedForACancelledSession()
    {
        // Cancel the advanced session straight through the API, then open its details.
        const QString id = m_advancedSessionId;
        QUrl url = m_demo->console().client()->settings().baseUrl;
        const QByteArray token = [&] {
            QUrl tokenUrl = url;
            tokenUrl.setPath(QStringLiteral("/v1/accounts/T12345678/auth/token"));
            const Testing::HttpResult result = Testing::HttpClient().send("POST", tokenUrl,
                R"({"grant_type":"client_credentials","audience":"https://api.dintero.com/v1/accounts/T12345678"})",
                { { "Content-Type", "application/json" }, { "Authorization", "Basic ZGVtbzpkZW1vLXNlY3JldA==" } });
            return result.object().value(QStringLiteral("access_token")).toString().toUtf8();
        }();
        url.setPath(url.path() + QStringLiteral("/sessions/") + id + QStringLiteral("/cancel"));
        QCOMPARE(Testing::HttpClient().send("POST", url, {}, { { "Authorization", "Bearer " + token } }).status, 200);
        Q_EMIT m_window->openSessionRequested(id);
        DUi::SessionDetailsWindow *details = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((details = m_window->findChild<DUi::SessionDetailsWindow *>()) && details->session()
                && details->session()->cancelledAt().isValid(),
            10000);
        auto *editButton = child<QPushButton>(details, "editOrderButton");
        QVERIFY(!editButton->isEnabled());
        QVERIFY(editButton->toolTip().contains(QStringLiteral("cancelled")));
        details->close();
    }
};

QTEST_MAIN(SessionEditTest)
#include "sessionedit_test.moc"
