// The order-lines logic without widgets: line amounts and VAT, totals, the amount rule,
// validation with field reasons, the JSON bodies of the three writes, and the server's
// 400 placed at its fields.
#include "orders/orderdraft.h"
#include "orders/orderlinesmodel.h"
#include "orders/sessionwrite.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Dintero;
using namespace Dintero::Orders;

namespace {

OrderLine makeLine(const QString &description, double quantity, qint64 unitPrice, double vat)
{
    OrderLine line;
    line.description = description;
    line.quantity = quantity;
    line.unitPrice = unitPrice;
    line.vatPercent = vat;
    return line;
}

const QDateTime Now = QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);

OrderDraft validAdvancedDraft()
{
    OrderDraft draft;
    draft.amount = 64800;
    draft.currency = QStringLiteral("NOK");
    draft.merchantReference = QStringLiteral("SO-1001");
    draft.returnUrl = QUrl(QStringLiteral("https://shop.example/return"));
    draft.lines
        = { makeLine(QStringLiteral("Wool socks"), 2, 14900, 25), makeLine(QStringLiteral("Cap"), 1, 29900, 25) };
    draft.shipping = { QStringLiteral("Posten"), 5100, 25 };
    return draft;
}

QList<OrderField> fieldsOf(const QList<FieldProblem> &problems)
{
    QList<OrderField> fields;
    for (const FieldProblem &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

class OrderDraftTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineAmount_isQuantityTimesUnitPriceRounded_data()
    {
        QTest::addColumn<double>("quantity");
        QTest::addColumn<qint64>("unitPrice");
        QTest::addColumn<double>("vat");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("vatAmount");
        QTest::newRow("2 × 149.00 at 25 %") << 2.0 << qint64(14900) << 25.0 << qint64(29800) << qint64(5960);
        QTest::newRow("1.5 × 0.99 rounds half away") << 1.5 << qint64(99) << 25.0 << qint64(149) << qint64(30);
        QTest::newRow("15 % food VAT") << 3.0 << qint64(3333) << 15.0 << qint64(9999) << qint64(1304);
        QTest::newRow("no VAT") << 1.0 << qint64(5000) << 0.0 << qint64(5000) << qint64(0);
    }
    void lineAmount_isQuantityTimesUnitPriceRounded()
    {
        QFETCH(double, quantity);
        QFETCH(qint64, unitPrice);
        QFETCH(double, vat);
        const OrderLine line = makeLine(QStringLiteral("x"), quantity, unitPrice, vat);
        QTEST(line.amount(), "amount");
        QTEST(line.vatAmount(), "vatAmount");
    }

    void totals_addLinesAndShipping()
    {
        const OrderDraft draft = validAdvancedDraft();
        QCOMPARE(draft.itemsTotal(), 59700);
        QCOMPARE(draft.linesAndShippingTotal(), 64800);
        QVERIFY(draft.amountMatchesLines());
        QVERIFY(draft.validate(WriteKind::Create, Now).isEmpty());
    }

    void validate_mismatchOfTotals_isAProblemAtTheLines()
    {
        OrderDraft draft = validAdvancedDraft();
        draft.amount = 60000;
        const QList<FieldProblem> problems = draft.validate(WriteKind::Create, Now);
        QCOMPARE(fieldsOf(problems), QList<OrderField> { OrderField::Items });
        QVERIFY2(problems.first().reason.contains(QStringLiteral("648")), qPrintable(problems.first().reason));
        QVERIFY(problems.first().reason.contains(QStringLiteral("600")));
        // The profile form has no lines: the rule does not apply there.
        QVERIFY(draft.validate(WriteKind::CreateFromProfile, Now).isEmpty());
    }

    void validate_eachBadFieldSaysWhy_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<OrderField>("field");
        QTest::newRow("e-mail") << "email" << OrderField::CustomerEmail;
        QTest::newRow("phone without +") << "phone" << OrderField::CustomerPhone;
        QTest::newRow("currency") << "currency" << OrderField::Currency;
        QTest::newRow("return URL") << "return" << OrderField::ReturnUrl;
        QTest::newRow("callback URL") << "callback" << OrderField::CallbackUrl;
        QTest::newRow("expiry in the past") << "expiry" << OrderField::ExpiresAt;
        QTest::newRow("empty reference") << "reference" << OrderField::MerchantReference;
        QTest::newRow("SMS without phone") << "sms" << OrderField::Publish;
        QTest::newRow("zero amount") << "amount" << OrderField::Amount;
        QTest::newRow("empty profile") << "profile" << OrderField::ProfileId;
    }
    void validate_eachBadFieldSaysWhy()
    {
        QFETCH(QString, change);
        OrderDraft draft = validAdvancedDraft();
        WriteKind kind = WriteKind::Create;
        if (change == u"email")
            draft.customerEmail = QStringLiteral("kari.nordmann@");
        else if (change == u"phone")
            draft.customerPhone = QStringLiteral("91234567");
        else if (change == u"currency")
            draft.currency = QStringLiteral("kr");
        else if (change == u"return")
            draft.returnUrl = QUrl(QStringLiteral("shop.example/return"));
        else if (change == u"callback")
            draft.callbackUrl = QUrl(QStringLiteral("ftp://shop.example/cb"));
        else if (change == u"expiry")
            draft.expiresAt = Now.addSecs(-60);
        else if (change == u"reference")
            draft.merchantReference = QStringLiteral("  ");
        else if (change == u"sms")
            draft.sendLinkBySms = true;
        else if (change == u"amount")
            draft.amount = 0;
        else if (change == u"profile")
            draft.profileId.clear();
        if (change == u"amount" || change == u"profile")
            kind = WriteKind::CreateFromProfile;
        const QList<FieldProblem> problems = draft.validate(kind, Now);
        QFETCH(OrderField, field);
        QCOMPARE(fieldsOf(problems), QList<OrderField> { field });
        QVERIFY(!problems.first().reason.isEmpty());
    }

    void validate_nonAsciiReferenceIsAccepted()
    {
        OrderDraft draft = validAdvancedDraft();
        draft.merchantReference = QStringLiteral("Ordre-Ærøskøbing-✓");
        QVERIFY(draft.validate(WriteKind::Create, Now).isEmpty());
        QCOMPARE(draft.sessionBody()[u"order"][u"merchant_reference"].toString(), draft.merchantReference);
    }

    void validate_badLineSaysWhichLine()
    {
        OrderDraft draft = validAdvancedDraft();
        draft.lines[1].description.clear();
        const QList<FieldProblem> problems = draft.validate(WriteKind::Create, Now);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, OrderField::Items);
        QCOMPARE(problems.first().line, 1);
        QVERIFY(problems.first().reason.contains(QStringLiteral("2")));
    }

    void sessionBody_carriesLinesShippingAndPublish()
    {
        OrderDraft draft = validAdvancedDraft();
        draft.storeId = QStringLiteral("oslo-sentrum");
        draft.customerPhone = QStringLiteral("+4791234567");
        draft.sendLinkBySms = true;
        draft.expiresAt = Now.addDays(1);
        draft.callbackUrl = QUrl(QStringLiteral("https://shop.example/callback?method=POST"));
        const QJsonObject body = draft.sessionBody();
        const QJsonObject order = body[u"order"].toObject();
        QCOMPARE(order[u"amount"].toInteger(), 64800);
        QCOMPARE(order[u"currency"].toString(), QStringLiteral("NOK"));
        QCOMPARE(order[u"store"][u"id"].toString(), QStringLiteral("oslo-sentrum"));
        const QJsonArray items = order[u"items"].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0][u"amount"].toInteger(), 29800);
        QCOMPARE(items[0][u"vat_amount"].toInteger(), 5960);
        QCOMPARE(items[0][u"quantity"].toInteger(), 2);
        QCOMPARE(items[0][u"vat"].toInteger(), 25);
        QCOMPARE(order[u"shipping_option"][u"amount"].toInteger(), 5100);
        QCOMPARE(order[u"vat_amount"].toInteger(), 5960 + 5980 + 1020);
        QCOMPARE(body[u"url"][u"callback_url"].toString(), QStringLiteral("https://shop.example/callback?method=POST"));
        QCOMPARE(body[u"expires_at"].toString(), QStringLiteral("2026-03-05T12:00:00Z"));
        QCOMPARE(body[u"customer"][u"phone_number"].toString(), QStringLiteral("+4791234567"));
        const QJsonArray publish = body[u"configuration"][u"publish"].toArray();
        QCOMPARE(publish.size(), 1);
        QCOMPARE(publish[0][u"channel"].toString(), QStringLiteral("sms"));
        QCOMPARE(publish[0][u"type"].toString(), QStringLiteral("checkout-link"));
    }

    void profileBody_hasBasicsOnly()
    {
        OrderDraft draft = validAdvancedDraft();
        draft.customerEmail = QStringLiteral("kari@example.no");
        const QJsonObject body = draft.profileBody();
        QCOMPARE(body[u"profile_id"].toString(), QStringLiteral("default"));
        QVERIFY(!body[u"order"].toObject().contains(QStringLiteral("items")));
        QVERIFY(!body.contains(QStringLiteral("configuration")));
        QCOMPARE(body[u"customer"][u"email"].toString(), QStringLiteral("kari@example.no"));
        QCOMPARE(body[u"url"][u"return_url"].toString(), QStringLiteral("https://shop.example/return"));
    }

    void updateBody_sendsLinesEvenWhenNoneAreLeft()
    {
        OrderDraft draft = validAdvancedDraft();
        draft.lines.clear();
        draft.shipping = {};
        draft.amount = 100;
        const QJsonObject order = draft.updateBody()[u"order"].toObject();
        QVERIFY(order.contains(QStringLiteral("items")));
        QVERIFY(order[u"items"].toArray().isEmpty());
        QCOMPARE(order[u"amount"].toInteger(), 100);
        QVERIFY(!order.contains(QStringLiteral("currency")));
        // No lines: the amount rule does not apply to an update.
        QVERIFY(draft.validate(WriteKind::Update, Now).isEmpty());
    }

    void fromSession_keepsAmountsThatDoNotDivide()
    {
        const QJsonObject json { { QStringLiteral("id"), QStringLiteral("T1.x") },
            { QStringLiteral("order"),
                QJsonObject { { QStringLiteral("amount"), 1000 }, { QStringLiteral("currency"), QStringLiteral("NOK") },
                    { QStringLiteral("merchant_reference"), QStringLiteral("SO-7") },
                    { QStringLiteral("items"),
                        QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("sku-1") },
                            { QStringLiteral("line_id"), QStringLiteral("1") },
                            { QStringLiteral("description"), QStringLiteral("Three for ten") },
                            { QStringLiteral("quantity"), 3 }, { QStringLiteral("amount"), 1000 },
                            { QStringLiteral("vat"), 25 } } } } } } };
        const OrderDraft draft = OrderDraft::fromSession(*Core::Session::fromJson(json));
        QCOMPARE(draft.lines.size(), 1);
        QCOMPARE(draft.lines[0].amount(), 1000);
        QVERIFY(draft.amountMatchesLines());
        QCOMPARE(draft.updateBody()[u"order"][u"items"][0][u"id"].toString(), QStringLiteral("sku-1"));
    }

    void parseAmount_readsMajorUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<bool>("ok");
        QTest::newRow("point") << "299.90"
                               << "NOK" << qint64(29990) << true;
        QTest::newRow("comma") << "299,9"
                               << "NOK" << qint64(29990) << true;
        QTest::newRow("group space") << "1 299"
                                     << "NOK" << qint64(129900) << true;
        QTest::newRow("too many decimals") << "1.999"
                                           << "NOK" << qint64(0) << false;
        QTest::newRow("JPY has none") << "500"
                                      << "JPY" << qint64(500) << true;
        QTest::newRow("negative") << "-5"
                                  << "NOK" << qint64(0) << false;
        QTest::newRow("letters") << "abc"
                                 << "NOK" << qint64(0) << false;
    }
    void parseAmount_readsMajorUnits()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        const std::optional<qint64> minor = parseAmount(text, currency);
        QFETCH(bool, ok);
        QCOMPARE(minor.has_value(), ok);
        if (minor)
            QTEST(*minor, "minor");
        QCOMPARE(amountText(29990, QStringLiteral("NOK")), QStringLiteral("299.90"));
    }

    void serverMessage_isPlacedAtItsFields()
    {
        const QList<FieldProblem> problems = problemsFromServerMessage(
            QStringLiteral("order.amount must equal the sum of the item amounts plus shipping (500) when "
                           "strict-session-amounts is on; customer.phone_number must be written with the "
                           "international prefix; order.items[1].amount must be an integer"));
        QCOMPARE(fieldsOf(problems),
            (QList<OrderField> { OrderField::Amount, OrderField::CustomerPhone, OrderField::Items }));
        QCOMPARE(problems[2].line, 1);
        const QList<FieldProblem> other
            = problemsFromServerMessage(QStringLiteral("Session T1.x is not locked for paying; send it"));
        QCOMPARE(fieldsOf(other), QList<OrderField> { OrderField::Other });
        QCOMPARE(other.first().reason, QStringLiteral("Session T1.x is not locked for paying; send it"));
        QCOMPARE(fieldForPath(QStringLiteral("order.merchant_reference_2")), OrderField::MerchantReference2);
        QCOMPARE(fieldForPath(QStringLiteral("profile_id")), OrderField::ProfileId);
    }

    void publishStatus_meaningInWords()
    {
        const QList<PublishResult> results
            = publishResults(QJsonArray { QJsonObject { { QStringLiteral("channel"), QStringLiteral("sms") },
                                              { QStringLiteral("status"), QStringLiteral("sent") } },
                QJsonObject { { QStringLiteral("channel"), QStringLiteral("sms") },
                    { QStringLiteral("status"), QStringLiteral("skipped") } },
                QJsonObject { { QStringLiteral("channel"), QStringLiteral("sms") },
                    { QStringLiteral("status"), QStringLiteral("failed") } } });
        QCOMPARE(results.size(), 3);
        QVERIFY(results[0].meaning().contains(QStringLiteral("on its way")));
        QVERIFY(results[1].meaning().contains(QStringLiteral("hand the link over yourself")));
        QVERIFY(results[2].meaning().contains(QStringLiteral("could not be delivered")));
    }

    void lockRule_readsTheLastLockEvent()
    {
        const auto session = [](const QStringList &names) {
            QJsonArray events;
            for (int i = 0; i < names.size(); ++i)
                events.append(QJsonObject { { QStringLiteral("name"), names[i] },
                    { QStringLiteral("created_at"), Now.addSecs(i).toString(Qt::ISODate) } });
            return *Core::Session::fromJson(
                { { QStringLiteral("id"), QStringLiteral("T1.x") }, { QStringLiteral("events"), events } });
        };
        QVERIFY(!LockRule::isLockedForPaying(session({ QStringLiteral("INITIATED") })));
        QVERIFY(
            LockRule::isLockedForPaying(session({ QStringLiteral("INITIATED"), QStringLiteral("PAY_LOCK_START") })));
        QVERIFY(!LockRule::isLockedForPaying(session(
            { QStringLiteral("INITIATED"), QStringLiteral("PAY_LOCK_START"), QStringLiteral("PAY_LOCK_END") })));
        QVERIFY(LockRule::explanation(false).contains(QStringLiteral("not locked")));
    }

    void linesModel_editsAndComputes()
    {
        OrderLinesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &OrderLinesModel::linesChanged);
        const int row = model.addLine();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.setData(model.index(row, OrderLinesModel::DescriptionColumn), QStringLiteral("Socks")));
        QVERIFY(model.setData(model.index(row, OrderLinesModel::QuantityColumn), QStringLiteral("2")));
        QVERIFY(model.setData(model.index(row, OrderLinesModel::UnitPriceColumn), QStringLiteral("149,00")));
        QCOMPARE(model.lines().first().amount(), 29800);
        QCOMPARE(model.data(model.index(row, OrderLinesModel::AmountColumn), Qt::EditRole).toLongLong(), 29800);
        QCOMPARE(model.data(model.index(row, OrderLinesModel::VatAmountColumn), Qt::EditRole).toLongLong(), 5960);
        // Bad input is refused and the line keeps its value.
        QVERIFY(!model.setData(model.index(row, OrderLinesModel::UnitPriceColumn), QStringLiteral("lots")));
        QVERIFY(!model.setData(model.index(row, OrderLinesModel::QuantityColumn), QStringLiteral("0")));
        QVERIFY(!model.setData(model.index(row, OrderLinesModel::VatColumn), QStringLiteral("125")));
        QCOMPARE(model.lines().first().unitPrice, 14900);
        QVERIFY(!(model.flags(model.index(row, OrderLinesModel::AmountColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(row, OrderLinesModel::VatColumn)) & Qt::ItemIsEditable);
        QCOMPARE(changed.count(), 4);
        model.removeLine(row);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(OrderDraftTest)
#include "orderdraft_test.moc"
