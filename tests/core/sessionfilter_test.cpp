#include "core/sessionfilter.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <initializer_list>
#include <utility>

using Dintero::Core::SessionFilter;

using Pairs = QList<QPair<QString, QString>>;

namespace {

// Decodes a query string the way a web server does (application/x-www-form-urlencoded:
// '+' is a space, %XX are UTF-8 bytes), so the test sees what Dintero would see.
Pairs serverDecode(const QByteArray &encodedQuery)
{
    Pairs pairs;
    for (const QByteArray &part : encodedQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        pairs.append({ QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value)) });
    }
    return pairs;
}

// What QNetworkAccessManager puts on the wire for this query.
QByteArray wireQuery(const QUrlQuery &query)
{
    QUrl url(QStringLiteral("https://checkout.dintero.com/v1/sessions"));
    url.setQuery(query);
    return url.toEncoded(QUrl::FullyEncoded).split('?').value(1);
}

Pairs pairs(std::initializer_list<std::pair<const char *, const char *>> list)
{
    Pairs result;
    for (const auto &[key, value] : list)
        result.append({ QString::fromUtf8(key), QString::fromUtf8(value) });
    return result;
}

QDateTime at(int y, int mo, int d, int h, int mi, int offsetSeconds)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(offsetSeconds));
}

} // namespace

class SessionFilterTest : public QObject
{
    Q_OBJECT

private slots:
    void toQuery_data();
    void toQuery();
    void toQuery_encodesDelimitersOnTheWire();
    void timestamp_data();
    void timestamp();
    void setters_reportChanges();
    void setters_normalise();
    void equality_includesOffset();
    void json_roundTrip();
    void fromJson_ignoresWrongTypes();
};

void SessionFilterTest::toQuery_data()
{
    QTest::addColumn<SessionFilter>("filter");
    QTest::addColumn<QString>("startingAfter");
    QTest::addColumn<Pairs>("expected");

    const auto filter = [](auto apply) {
        SessionFilter f;
        apply(f);
        return f;
    };

    QTest::newRow("defaults") << SessionFilter() << QString() << pairs({ { "limit", "100" } });
    QTest::newRow("cursor") << SessionFilter() << QStringLiteral("T12345678.abc")
                            << pairs({ { "limit", "100" }, { "starting_after", "T12345678.abc" } });
    QTest::newRow("limit") << filter([](SessionFilter &f) { f.setLimit(25); }) << QString()
                           << pairs({ { "limit", "25" } });
    QTest::newRow("plus") << filter([](SessionFilter &f) { f.setSearch(QStringLiteral("a+b")); }) << QString()
                          << pairs({ { "limit", "100" }, { "search", "a+b" } });
    QTest::newRow("ampersand and equals")
        << filter([](SessionFilter &f) { f.setSearch(QStringLiteral("Tom & Jerry=1")); }) << QString()
        << pairs({ { "limit", "100" }, { "search", "Tom & Jerry=1" } });
    QTest::newRow("spaces") << filter([](SessionFilter &f) { f.setSearch(QStringLiteral("Kari  Nordmann")); })
                            << QString() << pairs({ { "limit", "100" }, { "search", "Kari  Nordmann" } });
    QTest::newRow("hash percent semicolon")
        << filter([](SessionFilter &f) { f.setSearch(QStringLiteral("#1 100% ;x")); }) << QString()
        << pairs({ { "limit", "100" }, { "search", "#1 100% ;x" } });
    QTest::newRow("non-ASCII") << filter([](SessionFilter &f) { f.setSearch(QStringLiteral("Bjørn Ærø 日本")); })
                               << QString() << pairs({ { "limit", "100" }, { "search", "Bjørn Ærø 日本" } });
    QTest::newRow("percent-encoded looking text")
        << filter([](SessionFilter &f) { f.setSearch(QStringLiteral("%2B%20")); }) << QString()
        << pairs({ { "limit", "100" }, { "search", "%2B%20" } });
    QTest::newRow("created range with offsets")
        << filter([](SessionFilter &f) {
               f.setCreatedFrom(at(2025, 3, 4, 0, 0, 3600));
               f.setCreatedTo(at(2025, 3, 4, 23, 59, -5 * 3600 - 1800));
           })
        << QString()
        << pairs({ { "limit", "100" }, { "created_at.gte", "2025-03-04T00:00:00+01:00" },
               { "created_at.lte", "2025-03-04T23:59:00-05:30" } });
    QTest::newRow("UTC gets an explicit offset") << filter([](SessionFilter &f) {
        f.setCreatedFrom(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
    }) << QString() << pairs({ { "limit", "100" }, { "created_at.gte", "2025-01-02T03:04:05+00:00" } });
    QTest::newRow("repeated keys") << filter([](SessionFilter &f) {
        f.setSessionIds({ QStringLiteral("T1.a"), QStringLiteral("T1.b") });
        f.setTransactionIds({ QStringLiteral("T1.t") });
        f.setStoreIds({ QStringLiteral("oslo-01"), QStringLiteral("bergen&02") });
    }) << QString()
                                   << pairs({ { "limit", "100" }, { "id", "T1.a" }, { "id", "T1.b" },
                                          { "transaction_id", "T1.t" }, { "store_id", "oslo-01" },
                                          { "store_id", "bergen&02" } });
    QTest::newRow("everything") << filter([](SessionFilter &f) {
        f.setSearch(QStringLiteral("SO-1"));
        f.setLimit(10);
        f.setStoreIds({ QStringLiteral("s") });
    }) << QStringLiteral("T1.last")
                                << pairs({ { "limit", "10" }, { "starting_after", "T1.last" }, { "search", "SO-1" },
                                       { "store_id", "s" } });
}

void SessionFilterTest::toQuery()
{
    QFETCH(SessionFilter, filter);
    QFETCH(QString, startingAfter);
    QFETCH(Pairs, expected);

    const QByteArray wire = wireQuery(filter.toQuery(startingAfter));
    QCOMPARE(serverDecode(wire), expected);
    // Only unreserved characters and percent escapes on the wire: nothing a server
    // or proxy could read two ways.
    for (const char c : wire) {
        const bool plain = QChar::fromLatin1(c).isLetterOrNumber() || c == '-' || c == '.' || c == '_' || c == '~'
            || c == '%' || c == '&' || c == '=';
        QVERIFY2(plain, wire.constData());
    }
}

void SessionFilterTest::toQuery_encodesDelimitersOnTheWire()
{
    SessionFilter filter;
    filter.setSearch(QStringLiteral("a+b & c"));
    filter.setCreatedFrom(at(2025, 3, 4, 0, 0, 3600));
    const QByteArray wire = wireQuery(filter.toQuery());
    QVERIFY2(wire.contains("search=a%2Bb%20%26%20c"), wire.constData());
    QVERIFY2(wire.contains("created_at.gte=2025-03-04T00%3A00%3A00%2B01%3A00"), wire.constData());
}

void SessionFilterTest::timestamp_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plus one") << at(2025, 3, 4, 0, 0, 3600) << QStringLiteral("2025-03-04T00:00:00+01:00");
    QTest::newRow("negative half hour") << at(2025, 3, 4, 0, 0, -9000) << QStringLiteral("2025-03-04T00:00:00-02:30");
    QTest::newRow("utc") << QDateTime(QDate(2025, 3, 4), QTime(12, 0), QTimeZone::utc())
                         << QStringLiteral("2025-03-04T12:00:00+00:00");
    QTest::newRow("milliseconds") << QDateTime(QDate(2025, 3, 4), QTime(23, 59, 59, 999), QTimeZone::utc())
                                  << QStringLiteral("2025-03-04T23:59:59.999+00:00");
    QTest::newRow("named zone (Oslo, winter)") << QDateTime(QDate(2025, 1, 15), QTime(8, 0), QTimeZone("Europe/Oslo"))
                                               << QStringLiteral("2025-01-15T08:00:00+01:00");
    QTest::newRow("named zone (Oslo, summer)") << QDateTime(QDate(2025, 7, 15), QTime(8, 0), QTimeZone("Europe/Oslo"))
                                               << QStringLiteral("2025-07-15T08:00:00+02:00");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void SessionFilterTest::timestamp()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    QCOMPARE(SessionFilter::formatTimestamp(value), expected);
}

void SessionFilterTest::setters_reportChanges()
{
    SessionFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.setSearch(QStringLiteral("x")));
    QVERIFY(!filter.setSearch(QStringLiteral("x")));
    QVERIFY(!filter.setSearch(QStringLiteral("  x ")));
    QVERIFY(filter.setLimit(50));
    QVERIFY(!filter.setLimit(50));
    QVERIFY(filter.setStoreIds({ QStringLiteral("a") }));
    QVERIFY(!filter.setStoreIds({ QStringLiteral("a"), QStringLiteral("a"), QStringLiteral(" ") }));
    const QDateTime from = at(2025, 1, 1, 0, 0, 3600);
    QVERIFY(filter.setCreatedFrom(from));
    QVERIFY(!filter.setCreatedFrom(from));
    QVERIFY(filter.setCreatedFrom(from.toUTC())); // same instant, other offset: other query
    QVERIFY(filter.setCreatedFrom({}));
    QVERIFY(!filter.setCreatedFrom({}));
    QVERIFY(!filter.isEmpty());
}

void SessionFilterTest::setters_normalise()
{
    SessionFilter filter;
    filter.setLimit(0);
    QCOMPARE(filter.limit(), 1);
    filter.setLimit(1000);
    QCOMPARE(filter.limit(), SessionFilter::MaxLimit);
    filter.setSessionIds({ QStringLiteral(" b "), QStringLiteral("a"), QStringLiteral("b"), QString() });
    QCOMPARE(filter.sessionIds(), (QStringList { QStringLiteral("b"), QStringLiteral("a") }));
    filter.setSearch(QStringLiteral("  Kari "));
    QCOMPARE(filter.search(), QStringLiteral("Kari"));
}

void SessionFilterTest::equality_includesOffset()
{
    SessionFilter a;
    SessionFilter b;
    QCOMPARE(a, b);
    a.setCreatedFrom(at(2025, 1, 1, 1, 0, 3600));
    b.setCreatedFrom(at(2025, 1, 1, 0, 0, 0));
    QVERIFY(a != b);
    b.setCreatedFrom(at(2025, 1, 1, 1, 0, 3600));
    QCOMPARE(a, b);
    b.setTransactionIds({ QStringLiteral("t") });
    QVERIFY(a != b);
}

void SessionFilterTest::json_roundTrip()
{
    SessionFilter filter;
    filter.setSearch(QStringLiteral("Bjørn & co"));
    filter.setCreatedFrom(at(2025, 3, 4, 0, 0, 3600));
    filter.setCreatedTo(QDateTime(QDate(2025, 3, 5), QTime(23, 59, 59, 999), QTimeZone::utc()));
    filter.setStoreIds({ QStringLiteral("s1"), QStringLiteral("s2") });
    filter.setTransactionIds({ QStringLiteral("t1") });
    filter.setSessionIds({ QStringLiteral("i1") });
    filter.setLimit(42);

    const SessionFilter restored = SessionFilter::fromJson(filter.toJson());
    QCOMPARE(restored, filter);
    QCOMPARE(restored.createdFrom().offsetFromUtc(), 3600);
    QCOMPARE(wireQuery(restored.toQuery()), wireQuery(filter.toQuery()));
    QCOMPARE(SessionFilter::fromJson(SessionFilter().toJson()), SessionFilter());
}

void SessionFilterTest::fromJson_ignoresWrongTypes()
{
    const QJsonObject object {
        { QStringLiteral("search"), 12 },
        { QStringLiteral("created_from"), QStringLiteral("not a date") },
        { QStringLiteral("store_ids"), QStringLiteral("s1") },
        { QStringLiteral("session_ids"), QJsonArray { QStringLiteral("ok"), 3, QJsonValue::Null } },
        { QStringLiteral("limit"), QStringLiteral("10") },
        { QStringLiteral("unknown"), true },
    };
    const SessionFilter filter = SessionFilter::fromJson(object);
    QVERIFY(filter.search().isEmpty());
    QVERIFY(!filter.createdFrom().isValid());
    QVERIFY(filter.storeIds().isEmpty());
    QCOMPARE(filter.sessionIds(), QStringList { QStringLiteral("ok") });
    QCOMPARE(filter.limit(), SessionFilter::DefaultLimit);
}

QTEST_GUILESS_MAIN(SessionFilterTest)
#include "sessionfilter_test.moc"
