// End to end with the console on its demo sandbox: a payment-token link made with the
// client is tracked, the customer saves the card on the sandbox's hosted page (driven
// over HTTP), and within one (shortened) watch interval the row shows the session
// authorized, the status bar says "Card saved for SO-…", the details show the card and
// the masked token id whose Copy button copies all of it, and View → Links lists it.
#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "consoleapp.h"
#include "details/sessiondetailswindow.h"
#include "links/linksmodel.h"
#include "links/linkswindow.h"
#include "linktestsupport.h"
#include "mainwindow.h"
#include "models/itemdatarole.h"
#include "windowlookup.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Dintero;
using namespace Dintero::Testing;
using namespace std::chrono_literals;
namespace DUi = Dintero::Ui;

class LinkWatchConsoleTest : public QObject
{
    Q_OBJECT

private:
    static int sessionReads(HttpClient &http, const QUrl &baseUrl, const QString &sessionId)
    {
        QUrl stats = baseUrl;
        stats.setPath(QStringLiteral("/_sandbox/stats"));
        return http.send("GET", stats)
            .object()
            .value(QStringLiteral("sessions"))
            .toObject()
            .value(sessionId)
            .toObject()
            .value(QStringLiteral("get_session"))
            .toInt();
    }

    static QString labelText(const QWidget *window, const QString &field)
    {
        const auto *label = window->findChild<QLabel *>(QStringLiteral("value_") + field);
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("dintero-console-tests"));
    }

    void cardSavedOnTheHostedPage_showsInRowStatusBarDetailsAndLinks()
    {
        QTemporaryDir directory;
        DUi::ConsoleOptions options;
        options.demo = true;
        options.sandbox.sessionCount = 40;
        options.settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        const auto interval = 400ms;
        options.linkWatch = Links::WatchSchedule { interval, 60s, interval, 10ms };
        DUi::ConsoleApp console(options);
        console.start();
        DUi::MainWindow *window = console.mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(console.client() && sessionModelOf(window)->rowCount() > 0, 20000);

        QNetworkAccessManager network;
        Api::SessionClient client(console.client()->settings(), &network);
        const std::optional<CreatedLink> link = createPaymentTokenLink(client, QStringLiteral("SO-E2E-CARD"));
        QVERIFY(link);
        const QString id = link->session.id();
        console.trackCreatedLink(link->session, link->url);
        QVERIFY(link->url.path().endsWith(QStringLiteral("/view/") + id));

        // The row: loaded by a refresh (new sessions come first).
        child<QAction>(window, "actionRefresh")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(sessionModelOf(window)->rowOfSession(id) >= 0, 10000);
        // The details are open while the customer pays.
        Q_EMIT window->openSessionRequested(id);
        DUi::SessionDetailsWindow *details = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (details = window->findChild<DUi::SessionDetailsWindow *>()) && details->session(), 10000);

        QSignalSpy completed(console.linkWatch(), &Links::LinkWatch::linkCompleted);
        QSignalSpy cardRead(console.linkWatch(), &Links::LinkWatch::transactionRead);
        QTRY_VERIFY_WITH_TIMEOUT(console.linksModel()->link(id)->lastChecked.isValid(), 10000);
        HttpClient http;
        const int readsBefore = sessionReads(http, client.settings().baseUrl, id);
        QCOMPARE(completeHostedPage(http, client.settings().baseUrl, id), 303);
        QVERIFY(completed.wait(10000));
        // Noticed at the next read after the payment (one in flight meanwhile at most).
        QVERIFY(sessionReads(http, client.settings().baseUrl, id) - readsBefore <= 2);

        const QString reference = QStringLiteral("SO-E2E-CARD");
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Card saved for %1").arg(reference));
        const int row = sessionModelOf(window)->rowOfSession(id);
        QCOMPARE(sessionModelOf(window)->index(row, 0).data(Models::StatusRole).toInt(),
            int(Core::SessionStatus::Authorized));
        QVERIFY(!console.linkWatch()->isWatching(id));

        // The details: the card, and the token id masked with a Copy of all of it.
        QVERIFY(cardRead.count() == 1 || cardRead.wait(10000));
        const Core::Transaction transaction = cardRead.at(0).at(1).value<Core::Transaction>();
        QVERIFY(transaction.card && !transaction.card->paymentTokenId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(labelText(details, QStringLiteral("card")).endsWith(QLatin1String("1111")), 10000);
        QVERIFY(labelText(details, QStringLiteral("card_expiry")) == QLatin1String("12/30"));
        const QString masked = labelText(details, QStringLiteral("payment_token_id"));
        QVERIFY2(masked.endsWith(transaction.card->paymentTokenId.right(4)), qPrintable(masked));
        QVERIFY(!masked.contains(transaction.card->paymentTokenId));
        QToolButton *copy = nullptr;
        for (QToolButton *button : details->findChildren<QToolButton *>()) {
            if (button->accessibleName() == QLatin1String("Copy payment token id"))
                copy = button;
        }
        QVERIFY(copy);
        copy->click();
        if (const QString pictures = qEnvironmentVariable("LINKS_SCREENSHOTS"); !pictures.isEmpty()) {
            details->resize(760, 1400);
            details->grab().save(pictures + QStringLiteral("/details-card.png"));
        }
        QCOMPARE(QApplication::clipboard()->text(), transaction.card->paymentTokenId);

        // View → Links lists it as "Card saved"; a double-click opens its details.
        details->close();
        QTRY_VERIFY(!window->findChild<DUi::SessionDetailsWindow *>());
        QAction *linksAction = child<QAction>(window, "actionLinks");
        QVERIFY(linksAction);
        QCOMPARE(linksAction->text(), QStringLiteral("&Links"));
        linksAction->trigger();
        DUi::LinksWindow *links = console.linksWindow();
        QVERIFY(links && links->isVisible());
        QTableView *table = links->table();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(
            table->model()->index(0, Links::LinksModel::StateColumn).data().toString(), QStringLiteral("Card saved"));
        QCOMPARE(table->model()->index(0, Links::LinksModel::MerchantReferenceColumn).data().toString(), reference);
        // LINKS_SCREENSHOTS=DIR keeps pictures of the window and the details for a person.
        const QString pictures = qEnvironmentVariable("LINKS_SCREENSHOTS");
        if (!pictures.isEmpty())
            links->grab().save(pictures + QStringLiteral("/links-window.png"));
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<DUi::SessionDetailsWindow *>(), 5000);
        QCOMPARE(window->findChild<DUi::SessionDetailsWindow *>()->sessionId(), id);
    }

    // A link that is cancelled says so, and the watch of a session whose details were
    // only looked at ends with its window.
    void cancelledLink_saysSo_detailsWatchEndsWithWindow()
    {
        QTemporaryDir directory;
        DUi::ConsoleOptions options;
        options.demo = true;
        options.sandbox.sessionCount = 40;
        options.settingsFile = directory.filePath(QStringLiteral("settings.ini"));
        options.linkWatch = Links::WatchSchedule { 200ms, 60s, 200ms, 10ms };
        DUi::ConsoleApp console(options);
        console.start();
        DUi::MainWindow *window = console.mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(console.client() != nullptr, 20000);
        QNetworkAccessManager network;
        Api::SessionClient client(console.client()->settings(), &network);

        const std::optional<CreatedLink> made = createPaymentTokenLink(client, QStringLiteral("SO-E2E-CANCEL"));
        const std::optional<CreatedLink> looked = createPaymentTokenLink(client, QStringLiteral("SO-E2E-LOOKED"));
        QVERIFY(made && looked);
        console.trackCreatedLink(made->session, made->url);
        QSignalSpy ended(console.linkWatch(), &Links::LinkWatch::linkEnded);
        QVERIFY(await<Api::CancelReply>(client.cancelSession(made->session.id())));
        QVERIFY(ended.wait(10000));
        QCOMPARE(
            window->statusBar()->currentMessage(), QStringLiteral("The payment link for SO-E2E-CANCEL was cancelled."));
        QCOMPARE(console.linksModel()->link(made->session.id())->state, Links::LinksModel::State::Cancelled);

        // Not made in this run: watched while its details are open.
        Q_EMIT window->openSessionRequested(looked->session.id());
        QTRY_VERIFY_WITH_TIMEOUT(console.linkWatch()->isWatching(looked->session.id()), 10000);
        QVERIFY(console.linksModel()->link(looked->session.id()));
        window->findChild<DUi::SessionDetailsWindow *>()->close();
        QTRY_VERIFY(!console.linkWatch()->isWatching(looked->session.id()));
        QVERIFY(!console.linksModel()->link(looked->session.id()));
        QVERIFY(console.linksModel()->link(made->session.id())); // made this run: stays listed
    }
};

QTEST_MAIN(LinkWatchConsoleTest)
#include "linkwatch_console_test.moc"
