#include "api/sessionclient.h"
#include "details/sessiondetailswindow.h"
#include "sandbox/sandboxstore.h"
#include "sandboxfixture.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Dintero;
using Ui::SessionDetailsWindow;

namespace {

const QDateTime Now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

} // namespace

class SessionDetailsWindowTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::SandboxFixture> m_fixture;
    QNetworkAccessManager m_network;
    std::unique_ptr<Api::SessionClient> m_client;
    QByteArray m_token;

    std::unique_ptr<SessionDetailsWindow> open(const QString &id)
    {
        auto window = std::make_unique<SessionDetailsWindow>(m_client.get(), id, [] { return Now; });
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        // F5 is a window shortcut: it needs the window active.
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the details window did not become active");
        return window;
    }

    bool waitLoaded(SessionDetailsWindow &window)
    {
        QSignalSpy loaded(&window, &SessionDetailsWindow::loaded);
        QSignalSpy failed(&window, &SessionDetailsWindow::loadFailed);
        return QTest::qWaitFor([&] { return loaded.size() + failed.size() > 0; }, 10000) && loaded.size() == 1;
    }

    // The first seeded session that has everything: items, a customer, a transaction
    // and an AUTHORIZED event.
    QJsonObject richSession()
    {
        const Testing::HttpResult result = m_fixture->authorized("GET", QStringLiteral("/sessions?limit=100"), m_token);
        const QJsonArray sessions = result.json().array();
        for (const QJsonValue &value : sessions) {
            const QJsonObject session = value.toObject();
            const QJsonObject order = session.value(QLatin1String("order")).toObject();
            const QJsonArray events = session.value(QLatin1String("events")).toArray();
            const bool authorized = std::any_of(events.begin(), events.end(), [](const QJsonValue &event) {
                return event.toObject().value(QLatin1String("name")).toString() == QLatin1String("AUTHORIZED");
            });
            if (authorized && session.contains(QLatin1String("transaction_id"))
                && !order.value(QLatin1String("items")).toArray().isEmpty()
                && order.contains(QLatin1String("billing_address")) && !session.contains(QLatin1String("cancelled_at")))
                return session;
        }
        return {};
    }

    static QGroupBox *section(const QWidget &window, const char *name)
    {
        return window.findChild<QGroupBox *>(QLatin1String(name));
    }

    static QString value(const QWidget &window, const QString &field)
    {
        const auto *label = window.findChild<QLabel *>(QStringLiteral("value_") + field);
        return label ? label->text() : QString();
    }

    static QAbstractButton *buttonNamed(const QWidget &window, const QString &accessibleName)
    {
        const QList<QAbstractButton *> buttons = window.findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (button->accessibleName() == accessibleName)
                return button;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<Testing::SandboxFixture>();
        QVERIFY(m_fixture->isListening());
        Api::ConnectionSettings connection;
        connection.baseUrl = m_fixture->baseUrl();
        connection.accountId = QStringLiteral("T12345678");
        connection.clientId = QStringLiteral("demo");
        connection.clientSecret = QStringLiteral("demo-secret");
        m_client = std::make_unique<Api::SessionClient>(connection, &m_network);
        m_client->setRetryPolicy({ 3, std::chrono::milliseconds(5), std::chrono::milliseconds(20) });
        m_token = m_fixture->token();
    }

    void cleanup()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void richSession_showsEverySection()
    {
        const QJsonObject json = richSession();
        QVERIFY2(!json.isEmpty(), "the seed has no authorized session with items and a customer");
        const QString id = json.value(QLatin1String("id")).toString();
        auto window = open(id);
        QCOMPARE(window->windowTitle(), QStringLiteral("Session ") + id);
        QVERIFY(window->isWindow());
        QVERIFY(waitLoaded(*window));

        for (const char *name :
            { "amountSection", "referencesSection", "storeSection", "timesSection", "customerSection", "itemsSection",
                "transactionSection", "urlsSection", "timelineSection", "sessionJsonSection" }) {
            QGroupBox *box = section(*window, name);
            QVERIFY2(box, name);
            QVERIFY2(box->isVisible(), name);
        }
        const auto *status = window->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QCOMPARE(status->text(), QStringLiteral("Paid / authorized"));
        const auto *sentence = window->findChild<QLabel *>(QStringLiteral("statusSentence"));
        QVERIFY(!sentence->text().isEmpty());

        const QJsonObject order = json.value(QLatin1String("order")).toObject();
        QCOMPARE(value(*window, QStringLiteral("id")), id);
        QCOMPARE(value(*window, QStringLiteral("merchant_reference")),
            order.value(QLatin1String("merchant_reference")).toString());
        QCOMPARE(
            value(*window, QStringLiteral("transaction_id")), json.value(QLatin1String("transaction_id")).toString());
        QVERIFY(value(*window, QStringLiteral("checkout_link")).endsWith(QStringLiteral("/view/") + id));
        const auto *created = window->findChild<QLabel *>(QStringLiteral("value_created_at"));
        QVERIFY(created->toolTip().contains(QStringLiteral("UTC")));
        QVERIFY(created->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));

        const auto *items = window->findChild<QTableView *>(QStringLiteral("itemsTable"));
        QCOMPARE(items->model()->rowCount(), order.value(QLatin1String("items")).toArray().size());
        QVERIFY(!window->findChild<QLabel *>(QStringLiteral("itemsMismatchWarning")));
        const auto *timeline = window->findChild<QTableView *>(QStringLiteral("timelineTable"));
        QVERIFY(timeline->model()->rowCount() > 0);
        const auto *tree = window->findChild<QTreeView *>(QStringLiteral("sessionJsonSectionTree"));
        QVERIFY(tree->model()->rowCount() >= 5);

        // Every id and link can be copied; every button has a name.
        QVERIFY(buttonNamed(*window, QStringLiteral("Copy session id")));
        QVERIFY(buttonNamed(*window, QStringLiteral("Copy transaction id")));
        QVERIFY(buttonNamed(*window, QStringLiteral("Copy checkout link")));
        QVERIFY(buttonNamed(*window, QStringLiteral("Open checkout link")));
        const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
        for (const QAbstractButton *button : buttons)
            QVERIFY2(!button->isVisible() || !button->accessibleName().isEmpty(),
                qPrintable(QString::fromLatin1(button->metaObject()->className()) + QLatin1Char(' ') + button->text()
                    + QLatin1Char(' ') + button->parent()->objectName()));

        // Ctrl+C in the JSON tree copies the selected node.
        auto *jsonTree = window->findChild<QTreeView *>(QStringLiteral("sessionJsonSectionTree"));
        for (int row = 0; row < jsonTree->model()->rowCount(); ++row) {
            if (jsonTree->model()->index(row, 0).data().toString() == QLatin1String("id"))
                jsonTree->setCurrentIndex(jsonTree->model()->index(row, 0));
        }
        jsonTree->setFocus();
        QTest::keyClick(jsonTree, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QLatin1Char('"') + id + QLatin1Char('"'));

        QAbstractButton *copyId = buttonNamed(*window, QStringLiteral("Copy session id"));
        QTest::mouseClick(copyId, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), id);
    }

    void transaction_isReadAndShownInItsSection()
    {
        const QJsonObject json = richSession();
        const QString transactionId = json.value(QLatin1String("transaction_id")).toString();
        auto window = open(json.value(QLatin1String("id")).toString());
        QSignalSpy transactionLoaded(window.get(), &SessionDetailsWindow::transactionLoaded);
        QVERIFY(waitLoaded(*window));
        // While it loads, the section says so.
        if (transactionLoaded.isEmpty())
            QCOMPARE(
                value(*window, QStringLiteral("transaction_state")), QStringLiteral("Loading the transaction\u2026"));
        QVERIFY(transactionLoaded.wait(10000) || transactionLoaded.size() == 1);
        const std::optional<Core::Transaction> &transaction = window->transaction();
        QVERIFY(transaction);
        QCOMPARE(transaction->id, transactionId);
        QCOMPARE(value(*window, QStringLiteral("transaction_id")), transactionId);
        QCOMPARE(
            value(*window, QStringLiteral("transaction_status")), Core::transactionStatusText(transaction->status));
        QVERIFY(!value(*window, QStringLiteral("payment_product_type")).isEmpty());
        if (transaction->card)
            QVERIFY(value(*window, QStringLiteral("card")).contains(transaction->card->maskedPan));
        QVERIFY(section(*window, "transactionJsonSection"));
        // The timeline now holds the transaction's events too.
        const auto *timeline = window->findChild<QTableView *>(QStringLiteral("timelineTable"));
        bool fromTransaction = false;
        for (int row = 0; row < timeline->model()->rowCount(); ++row)
            fromTransaction |= timeline->model()->index(row, 1).data().toString() == QLatin1String("Transaction");
        QCOMPARE(fromTransaction, !transaction->events.isEmpty());
    }

    void transactionReadFails_saysWhyAndKeepsTheRest()
    {
        const QJsonObject json = richSession();
        m_fixture->queueFault(QStringLiteral("500"), 4, QStringLiteral("get_transaction"));
        auto window = open(json.value(QLatin1String("id")).toString());
        QSignalSpy transactionFailed(window.get(), &SessionDetailsWindow::transactionLoadFailed);
        QVERIFY(waitLoaded(*window));
        QVERIFY(transactionFailed.wait(10000));
        QVERIFY2(value(*window, QStringLiteral("transaction_state"))
                     .startsWith(QStringLiteral("Could not read the transaction")),
            qPrintable(value(*window, QStringLiteral("transaction_state"))));
        QCOMPARE(
            value(*window, QStringLiteral("transaction_id")), json.value(QLatin1String("transaction_id")).toString());
        QVERIFY(section(*window, "itemsSection"));
        QVERIFY(section(*window, "customerSection"));
        QVERIFY(!window->findChild<QLabel *>(QStringLiteral("errorBanner"))->isVisible());
    }

    void cancelButton_emitsAndFollowsTheStateGivenFromOutside()
    {
        const QString id = richSession().value(QLatin1String("id")).toString();
        auto window = open(id);
        QVERIFY(waitLoaded(*window));
        auto *cancel = window->findChild<QPushButton *>(QStringLiteral("cancelSessionButton"));
        QVERIFY(cancel);
        QCOMPARE(cancel->accessibleName(), QStringLiteral("Cancel Session"));
        window->setCancelState(true, QStringLiteral("Cancel it"));
        QVERIFY(cancel->isEnabled());
        QCOMPARE(cancel->toolTip(), QStringLiteral("Cancel it"));
        QSignalSpy requested(window.get(), &SessionDetailsWindow::cancelRequested);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), id);

        window->setCancelState(false, QStringLiteral("The money is captured; refund it instead."));
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(cancel->toolTip(), QStringLiteral("The money is captured; refund it instead."));
        // A reload does not override what the caller decided.
        window->reload();
        QVERIFY(waitLoaded(*window));
        QVERIFY(!cancel->isEnabled());
    }

    void minimalSession_leavesOutWhatItLacks()
    {
        // Created over HTTP with the fewest fields the API takes.
        const QJsonObject returnUrl { { QStringLiteral("return_url"), QStringLiteral("https://shop.example/return") } };
        const QJsonObject order { { QStringLiteral("amount"), 1000 },
            { QStringLiteral("currency"), QStringLiteral("NOK") },
            { QStringLiteral("merchant_reference"), QStringLiteral("MIN-1") } };
        const QJsonObject card { { QStringLiteral("creditcard"),
            QJsonObject { { QStringLiteral("enabled"), true } } } };
        const QJsonObject body { { QStringLiteral("url"), returnUrl }, { QStringLiteral("order"), order },
            { QStringLiteral("configuration"), QJsonObject { { QStringLiteral("dintero_psp"), card } } } };
        const Testing::HttpResult created = m_fixture->authorized("POST", QStringLiteral("/sessions"), m_token, body);
        QVERIFY2(created.status == 200, created.body.constData());
        const QString id = created.object().value(QLatin1String("id")).toString();
        auto window = open(id);
        QVERIFY(waitLoaded(*window));
        QVERIFY(section(*window, "amountSection"));
        QVERIFY(!section(*window, "customerSection"));
        QVERIFY(!section(*window, "itemsSection"));
        QVERIFY(!section(*window, "transactionSection"));
        QVERIFY(!section(*window, "storeSection"));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Open"));
        // Not cancelled and no transaction: offered until the caller says otherwise.
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("cancelSessionButton"))->isEnabled());

        // Only an id: no section is shown empty, and nothing crashes.
        window->showSession(*Core::Session::fromJson(QJsonObject { { QStringLiteral("id"), id } }));
        const QList<QGroupBox *> boxes = window->findChildren<QGroupBox *>();
        for (const QGroupBox *box : boxes) {
            const QList<QWidget *> children = box->findChildren<QWidget *>();
            QVERIFY2(!children.isEmpty(), qPrintable(box->objectName()));
        }
        QVERIFY(!section(*window, "amountSection"));
        QVERIFY(!section(*window, "timelineSection"));
        QVERIFY(!section(*window, "metadataSection"));
        QVERIFY(!section(*window, "timesSection"));
        QVERIFY(section(*window, "referencesSection"));
        QCOMPARE(value(*window, QStringLiteral("id")), id);
    }

    void showSession_afterACancel_updatesWithoutReading()
    {
        const QJsonObject created = m_fixture->server().store().createSession(
            QJsonObject { { QStringLiteral("order"),
                QJsonObject { { QStringLiteral("amount"), 29800 },
                    { QStringLiteral("currency"), QStringLiteral("NOK") },
                    { QStringLiteral("merchant_reference"), QStringLiteral("CANCEL-1") } } } },
            QDateTime::currentDateTimeUtc());
        const QString id = created.value(QLatin1String("id")).toString();
        auto window = open(id);
        QVERIFY(waitLoaded(*window));
        const int reads = m_fixture->operationCount(QStringLiteral("get_session"));
        const Testing::HttpResult cancelled
            = m_fixture->authorized("POST", QStringLiteral("/sessions/%1/cancel").arg(id), m_token);
        QVERIFY2(cancelled.status == 200, cancelled.body.constData());
        window->showSession(*Core::Session::fromJson(cancelled.object()));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Cancelled"));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("statusSentence"))
                    ->text()
                    .startsWith(QStringLiteral("Cancelled on")));
        QVERIFY(!value(*window, QStringLiteral("cancelled_at")).isEmpty());
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("cancelSessionButton"))->isEnabled());
        QCOMPARE(m_fixture->operationCount(QStringLiteral("get_session")), reads);
    }

    void showTransaction_ofAPaymentTokenSession_saysTheCardIsSaved()
    {
        auto window = open(QStringLiteral("T12345678.token"));
        QSignalSpy failed(window.get(), &SessionDetailsWindow::loadFailed);
        QVERIFY(failed.wait(10000)); // not in the sandbox: shown from elsewhere
        window->showSession(*Core::Session::fromJson(QJsonDocument::fromJson(R"({"id":"T12345678.token",
            "payment_operation":"generate_payment_token","transaction_id":"T12345678.tx",
            "events":[{"name":"AUTHORIZED","created_at":"2026-12-03T10:00:00Z"}]})")
                                                         .object()));
        const std::optional<Core::Transaction> transaction = Core::Transaction::fromJson(
            QJsonDocument::fromJson(R"({"id":"T12345678.tx","payment_product":"dintero_psp",
                "payment_product_type":"dintero_psp.creditcard","amount":0,"currency":"NOK","status":"AUTHORIZED",
                "card":{"brand":"VISA","masked_pan":"411111******1111","expiry_date":"12/29"}})")
                .object());
        QVERIFY(transaction);
        window->showTransaction(*transaction);
        const QString sentence = window->findChild<QLabel *>(QStringLiteral("statusSentence"))->text();
        QVERIFY2(sentence.startsWith(QStringLiteral("Card saved: VISA 411111******1111")), qPrintable(sentence));
        QCOMPARE(value(*window, QStringLiteral("card")), QStringLiteral("VISA 411111******1111"));
        QCOMPARE(value(*window, QStringLiteral("transaction_id")), QStringLiteral("T12345678.tx"));
        QVERIFY(section(*window, "transactionJsonSection"));
        QVERIFY(!window->findChild<QLabel *>(QStringLiteral("errorBanner"))->isVisible());
    }

    void unknownEventsAndFields_areShownAsTheyAre()
    {
        auto window = open(QStringLiteral("T12345678.none"));
        QSignalSpy failed(window.get(), &SessionDetailsWindow::loadFailed);
        QVERIFY(failed.wait(10000));
        const QByteArray json = R"({"id":"T12345678.none","brand_new_field":{"x":1},
            "events":[{"name":"INITIATED","created_at":"2026-12-03T10:00:00Z"},
                      {"name":"TELEPORTED","created_at":"2026-12-03T10:01:00Z","details":{"mystery":true}},
                      {"name":"PAY_LOCK_START","created_at":"2026-12-03T10:02:00Z"}]})";
        window->showSession(*Core::Session::fromJson(QJsonDocument::fromJson(json).object()));
        const auto *timeline = window->findChild<QTableView *>(QStringLiteral("timelineTable"));
        QVERIFY(timeline);
        QCOMPARE(timeline->model()->rowCount(), 3);
        QCOMPARE(timeline->model()->index(1, 2).data().toString(), QStringLiteral("TELEPORTED"));
        QVERIFY(timeline->model()->index(2, 3).data().toString().contains(QStringLiteral("open")));
        const auto *tree = window->findChild<QTreeView *>(QStringLiteral("sessionJsonSectionTree"));
        bool found = false;
        for (int row = 0; row < tree->model()->rowCount(); ++row)
            found |= tree->model()->index(row, 0).data().toString() == QLatin1String("brand_new_field");
        QVERIFY(found);
    }

    void itemsMismatch_showsAWarning()
    {
        // Straight into the store: the API itself refuses amounts that do not add up.
        const QJsonObject session = m_fixture->server().store().createSession(QJsonDocument::fromJson(R"({
                "order":{"amount":30000,"currency":"NOK","merchant_reference":"MISMATCH",
                "items":[{"description":"Tea","quantity":2,"amount":29800,"vat":25,"vat_amount":5960}]}})")
                                                                                  .object(),
            QDateTime::currentDateTimeUtc());
        auto window = open(session.value(QLatin1String("id")).toString());
        QVERIFY(waitLoaded(*window));
        const auto *warning = window->findChild<QLabel *>(QStringLiteral("itemsMismatchWarning"));
        QVERIFY(warning);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("less than the order amount")), qPrintable(warning->text()));
    }

    void notFound_saysTheSessionDoesNotExistInThisAccount()
    {
        auto window = open(QStringLiteral("T12345678.doesnotexist"));
        QSignalSpy failed(window.get(), &SessionDetailsWindow::loadFailed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Api::ApiError>().kind(), Api::ApiError::Kind::NotFound);
        const auto *banner = window->findChild<QLabel *>(QStringLiteral("errorBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Session T12345678.doesnotexist does not exist in account T12345678."));
    }

    void errorOnF5_keepsWhatWasShown()
    {
        const QString id = richSession().value(QLatin1String("id")).toString();
        auto window = open(id);
        QVERIFY(waitLoaded(*window));
        const QString reference = value(*window, QStringLiteral("merchant_reference"));
        m_fixture->queueFault(QStringLiteral("500"), 4, QStringLiteral("get_session"));
        QSignalSpy failed(window.get(), &SessionDetailsWindow::loadFailed);
        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY(failed.wait(10000));
        const auto *banner = window->findChild<QLabel *>(QStringLiteral("errorBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("Could not read the session")));
        QCOMPARE(value(*window, QStringLiteral("merchant_reference")), reference);
        QVERIFY(section(*window, "itemsSection"));
        // The next F5 works again and takes the banner away.
        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY(waitLoaded(*window));
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(SessionDetailsWindowTest)
#include "sessiondetailswindow_test.moc"
