#include "core/sessioncsv.h"
#include "filters/filterpanel.h"
#include "models/itemdatarole.h"
#include "sandboxtestsupport.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionsview.h"
#include "uitesthelpers.h"
#include "widgets/lineedit.h"
#include "widgets/stateoverlay.h"
#include "windowlookup.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Dintero;
using Dintero::Testing::child;
namespace DUi = Dintero::Ui;
using Models::SessionTableModel;
using Testing::WindowHarness;

namespace {

constexpr int Timeout = 15000;

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    static DUi::LineEdit *edit(WindowHarness &h, const char *name)
    {
        return child<DUi::LineEdit>(h.window.get(), name);
    }
    static DUi::StateOverlay *overlay(WindowHarness &h) { return h.view()->overlay(); }

    // Types like an agent and waits for the pause that sends it.
    static void type(DUi::LineEdit *lineEdit, const QString &text)
    {
        lineEdit->setFocus();
        lineEdit->selectAll();
        QTest::keyClicks(lineEdit, text);
    }

    static bool startAndWait(WindowHarness &h)
    {
        h.window->show();
        if (!QTest::qWaitForWindowExposed(h.window.get()))
            return false;
        h.connect();
        return QTest::qWaitFor([&h] { return h.idle() && h.shown() > 0; }, Timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("dintero-console-tests"));
        // Qt's own file dialog, the same on every platform, so that a test can fill it in.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void connect_showsTheFirstPage()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        QCOMPARE(h.model()->rowCount(), 100);
        QCOMPARE(h.shown(), 100);
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn), h.apiIds({}));
        QVERIFY(!overlay(h)->isShowingState());
        const QString rows = child<QLabel>(h.window.get(), "rowsLabel")->text();
        QVERIFY2(rows.contains(QStringLiteral("100")) && rows.contains(QStringLiteral("more")), qPrintable(rows));
        const QString account = child<QLabel>(h.window.get(), "accountLabel")->text();
        QVERIFY2(account.contains(QStringLiteral("T12345678")) && account.contains(QStringLiteral("Test")),
            qPrintable(account));
        QVERIFY(!child<QLabel>(h.window.get(), "refreshLabel")->text().isEmpty());
        QVERIFY(h.window->windowTitle().contains(QStringLiteral("T12345678")));
    }

    // At 1280x800 every default column is on screen: the session id is not cut off by the
    // window's edge, and no horizontal scrolling is needed.
    void defaultColumns_fitA1280PixelWindow()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        DUi::SessionsView *view = h.view();
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(!header->isSectionHidden(SessionTableModel::SessionIdColumn));
        QVERIFY2(header->length() <= view->viewport()->width(),
            qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(view->viewport()->width())));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        // Each text column still has room for its title.
        for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
            if (!header->isSectionHidden(column)) {
                QVERIFY(header->sectionSize(column)
                    >= header->fontMetrics().horizontalAdvance(SessionTableModel::columnTitle(column)));
            }
        }
    }

    void noConnection_saysWhatToDo()
    {
        WindowHarness h;
        h.window->show();
        h.window->setClient(nullptr);
        QVERIFY(overlay(h)->isShowingState());
        QCOMPARE(overlay(h)->titleText(), QStringLiteral("No connection set up"));
        QVERIFY(overlay(h)->bodyText().contains(QStringLiteral("--demo")));
        QCOMPARE(h.shown(), 0);

        // The window asks for the connection dialog; the application opens it
        // (consoleapp_test, keychain_test).
        QSignalSpy requested(h.window.get(), &DUi::MainWindow::connectionDialogRequested);
        QTest::mouseClick(child<QPushButton>(h.window.get(), "stateOverlayButton"), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        h.window->findChild<QAction *>(QStringLiteral("actionConnection"))->trigger();
        QCOMPARE(requested.count(), 2);
        QVERIFY(!h.window->findChild<QDialog *>());
    }

    void search_matchesOneCustomer()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        const QString name = h.proxy()->index(3, SessionTableModel::CustomerNameColumn).data().toString();
        QVERIFY(!name.isEmpty());
        const int requestsBefore = h.fixture.operationCount(QStringLiteral("list_sessions"));

        type(edit(h, "searchEdit"), name);
        QTRY_COMPARE_WITH_TIMEOUT(h.model()->filter().search(), name, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        // One request for the whole name: typing waited for the pause.
        QCOMPARE(h.fixture.operationCount(QStringLiteral("list_sessions")), requestsBefore + 1);
        const QStringList expected = h.apiIds(QStringLiteral("search=") + WindowHarness::encoded(name));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn), expected);
        for (const QString &shown : h.column(SessionTableModel::CustomerNameColumn))
            QCOMPARE(shown, name);
    }

    void search_byMerchantReference_findsExactlyOne()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        const QString reference = h.proxy()->index(10, SessionTableModel::MerchantReferenceColumn).data().toString();
        const QString id = h.proxy()->index(10, SessionTableModel::SessionIdColumn).data().toString();
        type(edit(h, "searchEdit"), reference);
        QTest::keyClick(edit(h, "searchEdit"), Qt::Key_Return); // Enter sends at once
        QCOMPARE(h.model()->filter().search(), reference);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn), QStringList { id });

        // Escape clears the search and shows everything again.
        QTest::keyClick(edit(h, "searchEdit"), Qt::Key_Escape);
        QVERIFY(edit(h, "searchEdit")->text().isEmpty());
        QVERIFY(h.model()->filter().search().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(h.shown(), 100, Timeout);
    }

    void datePreset_last7Days_usesTheInjectedClock()
    {
        // The sandbox's data and the window's presets share one fixed "now".
        const QDateTime now(QDate(2025, 3, 12), QTime(10, 0), Qt::UTC);
        Sandbox::SandboxOptions options = Testing::SandboxFixture::smallOptions();
        options.clock = [now] {
            return now;
        };
        WindowHarness h(options);
        h.window->setClock([now] { return now.toLocalTime(); });
        QVERIFY(startAndWait(h));

        h.window->findChild<QAction *>(QStringLiteral("preset_last_7_days"))->trigger();
        const Core::SessionFilter filter = h.model()->filter();
        // Local (Europe/Oslo, +01:00 in March) days, sent with their offset.
        QCOMPARE(
            Core::SessionFilter::formatTimestamp(filter.createdFrom()), QStringLiteral("2025-03-06T00:00:00+01:00"));
        QCOMPARE(
            Core::SessionFilter::formatTimestamp(filter.createdTo()), QStringLiteral("2025-03-12T23:59:59.999+01:00"));
        QCOMPARE(child<QToolButton>(h.window.get(), "presetButton")->text(), QStringLiteral("Last 7 days"));
        QCOMPARE(
            child<QDateTimeEdit>(h.window.get(), "fromEdit")->dateTime(), QDateTime(QDate(2025, 3, 6), QTime(0, 0)));
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);

        const QStringList expected
            = h.apiIds(QStringLiteral("created_at.gte=%1&created_at.lte=%2")
                           .arg(WindowHarness::encoded(QStringLiteral("2025-03-05T23:00:00Z")),
                               WindowHarness::encoded(QStringLiteral("2025-03-12T22:59:59.999Z"))));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn), expected);
        const QDateTime from(QDate(2025, 3, 5), QTime(23, 0), Qt::UTC);
        for (int row = 0; row < h.shown(); ++row)
            QVERIFY(
                h.proxy()->index(row, SessionTableModel::CreatedColumn).data(Models::SortRole).toDateTime() >= from);
    }

    void dateEditors_customRange()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        // A range around the 20th..11th newest sessions.
        const QDateTime newer
            = h.proxy()->index(10, SessionTableModel::CreatedColumn).data(Models::SortRole).toDateTime();
        const QDateTime older
            = h.proxy()->index(20, SessionTableModel::CreatedColumn).data(Models::SortRole).toDateTime();
        const QDateTime fromLocal = older.toLocalTime();
        const QDateTime toLocal = newer.toLocalTime();
        auto *from = child<QDateTimeEdit>(h.window.get(), "fromEdit");
        auto *to = child<QDateTimeEdit>(h.window.get(), "toEdit");
        from->setDateTime(QDateTime(fromLocal.date(), QTime(fromLocal.time().hour(), fromLocal.time().minute())));
        to->setDateTime(QDateTime(toLocal.date(), QTime(toLocal.time().hour(), toLocal.time().minute())));
        QTRY_VERIFY_WITH_TIMEOUT(h.model()->filter().createdTo().isValid(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.model()->filter().createdFrom().offsetFromUtc(), fromLocal.offsetFromUtc());
        const QStringList ids = h.column(SessionTableModel::SessionIdColumn);
        QVERIFY(ids.size() >= 11);
        for (int row = 0; row < h.shown(); ++row) {
            const QDateTime created = h.proxy()->index(row, 0).data(Models::SortRole).toDateTime();
            QVERIFY(created >= QDateTime(from->dateTime()).toUTC());
            QVERIFY(created < to->dateTime().addSecs(60).toUTC());
        }
    }

    void twoStoreIds_showBothStoresOnly()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        auto *stores = edit(h, "storesEdit");
        type(stores, QStringLiteral("oslo-sentrum, bergen-bryggen"));
        QTest::keyClick(stores, Qt::Key_Return);
        QCOMPARE(h.model()->filter().storeIds(),
            (QStringList { QStringLiteral("oslo-sentrum"), QStringLiteral("bergen-bryggen") }));
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        const QStringList shownStores = h.column(SessionTableModel::StoreColumn);
        QVERIFY(shownStores.contains(QStringLiteral("oslo-sentrum")));
        QVERIFY(shownStores.contains(QStringLiteral("bergen-bryggen")));
        QCOMPARE(
            shownStores.count(QStringLiteral("oslo-sentrum")) + shownStores.count(QStringLiteral("bergen-bryggen")),
            int(shownStores.size()));
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn),
            h.apiIds(QStringLiteral("store_id=oslo-sentrum&store_id=bergen-bryggen")));
        // The completer knows every store seen so far.
        QCOMPARE(child<DUi::FilterPanel>(h.window.get(), "filterPanel")->knownStoreIds().size(), 9);
    }

    void pastedSessionId_findsTheSession()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        const QString id = h.proxy()->index(42, SessionTableModel::SessionIdColumn).data().toString();
        QApplication::clipboard()->setText(id + QLatin1Char('\n'));
        auto *search = edit(h, "searchEdit");
        search->setFocus();
        QTest::keySequence(search, QKeySequence::Paste);
        QTRY_COMPARE_WITH_TIMEOUT(h.model()->filter().sessionIds(), QStringList { id }, Timeout);
        QVERIFY(h.model()->filter().search().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn), QStringList { id });
    }

    void pastedTransactionId_fallsBackToTheTransactionFilter()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        QString transaction;
        QString session;
        for (int row = 0; row < h.shown() && transaction.isEmpty(); ++row) {
            transaction = h.proxy()->index(row, 0).data(Models::TransactionIdRole).toString();
            session = h.proxy()->index(row, 0).data(Models::SessionIdRole).toString();
        }
        QVERIFY(!transaction.isEmpty());
        QApplication::clipboard()->setText(transaction);
        auto *search = edit(h, "searchEdit");
        search->setFocus();
        QTest::keySequence(search, QKeySequence::Paste);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(h.model()->filter().transactionIds(), QStringList { transaction }, Timeout);
        QVERIFY(h.model()->filter().sessionIds().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn), QStringList { session });
    }

    void pastedIdList_inTheSessionIdsField()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        QStringList ids;
        for (const int row : { 1, 7, 30 })
            ids.append(h.proxy()->index(row, SessionTableModel::SessionIdColumn).data().toString());
        QApplication::clipboard()->setText(ids.join(QLatin1String("\r\n")) + QLatin1String("\n"));
        auto *sessions = edit(h, "sessionIdsEdit");
        sessions->setFocus();
        QTest::keySequence(sessions, QKeySequence::Paste);
        QTest::keyClick(sessions, Qt::Key_Return);
        QCOMPARE(h.model()->filter().sessionIds(), ids);
        QCOMPARE(sessions->text(), ids.join(QLatin1String(", ")));
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn), ids);
    }

    void filterChangeMidLoad_theLatestWins()
    {
        Sandbox::SandboxOptions options = Testing::SandboxFixture::smallOptions();
        options.latencyMs = 400;
        WindowHarness h(options);
        QVERIFY(startAndWait(h));
        QStringList insertedStores;
        connect(h.model(), &QAbstractItemModel::rowsInserted, this,
            [&h, &insertedStores](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    insertedStores.append(h.model()->index(row, SessionTableModel::StoreColumn).data().toString());
            });
        auto *stores = edit(h, "storesEdit");
        type(stores, QStringLiteral("oslo-sentrum"));
        QTest::keyClick(stores, Qt::Key_Return);
        QVERIFY(h.model()->isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(overlay(h)->titleText(), QStringLiteral("Loading sessions\u2026"), Timeout);
        QCOMPARE(h.shown(), 0); // the old filter's rows are gone at once

        type(stores, QStringLiteral("bergen-bryggen"));
        QTest::keyClick(stores, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QVERIFY(h.shown() > 0);
        QCOMPARE(insertedStores.count(QStringLiteral("oslo-sentrum")), 0);
        QCOMPARE(h.column(SessionTableModel::StoreColumn).count(QStringLiteral("bergen-bryggen")), h.shown());
        QVERIFY(!overlay(h)->isShowingState());
    }

    void errorThenRetry_onTheFirstPage()
    {
        WindowHarness h;
        h.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(h.window.get()));
        // One more 500 than the client retries: the page fails for good.
        h.fixture.queueFault(
            QStringLiteral("500"), h.client->retryPolicy().maxRetries + 1, QStringLiteral("list_sessions"));
        h.connect();
        QTRY_COMPARE_WITH_TIMEOUT(h.model()->loadState(), SessionTableModel::LoadState::Failed, Timeout);
        QCOMPARE(overlay(h)->titleText(), QStringLiteral("Could not load sessions"));
        QCOMPARE(overlay(h)->bodyText(), h.model()->lastError().message());
        QVERIFY(!overlay(h)->bodyText().isEmpty());
        QCOMPARE(overlay(h)->buttonText(), QStringLiteral("Retry"));

        QTest::mouseClick(child<QPushButton>(h.window.get(), "stateOverlayButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() && h.shown() == 100, Timeout);
        QVERIFY(!overlay(h)->isShowingState());
    }

    void errorThenRetry_keepsTheLoadedRows()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        h.fixture.queueFault(
            QStringLiteral("500"), h.client->retryPolicy().maxRetries + 1, QStringLiteral("list_sessions"));
        // Scrolling to the end asks for the next page.
        h.view()->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(h.model()->loadState(), SessionTableModel::LoadState::Failed, Timeout);
        QCOMPARE(h.shown(), 100);
        QVERIFY(overlay(h)->isShowingState());
        QCOMPARE(overlay(h)->state().placement, DUi::StateOverlay::Placement::Bottom);
        QCOMPARE(overlay(h)->titleText(), QStringLiteral("Could not load more sessions"));
        QCOMPARE(overlay(h)->bodyText(), h.model()->lastError().message());

        QTest::mouseClick(child<QPushButton>(h.window.get(), "stateOverlayButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() && h.shown() == 200, Timeout);
    }

    void emptyResult_offersToClearTheFilters()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        type(edit(h, "searchEdit"), QStringLiteral("no such customer anywhere"));
        QTRY_VERIFY_WITH_TIMEOUT(!h.model()->filter().search().isEmpty(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.shown(), 0);
        QCOMPARE(overlay(h)->titleText(), QStringLiteral("No sessions match these filters"));
        QCOMPARE(overlay(h)->buttonText(), QStringLiteral("Clear Filters"));
        QTest::mouseClick(child<QPushButton>(h.window.get(), "stateOverlayButton"), Qt::LeftButton);
        QVERIFY(edit(h, "searchEdit")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() && h.shown() == 100, Timeout);
        QVERIFY(!overlay(h)->isShowingState());
    }

    void statusFilter_hidesLoadedRowsWithoutARequest()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        // The filter works on the rows already loaded: nothing is reloaded. (The view may
        // still fetch the next page to fill the space the hidden rows leave.)
        QSignalSpy resets(h.model(), &QAbstractItemModel::modelReset);
        auto *failed = h.window->findChild<QAction *>(QStringLiteral("status_failed"));
        // Untick everything but Failed: tick "Failed" alone via the menu's actions.
        for (QAction *action : h.window->findChild<QMenu *>(QStringLiteral("statusMenu"))->actions()) {
            if (action->isCheckable() && action != failed && action->isChecked())
                action->trigger();
        }
        QVERIFY(h.shown() < 100);
        QVERIFY(h.shown() > 0);
        for (const QString &status : h.column(SessionTableModel::StatusColumn))
            QCOMPARE(status, Core::statusText(Core::SessionStatus::Failed));
        QCOMPARE(child<QToolButton>(h.window.get(), "statusButton")->text(), QStringLiteral("Status: Failed"));
        QVERIFY(child<QLabel>(h.window.get(), "rowsLabel")->text().contains(QStringLiteral("of 100")));
        QCOMPARE(resets.count(), 0);
        h.window->findChild<QAction *>(QStringLiteral("status_all"))->trigger();
        QCOMPARE(h.shown(), h.model()->rowCount());
        QVERIFY(h.shown() >= 100);
        QCOMPARE(resets.count(), 0);
    }

    // Ticking statuses keeps the menu open, so that several can be picked in one go; Space
    // ticks the highlighted one and Escape closes the menu.
    void statusMenu_staysOpenWhileTicking()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        auto *button = child<QToolButton>(h.window.get(), "statusButton");
        QMenu *menu = button->menu();
        menu->popup(button->mapToGlobal(QPoint(0, button->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        auto *expired = menu->findChild<QAction *>(QStringLiteral("status_expired"));
        auto *cancelled = menu->findChild<QAction *>(QStringLiteral("status_cancelled"));
        QVERIFY(expired && cancelled);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(expired).center());
        QVERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(cancelled).center());
        QVERIFY(menu->isVisible());
        QVERIFY(!expired->isChecked());
        QVERIFY(!cancelled->isChecked());
        for (const QString &status : h.column(SessionTableModel::StatusColumn)) {
            QVERIFY(status != Core::statusText(Core::SessionStatus::Expired));
            QVERIFY(status != Core::statusText(Core::SessionStatus::Cancelled));
        }
        menu->setActiveAction(expired);
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(expired->isChecked());
        QVERIFY(menu->isVisible());
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());
    }

    // F5 keeps the agent's place: every loaded row, the selection, the current row and the
    // row at the top of the view.
    void refresh_keepsRowsSelectionAndPlace()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        DUi::SessionsView *view = h.view();
        view->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() && h.model()->rowCount() == 200, Timeout);
        // The current row is off screen (the agent scrolled away from it).
        const QModelIndex current = h.proxy()->index(5, SessionTableModel::SessionIdColumn);
        view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        const QModelIndex picked = h.proxy()->index(150, SessionTableModel::SessionIdColumn);
        view->selectionModel()->select(picked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(h.proxy()->index(140, 0), QAbstractItemView::PositionAtTop);
        const QString currentId = current.data().toString();
        const QString pickedId = picked.data().toString();
        const auto topId = [view] {
            return view->indexAt(QPoint(1, 1)).siblingAtColumn(SessionTableModel::SessionIdColumn).data().toString();
        };
        const QString top = topId();
        QVERIFY(!top.isEmpty());

        // A new session arrives meanwhile: every row moves down by one.
        QCOMPARE(
            h.fixture.authorized("POST", QStringLiteral("/sessions"), h.fixture.token(), Testing::createSessionBody())
                .status,
            200);
        QSignalSpy finished(h.model(), &SessionTableModel::loadFinished);
        QSignalSpy reset(h.model(), &QAbstractItemModel::modelReset);
        QTest::keyClick(view, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && h.idle(), Timeout);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(h.model()->rowCount(), 200);
        QCOMPARE(topId(), top);
        QCOMPARE(view->currentIndex().siblingAtColumn(SessionTableModel::SessionIdColumn).data().toString(), currentId);
        const QModelIndexList selected = view->selectedRowIndexes();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().siblingAtColumn(SessionTableModel::SessionIdColumn).data().toString(), pickedId);
    }

    // A refresh that failed and was stopped puts nothing back later: the agent's own
    // selection and place stay when the next page arrives.
    void refresh_failedAndStopped_leavesTheAgentsPlaceAlone()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        DUi::SessionsView *view = h.view();
        view->selectionModel()->select(
            h.proxy()->index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        h.fixture.queueFault(
            QStringLiteral("500"), h.client->retryPolicy().maxRetries + 1, QStringLiteral("list_sessions"));
        QTest::keyClick(view, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(h.model()->loadState() == SessionTableModel::LoadState::Failed, Timeout);
        QCOMPARE(h.model()->rowCount(), 100);
        h.window->findChild<QAction *>(QStringLiteral("actionStopLoading"))->trigger();
        QCOMPARE(h.model()->loadState(), SessionTableModel::LoadState::Idle);
        QCOMPARE(h.model()->rowCount(), 100);

        const QModelIndex chosen = h.proxy()->index(50, SessionTableModel::SessionIdColumn);
        view->selectionModel()->select(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() && h.model()->rowCount() == 200, Timeout);
        const QModelIndexList selected = view->selectedRowIndexes();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().siblingAtColumn(SessionTableModel::SessionIdColumn).data().toString(),
            chosen.data().toString());
        // The next page continued the rows shown, in the API's order.
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn),
            h.apiIds({}) + h.apiIds(QStringLiteral("starting_after=") + h.apiIds({}).constLast()));
    }

    // With the header menu kept open, columns can be unticked one after another; the last
    // visible one cannot.
    void headerMenu_keepsOneColumn()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        QHeaderView *header = h.view()->horizontalHeader();
        QMenu *menu = h.view()->createHeaderMenu(h.window.get());
        for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
            QAction *action = menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(column));
            if (action->isChecked() && action->isEnabled())
                action->trigger();
        }
        QCOMPARE(header->count() - header->hiddenSectionCount(), 1);
        // Ticking another one back frees the last one again.
        const int hidden = header->logicalIndex(0) == SessionTableModel::CreatedColumn && header->isSectionHidden(0)
            ? int(SessionTableModel::CreatedColumn)
            : int(SessionTableModel::StatusColumn);
        menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(hidden))->trigger();
        int enabledChecked = 0;
        for (QAction *action : menu->actions())
            enabledChecked += action->isCheckable() && action->isChecked() && action->isEnabled();
        QCOMPARE(enabledChecked, 2);
        delete menu;
    }

    void scrolling_loadsTheNextPage_andLoadAllTheRest()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        h.view()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() && h.model()->rowCount() == 200, Timeout);
        h.window->findChild<QAction *>(QStringLiteral("actionLoadAll"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() && !h.model()->hasMore(), Timeout);
        QCOMPARE(h.model()->rowCount(), 200);
        QVERIFY(child<QLabel>(h.window.get(), "rowsLabel")->text().contains(QStringLiteral("all loaded")));
        QVERIFY(!h.window->findChild<QAction *>(QStringLiteral("actionLoadAll"))->isEnabled());
    }

    void keyboard_copyActivateRefreshFind()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        DUi::SessionsView *view = h.view();
        view->setFocus();
        view->selectionModel()->select(QItemSelection(h.proxy()->index(0, 0), h.proxy()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->setCurrentIndex(h.proxy()->index(0, 0));
        view->selectionModel()->select(QItemSelection(h.proxy()->index(0, 0), h.proxy()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::Copy);
        const QStringList expected = h.column(SessionTableModel::SessionIdColumn).mid(0, 3);
        QCOMPARE(QApplication::clipboard()->text(), expected.join(u'\n'));

        QSignalSpy activated(Testing::sessionActionsOf(h.window.get()), &DUi::SessionActions::openDetailsRequested);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), expected.first());
        const QRect cell = view->visualRect(h.proxy()->index(1, SessionTableModel::EmailColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), expected.at(1));

        const int requests = h.fixture.operationCount(QStringLiteral("list_sessions"));
        QTest::keyClick(h.window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.fixture.operationCount(QStringLiteral("list_sessions")), requests + 1);

        QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), edit(h, "searchEdit"));
    }

    void contextMenu_copiesTheCheckoutLink()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        DUi::SessionsView *view = h.view();
        view->selectRow(4);
        const QRect cell = view->visualRect(h.proxy()->index(4, SessionTableModel::CustomerNameColumn));
        // Picks an entry of the row menu with the mouse, as an agent would.
        const auto pick = [&h, view, cell](const char *name) {
            Q_EMIT view->customContextMenuRequested(cell.center());
            auto *menu = h.window->findChild<QMenu *>(QStringLiteral("rowMenu"));
            if (!menu || !QTest::qWaitForWindowExposed(menu))
                return false;
            for (QAction *action : menu->actions()) {
                if (action->objectName() == QLatin1String(name)) {
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                    return QTest::qWaitFor([menu] { return !menu->isVisible(); });
                }
            }
            return false;
        };
        QVERIFY(pick("copyCheckoutLinkAction"));
        const QString id = h.proxy()->index(4, SessionTableModel::SessionIdColumn).data().toString();
        QCOMPARE(QApplication::clipboard()->text(), h.fixture.baseUrl().toString() + QStringLiteral("/view/") + id);
        QVERIFY(pick("copyMerchantReferenceAction"));
        QCOMPARE(QApplication::clipboard()->text(),
            h.proxy()->index(4, SessionTableModel::MerchantReferenceColumn).data().toString());
        QVERIFY(h.window->statusBar()->currentMessage().startsWith(QStringLiteral("Copied")));
    }

    void headerState_isRestored()
    {
        QTemporaryDir directory;
        const QString settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        QByteArray saved;
        {
            WindowHarness h(Testing::SandboxFixture::smallOptions(), settingsFile);
            QVERIFY(startAndWait(h));
            QHeaderView *header = h.view()->horizontalHeader();
            // Through the header's own menu: hide E-mail, show Phone.
            QMenu *menu = h.view()->createHeaderMenu(h.window.get());
            menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(SessionTableModel::EmailColumn))->trigger();
            menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(SessionTableModel::PhoneColumn))->trigger();
            delete menu;
            // Through the menu of the Status header: move it left, before Created.
            QMenu *statusMenu = h.view()->createHeaderMenu(h.window.get(), SessionTableModel::StatusColumn);
            statusMenu->findChild<QAction *>(QStringLiteral("moveColumnLeftAction"))->trigger();
            QVERIFY(statusMenu->findChild<QAction *>(QStringLiteral("moveColumnRightAction"))->isEnabled());
            delete statusMenu;
            header->resizeSection(SessionTableModel::StoreColumn, 251);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(SessionTableModel::AmountColumn) + 20, header->height() / 2));
            QCOMPARE(header->sortIndicatorSection(), int(SessionTableModel::AmountColumn));
            saved = header->saveState();
        }
        WindowHarness h(Testing::SandboxFixture::smallOptions(), settingsFile);
        QVERIFY(startAndWait(h));
        QHeaderView *header = h.view()->horizontalHeader();
        QVERIFY(header->isSectionHidden(SessionTableModel::EmailColumn));
        QVERIFY(!header->isSectionHidden(SessionTableModel::PhoneColumn));
        QCOMPARE(header->visualIndex(SessionTableModel::StatusColumn), 0);
        QCOMPARE(header->sectionSize(SessionTableModel::StoreColumn), 251);
        QCOMPARE(header->sortIndicatorSection(), int(SessionTableModel::AmountColumn));
        QCOMPARE(header->saveState(), saved);
        // The restored sort is applied to the rows.
        const qint64 first = h.proxy()->index(0, SessionTableModel::AmountColumn).data(Models::SortRole).toLongLong();
        const qint64 last
            = h.proxy()->index(h.shown() - 1, SessionTableModel::AmountColumn).data(Models::SortRole).toLongLong();
        QVERIFY(header->sortIndicatorOrder() == Qt::AscendingOrder ? first <= last : first >= last);
    }

    void lastFilter_andGeometry_areRestored()
    {
        QTemporaryDir directory;
        const QString settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        {
            WindowHarness h(Testing::SandboxFixture::smallOptions(), settingsFile);
            QVERIFY(startAndWait(h));
            h.window->resize(1111, 777);
            auto *stores = edit(h, "storesEdit");
            type(stores, QStringLiteral("webshop-eu"));
            QTest::keyClick(stores, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
            h.window->close();
        }
        WindowHarness h(Testing::SandboxFixture::smallOptions(), settingsFile);
        QCOMPARE(h.window->size(), QSize(1111, 777));
        QVERIFY(startAndWait(h));
        QCOMPARE(edit(h, "storesEdit")->text(), QStringLiteral("webshop-eu"));
        QCOMPARE(h.model()->filter().storeIds(), QStringList { QStringLiteral("webshop-eu") });
        QCOMPARE(h.column(SessionTableModel::StoreColumn).count(QStringLiteral("webshop-eu")), h.shown());
    }

    void savedFilter_canBePickedAgain()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        auto *stores = edit(h, "storesEdit");
        type(stores, QStringLiteral("helsinki-kamppi"));
        QTest::keyClick(stores, Qt::Key_Return);
        h.window->findChild<QAction *>(QStringLiteral("actionSaveFilter"))->trigger();
        auto *dialog = h.window->findChild<QInputDialog *>(QStringLiteral("saveFilterDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setTextValue(QStringLiteral("Helsinki"));
        dialog->accept();
        QCOMPARE(h.settings->savedFilters().size(), 1);

        QTest::mouseClick(child<QPushButton>(h.window.get(), "clearButton"), Qt::LeftButton);
        QVERIFY(h.model()->filter().storeIds().isEmpty());
        auto *saved = h.window->findChild<QAction *>(QStringLiteral("savedFilter_Helsinki"));
        QVERIFY(saved);
        saved->trigger();
        QCOMPARE(stores->text(), QStringLiteral("helsinki-kamppi"));
        QCOMPARE(h.model()->filter().storeIds(), QStringList { QStringLiteral("helsinki-kamppi") });
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.column(SessionTableModel::StoreColumn).count(QStringLiteral("helsinki-kamppi")), h.shown());
    }

    // One set of session actions: the Session menu, the toolbar and the row menu show the
    // same QAction objects, enabled from the selection and the rows' CanCancelRole.
    void sessionActions_oneSetForMenuToolbarAndRowMenu()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        DUi::SessionsView *view = h.view();
        auto *details = h.window->findChild<QAction *>(QStringLiteral("openDetailsAction"));
        auto *cancel = h.window->findChild<QAction *>(QStringLiteral("cancelSessionAction"));
        QVERIFY(details && cancel);
        auto *sessionMenu = child<QMenu>(h.window.get(), "menuSession");
        auto *toolBar = child<QToolBar>(h.window.get(), "mainToolBar");
        auto *rowMenu = child<QMenu>(h.window.get(), "rowMenu");
        for (const char *name :
            { "openDetailsAction", "copySessionIdAction", "copyTransactionIdAction", "copyMerchantReferenceAction",
                "copyCheckoutLinkAction", "openCheckoutPageAction", "cancelSessionAction" }) {
            auto *action = h.window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(sessionMenu->actions().contains(action), name);
            QVERIFY2(rowMenu->actions().contains(action), name);
        }
        QVERIFY(!rowMenu->accessibleName().isEmpty());
        QVERIFY(toolBar->actions().contains(details));
        QVERIFY(toolBar->actions().contains(cancel));
        QVERIFY(h.window->findChildren<QAction *>(QStringLiteral("cancelSessionAction")).size() == 1);

        // Nothing selected: nothing to act on, and the cancel says why.
        view->clearSelection();
        QVERIFY(!details->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!cancel->toolTip().isEmpty());
        QCOMPARE(cancel->statusTip(), cancel->toolTip());

        int open = -1;
        int cancelled = -1;
        for (int row = 0; row < h.shown(); ++row) {
            const bool canCancel = h.proxy()->index(row, 0).data(Models::CanCancelRole).toBool();
            if (canCancel && open < 0)
                open = row;
            if (!canCancel && cancelled < 0)
                cancelled = row;
        }
        QVERIFY(open >= 0 && cancelled >= 0);
        const QString openId = h.proxy()->index(open, 0).data(Models::SessionIdRole).toString();

        view->selectRow(open);
        QVERIFY(details->isEnabled());
        QVERIFY(cancel->isEnabled());
        QSignalSpy cancelRequested(Testing::sessionActionsOf(h.window.get()), &DUi::SessionActions::cancelRequested);
        QSignalSpy detailsRequested(
            Testing::sessionActionsOf(h.window.get()), &DUi::SessionActions::openDetailsRequested);
        QTest::mouseClick(toolBar->widgetForAction(cancel), Qt::LeftButton);
        QCOMPARE(cancelRequested.count(), 1);
        QCOMPARE(cancelRequested.at(0).at(0).toStringList(), QStringList { openId });
        QTest::mouseClick(toolBar->widgetForAction(details), Qt::LeftButton);
        QCOMPARE(detailsRequested.count(), 1);
        QCOMPARE(detailsRequested.at(0).at(0).toString(), openId);

        // A selection with a session that cannot be cancelled any more: disabled, and why.
        const QString enabledTip = cancel->toolTip();
        view->selectionModel()->select(
            h.proxy()->index(cancelled, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->selectedRowIndexes().size(), 2);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(cancel->toolTip() != enabledTip);
        QVERIFY2(cancel->toolTip().contains(QStringLiteral("1 of the selected")), qPrintable(cancel->toolTip()));
        cancel->trigger();
        QCOMPARE(cancelRequested.count(), 1);
    }

    // Text written by assistive technology (through the accessibility interface, which
    // sets the text without textEdited) filters like typed text.
    void accessibilityWrites_filterTheTable()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        const QString name = h.proxy()->index(5, SessionTableModel::CustomerNameColumn).data().toString();
        const QString other = h.proxy()->index(9, SessionTableModel::CustomerNameColumn).data().toString();
        QVERIFY(!name.isEmpty() && !other.isEmpty() && name != other);
        auto *search = edit(h, "searchEdit");
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(search);
        QVERIFY(accessible && accessible->editableTextInterface());
        accessible->editableTextInterface()->insertText(0, name);
        QCOMPARE(search->text(), name);
        QTRY_COMPARE_WITH_TIMEOUT(h.model()->filter().search(), name, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn),
            h.apiIds(QStringLiteral("search=") + WindowHarness::encoded(name)));

        accessible->editableTextInterface()->replaceText(0, int(name.size()), other);
        QCOMPARE(search->text(), other);
        QTRY_COMPARE_WITH_TIMEOUT(h.model()->filter().search(), other, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn),
            h.apiIds(QStringLiteral("search=") + WindowHarness::encoded(other)));

        // The id lists too: the session ids field, written as a whole value.
        accessible->editableTextInterface()->deleteText(0, int(other.size()));
        QTRY_VERIFY_WITH_TIMEOUT(h.model()->filter().search().isEmpty(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        const QStringList ids { h.proxy()->index(2, SessionTableModel::SessionIdColumn).data().toString(),
            h.proxy()->index(8, SessionTableModel::SessionIdColumn).data().toString() };
        auto *sessionIds = edit(h, "sessionIdsEdit");
        QAccessibleInterface *idsAccessible = QAccessible::queryAccessibleInterface(sessionIds);
        QVERIFY(idsAccessible && idsAccessible->editableTextInterface());
        idsAccessible->editableTextInterface()->insertText(0, QStringLiteral("placeholder"));
        idsAccessible->editableTextInterface()->replaceText(
            0, int(sessionIds->text().size()), ids.join(QLatin1String(", ")));
        QTRY_COMPARE_WITH_TIMEOUT(h.model()->filter().sessionIds(), ids, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.column(SessionTableModel::SessionIdColumn), ids);
    }

    // Text the program sets itself (Clear Filters, a saved filter) loads once, not once
    // more when the fields' debounce would have fired.
    void programSetText_loadsOnce()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        auto *stores = edit(h, "storesEdit");
        type(stores, QStringLiteral("oslo-sentrum"));
        type(edit(h, "searchEdit"), QStringLiteral("a"));
        QTest::keyClick(edit(h, "searchEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() && !h.model()->filter().storeIds().isEmpty(), Timeout);
        const int before = h.fixture.operationCount(QStringLiteral("list_sessions"));
        QTest::mouseClick(child<QPushButton>(h.window.get(), "clearButton"), Qt::LeftButton);
        QVERIFY(stores->text().isEmpty());
        QVERIFY(edit(h, "searchEdit")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QTest::qWait(stores->delay() * 2);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        QCOMPARE(h.fixture.operationCount(QStringLiteral("list_sessions")), before + 1);
    }

    // File → Export to CSV…, the file dialog filled in as an agent would.
    void export_writesEveryMatchingSession()
    {
        WindowHarness h;
        QVERIFY(startAndWait(h));
        auto *stores = edit(h, "storesEdit");
        type(stores, QStringLiteral("oslo-sentrum"));
        QTest::keyClick(stores, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(h.idle(), Timeout);
        const QString fileName = h.directory.filePath(QStringLiteral("export.csv"));
        h.window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        auto *dialog = h.window->findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        // Set, not typed: typing opens the name completer's popup, which takes the click.
        name->setText(fileName);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        auto *exportBox = child<QWidget>(h.window.get(), "exportBox");
        QVERIFY(exportBox->isVisible());
        QVERIFY(!h.window->findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!exportBox->isVisible(), Timeout);
        QVERIFY2(h.window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported")),
            qPrintable(h.window->statusBar()->currentMessage()));
        QVERIFY(h.window->findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled());
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        lines.removeAll(QByteArray());
        // The layout of Core::sessionCsvRow(), the same as `dintero-sessions list --format csv`.
        QCOMPARE(lines.takeFirst() + '\n', "\xEF\xBB\xBF" + Dintero::Core::sessionCsvHeader().toUtf8());
        QCOMPARE(lines.size(), h.apiIds(QStringLiteral("store_id=oslo-sentrum")).size());
        for (const QByteArray &line : lines)
            QVERIFY(line.contains(",oslo-sentrum,"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
