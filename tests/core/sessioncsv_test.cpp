#include "core/money.h"
#include "core/session.h"
#include "core/sessioncsv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <limits>
#include <optional>

using namespace Dintero::Core;

namespace {

const QDateTime Now(QDate(2025, 3, 5), QTime(12, 0), Qt::UTC);

Session sessionFrom(QByteArray json)
{
    // The JSON is written with single quotes to keep the literals readable.
    const QJsonObject object = QJsonDocument::fromJson(json.replace('\'', '"')).object();
    const std::optional<Session> session = Session::fromJson(object);
    Q_ASSERT(session);
    return *session;
}

} // namespace

class SessionCsvTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvCell_data();
    void csvCell();
    void csvAmount_data();
    void csvAmount();
    void csvTimestamp_data();
    void csvTimestamp();
    void header_isTheOneLayout();
    void row_data();
    void row();
    void row_hasOneCellPerColumn();
};

void SessionCsvTest::csvCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("SO-1") << QStringLiteral("SO-1");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("non-ascii") << QStringLiteral("Søren Møller") << QStringLiteral("Søren Møller");
    QTest::newRow("spaces kept unquoted") << QStringLiteral(" x ") << QStringLiteral(" x ");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("new line") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("carriage return inside") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(1)") << QStringLiteral("'=HYPERLINK(1)");
    QTest::newRow("formula with comma") << QStringLiteral("=SUM(A1,B1)") << QStringLiteral("\"'=SUM(A1,B1)\"");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("plus formula") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::newRow("minus formula") << QStringLiteral("-A1") << QStringLiteral("'-A1");
    QTest::newRow("lone plus") << QStringLiteral("+") << QStringLiteral("+");
    QTest::newRow("phone number") << QStringLiteral("+4791234567") << QStringLiteral("+4791234567");
    QTest::newRow("negative amount") << QStringLiteral("-12.50") << QStringLiteral("-12.50");
    QTest::newRow("equals later") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void SessionCsvTest::csvCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(Dintero::Core::csvCell(cell), expected);
}

void SessionCsvTest::csvAmount_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("NOK") << qint64(29990) << QStringLiteral("NOK") << QStringLiteral("299.90");
    QTest::newRow("NOK whole") << qint64(45800) << QStringLiteral("NOK") << QStringLiteral("458.00");
    QTest::newRow("NOK below one") << qint64(5) << QStringLiteral("NOK") << QStringLiteral("0.05");
    QTest::newRow("NOK zero") << qint64(0) << QStringLiteral("NOK") << QStringLiteral("0.00");
    QTest::newRow("NOK negative") << qint64(-1250) << QStringLiteral("NOK") << QStringLiteral("-12.50");
    QTest::newRow("JPY") << qint64(1500) << QStringLiteral("JPY") << QStringLiteral("1500");
    QTest::newRow("ISK zero") << qint64(0) << QStringLiteral("ISK") << QStringLiteral("0");
    QTest::newRow("JPY negative") << qint64(-7) << QStringLiteral("JPY") << QStringLiteral("-7");
    QTest::newRow("KWD") << qint64(1234) << QStringLiteral("KWD") << QStringLiteral("1.234");
    QTest::newRow("unknown currency") << qint64(100) << QString() << QStringLiteral("1.00");
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << QStringLiteral("NOK")
                             << QStringLiteral("92233720368547758.07");
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << QStringLiteral("NOK")
                              << QStringLiteral("-92233720368547758.08");
}

void SessionCsvTest::csvAmount()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Dintero::Core::csvAmount(Money { minorUnits, currency }), expected);
}

void SessionCsvTest::csvTimestamp_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc") << QDateTime(QDate(2025, 3, 4), QTime(9, 12, 31, 412), Qt::UTC)
                         << QStringLiteral("2025-03-04T09:12:31.412Z");
    QTest::newRow("whole second") << QDateTime(QDate(2025, 3, 4), QTime(13, 12, 31), Qt::UTC)
                                  << QStringLiteral("2025-03-04T13:12:31.000Z");
    QTest::newRow("offset converted") << QDateTime(QDate(2025, 3, 4), QTime(10, 12, 31, 5), QTimeZone(3600))
                                      << QStringLiteral("2025-03-04T09:12:31.005Z");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void SessionCsvTest::csvTimestamp()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(Dintero::Core::csvTimestamp(time), expected);
}

void SessionCsvTest::header_isTheOneLayout()
{
    QCOMPARE(sessionCsvHeader(),
        QStringLiteral("created_at,status,merchant_reference,merchant_reference_2,customer_name,customer_email,"
                       "customer_phone,amount,currency,store_id,store_name,transaction_id,session_id,expires_at,"
                       "cancelled_at\r\n"));
    QCOMPARE(sessionCsvColumns().size(), 15);
}

void SessionCsvTest::row_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paid, every field")
        << QByteArray("{"
                      "  'id': 'T12345678.6Hq2VtZk9rWcYpB3nXa8Lm',"
                      "  'created_at': '2025-03-04T09:12:31.412Z',"
                      "  'expires_at': '2025-03-04T13:12:31Z',"
                      "  'customer': { 'email': 'kari.nordmann@example.no', 'phone_number': '+4791234567' },"
                      "  'order': {"
                      "    'amount': 29990, 'currency': 'NOK',"
                      "    'merchant_reference': 'SO-100482', 'merchant_reference_2': 'WEB, \\\"shop\\\"',"
                      "    'store': { 'id': 'oslo-01', 'name': 'Example Oslo' },"
                      "    'billing_address': { 'first_name': 'Kari', 'last_name': 'Nordmann' }"
                      "  },"
                      "  'transaction_id': 'T12345678.6Hq2W1pFs3uEJd9yQk4RtN',"
                      "  'events': [ { 'name': 'AUTHORIZED', 'created_at': '2025-03-04T09:14:58.901Z' } ]"
                      "}")
        << QStringLiteral("2025-03-04T09:12:31.412Z,authorized,SO-100482,\"WEB, \"\"shop\"\"\",Kari Nordmann,"
                          "kari.nordmann@example.no,+4791234567,299.90,NOK,oslo-01,Example Oslo,"
                          "T12345678.6Hq2W1pFs3uEJd9yQk4RtN,T12345678.6Hq2VtZk9rWcYpB3nXa8Lm,"
                          "2025-03-04T13:12:31.000Z,\r\n");
    QTest::newRow("cancelled, zero-digit currency")
        << QByteArray("{"
                      "  'id': 'T1.jpy',"
                      "  'created_at': '2025-03-03T17:40:10.003Z',"
                      "  'order': { 'amount': 1500, 'currency': 'JPY', 'merchant_reference': 'JP-7' },"
                      "  'cancelled_at': '2025-03-03T18:02:44.519Z'"
                      "}")
        << QStringLiteral("2025-03-03T17:40:10.003Z,cancelled,JP-7,,,,,1500,JPY,,,,T1.jpy,,"
                          "2025-03-03T18:02:44.519Z\r\n");
    QTest::newRow("only an id") << QByteArray("{ 'id': 'T1.bare' }") << QStringLiteral(",open,,,,,,,,,,,T1.bare,,\r\n");
    QTest::newRow("currency without amount") << QByteArray("{ 'id': 'T1.noamount', 'order': { 'currency': 'NOK' } }")
                                             << QStringLiteral(",open,,,,,,,NOK,,,,T1.noamount,,\r\n");
    QTest::newRow("expired, formula in reference")
        << QByteArray("{"
                      "  'id': 'T1.formula',"
                      "  'created_at': '2025-03-01T08:00:00.000Z',"
                      "  'expires_at': '2025-03-01T12:00:00.000Z',"
                      "  'order': { 'amount': 100, 'currency': 'NOK', 'merchant_reference': '=1+2',"
                      "             'merchant_reference_2': '@SUM(1+1)' }"
                      "}")
        << QStringLiteral("2025-03-01T08:00:00.000Z,expired,'=1+2,'@SUM(1+1),,,,1.00,NOK,,,,"
                          "T1.formula,2025-03-01T12:00:00.000Z,\r\n");
}

void SessionCsvTest::row()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(sessionCsvRow(sessionFrom(json), Now), expected);
}

void SessionCsvTest::row_hasOneCellPerColumn()
{
    // With no quoted cells, the commas alone count the cells.
    const QString row = sessionCsvRow(sessionFrom("{ 'id': 'T1.bare' }"), Now);
    QCOMPARE(row.chopped(2).split(u',').size(), sessionCsvColumns().size());
}

QTEST_GUILESS_MAIN(SessionCsvTest)
#include "sessioncsv_test.moc"
