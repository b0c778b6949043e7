#include "core/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using Dintero::Core::Session;
using Dintero::Core::SessionStatus;

namespace {

QJsonObject parseObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// The detail example of §7.1 of the API reference. URLs are written with JSON's "\/"
// escape (moc reads "//" inside a raw string as the start of a comment).
const char *const Example = R"({
  "id": "T12345678.6Hq2VtZk9rWcYpB3nXa8Lm",
  "created_at": "2025-03-04T09:12:31.412Z",
  "updated_at": "2025-03-04T10:15:02.077+01:00",
  "expires_at": "2025-03-04T13:12:31.000Z",
  "url": {
    "return_url": "https:\/\/shop.example.no/checkout/return",
    "callback_url": "https:\/\/shop.example.no/dintero/callback?method=POST"
  },
  "customer": { "customer_id": "cust-20931", "email": "kari.nordmann@example.no", "phone_number": "+4791234567" },
  "order": {
    "amount": 45800, "currency": "NOK", "vat_amount": 9160,
    "merchant_reference": "SO-100482", "merchant_reference_2": "WEB",
    "store": { "id": "oslo-01", "name": "Example Oslo" },
    "items": [
      { "id": "SKU-TEA-01", "line_id": "1", "description": "Green tea 250 g", "quantity": 2,
        "amount": 19800, "vat_amount": 3960, "vat": 25, "type": "physical" },
      { "id": "SKU-MUG-07", "line_id": "2", "description": "Stoneware mug", "quantity": 1.5,
        "amount": 26000, "vat_amount": 5200, "vat": 25, "type": "physical" }
    ],
    "billing_address": { "first_name": "Kari", "last_name": "Nordmann" },
    "shipping_address": { "first_name": "Ola", "last_name": "Nordmann" }
  },
  "metadata": { "ext_crm_case": "C-7731" },
  "transaction_id": "T12345678.6Hq2W1pFs3uEJd9yQk4RtN",
  "events": [
    { "name": "AUTH_CALLBACK_SENT", "created_at": "2025-03-04T09:15:02.077Z" },
    { "id": "0b7f", "name": "INITIATED", "created_at": "2025-03-04T09:12:31.412Z" },
    { "name": "AUTHORIZED", "created_at": "2025-03-04T09:14:58.901Z",
      "details": { "payment_product_type": "dintero_psp.creditcard", "amount": 45800 } },
    { "name": "VISITED", "created_at": "2025-03-04T09:13:05.220Z" },
    { "name": "SOMETHING_NEW", "created_at": "2025-03-04T09:13:06Z" }
  ],
  "future_field": { "x": 1 }
})";

} // namespace

class SessionTest : public QObject
{
    Q_OBJECT

private slots:
    void fromJson_readsEveryField();
    void fromJson_requiresId_data();
    void fromJson_requiresId();
    void fromJson_onlyIdIsRequired();
    void fromJson_ignoresWronglyTypedFields();
    void fromJson_keepsUnknownFieldsAndEvents();
    void fromJson_sortsEventsByTime();
    void customerName_data();
    void customerName();
    void dates_data();
    void dates();
    void listFromJson_requiresArray();
    void pageFromJson_matchesQJsonPath();
    void pageFromJson_problems();
    void rawJson_isTheElementsBytes();
    void pageFromJson_refusesWhatQtRefuses_data();
    void pageFromJson_refusesWhatQtRefuses();
    void indexPage_agreesWithPageFromJson_data();
    void indexPage_agreesWithPageFromJson();
    void integers_beyond2to53_data();
    void integers_beyond2to53();
    void listFromJson_skipsBadElements();
    void status_data();
    void status();
    void canOfferCancel_data();
    void canOfferCancel();
    void paymentTokenSession();
    void copies_shareData();
};

void SessionTest::fromJson_readsEveryField()
{
    QString error;
    const std::optional<Session> parsed = Session::fromJson(parseObject(Example), &error);
    QVERIFY2(parsed, qPrintable(error));
    const Session &s = *parsed;
    QCOMPARE(s.id(), QStringLiteral("T12345678.6Hq2VtZk9rWcYpB3nXa8Lm"));
    QCOMPARE(s.createdAt(), utc(2025, 3, 4, 9, 12, 31, 412));
    QCOMPARE(s.createdAt().timeSpec(), Qt::UTC);
    QCOMPARE(s.updatedAt(), utc(2025, 3, 4, 9, 15, 2, 77));
    QCOMPARE(s.expiresAt(), utc(2025, 3, 4, 13, 12, 31));
    QVERIFY(!s.cancelledAt().isValid());
    QCOMPARE(s.transactionId(), QStringLiteral("T12345678.6Hq2W1pFs3uEJd9yQk4RtN"));
    QCOMPARE(s.merchantReference(), QStringLiteral("SO-100482"));
    QCOMPARE(s.merchantReference2(), QStringLiteral("WEB"));
    QVERIFY(s.hasAmount());
    QCOMPARE(s.amount(), (Dintero::Core::Money { 45800, QStringLiteral("NOK") }));
    QCOMPARE(s.vatAmount(), (Dintero::Core::Money { 9160, QStringLiteral("NOK") }));
    QCOMPARE(s.customerId(), QStringLiteral("cust-20931"));
    QCOMPARE(s.customerEmail(), QStringLiteral("kari.nordmann@example.no"));
    QCOMPARE(s.customerPhone(), QStringLiteral("+4791234567"));
    QCOMPARE(s.customerName(), QStringLiteral("Kari Nordmann"));
    QCOMPARE(s.storeId(), QStringLiteral("oslo-01"));
    QCOMPARE(s.storeName(), QStringLiteral("Example Oslo"));
    QCOMPARE(s.items().size(), 2);
    QCOMPARE(s.items().at(0).id, QStringLiteral("SKU-TEA-01"));
    QCOMPARE(s.items().at(0).amount, 19800);
    QCOMPARE(s.items().at(1).quantity, 1.5);
    QCOMPARE(s.items().at(1).vat, 25.0);
    QCOMPARE(s.returnUrl(), QUrl(QStringLiteral("https://shop.example.no/checkout/return")));
    QCOMPARE(s.callbackUrl().query(), QStringLiteral("method=POST"));
    QVERIFY(s.merchantTermsUrl().isEmpty());
    QCOMPARE(s.metadata().value(QStringLiteral("ext_crm_case")).toString(), QStringLiteral("C-7731"));
    QVERIFY(!s.isPaymentTokenSession());
    QVERIFY(s.warnings().isEmpty());
    QCOMPARE(s.status(utc(2025, 3, 4, 10, 0)), SessionStatus::Authorized);
}

void SessionTest::fromJson_requiresId_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("missing") << QByteArray(R"({"order": {"amount": 1}})");
    QTest::newRow("number") << QByteArray(R"({"id": 12})");
    QTest::newRow("null") << QByteArray(R"({"id": null})");
    QTest::newRow("empty") << QByteArray(R"({"id": ""})");
    QTest::newRow("object") << QByteArray(R"({"id": {"value": "T1.a"}})");
}

void SessionTest::fromJson_requiresId()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!Session::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(QLatin1String("\"id\"")), qPrintable(error));
    QVERIFY(!Session::fromJson(QJsonDocument::fromJson(json).object())); // error pointer optional
}

void SessionTest::fromJson_onlyIdIsRequired()
{
    QString error;
    const std::optional<Session> s = Session::fromJson(parseObject(R"({"id": "T1.min"})"), &error);
    QVERIFY(s);
    QVERIFY(error.isEmpty());
    QVERIFY(!s->createdAt().isValid());
    QVERIFY(!s->hasAmount());
    QCOMPARE(s->amount().minorUnits, 0);
    QVERIFY(s->items().isEmpty());
    QVERIFY(s->events().isEmpty());
    QVERIFY(s->customerName().isEmpty());
    QVERIFY(s->warnings().isEmpty());
    QCOMPARE(s->status(utc(2030, 1, 1, 0, 0)), SessionStatus::Open);
    QVERIFY(s->canOfferCancel());
}

void SessionTest::fromJson_ignoresWronglyTypedFields()
{
    const std::optional<Session> s = Session::fromJson(parseObject(R"({
        "id": "T1.bad",
        "created_at": 1741079551,
        "expires_at": "yesterday",
        "transaction_id": 5,
        "cancelled_at": null,
        "order": { "amount": "45800", "currency": 578, "vat_amount": 12.5, "merchant_reference": ["x"],
                   "store": "oslo", "items": {"0": {}},
                   "billing_address": "Kari" },
        "customer": [],
        "url": { "return_url": 7 },
        "events": [ "INITIATED", { "name": 3, "created_at": "2025-03-04T09:00:00Z" },
                    { "name": "VISITED", "created_at": false } ]
    })"));
    QVERIFY(s);
    QVERIFY(!s->createdAt().isValid());
    QVERIFY(!s->expiresAt().isValid());
    QVERIFY(s->transactionId().isEmpty());
    QVERIFY(!s->hasAmount());
    QVERIFY(!s->hasVatAmount());
    QVERIFY(s->amount().currency.isEmpty());
    QVERIFY(s->merchantReference().isEmpty());
    QVERIFY(s->storeId().isEmpty());
    QVERIFY(s->items().isEmpty());
    QVERIFY(s->returnUrl().isEmpty());
    QCOMPARE(s->events().size(), 2); // the string element is skipped
    const QStringList warnings = s->warnings();
    for (const char *field : { "created_at", "expires_at", "transaction_id", "order.amount", "order.currency",
             "order.vat_amount", "order.merchant_reference", "order.store", "order.items", "order.billing_address",
             "customer", "url.return_url", "events[0]", "events[1].name", "events[2].created_at" }) {
        const bool found = std::any_of(warnings.cbegin(), warnings.cend(),
            [field](const QString &w) { return w.startsWith(QLatin1String(field) + QLatin1Char(':')); });
        QVERIFY2(found, qPrintable(QLatin1String(field) + QLatin1String(" not in ") + warnings.join(u'|')));
    }
    // null is "absent", not wrongly typed
    QVERIFY(!warnings.join(u'|').contains(QLatin1String("cancelled_at")));
}

void SessionTest::fromJson_keepsUnknownFieldsAndEvents()
{
    const std::optional<Session> s = Session::fromJson(parseObject(Example));
    QVERIFY(s);
    QCOMPARE(s->json().value(QStringLiteral("future_field")).toObject().value(QStringLiteral("x")).toInt(), 1);
    QCOMPARE(s->json(), parseObject(Example));
    const auto events = s->events();
    QVERIFY(std::any_of(
        events.cbegin(), events.cend(), [](const auto &e) { return e.name == QLatin1String("SOMETHING_NEW"); }));
}

void SessionTest::fromJson_sortsEventsByTime()
{
    const std::optional<Session> s = Session::fromJson(parseObject(Example));
    QVERIFY(s);
    QStringList names;
    for (const auto &event : s->events())
        names.append(event.name);
    QCOMPARE(names,
        (QStringList { QStringLiteral("INITIATED"), QStringLiteral("VISITED"), QStringLiteral("SOMETHING_NEW"),
            QStringLiteral("AUTHORIZED"), QStringLiteral("AUTH_CALLBACK_SENT") }));
    QCOMPARE(s->events().at(0).id, QStringLiteral("0b7f"));
    QCOMPARE(s->events().at(3).details.value(QStringLiteral("amount")).toInt(), 45800);
}

void SessionTest::customerName_data()
{
    QTest::addColumn<QByteArray>("order");
    QTest::addColumn<QString>("expected");
    QTest::newRow("billing") << QByteArray(R"({"billing_address": {"first_name": "Kari", "last_name": "Nordmann"},
        "shipping_address": {"first_name": "Ola", "last_name": "Hansen"}})")
                             << QStringLiteral("Kari Nordmann");
    QTest::newRow("shipping fallback") << QByteArray(R"({"billing_address": {"postal_code": "0155"},
        "shipping_address": {"first_name": "Ola", "last_name": "Hansen"}})")
                                       << QStringLiteral("Ola Hansen");
    QTest::newRow("first only") << QByteArray(R"({"billing_address": {"first_name": " Kari "}})")
                                << QStringLiteral("Kari");
    QTest::newRow("last only") << QByteArray(R"({"shipping_address": {"last_name": "Hansen"}})")
                               << QStringLiteral("Hansen");
    QTest::newRow("none") << QByteArray(R"({})") << QString();
}

void SessionTest::customerName()
{
    QFETCH(QByteArray, order);
    QFETCH(QString, expected);
    QJsonObject object { { QStringLiteral("id"), QStringLiteral("T1.n") },
        { QStringLiteral("order"), QJsonDocument::fromJson(order).object() } };
    QCOMPARE(Session::fromJson(object)->customerName(), expected);
}

void SessionTest::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("Z with ms") << QStringLiteral("2025-03-04T09:12:31.412Z") << utc(2025, 3, 4, 9, 12, 31, 412);
    QTest::newRow("no fraction") << QStringLiteral("2025-03-04T09:12:31Z") << utc(2025, 3, 4, 9, 12, 31);
    QTest::newRow("microseconds") << QStringLiteral("2025-03-04T09:12:31.412999Z") << utc(2025, 3, 4, 9, 12, 31, 412);
    QTest::newRow("offset") << QStringLiteral("2025-03-04T10:12:31+01:00") << utc(2025, 3, 4, 9, 12, 31);
    QTest::newRow("offset no colon") << QStringLiteral("2025-03-04T04:42:31-0430") << utc(2025, 3, 4, 9, 12, 31);
    QTest::newRow("no zone is UTC") << QStringLiteral("2025-03-04T09:12:31") << utc(2025, 3, 4, 9, 12, 31);
    QTest::newRow("date only") << QStringLiteral("2025-03-04") << utc(2025, 3, 4, 0, 0);
    QTest::newRow("day overflow") << QStringLiteral("2025-02-30T00:00:00Z") << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("soon") << QDateTime();
}

void SessionTest::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QJsonObject object { { QStringLiteral("id"), QStringLiteral("T1.d") },
        { QStringLiteral("created_at"), text } };
    const QDateTime parsed = Session::fromJson(object)->createdAt();
    QCOMPARE(parsed, expected);
    if (expected.isValid())
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void SessionTest::listFromJson_requiresArray()
{
    QString error;
    QVERIFY(Session::listFromJson(QJsonDocument(QJsonObject { { QStringLiteral("data"), QJsonArray() } }), &error)
                .isEmpty());
    QVERIFY(error.contains(QLatin1String("array")));
    error.clear();
    QVERIFY(Session::listFromJson(QJsonDocument(QJsonArray()), &error).isEmpty());
    QVERIFY(error.isEmpty());
}

namespace {

// Everything a Session exposes, as text, to compare two parses.
QString describe(const Session &s)
{
    QStringList parts { s.id(), s.createdAt().toString(Qt::ISODateWithMs), s.updatedAt().toString(Qt::ISODateWithMs),
        s.expiresAt().toString(Qt::ISODateWithMs), s.cancelledAt().toString(Qt::ISODateWithMs), s.cancelledBy(),
        s.transactionId(), s.merchantReference(), s.merchantReference2(), QString::number(s.hasAmount()),
        QString::number(s.amount().minorUnits) + s.amount().currency, QString::number(s.hasVatAmount()),
        QString::number(s.vatAmount().minorUnits), s.customerId(), s.customerEmail(), s.customerPhone(),
        s.customerName(), s.storeId(), s.storeName(), s.returnUrl().toString(), s.callbackUrl().toString(),
        s.merchantTermsUrl().toString(), s.paymentOperation(),
        QString::fromUtf8(QJsonDocument(s.metadata()).toJson(QJsonDocument::Compact)), s.warnings().join(u'|') };
    for (const auto &item : s.items()) {
        parts << item.id << item.lineId << item.description << QString::number(item.quantity)
              << QString::number(item.amount) << QString::number(item.vatAmount) << QString::number(item.vat)
              << item.type;
    }
    for (const auto &event : s.events()) {
        parts << event.name << event.createdAt.toString(Qt::ISODateWithMs) << event.id
              << QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    }
    return parts.join(u'\n');
}

} // namespace

void SessionTest::pageFromJson_matchesQJsonPath()
{
    // The example, a minimal session, a wrongly typed one and elements to skip.
    const QByteArray page = QByteArray("[") + QByteArray(Example) + QByteArray(R"(,
        {"id": "T1.min"},
        {"id": "T1.bad", "created_at": 17, "order": {"amount": "1", "items": [1, {"quantity": "2"}]},
         "events": ["x", {"name": "VISITED", "created_at": "2025-03-04T09:00:00+01:00", "details": [1]}],
         "customer": {"email": "a\u00e6@b.no"}},
        {"no_id": true},
        "string element"
    ])");
    QString qtError;
    const QList<Session> viaQt = Session::listFromJson(QJsonDocument::fromJson(page), &qtError);
    const Session::Page viaPage = Session::pageFromJson(page);
    QCOMPARE(viaPage.problem, Session::Page::Problem::None);
    QCOMPARE(viaPage.elementCount, 5);
    QCOMPARE(viaPage.sessions.size(), viaQt.size());
    QCOMPARE(viaPage.error, qtError);
    for (qsizetype i = 0; i < viaQt.size(); ++i) {
        QCOMPARE(describe(viaPage.sessions.at(i)), describe(viaQt.at(i)));
        QCOMPARE(viaPage.sessions.at(i).json(), viaQt.at(i).json()); // built on first use
        QCOMPARE(viaPage.sessions.at(i).status(utc(2025, 3, 4, 10, 0)), viaQt.at(i).status(utc(2025, 3, 4, 10, 0)));
    }
    QCOMPARE(viaPage.sessions.at(2).customerEmail(), QStringLiteral("aæ@b.no"));
    // A copy made before json() was first called shares the same result.
    const Session copy = Session::pageFromJson(page).sessions.first();
    const Session other = copy;
    QCOMPARE(other.json().value(QStringLiteral("id")).toString(), copy.id());
}

void SessionTest::rawJson_isTheElementsBytes()
{
    // Spacing, key order and number spelling as sent: what `list --format json` writes.
    const QByteArray first = R"({ "id" : "T1.a", "order": {"amount": 1.0e2, "currency":"NOK"}, "z": [1,2] })";
    const QByteArray second = R"({"id":"T1.b","note":"line\nbreak \u00e6"})";
    const Session::Page page = Session::pageFromJson("[\n  " + first + " ,\n" + second + "]");
    QCOMPARE(page.sessions.size(), 2);
    QCOMPARE(page.sessions.at(0).rawJson(), first);
    QCOMPARE(page.sessions.at(1).rawJson(), second);

    // Once json() was read (or for a session built from an object) it is that object, compact.
    const Session parsed = page.sessions.at(1);
    QCOMPARE(parsed.json().value(QLatin1String("note")).toString(), QStringLiteral("line\nbreak \u00e6"));
    QCOMPARE(QJsonDocument::fromJson(parsed.rawJson()).object(), parsed.json());
    QVERIFY(!parsed.rawJson().contains('\n'));
    const std::optional<Session> fromObject
        = Session::fromJson(QJsonObject { { QStringLiteral("id"), QStringLiteral("T1.c") } });
    QVERIFY(fromObject);
    QCOMPARE(fromObject->rawJson(), QByteArray(R"({"id":"T1.c"})"));
}

void SessionTest::pageFromJson_problems()
{
    Session::Page page = Session::pageFromJson(QByteArray(R"([{"id":"T1.a"},{"id":)"));
    QCOMPARE(page.problem, Session::Page::Problem::Syntax);
    QVERIFY(page.sessions.isEmpty());
    QVERIFY2(page.error.startsWith(QLatin1String("session list: invalid JSON (21 bytes): ")), qPrintable(page.error));

    page = Session::pageFromJson(QByteArray(R"({"data": []})"));
    QCOMPARE(page.problem, Session::Page::Problem::NotAnArray);

    page = Session::pageFromJson(QByteArray("[]"));
    QCOMPARE(page.problem, Session::Page::Problem::None);
    QCOMPARE(page.elementCount, 0);
    QVERIFY(page.error.isEmpty());
}

void SessionTest::pageFromJson_refusesWhatQtRefuses_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::newRow("amount out of range") << QByteArray(R"([{"id":"T1.a","order":{"amount":1e400}}])");
    QTest::newRow("invalid UTF-8") << QByteArray("[{\"id\":\"T1.a\",\"metadata\":{\"note\":\"\xff\"}}]");
}

void SessionTest::pageFromJson_refusesWhatQtRefuses()
{
    // Both readers must agree: a page QJsonDocument refuses is a syntax error, never a
    // session with amount 0 or one whose json() and metadata() come back empty.
    QFETCH(QByteArray, page);
    QJsonParseError qtError;
    QJsonDocument::fromJson(page, &qtError);
    QVERIFY(qtError.error != QJsonParseError::NoError);
    const Session::Page viaPage = Session::pageFromJson(page);
    QCOMPARE(viaPage.problem, Session::Page::Problem::Syntax);
    QVERIFY(viaPage.sessions.isEmpty());
}

void SessionTest::indexPage_agreesWithPageFromJson_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<int>("elements");
    QTest::addColumn<QString>("lastId");
    QTest::newRow("sessions") << QByteArray(R"([{"id":"T1.a"},{"id":"T1.b","order":{"amount":5}}])") << 2
                              << QStringLiteral("T1.b");
    QTest::newRow("last element without id")
        << QByteArray(R"([{"id":"T1.a"},{"status":"x"}])") << 2 << QStringLiteral("T1.a");
    QTest::newRow("last element not an object") << QByteArray(R"([{"id":"T1.a"},42])") << 2 << QStringLiteral("T1.a");
    QTest::newRow("no usable session") << QByteArray(R"([{"id":7},[]])") << 2 << QString();
    QTest::newRow("empty") << QByteArray("[]") << 0 << QString();
    QTest::newRow("truncated") << QByteArray(R"([{"id":"T1.a"},{"id":)") << -1 << QString();
    QTest::newRow("not an array") << QByteArray(R"({"data":[]})") << -1 << QString();
    QTest::newRow("amount out of range") << QByteArray(R"([{"id":"T1.a","order":{"amount":1e400}}])") << -1
                                         << QString();
}

void SessionTest::indexPage_agreesWithPageFromJson()
{
    // The walk asks for the next page with indexPage()'s id before pageFromJson() reads
    // the page: the two must agree on every page, or a page is skipped or asked twice.
    QFETCH(QByteArray, page);
    QFETCH(int, elements);
    QFETCH(QString, lastId);
    const std::optional<Session::PageIndex> index = Session::indexPage(page);
    const Session::Page read = Session::pageFromJson(page);
    QCOMPARE(index.has_value(), elements >= 0);
    QCOMPARE(read.problem == Session::Page::Problem::None, elements >= 0);
    if (!index)
        return;
    QCOMPARE(index->elementCount, elements);
    QCOMPARE(read.elementCount, elements);
    QCOMPARE(index->lastId, lastId);
    QCOMPARE(read.sessions.isEmpty() ? QString() : read.sessions.last().id(), lastId);
}

void SessionTest::integers_beyond2to53_data()
{
    QTest::addColumn<QByteArray>("amount");
    QTest::addColumn<bool>("exact");
    QTest::newRow("2^53 - 1") << QByteArray("9007199254740991") << true;
    QTest::newRow("-(2^53 - 1)") << QByteArray("-9007199254740991") << true;
    QTest::newRow("2^53") << QByteArray("9007199254740992") << false;
    QTest::newRow("2^53 + 1 (rounds to 2^53)") << QByteArray("9007199254740993") << false;
    QTest::newRow("-(2^53 + 1)") << QByteArray("-9007199254740993") << false;
}

void SessionTest::integers_beyond2to53()
{
    QFETCH(QByteArray, amount);
    QFETCH(bool, exact);
    const QByteArray object = R"({"id":"T1.big","order":{"amount":)" + amount + "}}";
    const std::optional<Session> viaQt = Session::fromJson(QJsonDocument::fromJson(object).object());
    const Session::Page viaPage = Session::pageFromJson("[" + object + "]");
    QVERIFY(viaQt);
    QCOMPARE(viaPage.sessions.size(), 1);
    for (const Session &s : { *viaQt, viaPage.sessions.first() }) {
        QCOMPARE(s.hasAmount(), exact);
        if (exact)
            QCOMPARE(QByteArray::number(s.amount().minorUnits), amount);
        else
            QVERIFY(s.warnings().join(u'|').contains(QLatin1String("order.amount")));
    }
}

void SessionTest::listFromJson_skipsBadElements()
{
    const QJsonArray array {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("T1.a") } },
        QStringLiteral("T1.b"),
        QJsonObject { { QStringLiteral("order"), QJsonObject() } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("T1.c") }, { QStringLiteral("order"), 3 } },
    };
    QString error;
    const QList<Session> sessions = Session::listFromJson(QJsonDocument(array), &error);
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).id(), QStringLiteral("T1.a"));
    QCOMPARE(sessions.at(1).id(), QStringLiteral("T1.c"));
    QVERIFY(error.contains(QLatin1String("[1]")));
    QVERIFY(error.contains(QLatin1String("[2]")));
}

void SessionTest::status_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<SessionStatus>("expected");

    // now = 2025-03-04T12:00Z. One row per line of §6, plus the precedence between them.
    QTest::newRow("cancelled: cancelled_at")
        << QByteArray(R"({"cancelled_at": "2025-03-04T10:00:00Z", "transaction_id": "t",
                          "events": [{"name": "AUTHORIZED", "created_at": "2025-03-04T09:00:00Z"}]})")
        << SessionStatus::Cancelled;
    QTest::newRow("cancelled: event only")
        << QByteArray(R"({"events": [{"name": "INITIATED", "created_at": "2025-03-04T09:00:00Z"},
                                     {"name": "CANCELLED", "created_at": "2025-03-04T09:30:00Z"}]})")
        << SessionStatus::Cancelled;
    QTest::newRow("on hold") << QByteArray(R"({"transaction_id": "t", "events": [
               {"name": "INITIATED", "created_at": "2025-03-04T09:00:00Z"},
               {"name": "ON_HOLD_CALLBACK_SENT", "created_at": "2025-03-04T09:10:00Z"}]})")
                             << SessionStatus::OnHold;
    QTest::newRow("on hold, authorized later") << QByteArray(R"({"events": [
               {"name": "AUTHORIZED", "created_at": "2025-03-04T09:20:00Z"},
               {"name": "ON_HOLD_CALLBACK_SENT", "created_at": "2025-03-04T09:10:00Z"}]})")
                                               << SessionStatus::Authorized;
    QTest::newRow("on hold, declined later") << QByteArray(R"({"transaction_id": "t", "events": [
               {"name": "ON_HOLD_CALLBACK_SENT", "created_at": "2025-03-04T09:10:00Z"},
               {"name": "DECLINED", "created_at": "2025-03-04T09:20:00Z"}]})")
                                             << SessionStatus::Failed;
    QTest::newRow("on hold, authorized before it") << QByteArray(R"({"events": [
               {"name": "AUTHORIZED", "created_at": "2025-03-04T09:00:00Z"},
               {"name": "ON_HOLD_CALLBACK_SENT", "created_at": "2025-03-04T09:10:00Z"}]})")
                                                   << SessionStatus::OnHold;
    QTest::newRow("authorized: event") << QByteArray(
        R"({"events": [{"name": "AUTHORIZED", "created_at": "2025-03-04T09:00:00Z"}]})")
                                       << SessionStatus::Authorized;
    QTest::newRow("authorized: completed event, expired") << QByteArray(R"({"expires_at": "2025-03-04T10:00:00Z",
                          "events": [{"name": "COMPLETED", "created_at": "2025-03-04T09:00:00Z"}]})")
                                                          << SessionStatus::Authorized;
    QTest::newRow("authorized: transaction id only")
        << QByteArray(R"({"transaction_id": "t", "expires_at": "2025-03-04T10:00:00Z"})") << SessionStatus::Authorized;
    QTest::newRow("failed: transaction with failure after") << QByteArray(R"({"transaction_id": "t", "events": [
               {"name": "VISITED", "created_at": "2025-03-04T09:00:00Z"},
               {"name": "FAILED", "created_at": "2025-03-04T09:10:00Z"}]})")
                                                            << SessionStatus::Failed;
    QTest::newRow("failed: sample history") << QByteArray(R"({"events": [
               {"name": "INITIATED", "created_at": "2025-03-04T09:00:00Z"},
               {"name": "VISITED", "created_at": "2025-03-04T09:01:00Z"},
               {"name": "PAY_FAILED", "created_at": "2025-03-04T09:02:00Z"},
               {"name": "FAILED", "created_at": "2025-03-04T09:03:00Z"}]})")
                                            << SessionStatus::Failed;
    QTest::newRow("failed: declined") << QByteArray(
        R"({"events": [{"name": "DECLINED", "created_at": "2025-03-04T09:03:00Z"}]})")
                                      << SessionStatus::Failed;
    QTest::newRow("failed: unknown, even when expired") << QByteArray(R"({"expires_at": "2025-03-04T10:00:00Z",
                          "events": [{"name": "UNKNOWN", "created_at": "2025-03-04T09:03:00Z"}]})")
                                                        << SessionStatus::Failed;
    QTest::newRow("expired") << QByteArray(R"({"expires_at": "2025-03-04T11:59:59Z", "events": [
               {"name": "INITIATED", "created_at": "2025-03-04T09:00:00Z"},
               {"name": "VISITED", "created_at": "2025-03-04T09:01:00Z"}]})")
                             << SessionStatus::Expired;
    QTest::newRow("in progress: visited") << QByteArray(R"({"expires_at": "2025-03-04T13:00:00Z", "events": [
               {"name": "INITIATED", "created_at": "2025-03-04T09:00:00Z"},
               {"name": "VISITED", "created_at": "2025-03-04T09:01:00Z"}]})")
                                          << SessionStatus::InProgress;
    QTest::newRow("in progress: pay lock")
        << QByteArray(R"({"events": [{"name": "PAY_LOCK_START", "created_at": "2025-03-04T09:01:00Z"}]})")
        << SessionStatus::InProgress;
    QTest::newRow("in progress: pay failed, may retry")
        << QByteArray(R"({"events": [{"name": "PAY_FAILED", "created_at": "2025-03-04T09:01:00Z"}]})")
        << SessionStatus::InProgress;
    QTest::newRow("in progress: address")
        << QByteArray(R"({"events": [{"name": "SET_SHIPPING_ADDRESS", "created_at": "2025-03-04T09:01:00Z"}]})")
        << SessionStatus::InProgress;
    QTest::newRow("open: initiated only") << QByteArray(R"({"expires_at": "2025-03-04T13:00:00Z",
                          "events": [{"name": "INITIATED", "created_at": "2025-03-04T09:00:00Z"}]})")
                                          << SessionStatus::Open;
    QTest::newRow("open: unknown event names are informational")
        << QByteArray(R"({"events": [{"name": "INITIATED", "created_at": "2025-03-04T09:00:00Z"},
                                     {"name": "BRAND_NEW_EVENT", "created_at": "2025-03-04T09:05:00Z"}]})")
        << SessionStatus::Open;
    QTest::newRow("open: expires exactly now is not yet expired")
        << QByteArray(R"({"expires_at": "2025-03-04T12:00:00Z"})") << SessionStatus::Open;
}

void SessionTest::status()
{
    QFETCH(QByteArray, json);
    QFETCH(SessionStatus, expected);
    QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    object.insert(QStringLiteral("id"), QStringLiteral("T1.s"));
    const std::optional<Session> s = Session::fromJson(object);
    QVERIFY(s);
    QCOMPARE(s->status(utc(2025, 3, 4, 12, 0)), expected);
}

void SessionTest::canOfferCancel_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("expected");
    QTest::newRow("open") << QByteArray(R"({})") << true;
    QTest::newRow("with transaction: server decides") << QByteArray(R"({"transaction_id": "t"})") << true;
    QTest::newRow("cancelled_at") << QByteArray(R"({"cancelled_at": "2025-03-04T10:00:00Z"})") << false;
    QTest::newRow("CANCELLED event") << QByteArray(
        R"({"events": [{"name": "CANCELLED", "created_at": "2025-03-04T10:00:00Z"}]})")
                                     << false;
}

void SessionTest::canOfferCancel()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, expected);
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.insert(QStringLiteral("id"), QStringLiteral("T1.c"));
    QCOMPARE(Session::fromJson(object)->canOfferCancel(), expected);
}

void SessionTest::paymentTokenSession()
{
    const std::optional<Session> s
        = Session::fromJson(parseObject(R"({"id": "T1.p", "payment_operation": "generate_payment_token"})"));
    QVERIFY(s->isPaymentTokenSession());
    QCOMPARE(s->paymentOperation(), QStringLiteral("generate_payment_token"));
}

void SessionTest::copies_shareData()
{
    const std::optional<Session> s = Session::fromJson(parseObject(Example));
    Session copy = *s;
    QCOMPARE(copy.id(), s->id());
    Session moved = std::move(copy);
    QCOMPARE(moved.items().size(), 2);
    Session assigned;
    assigned = moved;
    QCOMPARE(assigned.json(), s->json());
}

QTEST_GUILESS_MAIN(SessionTest)
#include "session_test.moc"
