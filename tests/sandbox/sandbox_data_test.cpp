// Contract of the seeded data set: size, spread, variety (stores, currencies, customers,
// every session state), consistent amounts, and determinism for a seed and a clock.

#include "sandbox/sandboxstore.h"
#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Dintero::Testing;

class SandboxDataTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void seed_count_isTheOption();
    void seed_createdAt_spreadsOver120Days();
    void seed_stores_areAtLeastSix();
    void seed_currencies_areNordicAndEuro();
    void seed_customers_haveNamesEmailsAndPhones();
    void seed_amounts_addUp();
    void seed_idsAndTimes_areWellFormed();
    void seed_states_areAllPresent_data();
    void seed_states_areAllPresent();
    void seed_cancelled_carryCancelFields();
    void seed_sameSeedAndClock_giveSameData();
    void seed_otherSeed_givesOtherData();

private:
    QString transactionState(const QJsonObject &session) const;

    std::unique_ptr<SandboxFixture> m_fixture;
    QList<QJsonObject> m_all;
};

namespace {

QJsonObject orderOf(const QJsonObject &session)
{
    return session.value(QStringLiteral("order")).toObject();
}

QByteArray fullWalkBytes(const Dintero::Sandbox::SandboxOptions &options)
{
    SandboxFixture fixture(options);
    const Walk walk = walkSessions(fixture, fixture.token(), {}, 100);
    QJsonArray array;
    for (const QJsonObject &session : walk.sessions)
        array.append(session);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

void SandboxDataTest::initTestCase()
{
    m_fixture = std::make_unique<SandboxFixture>(optionsAt(ManualClock()));
    QVERIFY(m_fixture->isListening());
    const Walk walk = walkSessions(*m_fixture, m_fixture->token(), {}, 100);
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    m_all = walk.sessions;
}

void SandboxDataTest::cleanupTestCase()
{
    m_fixture.reset();
}

QString SandboxDataTest::transactionState(const QJsonObject &session) const
{
    const QString id = session.value(QStringLiteral("transaction_id")).toString();
    if (id.isEmpty())
        return {};
    const auto transaction = m_fixture->server().store().transaction(id);
    return transaction ? transaction->status : QStringLiteral("missing");
}

void SandboxDataTest::seed_count_isTheOption()
{
    QCOMPARE(m_all.size(), 200);
    Dintero::Sandbox::SandboxOptions options = optionsAt(ManualClock());
    options.sessionCount = 37;
    SandboxFixture small(options);
    QCOMPARE(walkSessions(small, small.token(), {}, 100).sessions.size(), 37);
}

void SandboxDataTest::seed_createdAt_spreadsOver120Days()
{
    const QDateTime now = fixedNow();
    QDateTime oldest = now;
    for (const QJsonObject &session : std::as_const(m_all)) {
        const auto created = parseTimestamp(session.value(QStringLiteral("created_at")).toString());
        QVERIFY2(created.has_value(), qPrintable(session.value(QStringLiteral("created_at")).toString()));
        QVERIFY2(*created <= now && *created >= now.addDays(-120),
            qPrintable(session.value(QStringLiteral("created_at")).toString()));
        oldest = std::min(oldest, *created);
    }
    QVERIFY2(oldest < now.addDays(-90), qPrintable(oldest.toString(Qt::ISODate)));
}

void SandboxDataTest::seed_stores_areAtLeastSix()
{
    QSet<QString> stores;
    for (const QJsonObject &session : std::as_const(m_all))
        stores.insert(
            orderOf(session).value(QStringLiteral("store")).toObject().value(QStringLiteral("id")).toString());
    stores.remove(QString());
    QVERIFY2(stores.size() >= 6, qPrintable(QStringList(stores.cbegin(), stores.cend()).join(QLatin1Char(','))));
}

void SandboxDataTest::seed_currencies_areNordicAndEuro()
{
    QSet<QString> currencies;
    for (const QJsonObject &session : std::as_const(m_all))
        currencies.insert(orderOf(session).value(QStringLiteral("currency")).toString());
    const QSet<QString> expected { QStringLiteral("NOK"), QStringLiteral("SEK"), QStringLiteral("DKK"),
        QStringLiteral("EUR") };
    QCOMPARE(currencies, expected);
}

void SandboxDataTest::seed_customers_haveNamesEmailsAndPhones()
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$"));
    static const QRegularExpression phone(QStringLiteral("^\\+\\d{8,15}$"));
    int withName = 0;
    int withEmail = 0;
    int withPhone = 0;
    QStringList problems;
    for (const QJsonObject &session : std::as_const(m_all)) {
        const QJsonObject customer = session.value(QStringLiteral("customer")).toObject();
        const QString id = session.value(QStringLiteral("id")).toString();
        if (customer.contains(QStringLiteral("email"))) {
            ++withEmail;
            if (!email.match(customer.value(QStringLiteral("email")).toString()).hasMatch())
                problems.append(id + QStringLiteral(": e-mail ") + customer.value(QStringLiteral("email")).toString());
        }
        if (customer.contains(QStringLiteral("phone_number"))) {
            ++withPhone;
            if (!phone.match(customer.value(QStringLiteral("phone_number")).toString()).hasMatch())
                problems.append(
                    id + QStringLiteral(": phone ") + customer.value(QStringLiteral("phone_number")).toString());
        }
        const QJsonObject billing = orderOf(session).value(QStringLiteral("billing_address")).toObject();
        if (!billing.value(QStringLiteral("first_name")).toString().isEmpty()
            && !billing.value(QStringLiteral("last_name")).toString().isEmpty())
            ++withName;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Nearly every session has a customer; a few (payment links never opened) may not.
    QVERIFY2(withName >= 150, qPrintable(QString::number(withName)));
    QVERIFY2(withEmail >= 150, qPrintable(QString::number(withEmail)));
    QVERIFY2(withPhone >= 150, qPrintable(QString::number(withPhone)));
}

void SandboxDataTest::seed_amounts_addUp()
{
    QStringList problems;
    int withItems = 0;
    for (const QJsonObject &session : std::as_const(m_all)) {
        const QJsonObject order = orderOf(session);
        const QJsonArray items = order.value(QStringLiteral("items")).toArray();
        if (items.isEmpty())
            continue;
        ++withItems;
        qint64 amount = 0;
        qint64 vat = 0;
        for (const QJsonValue &item : items) {
            amount += item.toObject().value(QStringLiteral("amount")).toInteger();
            vat += item.toObject().value(QStringLiteral("vat_amount")).toInteger();
        }
        const QJsonObject shipping = order.value(QStringLiteral("shipping_option")).toObject();
        amount += shipping.value(QStringLiteral("amount")).toInteger();
        vat += shipping.value(QStringLiteral("vat_amount")).toInteger();
        const QString id = session.value(QStringLiteral("id")).toString();
        if (amount != order.value(QStringLiteral("amount")).toInteger())
            problems.append(QStringLiteral("%1: items add up to %2, order.amount is %3")
                                .arg(id)
                                .arg(amount)
                                .arg(order.value(QStringLiteral("amount")).toInteger()));
        if (vat != order.value(QStringLiteral("vat_amount")).toInteger())
            problems.append(QStringLiteral("%1: item VAT adds up to %2, order.vat_amount is %3")
                                .arg(id)
                                .arg(vat)
                                .arg(order.value(QStringLiteral("vat_amount")).toInteger()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(withItems >= 150, qPrintable(QString::number(withItems)));
}

void SandboxDataTest::seed_idsAndTimes_areWellFormed()
{
    QStringList problems;
    for (const QJsonObject &session : std::as_const(m_all)) {
        const QString id = session.value(QStringLiteral("id")).toString();
        if (!id.startsWith(QLatin1String("T12345678.")))
            problems.append(id + QStringLiteral(": not an id of account T12345678"));
        const auto created = parseTimestamp(session.value(QStringLiteral("created_at")).toString());
        for (const QJsonValue &event : session.value(QStringLiteral("events")).toArray()) {
            const auto at = parseTimestamp(event.toObject().value(QStringLiteral("created_at")).toString());
            if (!at || !created || *at < *created || *at > fixedNow())
                problems.append(id + QStringLiteral(": event ")
                    + event.toObject().value(QStringLiteral("name")).toString() + QStringLiteral(" at ")
                    + event.toObject().value(QStringLiteral("created_at")).toString());
        }
        if (eventNames(session).value(0) != QLatin1String("INITIATED"))
            problems.append(id + QStringLiteral(": the first event is not INITIATED"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void SandboxDataTest::seed_states_areAllPresent_data()
{
    QTest::addColumn<QString>("state");
    for (const char *state : { "open", "in progress", "authorized", "captured", "cancelled", "failed", "expired",
             "on hold", "payment token" })
        QTest::newRow(state) << QString::fromLatin1(state);
}

void SandboxDataTest::seed_states_areAllPresent()
{
    QFETCH(QString, state);
    const QDateTime now = fixedNow();
    const auto matches = [&](const QJsonObject &session) {
        const QStringList events = eventNames(session);
        const bool cancelled = session.contains(QStringLiteral("cancelled_at"));
        const bool hasTransaction = session.contains(QStringLiteral("transaction_id"));
        if (state == QLatin1String("open"))
            return events == QStringList { QStringLiteral("INITIATED") } && !cancelled && !hasTransaction
                && parseTimestamp(session.value(QStringLiteral("expires_at")).toString()).value_or(now) > now;
        if (state == QLatin1String("in progress"))
            return !cancelled && !hasTransaction && events.size() > 1
                && (events.contains(QStringLiteral("VISITED")) || events.contains(QStringLiteral("PAY_LOCK_START")))
                && !events.contains(QStringLiteral("FAILED"));
        if (state == QLatin1String("authorized"))
            return !cancelled && events.contains(QStringLiteral("AUTHORIZED"))
                && transactionState(session) == QLatin1String("AUTHORIZED");
        if (state == QLatin1String("captured"))
            return transactionState(session) == QLatin1String("CAPTURED");
        if (state == QLatin1String("cancelled"))
            return cancelled && events.contains(QStringLiteral("CANCELLED"));
        if (state == QLatin1String("failed"))
            return events.contains(QStringLiteral("FAILED")) || events.contains(QStringLiteral("DECLINED"));
        if (state == QLatin1String("expired"))
            return !cancelled && !hasTransaction
                && parseTimestamp(session.value(QStringLiteral("expires_at")).toString()).value_or(now) < now;
        if (state == QLatin1String("on hold"))
            return events.contains(QStringLiteral("ON_HOLD_CALLBACK_SENT"))
                && transactionState(session) == QLatin1String("ON_HOLD");
        return session.value(QStringLiteral("payment_operation")).toString() == QLatin1String("generate_payment_token");
    };
    const auto count = std::count_if(m_all.cbegin(), m_all.cend(), matches);
    QVERIFY2(count > 0, qPrintable(QStringLiteral("no seeded session is %1").arg(state)));
}

void SandboxDataTest::seed_cancelled_carryCancelFields()
{
    QStringList problems;
    for (const QJsonObject &session : std::as_const(m_all)) {
        const bool hasCancelledAt = session.contains(QStringLiteral("cancelled_at"));
        const bool hasEvent = eventNames(session).contains(QStringLiteral("CANCELLED"));
        if (hasCancelledAt != hasEvent
            || (hasCancelledAt && session.value(QStringLiteral("cancelled_by")).toString().isEmpty()))
            problems.append(session.value(QStringLiteral("id")).toString());
        const QString state = transactionState(session);
        if (hasCancelledAt && !state.isEmpty() && state != QLatin1String("AUTHORIZATION_VOIDED"))
            problems.append(session.value(QStringLiteral("id")).toString() + QStringLiteral(": cancelled with a ")
                + state + QStringLiteral(" transaction"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void SandboxDataTest::seed_sameSeedAndClock_giveSameData()
{
    const QByteArray first = fullWalkBytes(optionsAt(ManualClock()));
    const QByteArray second = fullWalkBytes(optionsAt(ManualClock()));
    QVERIFY(first.size() > 1000);
    QVERIFY2(first == second, "two sandboxes with the same seed and clock differ");
}

void SandboxDataTest::seed_otherSeed_givesOtherData()
{
    Dintero::Sandbox::SandboxOptions options = optionsAt(ManualClock());
    options.seed = 2;
    SandboxFixture other(options);
    const QStringList otherIds = idsOf(walkSessions(other, other.token(), {}, 100).sessions);
    QCOMPARE(otherIds.size(), 200);
    QVERIFY(otherIds != idsOf(m_all));
}

QTEST_GUILESS_MAIN(SandboxDataTest)

#include "sandbox_data_test.moc"
