#include "consoleapp.h"
#include "details/sessiondetailswindow.h"
#include "mainwindow.h"
#include "models/itemdatarole.h"
#include "models/sessiontablemodel.h"
#include "sandbox/sandboxserver.h"
#include "sessions/sessionsview.h"
#include "widgets/stateoverlay.h"
#include "windowlookup.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dintero;
namespace DUi = Dintero::Ui;

// `dintero-console --demo`, the first thing a new user runs: the sandbox starts on its
// own thread, the window says so meanwhile, and then shows the made-up sessions.
class ConsoleAppTest : public QObject
{
    Q_OBJECT

private:
    static DUi::ConsoleOptions demoOptions(const QTemporaryDir &directory, int sessions)
    {
        DUi::ConsoleOptions options;
        options.demo = true;
        options.sandbox.sessionCount = sessions;
        options.settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        return options;
    }

    // The names of this process's threads, as `ps -L` shows them (Linux).
    static QStringList threadNames()
    {
        QStringList names;
        const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &task : tasks) {
            QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
            if (comm.open(QIODevice::ReadOnly))
                names.append(QString::fromUtf8(comm.readAll()).trimmed());
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("dintero-console-tests"));
    }

    void commandLine_demoOptions()
    {
        const DUi::ConsoleOptions options
            = DUi::parseCommandLine({ QStringLiteral("dintero-console"), QStringLiteral("--demo"),
                QStringLiteral("--demo-sessions"), QStringLiteral("50"), QStringLiteral("--demo-latency"),
                QStringLiteral("5"), QStringLiteral("--settings"), QStringLiteral("/tmp/console.ini") });
        QVERIFY(options.demo);
        QCOMPARE(options.sandbox.sessionCount, 50);
        QCOMPARE(options.sandbox.latencyMs, 5);
        QCOMPARE(options.settingsFile, QStringLiteral("/tmp/console.ini"));
        QVERIFY(!DUi::parseCommandLine({ QStringLiteral("dintero-console") }).demo);
    }

    void demo_startsTheSandbox_andShowsItsSessions()
    {
        QTemporaryDir directory;
        DUi::ConsoleApp console(demoOptions(directory, 300));
        console.start();
        DUi::MainWindow *window = console.mainWindow();
        QVERIFY(window->isVisible());
        // Until the sandbox listens, the window says what is happening.
        DUi::StateOverlay *overlay = Testing::sessionsViewOf(window)->overlay();
        if (!console.client()) {
            QVERIFY(overlay->isShowingState());
            QVERIFY2(overlay->titleText().contains(QStringLiteral("demo sandbox")), qPrintable(overlay->titleText()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(window)->rowCount() == 100, 15000);
        QVERIFY(!overlay->isShowingState());
        QVERIFY(console.sandbox());
        QCOMPARE(console.sandbox()->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("T12345678")));
        const QString account = window->findChild<QLabel *>(QStringLiteral("accountLabel"))->text();
        QVERIFY2(account.contains(QStringLiteral("demo sandbox")), qPrintable(account));
        // The rest of the sessions are a scroll away.
        QVERIFY(Testing::sessionModelOf(window)->hasMore());
        Testing::sessionModelOf(window)->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            Testing::sessionModelOf(window)->rowCount() == 300 && !Testing::sessionModelOf(window)->isLoading(), 15000);
    }

    // `dintero-console --session ID` opens that session's details once connected.
    void sessionOption_opensItsDetails()
    {
        const DUi::ConsoleOptions parsed = DUi::parseCommandLine(
            { QStringLiteral("dintero-console"), QStringLiteral("--session"), QStringLiteral(" T12345678.abc ") });
        QCOMPARE(parsed.sessionId, QStringLiteral("T12345678.abc"));

        QTemporaryDir directory;
        QString id;
        {
            DUi::ConsoleApp first(demoOptions(directory, 50));
            first.start();
            QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(first.mainWindow())->rowCount() > 0, 15000);
            id = Testing::sessionModelOf(first.mainWindow())->sessionId(2);
        }
        // The same seed makes the same sessions.
        DUi::ConsoleOptions options = demoOptions(directory, 50);
        options.sessionId = id;
        DUi::ConsoleApp console(options);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.mainWindow()->findChild<DUi::SessionDetailsWindow *>(), 15000);
        auto *details = console.mainWindow()->findChild<DUi::SessionDetailsWindow *>();
        QCOMPARE(details->windowTitle(), QStringLiteral("Session ") + id);
        QSignalSpy loaded(details, &DUi::SessionDetailsWindow::loaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(15000));
    }

    // Enter on a row opens its details: the window's session actions ask, the application
    // opens the window (a child of the main window, deleted on close).
    void demo_openDetails_opensTheSessionsWindow()
    {
        QTemporaryDir directory;
        DUi::ConsoleApp console(demoOptions(directory, 50));
        console.start();
        DUi::MainWindow *window = console.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(Testing::sessionModelOf(window)->rowCount() > 0, 15000);
        DUi::SessionsView *view = Testing::sessionsViewOf(window);
        view->setFocus();
        view->selectRow(3);
        QTest::keyClick(view, Qt::Key_Return);
        auto *details = window->findChild<DUi::SessionDetailsWindow *>();
        QVERIFY(details);
        QVERIFY(details->isVisible());
        QVERIFY(details->testAttribute(Qt::WA_DeleteOnClose));
        const QString id = view->currentIndex().data(Models::SessionIdRole).toString();
        QCOMPARE(details->windowTitle(), QStringLiteral("Session ") + id);
        // Opening it again raises the same window.
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(window->findChildren<DUi::SessionDetailsWindow *>().size(), 1);
        // Session → Open Session by ID… with another id opens a second one.
        const QString other = Testing::sessionModelOf(window)->sessionId(7);
        window->findChild<QAction *>(QStringLiteral("actionOpenSessionById"))->trigger();
        auto *ask = window->findChild<QInputDialog *>(QStringLiteral("openSessionDialog"));
        QVERIFY(ask);
        ask->setTextValue(other);
        ask->accept();
        QTRY_COMPARE(window->findChildren<DUi::SessionDetailsWindow *>().size(), 2);
        for (DUi::SessionDetailsWindow *open : window->findChildren<DUi::SessionDetailsWindow *>())
            open->close();
        QTRY_VERIFY(!window->findChild<DUi::SessionDetailsWindow *>());

        // Help → About: opened, not exec'd.
        window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        auto *about = window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        about->close();
    }

    // The window closed while the sandbox is still seeding: the console ends at once and
    // cleanly, the sandbox's thread is gone (no thread of that name is left in the
    // process) and, under ASan with leak detection, nothing leaks.
    void demo_closedWhileStarting()
    {
        if (!QFile::exists(QStringLiteral("/proc/self/task")))
            QSKIP("needs /proc to see the process's threads");
        const QString sandboxThread = QStringLiteral("demo sandbox");
        QVERIFY(!threadNames().contains(sandboxThread));
        QTemporaryDir directory;
        auto console = std::make_unique<DUi::ConsoleApp>(demoOptions(directory, 20000));
        console->start();
        DUi::MainWindow *window = console->mainWindow();
        QVERIFY(window->isVisible());
        // Still starting (the sandbox reports back through the event loop, which has not
        // run yet): no client, the window says so, and the thread is there.
        QVERIFY(!console->client());
        QVERIFY(!console->sandbox());
        QVERIFY(Testing::sessionsViewOf(window)->overlay()->isShowingState());
        QTRY_VERIFY(threadNames().contains(sandboxThread));
        window->close();
        QVERIFY(!window->isVisible());
        console.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!threadNames().contains(sandboxThread), 5000);
    }
};

QTEST_MAIN(ConsoleAppTest)
#include "consoleapp_test.moc"
