#include "models/orderitemsmodel.h"
#include "models/sessionsummary.h"
#include "models/sessiontimeline.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Dintero;
using Models::OrderItemsModel;
using Models::SessionSummary;
using Models::SessionTimeline;
using Models::SessionTimelineModel;
using Models::TimelineEntry;

namespace {

const QLocale C(QLocale::C);

// An amount as the C locale writes it ("298.00 NOK" with a no-break space).
QString nok(const char *amount)
{
    return QLatin1String(amount) + QStringLiteral("\u00A0NOK");
}

Core::Session parse(const char *json)
{
    const std::optional<Core::Session> session = Core::Session::fromJson(QJsonDocument::fromJson(json).object());
    Q_ASSERT(session);
    return *session;
}

QJsonObject sessionEvent(const char *name, const char *at, const QJsonObject &details = {})
{
    QJsonObject object { { QStringLiteral("name"), QLatin1String(name) },
        { QStringLiteral("created_at"), QLatin1String(at) } };
    if (!details.isEmpty())
        object.insert(QStringLiteral("details"), details);
    return object;
}

Core::Session withEvents(const QJsonArray &events, QJsonObject base = {})
{
    base.insert(QStringLiteral("id"), QStringLiteral("T12345678.s1"));
    base.insert(QStringLiteral("order"),
        QJsonObject { { QStringLiteral("amount"), 29800 }, { QStringLiteral("currency"), QStringLiteral("NOK") } });
    base.insert(QStringLiteral("events"), events);
    return *Core::Session::fromJson(base);
}

Core::TransactionEvent transactionEvent(const char *name, const char *at, bool success = true)
{
    Core::TransactionEvent event;
    event.event = QLatin1String(name);
    event.createdAt = QDateTime::fromString(QLatin1String(at), Qt::ISODate);
    event.success = success;
    return event;
}

} // namespace

class SessionDetailsModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- timeline ---

    void timeline_mergesSessionAndTransactionOldestFirst()
    {
        const Core::Session session = withEvents({
            sessionEvent("INITIATED", "2026-12-03T10:00:00Z"),
            sessionEvent("AUTHORIZED", "2026-12-03T10:05:00Z",
                { { QStringLiteral("amount"), 29800 },
                    { QStringLiteral("payment_product_type"), QStringLiteral("dintero_psp.creditcard") } }),
            sessionEvent("VISITED", "2026-12-03T10:01:00Z"),
        });
        Core::Transaction transaction;
        transaction.id = QStringLiteral("T12345678.t1");
        transaction.amount = { 29800, QStringLiteral("NOK") };
        Core::TransactionEvent authorize = transactionEvent("AUTHORIZE", "2026-12-03T10:04:59Z");
        authorize.amount = 29800;
        authorize.transactionStatus = QStringLiteral("AUTHORIZED");
        Core::TransactionEvent capture = transactionEvent("CAPTURE", "2026-12-03T11:00:00Z", false);
        capture.errorCode = QStringLiteral("CAPTURE_REJECTED");
        capture.errorMessage = QStringLiteral("Amount exceeds authorized amount");
        transaction.events = { authorize, capture };

        const QList<TimelineEntry> entries = SessionTimeline::build(session, transaction, C);
        QStringList names;
        for (const TimelineEntry &entry : entries)
            names << entry.name;
        QCOMPARE(names,
            QStringList({ QStringLiteral("INITIATED"), QStringLiteral("VISITED"), QStringLiteral("AUTHORIZE"),
                QStringLiteral("AUTHORIZED"), QStringLiteral("CAPTURE") }));
        QCOMPARE(entries.at(2).source, TimelineEntry::Source::Transaction);
        QCOMPARE(entries.at(1).title, QStringLiteral("Customer opened the payment page"));
        QVERIFY(entries.at(3).details.contains(QStringLiteral("298.00")));
        QVERIFY(entries.at(3).details.contains(QStringLiteral("dintero_psp.creditcard")));
        const TimelineEntry &failed = entries.at(4);
        QVERIFY(failed.failure);
        QCOMPARE(failed.title, QStringLiteral("Capture failed"));
        QVERIFY(failed.details.contains(QStringLiteral("CAPTURE_REJECTED: Amount exceeds authorized amount")));
    }

    void timeline_payLockPairIsOneSpan()
    {
        const Core::Session session = withEvents({
            sessionEvent("PAY_LOCK_START", "2026-12-03T10:02:00Z"),
            sessionEvent("PAY_LOCK_META", "2026-12-03T10:02:30Z"),
            sessionEvent("PAY_LOCK_END", "2026-12-03T10:04:05Z"),
            sessionEvent("PAY_LOCK_START", "2026-12-03T10:10:00Z"),
        });
        const QList<TimelineEntry> entries = SessionTimeline::build(session, std::nullopt, C);
        QCOMPARE(entries.size(), 3); // span, meta, open span: no separate PAY_LOCK_END line
        QCOMPARE(entries.at(0).kind, TimelineEntry::Kind::PaymentPageSpan);
        QCOMPARE(entries.at(0).title, QStringLiteral("Customer on the payment page"));
        QCOMPARE(entries.at(0).time.secsTo(entries.at(0).end), 125);
        QVERIFY(!entries.at(0).isOpenSpan());
        QVERIFY(entries.at(2).isOpenSpan());

        SessionTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0, SessionTimelineModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("2 min 5 s")));
        QVERIFY(model.index(2, SessionTimelineModel::DetailsColumn).data().toString().contains(QStringLiteral("open")));
        QCOMPARE(model.index(0, SessionTimelineModel::SourceColumn).data().toString(), QStringLiteral("Session"));
    }

    void timeline_unknownNamesKeptAsTheyAre()
    {
        const Core::Session session = withEvents({
            sessionEvent("SOMETHING_NEW", "2026-12-03T10:00:00Z",
                { { QStringLiteral("error"), QJsonObject { { QStringLiteral("code"), QStringLiteral("E1") } } } }),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("UNDATED_THING") } },
            sessionEvent("PAY_LOCK_END", "2026-12-03T10:01:00Z"), // an end with no start is kept as an event
        });
        Core::Transaction transaction;
        transaction.events = { transactionEvent("NEW_KIND", "2026-12-03T10:00:30Z") };
        const QList<TimelineEntry> entries = SessionTimeline::build(session, transaction, C);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).title, QStringLiteral("SOMETHING_NEW"));
        QCOMPARE(entries.at(0).details, QStringLiteral("Error E1"));
        QCOMPARE(entries.at(1).title, QStringLiteral("NEW_KIND"));
        QCOMPARE(entries.at(2).title, QStringLiteral("Customer left the payment page"));
        QCOMPARE(entries.at(3).title, QStringLiteral("UNDATED_THING")); // undated last
        QVERIFY(!entries.at(3).time.isValid());
    }

    void timeline_minimalSessionIsEmpty()
    {
        QVERIFY(SessionTimeline::build(parse(R"({"id":"x"})"), std::nullopt, C).isEmpty());
        QCOMPARE(SessionTimeline::durationText(3725), QStringLiteral("1 h 2 min"));
        QCOMPARE(SessionTimeline::durationText(12), QStringLiteral("12 s"));
    }

    // --- order items ---

    void items_columnsAndTotals()
    {
        const Core::Session session = parse(R"({"id":"x","order":{"amount":45800,"currency":"NOK","vat_amount":9160,
            "items":[{"id":"SKU-TEA","description":"Green tea","quantity":2,"amount":19800,"vat_amount":3960,"vat":25},
                     {"id":"SKU-MUG","quantity":1,"amount":26000,"vat_amount":5200,"vat":25}]}})");
        OrderItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(OrderItemsModel::ColumnCount));
        QCOMPARE(model.index(0, OrderItemsModel::DescriptionColumn).data().toString(), QStringLiteral("Green tea"));
        QCOMPARE(model.index(1, OrderItemsModel::DescriptionColumn).data().toString(), QStringLiteral("SKU-MUG"));
        QCOMPARE(
            model.index(0, OrderItemsModel::UnitAmountColumn).data(OrderItemsModel::MinorUnitsRole).toLongLong(), 9900);
        QCOMPARE(model.index(0, OrderItemsModel::LineAmountColumn).data(OrderItemsModel::MinorUnitsRole).toLongLong(),
            19800);
        QCOMPARE(model.totalAmount(), Core::Money({ 45800, QStringLiteral("NOK") }));
        QCOMPARE(model.totalVat(), Core::Money({ 9160, QStringLiteral("NOK") }));
        const auto check = model.amountCheck();
        QVERIFY(check);
        QVERIFY(check->matches());
        QVERIFY(OrderItemsModel::mismatchText(*check, C).isEmpty());
    }

    void items_mismatchWithShippingReportedInMoney()
    {
        const Core::Session session = parse(R"({"id":"x","order":{"amount":30000,"currency":"NOK",
            "shipping_option":{"id":"post","amount":4900},
            "items":[{"description":"Tea","quantity":1,"amount":24900,"vat":25}]}})");
        OrderItemsModel model;
        model.setSession(session);
        const auto check = model.amountCheck();
        QVERIFY(check);
        QVERIFY(!check->matches());
        QCOMPARE(check->difference, 200);
        QCOMPARE(OrderItemsModel::mismatchText(*check, C),
            QStringLiteral("Items and shipping add up to %1, %2 less than the order amount (%3).")
                .arg(nok("298.00"), nok("2.00"), nok("300.00")));
    }

    void items_shippingAlreadyALineCountsOnce()
    {
        const Core::Session session = parse(R"({"id":"x","order":{"amount":29800,"currency":"NOK",
            "shipping_option":{"id":"post","line_id":"ship","amount":4900},
            "items":[{"description":"Tea","quantity":1,"amount":24900},
                     {"line_id":"ship","description":"Shipping","quantity":1,"amount":4900,"type":"shipping"}]}})");
        OrderItemsModel model;
        model.setSession(session);
        QVERIFY(model.amountCheck()->matches());
        QVERIFY(!model.amountCheck()->shipping);
    }

    void items_partialPaymentMayBeLower_andNoItemsNoCheck()
    {
        OrderItemsModel model;
        model.setSession(parse(R"({"id":"x","order":{"amount":1000,"currency":"NOK","partial_payment":true,
            "items":[{"description":"Tea","quantity":3,"amount":3000}]}})"));
        QVERIFY(model.amountCheck()->matches());
        model.setSession(parse(R"({"id":"x","order":{"amount":5000,"currency":"NOK",
            "items":[{"description":"Tea","quantity":3,"amount":3000}]}})"));
        QCOMPARE(OrderItemsModel::mismatchText(*model.amountCheck(), C),
            QStringLiteral("The items add up to %1, %2 less than the order amount (%3).")
                .arg(nok("30.00"), nok("20.00"), nok("50.00")));
        model.setSession(parse(R"({"id":"x"})"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.amountCheck());
        // A zero quantity has no unit amount (and no division by zero).
        model.setSession(parse(R"({"id":"x","order":{"amount":0,"currency":"NOK",
            "items":[{"description":"Free","quantity":0,"amount":0}]}})"));
        QVERIFY(model.index(0, OrderItemsModel::UnitAmountColumn).data().toString().isEmpty());
    }

    // --- status header ---

    void summary_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("transactionStatus"); // -1: no transaction read
        QTest::addColumn<QString>("statusText");
        QTest::addColumn<QString>("sentence");

        const QByteArray base = R"("id":"x","order":{"amount":29800,"currency":"NOK"})";
        QTest::newRow("open") << QByteArray(
            "{" + base + R"(,"events":[{"name":"INITIATED","created_at":"2026-12-03T10:00:00Z"}]})")
                              << -1 << QStringLiteral("Open")
                              << QStringLiteral("Open: the customer has not opened the payment page yet.");
        QTest::newRow("authorized by transaction")
            << QByteArray("{" + base + R"(,"transaction_id":"t1"})") << int(Core::TransactionStatus::Authorized)
            << QStringLiteral("Paid / authorized")
            << QStringLiteral("Authorized: %1 is reserved on the customer's card; cancelling releases it.")
                   .arg(nok("298.00"));
        QTest::newRow("captured") << QByteArray("{" + base + R"(,"transaction_id":"t1"})")
                                  << int(Core::TransactionStatus::Captured) << QStringLiteral("Paid / authorized")
                                  << QStringLiteral("Captured: the money is taken; refund it instead.");
        QTest::newRow("cancelled") << QByteArray(
            "{" + base + R"(,"cancelled_at":"2026-12-03T12:00:00Z","cancelled_by":"demo"})")
                                   << -1 << QStringLiteral("Cancelled")
                                   << QStringLiteral(
                                          "Cancelled on 3 Dec 2026 by demo: the customer can no longer pay.");
        QTest::newRow("expired") << QByteArray("{" + base + R"(,"expires_at":"2026-12-01T00:00:00Z"})") << -1
                                 << QStringLiteral("Expired")
                                 << QStringLiteral("Expired: the customer can no longer pay.");
        QTest::newRow("card saved") << QByteArray(
            R"({"id":"x","payment_operation":"generate_payment_token","transaction_id":"t1"})")
                                    << int(Core::TransactionStatus::Authorized) << QStringLiteral("Paid / authorized")
                                    << QStringLiteral(
                                           "Card saved: Visa **** 1111 can be charged later without the customer.");
        QTest::newRow("minimal") << QByteArray(R"({"id":"x"})") << -1 << QStringLiteral("Open")
                                 << QStringLiteral("Open: the customer has not opened the payment page yet.");
    }

    void summary()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, transactionStatus);
        QFETCH(QString, statusText);
        QFETCH(QString, sentence);
        const Core::Session session = parse(json.constData());
        std::optional<Core::Transaction> transaction;
        if (transactionStatus >= 0) {
            transaction.emplace();
            transaction->id = QStringLiteral("t1");
            transaction->amount = { 29800, QStringLiteral("NOK") };
            transaction->status = Core::TransactionStatus(transactionStatus);
            transaction->card.emplace();
            transaction->card->brand = QStringLiteral("Visa");
            transaction->card->maskedPan = QStringLiteral("**** 1111");
        }
        const QDateTime now(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC);
        const SessionSummary summary = SessionSummary::of(session, transaction, now, C);
        QCOMPARE(summary.statusText, statusText);
        QCOMPARE(summary.sentence, sentence);
    }
};

QTEST_GUILESS_MAIN(SessionDetailsModelsTest)
#include "sessiondetailsmodels_test.moc"
