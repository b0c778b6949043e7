#include "cli/sessionformatter.h"
#include "core/sessioncsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Dintero::Cli::SessionFormatter;
using Dintero::Core::Session;

namespace {

Session sessionFrom(const char *json)
{
    // The JSON is written with single quotes to keep the literals readable.
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
    const std::optional<Session> session = Session::fromJson(object);
    Q_ASSERT(session);
    return *session;
}

// §7.1 of the API reference, shortened, plus a field the console does not know.
Session paidSession()
{
    return sessionFrom(
        "{"
        "      'id': 'T12345678.6Hq2VtZk9rWcYpB3nXa8Lm',"
        "      'created_at': '2025-03-04T09:12:31.412Z',"
        "      'expires_at': '2025-03-04T13:12:31.000Z',"
        "      'url': { 'return_url': 'https://shop.example.no/checkout/return' },"
        "      'customer': { 'customer_id': 'cust-20931', 'email': 'kari.nordmann@example.no', 'phone_number': "
        "'+4791234567' },"
        "      'order': {"
        "        'amount': 45800, 'currency': 'NOK', 'vat_amount': 9160,"
        "        'merchant_reference': 'SO-100482', 'merchant_reference_2': 'WEB, \\\"shop\\\"',"
        "        'store': { 'id': 'oslo-01', 'name': 'Example Oslo' },"
        "        'items': ["
        "          { 'id': 'SKU-TEA-01', 'line_id': '1', 'description': 'Green tea 250 g', 'quantity': 2,"
        "            'amount': 19800, 'vat_amount': 3960, 'vat': 25 },"
        "          { 'id': 'SKU-MUG-07', 'line_id': '2', 'description': 'Stoneware mug', 'quantity': 1,"
        "            'amount': 26000, 'vat_amount': 5200, 'vat': 25 }"
        "        ],"
        "        'billing_address': { 'first_name': 'Kari', 'last_name': 'Nordmann' }"
        "      },"
        "      'transaction_id': 'T12345678.6Hq2W1pFs3uEJd9yQk4RtN',"
        "      'x_unknown': { 'kept': true },"
        "      'events': ["
        "        { 'name': 'INITIATED', 'created_at': '2025-03-04T09:12:31.412Z' },"
        "        { 'name': 'AUTHORIZED', 'created_at': '2025-03-04T09:14:58.901Z',"
        "          'details': { 'payment_product_type': 'dintero_psp.creditcard', 'amount': 45800 } }"
        "      ]"
        "    }");
}

Session cancelledSession()
{
    return sessionFrom(
        "{"
        "      'id': 'T12345678.6Hq1ZrM2cYtKp8WvS5eGdB',"
        "      'created_at': '2025-03-03T17:40:10.003Z',"
        "      'order': { 'amount': 12900, 'currency': 'NOK',"
        "                 'merchant_reference': 'A merchant reference that is far too long for one table column' },"
        "      'cancelled_at': '2025-03-03T18:02:44.519Z',"
        "      'events': [ { 'name': 'INITIATED', 'created_at': '2025-03-03T17:40:10.003Z' },"
        "                  { 'name': 'CANCELLED', 'created_at': '2025-03-03T18:02:44.519Z' } ]"
        "    }");
}

const QDateTime Now(QDate(2025, 3, 5), QTime(12, 0), Qt::UTC);

} // namespace

class SessionFormatterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_headerThenOneRowPerSession();
    void csv_noSessions_headerOnly();
    void table_alignsColumns();
    void jsonArray_keepsObjectsAsReceived();
    void details_showsStatusAmountsItemsAndEvents();
    void alignColumns_rightAlignsAndTrimsTrailingBlanks();
};

void SessionFormatterTest::csv_headerThenOneRowPerSession()
{
    // The layout and quoting themselves are tested in tests/core/sessioncsv_test.cpp.
    const QString csv = SessionFormatter::csv({ paidSession(), cancelledSession() }, Now);
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the final CRLF
    QVERIFY(lines.last().isEmpty());
    QCOMPARE(lines.at(0),
        QStringLiteral("created_at,status,merchant_reference,merchant_reference_2,customer_name,customer_email,"
                       "customer_phone,amount,currency,store_id,store_name,transaction_id,session_id,expires_at,"
                       "cancelled_at"));
    QCOMPARE(lines.at(1),
        QStringLiteral("2025-03-04T09:12:31.412Z,authorized,SO-100482,\"WEB, \"\"shop\"\"\",Kari Nordmann,"
                       "kari.nordmann@example.no,+4791234567,458.00,NOK,oslo-01,Example Oslo,"
                       "T12345678.6Hq2W1pFs3uEJd9yQk4RtN,T12345678.6Hq2VtZk9rWcYpB3nXa8Lm,"
                       "2025-03-04T13:12:31.000Z,"));
    QCOMPARE(lines.at(2),
        QStringLiteral("2025-03-03T17:40:10.003Z,cancelled,A merchant reference that is far too long for one "
                       "table column,,,,,129.00,NOK,,,,T12345678.6Hq1ZrM2cYtKp8WvS5eGdB,,"
                       "2025-03-03T18:02:44.519Z"));
}

void SessionFormatterTest::csv_noSessions_headerOnly()
{
    const QString csv = SessionFormatter::csv({}, Now);
    QCOMPARE(csv, Dintero::Core::sessionCsvHeader());
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
}

void SessionFormatterTest::table_alignsColumns()
{
    const QString table = SessionFormatter::table({ paidSession(), cancelledSession() }, Now, QLocale::c());
    const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Created")));
    // The id is the last column and starts at the same place on every line.
    const qsizetype idColumn = lines.at(0).indexOf(QStringLiteral("Id"));
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("T12345678.6Hq2VtZk9rWcYpB3nXa8Lm")), idColumn);
    QCOMPARE(lines.at(2).indexOf(QStringLiteral("T12345678.6Hq1ZrM2cYtKp8WvS5eGdB")), idColumn);
    QVERIFY(lines.at(1).contains(QStringLiteral("Kari Nordmann")));
    QVERIFY(lines.at(1).contains(QStringLiteral("oslo-01")));
    QVERIFY(lines.at(1).contains(QStringLiteral("458.00")));
    QVERIFY(lines.at(2).contains(QStringLiteral("Cancelled")));
    // Long free text is clipped so that rows stay readable.
    QVERIFY(!lines.at(2).contains(QStringLiteral("one table column")));
    QVERIFY(lines.at(2).contains(QChar(0x2026)));
    for (const QString &line : lines)
        QVERIFY(!line.endsWith(u' '));
}

void SessionFormatterTest::jsonArray_keepsObjectsAsReceived()
{
    const Session paid = paidSession();
    const QJsonDocument document = QJsonDocument::fromJson(SessionFormatter::jsonArray({ paid, cancelledSession() }));
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), 2);
    QCOMPARE(document.array().at(0).toObject(), paid.json());
    QVERIFY(document.array().at(0).toObject().contains(QLatin1String("x_unknown")));
    QCOMPARE(QJsonDocument::fromJson(SessionFormatter::jsonArray({})).array().size(), 0);
    QCOMPARE(QJsonDocument::fromJson(SessionFormatter::jsonObject(paid)).object(), paid.json());
}

void SessionFormatterTest::details_showsStatusAmountsItemsAndEvents()
{
    const QString text = SessionFormatter::details(paidSession(), Now, QLocale::c());
    for (const QString &expected : { QStringLiteral("T12345678.6Hq2VtZk9rWcYpB3nXa8Lm"),
             QStringLiteral("Paid / authorized"), QStringLiteral("SO-100482"), QStringLiteral("458.00"),
             QStringLiteral("91.60"), QStringLiteral("Kari Nordmann"), QStringLiteral("oslo-01 (Example Oslo)"),
             QStringLiteral("T12345678.6Hq2W1pFs3uEJd9yQk4RtN"), QStringLiteral("Items"),
             QStringLiteral("Green tea 250 g"), QStringLiteral("198.00"), QStringLiteral("25 %"),
             QStringLiteral("Events"), QStringLiteral("AUTHORIZED"),
             QStringLiteral("payment_product_type=dintero_psp.creditcard") }) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in\n") + text));
    }
    const QString cancelled = SessionFormatter::details(cancelledSession(), Now, QLocale::c());
    QVERIFY(cancelled.contains(QStringLiteral("Cancelled")));
    QVERIFY(!cancelled.contains(QStringLiteral("Items")));
}

void SessionFormatterTest::alignColumns_rightAlignsAndTrimsTrailingBlanks()
{
    const QString text
        = SessionFormatter::alignColumns({ { QStringLiteral("a"), QStringLiteral("1"), QString() },
                                             { QStringLiteral("bbb"), QStringLiteral("100"), QStringLiteral("x") } },
            { false, true, false });
    QCOMPARE(text, QStringLiteral("a      1\nbbb  100  x\n"));
}

QTEST_GUILESS_MAIN(SessionFormatterTest)
#include "sessionformatter_test.moc"
