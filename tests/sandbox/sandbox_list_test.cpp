// Contract of GET /v1/sessions and GET /v1/sessions/{id}: order, limit, cursor paging
// (also while sessions are being created), the filters and how they combine.

#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Dintero::Testing;

class SandboxListTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void list_fullWalk_isNewestFirstAndComplete();
    void list_default_isTenNewest();
    void list_limit_returnsThatMany_data();
    void list_limit_returnsThatMany();
    void list_limitOutOfRange_is400_data();
    void list_limitOutOfRange_is400();
    void list_cursorWalk_returnsEverySessionOnce_data();
    void list_cursorWalk_returnsEverySessionOnce();
    void list_startingAfter_continuesAfterThatSession();
    void list_startingAfterUnknown_is400();
    void list_cursorWalkWhileCreating_returnsEverySessionOnce();

    void list_idFilter_data();
    void list_idFilter();
    void list_transactionIdFilter_data();
    void list_transactionIdFilter();
    void list_storeIdFilter_data();
    void list_storeIdFilter();
    void list_search_data();
    void list_search();
    void list_createdAt_data();
    void list_createdAt();
    void list_invalidDate_is400_data();
    void list_invalidDate_is400();
    void list_filtersCombine_data();
    void list_filtersCombine();

    void get_known_returnsSession_data();
    void get_known_returnsSession();
    void get_includes_isAccepted_data();
    void get_includes_isAccepted();
    void get_unknown_is404_data();
    void get_unknown_is404();

private:
    // The expected result of a filter: the sessions of the full walk that pass it, in order.
    QStringList expectedIds(const std::function<bool(const QJsonObject &)> &predicate) const;
    const QJsonObject &sessionWhere(const std::function<bool(const QJsonObject &)> &predicate) const;
    void addFilterRows();

    ManualClock m_clock;
    std::unique_ptr<SandboxFixture> m_fixture;
    QByteArray m_token;
    QList<QJsonObject> m_all; // every seeded session, as the unfiltered walk returned it
};

namespace {

QJsonObject orderOf(const QJsonObject &session)
{
    return session.value(QStringLiteral("order")).toObject();
}

QString storeOf(const QJsonObject &session)
{
    return orderOf(session).value(QStringLiteral("store")).toObject().value(QStringLiteral("id")).toString();
}

QString fullName(const QJsonObject &address)
{
    return address.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ')
        + address.value(QStringLiteral("last_name")).toString();
}

QString billingName(const QJsonObject &session)
{
    return fullName(orderOf(session).value(QStringLiteral("billing_address")).toObject());
}

QString shippingName(const QJsonObject &session)
{
    return fullName(orderOf(session).value(QStringLiteral("shipping_address")).toObject());
}

// The search rule of the specification.
bool matchesSearch(const QJsonObject &session, const QString &term)
{
    const QJsonObject order = orderOf(session);
    const QStringList candidates { order.value(QStringLiteral("merchant_reference")).toString(),
        order.value(QStringLiteral("merchant_reference_2")).toString(), billingName(session), shippingName(session) };
    return std::any_of(candidates.cbegin(), candidates.cend(), [&term](const QString &candidate) {
        return candidate.trimmed().size() > 0 && candidate.contains(term, Qt::CaseInsensitive);
    });
}

QDateTime createdAt(const QJsonObject &session)
{
    return parseTimestamp(session.value(QStringLiteral("created_at")).toString()).value_or(QDateTime());
}

QueryItems items(std::initializer_list<QPair<QString, QString>> list)
{
    return QueryItems(list);
}

} // namespace

void SandboxListTest::initTestCase()
{
    m_fixture = std::make_unique<SandboxFixture>(optionsAt(m_clock));
    QVERIFY(m_fixture->isListening());
    m_token = m_fixture->token();
    QVERIFY(!m_token.isEmpty());
    const Walk walk = walkSessions(*m_fixture, m_token, {}, 100);
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    m_all = walk.sessions;
    QCOMPARE(m_all.size(), 200);
}

void SandboxListTest::cleanupTestCase()
{
    m_fixture.reset();
}

QStringList SandboxListTest::expectedIds(const std::function<bool(const QJsonObject &)> &predicate) const
{
    QStringList ids;
    for (const QJsonObject &session : m_all) {
        if (predicate(session))
            ids.append(session.value(QStringLiteral("id")).toString());
    }
    return ids;
}

const QJsonObject &SandboxListTest::sessionWhere(const std::function<bool(const QJsonObject &)> &predicate) const
{
    static const QJsonObject none;
    const auto it = std::find_if(m_all.cbegin(), m_all.cend(), predicate);
    return it == m_all.cend() ? none : *it;
}

void SandboxListTest::list_fullWalk_isNewestFirstAndComplete()
{
    const QStringList ids = idsOf(m_all);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    for (qsizetype i = 1; i < m_all.size(); ++i) {
        const QDateTime previous = createdAt(m_all.at(i - 1));
        const QDateTime current = createdAt(m_all.at(i));
        QVERIFY2(previous.isValid() && current.isValid(), qPrintable(QString::number(i)));
        QVERIFY2(previous >= current,
            qPrintable(QStringLiteral("%1 (%2) is listed before %3 (%4)")
                           .arg(ids.at(i - 1), previous.toString(Qt::ISODateWithMs), ids.at(i),
                               current.toString(Qt::ISODateWithMs))));
    }
}

void SandboxListTest::list_default_isTenNewest()
{
    const HttpResult result = m_fixture->authorized("GET", QStringLiteral("/sessions"), m_token);
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    QVERIFY2(result.json().isArray(), "a list is a bare JSON array");
    QList<QJsonObject> page;
    for (const QJsonValue &value : result.json().array())
        page.append(value.toObject());
    QCOMPARE(idsOf(page), idsOf(m_all.mid(0, 10)));
}

void SandboxListTest::list_limit_returnsThatMany_data()
{
    QTest::addColumn<int>("limit");
    for (int limit : { 1, 2, 37, 99, 100 })
        QTest::addRow("%d", limit) << limit;
}

void SandboxListTest::list_limit_returnsThatMany()
{
    QFETCH(int, limit);
    const HttpResult result = m_fixture->authorized("GET", QStringLiteral("/sessions?limit=%1").arg(limit), m_token);
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    QList<QJsonObject> page;
    for (const QJsonValue &value : result.json().array())
        page.append(value.toObject());
    QCOMPARE(idsOf(page), idsOf(m_all.mid(0, limit)));
}

void SandboxListTest::list_limitOutOfRange_is400_data()
{
    QTest::addColumn<QString>("limit");
    for (const char *limit : { "0", "101", "-1", "1000", "abc", "1.5", "", "10abc" })
        QTest::addRow("limit=%s", limit) << QString::fromLatin1(limit);
}

void SandboxListTest::list_limitOutOfRange_is400()
{
    QFETCH(QString, limit);
    const HttpResult result = m_fixture->authorized(
        "GET", QStringLiteral("/sessions?") + queryString({ { QStringLiteral("limit"), limit } }), m_token);
    QVERIFY2(result.status == 400, qPrintable(describe(result)));
    const QString problem = errorEnvelopeProblem(result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(errorMessage(result).contains(QStringLiteral("limit")), qPrintable(errorMessage(result)));
}

void SandboxListTest::list_cursorWalk_returnsEverySessionOnce_data()
{
    QTest::addColumn<int>("limit");
    for (int limit : { 1, 3, 10, 64, 100 })
        QTest::addRow("limit %d", limit) << limit;
}

void SandboxListTest::list_cursorWalk_returnsEverySessionOnce()
{
    QFETCH(int, limit);
    const Walk walk = walkSessions(*m_fixture, m_token, {}, limit);
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    QCOMPARE(idsOf(walk.sessions), idsOf(m_all));
    // Full pages until the last: ceil(200 / limit) pages, plus one empty page when it divides.
    QCOMPARE(walk.pages, 200 / limit + 1);
}

void SandboxListTest::list_startingAfter_continuesAfterThatSession()
{
    const QString cursor = m_all.at(5).value(QStringLiteral("id")).toString();
    const HttpResult result
        = m_fixture->authorized("GET", QStringLiteral("/sessions?limit=3&starting_after=") + cursor, m_token);
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    QList<QJsonObject> page;
    for (const QJsonValue &value : result.json().array())
        page.append(value.toObject());
    QCOMPARE(idsOf(page), idsOf(m_all.mid(6, 3)));

    // After the oldest session there is nothing more.
    const HttpResult end = m_fixture->authorized("GET",
        QStringLiteral("/sessions?starting_after=") + m_all.last().value(QStringLiteral("id")).toString(), m_token);
    QVERIFY2(end.status == 200, qPrintable(describe(end)));
    QCOMPARE(end.json().array().size(), 0);
}

void SandboxListTest::list_startingAfterUnknown_is400()
{
    const HttpResult result
        = m_fixture->authorized("GET", QStringLiteral("/sessions?starting_after=T12345678.doesNotExist"), m_token);
    QVERIFY2(result.status == 400, qPrintable(describe(result)));
    const QString problem = errorEnvelopeProblem(result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(errorMessage(result).contains(QStringLiteral("starting_after")), qPrintable(errorMessage(result)));
}

void SandboxListTest::list_cursorWalkWhileCreating_returnsEverySessionOnce()
{
    // A sandbox of its own: this test adds sessions.
    ManualClock clock;
    SandboxFixture fixture(optionsAt(clock));
    const QByteArray token = fixture.token();
    QStringList created;
    const Walk walk = walkSessions(fixture, token, {}, 10, [&] {
        clock.advance(1);
        const HttpResult result = fixture.authorized("POST", QStringLiteral("/sessions"), token,
            createSessionBody(QStringLiteral("SO-DURING-WALK-%1").arg(created.size())));
        if (result.status == 200)
            created.append(result.object().value(QStringLiteral("id")).toString());
    });
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    QCOMPARE(created.size(), 20);
    // New sessions are the newest: they are not met mid-walk, and nothing was skipped.
    QCOMPARE(idsOf(walk.sessions), idsOf(m_all));

    // A fresh walk starts with them, newest first.
    const Walk fresh = walkSessions(fixture, token, {}, 100);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    std::reverse(created.begin(), created.end());
    QCOMPARE(idsOf(fresh.sessions).mid(0, created.size()), created);
    QCOMPARE(fresh.sessions.size(), 220);
}

void SandboxListTest::addFilterRows()
{
    QTest::addColumn<QueryItems>("filters");
    QTest::addColumn<QStringList>("expected");
}

void SandboxListTest::list_idFilter_data()
{
    addFilterRows();
    const QString a = m_all.at(4).value(QStringLiteral("id")).toString();
    const QString b = m_all.at(150).value(QStringLiteral("id")).toString();
    const QString id = QStringLiteral("id");
    QTest::newRow("one id") << items({ { id, a } }) << QStringList { a };
    QTest::newRow("two ids") << items({ { id, b }, { id, a } }) << QStringList { a, b };
    QTest::newRow("repeated id") << items({ { id, a }, { id, a } }) << QStringList { a };
    QTest::newRow("unknown id") << items({ { id, QStringLiteral("T12345678.doesNotExist") } }) << QStringList();
    QTest::newRow("known and unknown") << items({ { id, QStringLiteral("T12345678.doesNotExist") }, { id, b } })
                                       << QStringList { b };
}

void SandboxListTest::list_idFilter()
{
    QFETCH(QueryItems, filters);
    QFETCH(QStringList, expected);
    const Walk walk = walkSessions(*m_fixture, m_token, filters, 100);
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    QCOMPARE(idsOf(walk.sessions), expected);
}

void SandboxListTest::list_transactionIdFilter_data()
{
    addFilterRows();
    QList<QJsonObject> paid;
    for (const QJsonObject &session : std::as_const(m_all)) {
        if (session.contains(QStringLiteral("transaction_id")))
            paid.append(session);
    }
    QVERIFY2(paid.size() >= 3, "the seeded data has sessions with transactions");
    const auto transaction = [](const QJsonObject &session) {
        return session.value(QStringLiteral("transaction_id")).toString();
    };
    const QString key = QStringLiteral("transaction_id");
    QTest::newRow("one") << items({ { key, transaction(paid.at(0)) } })
                         << QStringList { paid.at(0).value(QStringLiteral("id")).toString() };
    QTest::newRow("two") << items({ { key, transaction(paid.at(2)) }, { key, transaction(paid.at(1)) } })
                         << idsOf({ paid.at(1), paid.at(2) });
    QTest::newRow("unknown") << items({ { key, QStringLiteral("T12345678.noSuchTransaction") } }) << QStringList();
    QTest::newRow("session id is not a transaction id")
        << items({ { key, paid.at(0).value(QStringLiteral("id")).toString() } }) << QStringList();
}

void SandboxListTest::list_transactionIdFilter()
{
    list_idFilter();
}

void SandboxListTest::list_storeIdFilter_data()
{
    addFilterRows();
    QStringList stores;
    for (const QJsonObject &session : std::as_const(m_all)) {
        if (!storeOf(session).isEmpty() && !stores.contains(storeOf(session)))
            stores.append(storeOf(session));
    }
    QVERIFY2(stores.size() >= 2, "the seeded data has several stores");
    const QString key = QStringLiteral("store_id");
    for (const QString &store : std::as_const(stores)) {
        QTest::addRow("store %s", qPrintable(store))
            << items({ { key, store } }) << expectedIds([&](const QJsonObject &s) { return storeOf(s) == store; });
    }
    QTest::newRow("two stores (or)") << items({ { key, stores.at(0) }, { key, stores.at(1) } })
                                     << expectedIds([&](const QJsonObject &s) {
                                            return storeOf(s) == stores.at(0) || storeOf(s) == stores.at(1);
                                        });
    QTest::newRow("unknown store") << items({ { key, QStringLiteral("no-such-store") } }) << QStringList();
}

void SandboxListTest::list_storeIdFilter()
{
    list_idFilter();
}

void SandboxListTest::list_search_data()
{
    addFilterRows();
    const QString key = QStringLiteral("search");
    const auto row = [&](const char *name, const QString &term) {
        QVERIFY2(!term.trimmed().isEmpty(), name);
        QTest::newRow(name) << items({ { key, term } })
                            << expectedIds([&term](const QJsonObject &s) { return matchesSearch(s, term); });
    };
    const QJsonObject &anySession = m_all.at(3);
    const QString reference = orderOf(anySession).value(QStringLiteral("merchant_reference")).toString();
    row("merchant_reference", reference);
    row("part of merchant_reference, lower case", reference.mid(1, reference.size() - 2).toLower());

    const QJsonObject &withReference2 = sessionWhere([](const QJsonObject &s) {
        return !orderOf(s).value(QStringLiteral("merchant_reference_2")).toString().isEmpty();
    });
    if (!withReference2.isEmpty())
        row("merchant_reference_2",
            orderOf(withReference2).value(QStringLiteral("merchant_reference_2")).toString().toUpper());

    const QJsonObject &named
        = sessionWhere([](const QJsonObject &s) { return billingName(s).trimmed().contains(QLatin1Char(' ')); });
    QVERIFY2(!named.isEmpty(), "the seeded sessions carry customer names");
    row("billing first and last name", billingName(named));
    row("billing name, upper case", billingName(named).toUpper());
    row("last name only",
        orderOf(named)
            .value(QStringLiteral("billing_address"))
            .toObject()
            .value(QStringLiteral("last_name"))
            .toString()
            .toLower());

    const QJsonObject &shippedElsewhere = sessionWhere([](const QJsonObject &s) {
        return shippingName(s).trimmed().contains(QLatin1Char(' ')) && shippingName(s) != billingName(s);
    });
    if (!shippedElsewhere.isEmpty())
        row("shipping name", shippingName(shippedElsewhere));

    const QJsonObject &nordic = sessionWhere([](const QJsonObject &s) {
        const QString name = billingName(s);
        return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127 && c.isLetter(); });
    });
    QVERIFY2(!nordic.isEmpty(), "the seeded names include Nordic letters");
    row("Nordic name, other case", billingName(nordic).toUpper());

    QTest::newRow("no match") << items({ { key, QStringLiteral("zz-no-such-reference-zz") } }) << QStringList();
    // The name is "first last": the other order is no match unless a reference happens to hold it.
    const QJsonObject address = orderOf(named).value(QStringLiteral("billing_address")).toObject();
    row("last and first name",
        address.value(QStringLiteral("last_name")).toString() + QLatin1Char(' ')
            + address.value(QStringLiteral("first_name")).toString());
}

void SandboxListTest::list_search()
{
    list_idFilter();
}

void SandboxListTest::list_createdAt_data()
{
    addFilterRows();
    const QString gte = QStringLiteral("created_at.gte");
    const QString lte = QStringLiteral("created_at.lte");
    const QDateTime pivot = createdAt(m_all.at(50));
    const QString pivotText = m_all.at(50).value(QStringLiteral("created_at")).toString();
    const QDateTime later = createdAt(m_all.at(20));
    const QString laterText = m_all.at(20).value(QStringLiteral("created_at")).toString();
    QVERIFY(pivot.isValid() && later.isValid());
    const auto between = [this](const QDateTime &from, const QDateTime &to) {
        return expectedIds([&](const QJsonObject &s) {
            const QDateTime t = createdAt(s);
            return (!from.isValid() || t >= from) && (!to.isValid() || t <= to);
        });
    };

    QTest::newRow("gte is inclusive") << items({ { gte, pivotText } }) << between(pivot, {});
    QTest::newRow("lte is inclusive") << items({ { lte, pivotText } }) << between({}, pivot);
    QTest::newRow("gte and lte") << items({ { gte, pivotText }, { lte, laterText } }) << between(pivot, later);
    QTest::newRow("gte equal to lte") << items({ { gte, pivotText }, { lte, pivotText } }) << between(pivot, pivot);

    // Whole seconds without a zone are UTC.
    const QDateTime second
        = QDateTime(pivot.date(), QTime(pivot.time().hour(), pivot.time().minute(), pivot.time().second()), Qt::UTC);
    QTest::newRow("gte without zone is UTC")
        << items({ { gte, second.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) } }) << between(second, {});
    QTest::newRow("lte without zone is UTC")
        << items({ { lte, second.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) } }) << between({}, second);
    // +02:00 is two hours ahead of UTC.
    QTest::newRow("gte with offset") << items({ { gte,
        second.addSecs(2 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+02:00") } })
                                     << between(second, {});
    QTest::newRow("lte with negative offset") << items({ { lte,
        second.addSecs(-3 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("-03:00") } })
                                              << between({}, second);

    // A date alone: lte covers that whole day, gte starts at its midnight (UTC).
    const QDate day = createdAt(m_all.at(100)).date();
    const QDateTime dayStart(day, QTime(0, 0), Qt::UTC);
    const QDateTime dayEnd = dayStart.addDays(1).addMSecs(-1);
    QTest::newRow("lte date only covers the day")
        << items({ { lte, day.toString(Qt::ISODate) } }) << between({}, dayEnd);
    QTest::newRow("gte date only starts at midnight")
        << items({ { gte, day.toString(Qt::ISODate) } }) << between(dayStart, {});
    QTest::newRow("one day") << items({ { gte, day.toString(Qt::ISODate) }, { lte, day.toString(Qt::ISODate) } })
                             << between(dayStart, dayEnd);
    QTest::newRow("gte after lte") << items({ { gte, laterText }, { lte, pivotText } }) << QStringList();
    QTest::newRow("before all data") << items({ { lte, QStringLiteral("2000-01-01") } }) << QStringList();
}

void SandboxListTest::list_createdAt()
{
    QFETCH(QueryItems, filters);
    QFETCH(QStringList, expected);
    const Walk walk = walkSessions(*m_fixture, m_token, filters, 100);
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    QCOMPARE(idsOf(walk.sessions).size(), expected.size());
    QCOMPARE(idsOf(walk.sessions), expected);
}

void SandboxListTest::list_invalidDate_is400_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    for (const char *parameter : { "created_at.gte", "created_at.lte" }) {
        for (const char *value : { "yesterday", "2025-13-01", "2025-02-30", "2025-03-01T25:00:00Z", "03/01/2025",
                 "2025-03-01T10:00:00+99:00" })
            QTest::addRow("%s=%s", parameter, value) << QString::fromLatin1(parameter) << QString::fromLatin1(value);
    }
}

void SandboxListTest::list_invalidDate_is400()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    const HttpResult result
        = m_fixture->authorized("GET", QStringLiteral("/sessions?") + queryString({ { parameter, value } }), m_token);
    QVERIFY2(result.status == 400, qPrintable(describe(result)));
    const QString problem = errorEnvelopeProblem(result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(errorMessage(result).contains(parameter), qPrintable(errorMessage(result)));
}

void SandboxListTest::list_filtersCombine_data()
{
    addFilterRows();
    const QJsonObject &first = m_all.at(10);
    const QString id = first.value(QStringLiteral("id")).toString();
    const QString store = storeOf(first);
    const QJsonObject &elsewhere = sessionWhere([&store](const QJsonObject &s) { return storeOf(s) != store; });
    QVERIFY(!store.isEmpty() && !elsewhere.isEmpty());
    const QString otherStore = storeOf(elsewhere);
    const QString otherId = elsewhere.value(QStringLiteral("id")).toString();

    QTest::newRow("id and its store") << items({ { QStringLiteral("id"), id }, { QStringLiteral("store_id"), store } })
                                      << QStringList { id };
    QTest::newRow("id and another store")
        << items({ { QStringLiteral("id"), id }, { QStringLiteral("store_id"), otherStore } }) << QStringList();
    QTest::newRow("two ids (or), one store (and)") << items(
        { { QStringLiteral("id"), id }, { QStringLiteral("id"), otherId }, { QStringLiteral("store_id"), store } })
                                                   << QStringList { id };

    const QString term = billingName(first).section(QLatin1Char(' '), 0, 0);
    QTest::newRow("store and search") << items(
        { { QStringLiteral("store_id"), store }, { QStringLiteral("search"), term } })
                                      << expectedIds([&](const QJsonObject &s) {
                                             return storeOf(s) == store && matchesSearch(s, term);
                                         });
    const QDateTime from = createdAt(m_all.at(120));
    QTest::newRow("store, date and two stores")
        << items({ { QStringLiteral("store_id"), store }, { QStringLiteral("store_id"), otherStore },
               { QStringLiteral("created_at.gte"), m_all.at(120).value(QStringLiteral("created_at")).toString() } })
        << expectedIds([&](const QJsonObject &s) {
               return (storeOf(s) == store || storeOf(s) == otherStore) && createdAt(s) >= from;
           });
}

void SandboxListTest::list_filtersCombine()
{
    QFETCH(QueryItems, filters);
    QFETCH(QStringList, expected);
    // Small pages: the cursor must work inside a filtered list too.
    const Walk walk = walkSessions(*m_fixture, m_token, filters, 4);
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    QCOMPARE(idsOf(walk.sessions), expected);
}

void SandboxListTest::get_known_returnsSession_data()
{
    QTest::addColumn<QJsonObject>("listed");
    for (int index : { 0, 1, 99, 199 })
        QTest::addRow("#%d", index) << m_all.at(index);
    const QJsonObject &cancelled
        = sessionWhere([](const QJsonObject &s) { return s.contains(QStringLiteral("cancelled_at")); });
    if (!cancelled.isEmpty())
        QTest::newRow("cancelled") << cancelled;
    const QJsonObject &paid
        = sessionWhere([](const QJsonObject &s) { return s.contains(QStringLiteral("transaction_id")); });
    if (!paid.isEmpty())
        QTest::newRow("with transaction") << paid;
}

void SandboxListTest::get_known_returnsSession()
{
    QFETCH(QJsonObject, listed);
    const QString id = listed.value(QStringLiteral("id")).toString();
    const HttpResult result = m_fixture->authorized("GET", QStringLiteral("/sessions/") + id, m_token);
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    const QJsonObject session = result.object();
    for (const char *field : { "id", "created_at", "order", "url", "events", "transaction_id", "cancelled_at" })
        QCOMPARE(session.value(QLatin1String(field)), listed.value(QLatin1String(field)));
}

void SandboxListTest::get_includes_isAccepted_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("events.request_headers") << QStringLiteral("includes=events.request_headers");
    QTest::newRow("initiating_system_request_headers") << QStringLiteral("includes=initiating_system_request_headers");
    QTest::newRow("both") << QStringLiteral(
        "includes=events.request_headers&includes=initiating_system_request_headers");
}

void SandboxListTest::get_includes_isAccepted()
{
    QFETCH(QString, query);
    const QString id = m_all.at(0).value(QStringLiteral("id")).toString();
    const HttpResult result = m_fixture->authorized("GET", QStringLiteral("/sessions/%1?%2").arg(id, query), m_token);
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    QCOMPARE(result.object().value(QStringLiteral("id")).toString(), id);
}

void SandboxListTest::get_unknown_is404_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("unknown") << QStringLiteral("T12345678.doesNotExist");
    QTest::newRow("another account's form") << QStringLiteral("T99999999.6Hq2VtZk9rWcYpB3nXa8Lm");
    QTest::newRow("not an id at all") << QStringLiteral("nothing");
}

void SandboxListTest::get_unknown_is404()
{
    QFETCH(QString, id);
    const HttpResult result = m_fixture->authorized("GET", QStringLiteral("/sessions/") + id, m_token);
    QVERIFY2(result.status == 404, qPrintable(describe(result)));
    const QString problem = errorEnvelopeProblem(result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(SandboxListTest)

#include "sandbox_list_test.moc"
