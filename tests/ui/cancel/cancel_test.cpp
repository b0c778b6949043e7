// Cancelling from the window, as an agent does it: select rows, Session → Cancel
// Session…, read the confirmation, confirm; against `--demo`'s sandbox over real HTTP.
#include "api/sessionclient.h"
#include "cancel/canceldialog.h"
#include "cancel/cancelrun.h"
#include "clienttestsupport.h"
#include "consoleapp.h"
#include "core/translations.h"
#include "democonsole.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "models/itemdatarole.h"
#include "sandboxfixture.h"
#include "windowlookup.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Dintero;
using Dintero::Testing::child;
namespace DUi = Dintero::Ui;

class CancelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::DemoConsole> m_demo;
    DUi::MainWindow *m_window = nullptr;
    // Transaction status per loaded session id ("none" without a transaction).
    QHash<QString, QString> m_states;

    Models::SessionTableModel *model() const { return Testing::sessionModelOf(m_window); }

    QString transactionStatus(const QString &transactionId)
    {
        QString status;
        Api::TransactionReply *reply = m_demo->console().client()->getTransaction(transactionId);
        Testing::await<Api::TransactionReply>(reply, [&status](Api::TransactionReply *r) {
            if (!r->hasError())
                status = r->transaction().statusText;
        });
        return status;
    }

    // The first loaded, not yet cancelled sessions whose transaction is in `state`.
    QStringList sessionsIn(const QString &state, int count)
    {
        QStringList found;
        for (int row = 0; row < model()->rowCount() && found.size() < count; ++row) {
            const QModelIndex index = model()->index(row, 0);
            if (!index.data(Models::CanCancelRole).toBool())
                continue;
            const QString id = index.data(Models::SessionIdRole).toString();
            if (!m_states.contains(id)) {
                const QString transactionId = index.data(Models::TransactionIdRole).toString();
                m_states.insert(
                    id, transactionId.isEmpty() ? QStringLiteral("none") : transactionStatus(transactionId));
            }
            if (m_states.value(id) == state)
                found.append(id);
        }
        return found;
    }

    void select(const QStringList &ids)
    {
        DUi::SessionsView *view = Testing::sessionsViewOf(m_window);
        view->clearSelection();
        QItemSelection selection;
        for (const QString &id : ids) {
            const QModelIndex index
                = Testing::proxyModelOf(m_window)->mapFromSource(model()->index(model()->rowOfSession(id), 0));
            selection.select(index, index);
        }
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    DUi::CancelDialog *openCancelDialog()
    {
        QAction *cancel = Testing::sessionActionsOf(m_window)->cancelSessionAction();
        if (!cancel->isEnabled())
            return nullptr;
        cancel->trigger();
        auto *dialog = m_window->findChild<DUi::CancelDialog *>(QStringLiteral("cancelDialog"));
        if (dialog)
            (void)QTest::qWaitForWindowExposed(dialog);
        return dialog;
    }

    // With CANCEL_SCREENSHOTS=DIR, the dialog's steps are saved there for a person to look at.
    static void shoot(QWidget *widget, const QString &name)
    {
        Testing::DemoConsole::shoot("CANCEL_SCREENSHOTS", widget, name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = std::make_unique<Testing::DemoConsole>(200);
        m_window = m_demo->window();
        QVERIFY(m_demo->showsFirstRows());
        model()->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() == 200 && !model()->isLoading(), 15000);
    }

    void cleanupTestCase() { m_demo.reset(); }

    void authorized_isCancelledOnce_rowUpdated_andJournaled()
    {
        const QStringList ids = sessionsIn(QStringLiteral("AUTHORIZED"), 1);
        QCOMPARE(ids.size(), 1);
        const QString id = ids.first();
        select(ids);
        DUi::CancelDialog *dialog = openCancelDialog();
        QVERIFY(dialog);
        auto *keep = child<QPushButton>(dialog, "keepButton");
        auto *confirm = child<QPushButton>(dialog, "confirmButton");
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible(), 10000);
        // The re-read came first; nothing was sent yet, and the safe button has the focus.
        QCOMPARE(m_demo->operationCount(id, QStringLiteral("cancel_session")), 0);
        QCOMPARE(keep->text(), QStringLiteral("Keep Session"));
        QCOMPARE(confirm->text(), QStringLiteral("Cancel Session"));
        QTRY_VERIFY(keep->hasFocus());
        QVERIFY(keep->isDefault());
        const QString details = child<QLabel>(dialog, "detailsLabel")->text();
        QVERIFY2(details.contains(id), qPrintable(details));
        const QString consequence = child<QLabel>(dialog, "consequenceLabel")->text();
        QVERIFY2(consequence.contains(QStringLiteral("released")), qPrintable(consequence));
        // While it is open, the same session cannot be cancelled a second time.
        QVERIFY(!Testing::sessionActionsOf(m_window)->cancelSessionAction()->isEnabled());

        QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteEdit"), QStringLiteral("Customer asked by phone"));
        shoot(dialog, QStringLiteral("cancel-confirm"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "resultLabel")->isVisible(), 10000);
        QCOMPARE(child<QLabel>(dialog, "resultLabel")->text(), QStringLiteral("The session is cancelled."));
        shoot(dialog, QStringLiteral("cancel-done"));
        QCOMPARE(m_demo->operationCount(id, QStringLiteral("cancel_session")), 1);
        QCOMPARE(
            transactionStatus(model()->index(model()->rowOfSession(id), 0).data(Models::TransactionIdRole).toString()),
            QStringLiteral("AUTHORIZATION_VOIDED"));
        // The row changed in place, without a reload.
        QVERIFY(!model()->index(model()->rowOfSession(id), 0).data(Models::CanCancelRole).toBool());
        QCOMPARE(model()->rowCount(), 200);

        const QList<Journal::JournalEntry> entries = m_demo->journal();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().sessionId, id);
        QCOMPARE(entries.first().result, Journal::Outcome::Done);
        QCOMPARE(entries.first().note, QStringLiteral("Customer asked by phone"));
        QCOMPARE(entries.first().accountId, QStringLiteral("T12345678"));
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<DUi::CancelDialog *>());
    }

    // The action reads the selected session's transaction and refuses before any dialog.
    void captured_isRefusedByTheAction_withItsReason()
    {
        const QStringList ids = sessionsIn(QStringLiteral("CAPTURED"), 1);
        QCOMPARE(ids.size(), 1);
        select(ids);
        QAction *cancel = Testing::sessionActionsOf(m_window)->cancelSessionAction();
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isEnabled(), 10000);
        QCOMPARE(cancel->toolTip(), QStringLiteral("Captured: the money is taken; refund it instead."));
        QCOMPARE(cancel->statusTip(), cancel->toolTip());
        cancel->trigger();
        QVERIFY(!m_window->findChild<DUi::CancelDialog *>());
    }

    // Had it become captured after the table was read, the dialog's re-read says so.
    void captured_dialogSaysWhy_andOffersOnlyClose()
    {
        const QStringList ids = sessionsIn(QStringLiteral("CAPTURED"), 1);
        Cancel::CancelRun run(m_demo->console().client(), ids, {});
        DUi::CancelDialog dialog(&run, false, m_window);
        dialog.show();
        run.preflight();
        auto *close = child<QPushButton>(&dialog, "closeButton");
        QTRY_VERIFY_WITH_TIMEOUT(close->isVisible(), 10000);
        QVERIFY(!child<QPushButton>(&dialog, "confirmButton")->isVisible());
        const QString reason = child<QLabel>(&dialog, "consequenceLabel")->text();
        QVERIFY2(reason.contains(QStringLiteral("refund it instead")), qPrintable(reason));
        shoot(&dialog, QStringLiteral("cancel-refused"));
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(m_demo->operationCount(ids.first(), QStringLiteral("cancel_session")), 0);
    }

    void keepSession_sendsNothing()
    {
        const QStringList ids = sessionsIn(QStringLiteral("none"), 1);
        select(ids);
        DUi::CancelDialog *dialog = openCancelDialog();
        QVERIFY(dialog);
        auto *keep = child<QPushButton>(dialog, "keepButton");
        QTRY_VERIFY_WITH_TIMEOUT(keep->isVisible(), 10000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<DUi::CancelDialog *>());
        QCOMPARE(m_demo->operationCount(ids.first(), QStringLiteral("cancel_session")), 0);
        // The action is offered again once the dialog is gone.
        QTRY_VERIFY(Testing::sessionActionsOf(m_window)->cancelSessionAction()->isEnabled());
    }

    void bulk_cancelsOneAtATime_andListsEveryResult()
    {
        const QStringList open = sessionsIn(QStringLiteral("none"), 3);
        QCOMPARE(open.size(), 3);
        const int journalBefore = int(m_demo->journal().size());
        select(open);
        DUi::CancelDialog *dialog = openCancelDialog();
        QVERIFY(dialog);
        auto *confirm = child<QPushButton>(dialog, "confirmButton");
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible(), 10000);
        QCOMPARE(confirm->text(), QStringLiteral("Cancel 3 Sessions"));
        QVERIFY2(child<QLabel>(dialog, "summaryLabel")->text().startsWith(QStringLiteral("3 of 3")),
            qPrintable(child<QLabel>(dialog, "summaryLabel")->text()));
        shoot(dialog, QStringLiteral("cancel-bulk-confirm"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        auto *results = child<QTreeWidget>(dialog, "resultList");
        QTRY_VERIFY_WITH_TIMEOUT(results->isVisible() && results->topLevelItemCount() == 3, 15000);
        for (const QString &id : open)
            QCOMPARE(m_demo->operationCount(id, QStringLiteral("cancel_session")), 1);
        QCOMPARE(int(m_demo->journal().size()), journalBefore + 3);
        shoot(dialog, QStringLiteral("cancel-bulk-results"));
        QTest::mouseClick(child<QPushButton>(dialog, "copyResultsButton"), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        for (const QString &id : open)
            QVERIFY2(copied.contains(id + QStringLiteral(": cancelled")) || copied.contains(id + QStringLiteral(" (")),
                qPrintable(copied));
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    }

    // A production account (P…): the confirming button waits for the typed reference.
    void production_needsTheTypedMerchantReference()
    {
        const QStringList ids = sessionsIn(QStringLiteral("none"), 1);
        Cancel::CancelRun run(m_demo->console().client(), ids, {});
        DUi::CancelDialog dialog(&run, true, m_window);
        dialog.show();
        run.preflight();
        auto *confirm = child<QPushButton>(&dialog, "confirmButton");
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible(), 10000);
        QVERIFY(!confirm->isEnabled());
        const QString reference = run.candidates().constFirst().session->merchantReference();
        QVERIFY(!reference.isEmpty());
        auto *typed = child<QLineEdit>(&dialog, "typedConfirmation");
        QVERIFY(typed->isVisible());
        QTest::keyClicks(typed, reference.left(reference.size() - 1));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(typed, reference.right(1));
        shoot(&dialog, QStringLiteral("cancel-production"));
        QVERIFY(confirm->isEnabled());
        dialog.close();
        QCOMPARE(m_demo->operationCount(ids.first(), QStringLiteral("cancel_session")), 0);
    }
};

QTEST_MAIN(CancelTest)
#include "cancel_test.moc"
