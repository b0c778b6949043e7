// Contract of GET /v1/transactions/{id} (reference §4.9): every transaction the sandbox
// keeps is published with its current status, and its events tell the same story as the
// status and as the session's own events; includes, credentials, cancel, the hosted
// page's payments, statistics and faults.

#include "core/session.h"
#include "sandbox/sandboxstore.h"
#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Dintero::Testing;
using Dintero::Core::SessionStatus;

class SandboxTransactionsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void seeded_statusAgreesWithSessionAndStore();
    void seeded_eventsAgreeWithStatusAndSession();
    void seeded_readTwice_isTheSame();
    void includes_paymentToken_onlyOnPaymentTokenSessions();
    void includes_repeated_addsSessionAndFiltersEvents();
    void includes_unknown_is400();
    void credentials_everyReaderMayRead_data();
    void credentials_everyReaderMayRead();
    void credentials_missingOrBad_is401_data();
    void credentials_missingOrBad_is401();
    void unknown_is404();
    void cancel_authorized_voidsWithEvent();
    void cancel_initiated_voidsWithEvent();
    void hostedPage_payment_createsReadableTransaction();
    void hostedPage_paymentTokenSession_createsTokenTransaction();
    void stats_countGetTransactionPerSession();
    void faults_forGetTransaction_applyToItOnly();

private:
    struct Seeded
    {
        QJsonObject session;
        QString transactionId;
        QString storeStatus;
    };
    QList<Seeded> seeded();
    // The first seeded session (as it is now) whose transaction has `status` and that is not cancelled.
    std::optional<Seeded> seededWithStatus(const QString &status, bool paymentToken = false);
    HttpResult readTransaction(const QString &id, const QString &query = {});
    QJsonObject session(const QString &id);
    HttpResult payOnHostedPage(const QString &url);
    // Every check of a transaction against its status and session; empty when it agrees.
    QStringList problemsOf(const QJsonObject &transaction, const QJsonObject &session);

    ManualClock m_clock;
    std::unique_ptr<SandboxFixture> m_fixture;
    QByteArray m_token;
    HttpClient m_browser;
};

namespace {

QJsonArray eventsOf(const QJsonObject &transaction)
{
    return transaction.value(QStringLiteral("events")).toArray();
}

QStringList transactionEventNames(const QJsonObject &transaction)
{
    QStringList names;
    for (const QJsonValue &event : eventsOf(transaction))
        names.append(event.toObject().value(QStringLiteral("event")).toString());
    return names;
}

QDateTime timeOf(const QJsonObject &object)
{
    return parseTimestamp(object.value(QStringLiteral("created_at")).toString()).value_or(QDateTime());
}

// The time of the session's last event of that name; invalid when it has none.
QDateTime sessionEventTime(const QJsonObject &session, const QString &name)
{
    QDateTime found;
    for (const QJsonValue &event : session.value(QStringLiteral("events")).toArray()) {
        if (event.toObject().value(QStringLiteral("name")).toString() == name)
            found = timeOf(event.toObject());
    }
    return found;
}

// Which transaction statuses each derived session status (§6) allows.
QStringList statusesFor(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Cancelled:
        return { QStringLiteral("AUTHORIZATION_VOIDED") };
    case SessionStatus::OnHold:
        return { QStringLiteral("ON_HOLD") };
    case SessionStatus::Authorized:
        // §6 counts a transaction without a failure as paid, so INITIATED lands here too.
        return { QStringLiteral("INITIATED"), QStringLiteral("AUTHORIZED"), QStringLiteral("CAPTURED"),
            QStringLiteral("PARTIALLY_CAPTURED"), QStringLiteral("REFUNDED"), QStringLiteral("PARTIALLY_REFUNDED"),
            QStringLiteral("PARTIALLY_CAPTURED_REFUNDED") };
    case SessionStatus::Failed:
        return { QStringLiteral("DECLINED"), QStringLiteral("FAILED"), QStringLiteral("UNKNOWN") };
    default:
        return {};
    }
}

bool isPaymentTokenSession(const QJsonObject &session)
{
    return session.value(QStringLiteral("payment_operation")).toString() == QLatin1String("generate_payment_token");
}

} // namespace

void SandboxTransactionsTest::init()
{
    m_clock = ManualClock();
    m_fixture = std::make_unique<SandboxFixture>(optionsAt(m_clock));
    QVERIFY(m_fixture->isListening());
    m_token = m_fixture->token();
    QVERIFY(!m_token.isEmpty());
}

void SandboxTransactionsTest::cleanup()
{
    m_fixture.reset();
}

QList<SandboxTransactionsTest::Seeded> SandboxTransactionsTest::seeded()
{
    const Walk walk = walkSessions(*m_fixture, m_token, {}, 100);
    if (!walk.error.isEmpty())
        qWarning("walk failed: %s", qPrintable(walk.error));
    QList<Seeded> found;
    for (const QJsonObject &session : walk.sessions) {
        const QString transactionId = session.value(QStringLiteral("transaction_id")).toString();
        if (transactionId.isEmpty())
            continue;
        const auto record = m_fixture->server().store().transaction(transactionId);
        found.append({ session, transactionId, record ? record->status : QString() });
    }
    return found;
}

std::optional<SandboxTransactionsTest::Seeded> SandboxTransactionsTest::seededWithStatus(
    const QString &status, bool paymentToken)
{
    for (const Seeded &candidate : seeded()) {
        if (candidate.storeStatus == status && !candidate.session.contains(QStringLiteral("cancelled_at"))
            && isPaymentTokenSession(candidate.session) == paymentToken)
            return candidate;
    }
    return std::nullopt;
}

HttpResult SandboxTransactionsTest::readTransaction(const QString &id, const QString &query)
{
    return m_fixture->authorized("GET", QStringLiteral("/transactions/") + id + query, m_token);
}

QJsonObject SandboxTransactionsTest::session(const QString &id)
{
    return m_fixture->authorized("GET", QStringLiteral("/sessions/") + id, m_token).object();
}

HttpResult SandboxTransactionsTest::payOnHostedPage(const QString &url)
{
    const QUrl pageUrl(url);
    const HttpResult page = m_browser.send("GET", pageUrl);
    const std::optional<HtmlForm> form = parseForm(page.body, pageUrl);
    if (page.status != 200 || !form || form->submitButtons.isEmpty()) {
        qWarning("the hosted page has no form to pay with: %s", qPrintable(describe(page)));
        return page;
    }
    return m_browser.send("POST", form->action, form->encoded({ form->submitButtons.first() }),
        { { "Content-Type", "application/x-www-form-urlencoded" } });
}

QStringList SandboxTransactionsTest::problemsOf(const QJsonObject &transaction, const QJsonObject &session)
{
    QStringList problems;
    const auto expect = [&problems](bool condition, const QString &problem) {
        if (!condition)
            problems.append(problem);
    };
    const QString status = transaction.value(QStringLiteral("status")).toString();
    const QJsonObject order = session.value(QStringLiteral("order")).toObject();
    const qint64 amount = transaction.value(QStringLiteral("amount")).toInteger(-1);

    // The fields a console shows, taken from the session.
    expect(transaction.value(QStringLiteral("session_id")).toString() == session.value(QStringLiteral("id")).toString(),
        QStringLiteral("session_id"));
    expect(amount == (isPaymentTokenSession(session) ? 0 : order.value(QStringLiteral("amount")).toInteger()),
        QStringLiteral("amount %1").arg(amount));
    expect(transaction.value(QStringLiteral("currency")) == order.value(QStringLiteral("currency")),
        QStringLiteral("currency"));
    expect(transaction.value(QStringLiteral("merchant_reference")) == order.value(QStringLiteral("merchant_reference")),
        QStringLiteral("merchant_reference"));
    expect(transaction.value(QStringLiteral("store")) == order.value(QStringLiteral("store")), QStringLiteral("store"));
    const QString productType = transaction.value(QStringLiteral("payment_product_type")).toString();
    expect(!productType.isEmpty()
            && productType.startsWith(transaction.value(QStringLiteral("payment_product")).toString()),
        QStringLiteral("payment_product %1 of %2")
            .arg(transaction.value(QStringLiteral("payment_product")).toString(), productType));

    // The card: on card transactions only; the token id where a token exists, the token
    // itself never without includes.
    const QJsonObject card = transaction.value(QStringLiteral("card")).toObject();
    if (productType.endsWith(QLatin1String(".creditcard"))) {
        static const QRegularExpression maskedPan(QStringLiteral("^\\d{6}\\*{2,}\\d{4}$"));
        static const QRegularExpression expiry(QStringLiteral("^(0[1-9]|1[0-2])/\\d\\d$"));
        expect(!card.value(QStringLiteral("brand")).toString().isEmpty(), QStringLiteral("card.brand"));
        expect(maskedPan.match(card.value(QStringLiteral("masked_pan")).toString()).hasMatch(),
            QStringLiteral("card.masked_pan %1").arg(card.value(QStringLiteral("masked_pan")).toString()));
        expect(expiry.match(card.value(QStringLiteral("expiry_date")).toString()).hasMatch(),
            QStringLiteral("card.expiry_date"));
        expect(card.contains(QStringLiteral("payment_token_id")) == isPaymentTokenSession(session),
            QStringLiteral("card.payment_token_id only where a token exists"));
        expect(!card.contains(QStringLiteral("payment_token")), QStringLiteral("card.payment_token without includes"));
    } else {
        expect(
            !transaction.contains(QStringLiteral("card")), QStringLiteral("a card on a %1 payment").arg(productType));
    }

    // The events: each complete, in time order, the first an INITIALIZE, the last
    // leaving the transaction in its status.
    const QJsonArray events = eventsOf(transaction);
    if (events.isEmpty())
        return problems << QStringLiteral("no events");
    QSet<QString> ids;
    QDateTime previous = parseTimestamp(session.value(QStringLiteral("created_at")).toString()).value();
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        for (const char *key : { "id", "event", "transaction_status", "success", "amount", "created_at" })
            expect(event.contains(QLatin1String(key)), QStringLiteral("an event without %1").arg(QLatin1String(key)));
        ids.insert(event.value(QStringLiteral("id")).toString());
        const QDateTime at = timeOf(event);
        expect(at.isValid() && at >= previous && at <= m_clock.now(),
            QStringLiteral("%1 at %2 is out of order")
                .arg(event.value(QStringLiteral("event")).toString(),
                    event.value(QStringLiteral("created_at")).toString()));
        previous = at;
        const bool success = event.value(QStringLiteral("success")).toBool();
        expect(success != event.value(QStringLiteral("error")).isObject(), QStringLiteral("error exactly on failure"));
    }
    expect(ids.size() == events.size(), QStringLiteral("event ids repeat"));
    const QJsonObject first = events.first().toObject();
    const QJsonObject last = events.last().toObject();
    expect(first.value(QStringLiteral("event")) == QStringLiteral("INITIALIZE")
            && first.value(QStringLiteral("transaction_status")) == QStringLiteral("INITIATED"),
        QStringLiteral("the first event is not INITIALIZE"));
    expect(last.value(QStringLiteral("transaction_status")).toString() == status,
        QStringLiteral("the last event leaves %1, not %2")
            .arg(last.value(QStringLiteral("transaction_status")).toString(), status));
    expect(transaction.value(QStringLiteral("created_at")) == first.value(QStringLiteral("created_at"))
            && transaction.value(QStringLiteral("updated_at")) == last.value(QStringLiteral("created_at")),
        QStringLiteral("created_at / updated_at are not the first / last event"));

    // Per status: which events, with which amounts, at the session's times.
    const QStringList names = transactionEventNames(transaction);
    const auto eventAmount = [&events](qsizetype i) {
        return events.at(i).toObject().value(QStringLiteral("amount")).toInteger(-1);
    };
    const auto eventTime = [&events](qsizetype i) {
        return timeOf(events.at(i).toObject());
    };
    const QString initialize = QStringLiteral("INITIALIZE");
    const QString authorize = QStringLiteral("AUTHORIZE");
    const QString capture = QStringLiteral("CAPTURE");
    if (status == QLatin1String("INITIATED")) {
        expect(names == QStringList { initialize }, names.join(QLatin1Char(',')));
    } else if (status == QLatin1String("AUTHORIZED") || status == QLatin1String("ON_HOLD")) {
        expect(names == QStringList({ initialize, authorize }), names.join(QLatin1Char(',')));
        const QString sessionEvent = status == QLatin1String("ON_HOLD") ? QStringLiteral("ON_HOLD_CALLBACK_SENT")
                                                                        : QStringLiteral("AUTHORIZED");
        expect(eventTime(1) == sessionEventTime(session, sessionEvent),
            QStringLiteral("AUTHORIZE is not at the session's %1").arg(sessionEvent));
        expect(eventAmount(1) == amount && last.value(QStringLiteral("success")).toBool(),
            QStringLiteral("AUTHORIZE amount or success"));
    } else if (status == QLatin1String("DECLINED")) {
        expect(names == QStringList({ initialize, authorize }), names.join(QLatin1Char(',')));
        expect(!last.value(QStringLiteral("success")).toBool()
                && !last.value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .isEmpty(),
            QStringLiteral("a declined AUTHORIZE succeeded or has no error message"));
        expect(eventTime(1) == sessionEventTime(session, QStringLiteral("DECLINED")),
            QStringLiteral("AUTHORIZE is not at the session's DECLINED"));
    } else if (status == QLatin1String("CAPTURED") || status == QLatin1String("REFUNDED")) {
        const QStringList expected = status == QLatin1String("CAPTURED")
            ? QStringList { initialize, authorize, capture }
            : QStringList { initialize, authorize, capture, QStringLiteral("REFUND") };
        expect(names == expected, names.join(QLatin1Char(',')));
        for (qsizetype i = 1; i < names.size(); ++i)
            expect(eventAmount(i) == amount, QStringLiteral("%1 of %2").arg(names.at(i)).arg(eventAmount(i)));
        expect(eventTime(1) == sessionEventTime(session, QStringLiteral("AUTHORIZED")),
            QStringLiteral("AUTHORIZE is not at the session's AUTHORIZED"));
    } else if (status == QLatin1String("PARTIALLY_CAPTURED")) {
        expect(names == QStringList({ initialize, authorize, capture }), names.join(QLatin1Char(',')));
        expect(names.size() == 3 && eventAmount(2) > 0 && eventAmount(2) < amount,
            QStringLiteral("a partial CAPTURE of %1 out of %2").arg(eventAmount(2)).arg(amount));
    } else if (status == QLatin1String("AUTHORIZATION_VOIDED")) {
        const bool wasAuthorized = sessionEventTime(session, QStringLiteral("AUTHORIZED")).isValid();
        expect(names
                == (wasAuthorized ? QStringList { initialize, authorize, QStringLiteral("VOID") }
                                  : QStringList { initialize, QStringLiteral("VOID") }),
            names.join(QLatin1Char(',')));
        expect(eventAmount(names.size() - 1) == amount && last.value(QStringLiteral("success")).toBool(),
            QStringLiteral("VOID amount or success"));
        expect(eventTime(names.size() - 1) == sessionEventTime(session, QStringLiteral("CANCELLED")),
            QStringLiteral("VOID is not at the session's CANCELLED"));
    } else {
        problems.append(QStringLiteral("a status the seeded data does not have: %1").arg(status));
    }
    return problems;
}

void SandboxTransactionsTest::seeded_statusAgreesWithSessionAndStore()
{
    const QList<Seeded> all = seeded();
    QVERIFY(all.size() >= 50);
    QSet<QString> statuses;
    for (const Seeded &entry : all) {
        const HttpResult result = readTransaction(entry.transactionId);
        QVERIFY2(result.status == 200, qPrintable(entry.transactionId + QLatin1Char(' ') + describe(result)));
        const QJsonObject transaction = result.object();
        QCOMPARE(transaction.value(QStringLiteral("id")).toString(), entry.transactionId);
        const QString status = transaction.value(QStringLiteral("status")).toString();
        QCOMPARE(status, entry.storeStatus);
        const auto session = Dintero::Core::Session::fromJson(entry.session);
        QVERIFY(session.has_value());
        const SessionStatus derived = session->status(m_clock.now());
        QVERIFY2(statusesFor(derived).contains(status),
            qPrintable(QStringLiteral("%1: a %2 session with a %3 transaction")
                           .arg(entry.transactionId, Dintero::Core::statusKey(derived), status)));
        statuses.insert(status);
    }
    // Every state the seeded data promises is there to be read.
    for (const char *status : { "INITIATED", "AUTHORIZED", "CAPTURED", "PARTIALLY_CAPTURED", "REFUNDED",
             "AUTHORIZATION_VOIDED", "DECLINED", "ON_HOLD" })
        QVERIFY2(statuses.contains(QLatin1String(status)), status);
}

void SandboxTransactionsTest::seeded_eventsAgreeWithStatusAndSession()
{
    QStringList problems;
    for (const Seeded &entry : seeded()) {
        const QJsonObject transaction = readTransaction(entry.transactionId).object();
        for (const QString &problem : problemsOf(transaction, entry.session))
            problems.append(QStringLiteral("%1 (%2): %3").arg(entry.transactionId, entry.storeStatus, problem));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
}

void SandboxTransactionsTest::seeded_readTwice_isTheSame()
{
    const QList<Seeded> all = seeded();
    QVERIFY(!all.isEmpty());
    for (const Seeded &entry : all.mid(0, 20))
        QCOMPARE(readTransaction(entry.transactionId).body, readTransaction(entry.transactionId).body);

    // Another sandbox on the same seed and clock publishes the same transactions.
    SandboxFixture twin(optionsAt(m_clock));
    QVERIFY(twin.isListening());
    const QByteArray twinToken = twin.token();
    for (const Seeded &entry : all.mid(0, 20))
        QCOMPARE(twin.authorized("GET", QStringLiteral("/transactions/") + entry.transactionId, twinToken).body,
            readTransaction(entry.transactionId).body);
}

void SandboxTransactionsTest::includes_paymentToken_onlyOnPaymentTokenSessions()
{
    const std::optional<Seeded> tokenEntry = seededWithStatus(QStringLiteral("AUTHORIZED"), true);
    QVERIFY2(tokenEntry, "no seeded payment-token transaction");
    const QString token = m_fixture->server().store().transaction(tokenEntry->transactionId)->paymentToken;
    QVERIFY(token.startsWith(QLatin1String("ptok_")));

    const QJsonObject plain = readTransaction(tokenEntry->transactionId).object();
    QVERIFY(!plain.value(QStringLiteral("card")).toObject().contains(QStringLiteral("payment_token")));
    const QString tokenId
        = plain.value(QStringLiteral("card")).toObject().value(QStringLiteral("payment_token_id")).toString();
    QVERIFY(!tokenId.isEmpty());
    QVERIFY(!tokenId.contains(token));

    const HttpResult withToken
        = readTransaction(tokenEntry->transactionId, QStringLiteral("?includes=card.payment_token"));
    QVERIFY2(withToken.status == 200, qPrintable(describe(withToken)));
    const QJsonObject card = withToken.object().value(QStringLiteral("card")).toObject();
    QCOMPARE(card.value(QStringLiteral("payment_token")).toString(), token);
    QCOMPARE(card.value(QStringLiteral("payment_token_id")).toString(), tokenId);

    // An ordinary card transaction has no token to include.
    std::optional<Seeded> cardEntry;
    for (const Seeded &candidate : seeded()) {
        if (!isPaymentTokenSession(candidate.session)
            && m_fixture->server()
                   .store()
                   .transaction(candidate.transactionId)
                   ->paymentProductType.endsWith(QLatin1String(".creditcard"))) {
            cardEntry = candidate;
            break;
        }
    }
    QVERIFY2(cardEntry, "no seeded card transaction");
    const HttpResult ordinary
        = readTransaction(cardEntry->transactionId, QStringLiteral("?includes=card.payment_token"));
    QVERIFY2(ordinary.status == 200, qPrintable(describe(ordinary)));
    const QJsonObject ordinaryCard = ordinary.object().value(QStringLiteral("card")).toObject();
    QVERIFY(!ordinaryCard.isEmpty());
    QVERIFY(!ordinaryCard.contains(QStringLiteral("payment_token")));
    QVERIFY(!ordinaryCard.contains(QStringLiteral("payment_token_id")));
}

void SandboxTransactionsTest::includes_repeated_addsSessionAndFiltersEvents()
{
    const std::optional<Seeded> declined = [this]() -> std::optional<Seeded> {
        for (const Seeded &candidate : seeded()) {
            if (candidate.storeStatus == QLatin1String("DECLINED"))
                return candidate;
        }
        return std::nullopt;
    }();
    QVERIFY2(declined, "no seeded declined transaction");
    const HttpResult result = readTransaction(declined->transactionId,
        QStringLiteral("?includes=session&includes=events.success.true&includes=card.payment_token"));
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    const QJsonObject transaction = result.object();
    QCOMPARE(transaction.value(QStringLiteral("session")).toObject().value(QStringLiteral("id")),
        declined->session.value(QStringLiteral("id")));
    // Only the successful INITIALIZE is left of INITIALIZE + a failed AUTHORIZE.
    QCOMPARE(transactionEventNames(transaction), QStringList { QStringLiteral("INITIALIZE") });
    QCOMPARE(transaction.value(QStringLiteral("status")).toString(), QStringLiteral("DECLINED"));
}

void SandboxTransactionsTest::includes_unknown_is400()
{
    const std::optional<Seeded> entry = seededWithStatus(QStringLiteral("AUTHORIZED"));
    QVERIFY(entry);
    const HttpResult result = readTransaction(entry->transactionId, QStringLiteral("?includes=card.cvc"));
    QVERIFY2(result.status == 400, qPrintable(describe(result)));
    QVERIFY2(errorEnvelopeProblem(result).isEmpty(), qPrintable(errorEnvelopeProblem(result)));
    QVERIFY2(errorMessage(result).contains(QLatin1String("card.cvc")), qPrintable(errorMessage(result)));
}

void SandboxTransactionsTest::credentials_everyReaderMayRead_data()
{
    QTest::addColumn<QString>("credential");
    QTest::newRow("admin client") << QStringLiteral("admin");
    QTest::newRow("read-only client") << QStringLiteral("read-only");
    QTest::newRow("api key") << QStringLiteral("api key");
}

void SandboxTransactionsTest::credentials_everyReaderMayRead()
{
    QFETCH(QString, credential);
    const std::optional<Seeded> entry = seededWithStatus(QStringLiteral("AUTHORIZED"));
    QVERIFY(entry);
    const Headers headers = credential == QLatin1String("api key") ? apiKey()
        : credential == QLatin1String("read-only") ? bearer(m_fixture->token(SandboxFixture::ReadOnlyClientId))
                                                   : bearer(m_token);
    const HttpResult result
        = m_fixture->request("GET", QStringLiteral("/transactions/") + entry->transactionId, {}, headers);
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    QCOMPARE(result.object().value(QStringLiteral("id")).toString(), entry->transactionId);
}

void SandboxTransactionsTest::credentials_missingOrBad_is401_data()
{
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::newRow("none") << QByteArray() << QByteArray();
    QTest::newRow("bad bearer") << QByteArray("Authorization") << QByteArray("Bearer not.a.token");
    QTest::newRow("bad api key") << QByteArray("x-api-key") << QByteArray("T12345678.wrong-key");
}

void SandboxTransactionsTest::credentials_missingOrBad_is401()
{
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    const std::optional<Seeded> entry = seededWithStatus(QStringLiteral("AUTHORIZED"));
    QVERIFY(entry);
    Headers headers;
    if (!headerName.isEmpty())
        headers.append({ headerName, headerValue });
    const HttpResult result
        = m_fixture->request("GET", QStringLiteral("/transactions/") + entry->transactionId, {}, headers);
    QVERIFY2(result.status == 401, qPrintable(describe(result)));
    QVERIFY2(errorEnvelopeProblem(result).isEmpty(), qPrintable(errorEnvelopeProblem(result)));
    QVERIFY(!result.body.contains(entry->transactionId.toUtf8()));
}

void SandboxTransactionsTest::unknown_is404()
{
    const HttpResult result = readTransaction(QStringLiteral("T12345678.noSuchTransaction"));
    QVERIFY2(result.status == 404, qPrintable(describe(result)));
    QVERIFY2(errorEnvelopeProblem(result).isEmpty(), qPrintable(errorEnvelopeProblem(result)));
    QVERIFY2(
        errorMessage(result).contains(QLatin1String("T12345678.noSuchTransaction")), qPrintable(errorMessage(result)));
    // A session id is not a transaction id.
    const std::optional<Seeded> entry = seededWithStatus(QStringLiteral("AUTHORIZED"));
    QVERIFY(entry);
    QCOMPARE(readTransaction(entry->session.value(QStringLiteral("id")).toString()).status, 404);
}

void SandboxTransactionsTest::cancel_authorized_voidsWithEvent()
{
    const std::optional<Seeded> entry = seededWithStatus(QStringLiteral("AUTHORIZED"));
    QVERIFY2(entry, "no seeded authorized session");
    const QJsonObject before = readTransaction(entry->transactionId).object();
    QCOMPARE(transactionEventNames(before), QStringList({ QStringLiteral("INITIALIZE"), QStringLiteral("AUTHORIZE") }));

    m_clock.advance(90);
    const QString sessionId = entry->session.value(QStringLiteral("id")).toString();
    const HttpResult cancel
        = m_fixture->authorized("POST", QStringLiteral("/sessions/%1/cancel").arg(sessionId), m_token);
    QVERIFY2(cancel.status == 200, qPrintable(describe(cancel)));

    const QJsonObject after = readTransaction(entry->transactionId).object();
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("AUTHORIZATION_VOIDED"));
    QCOMPARE(transactionEventNames(after),
        QStringList({ QStringLiteral("INITIALIZE"), QStringLiteral("AUTHORIZE"), QStringLiteral("VOID") }));
    // The history before the void is unchanged.
    QCOMPARE(eventsOf(after).at(0), eventsOf(before).at(0));
    QCOMPARE(eventsOf(after).at(1), eventsOf(before).at(1));
    const QJsonObject voided = eventsOf(after).last().toObject();
    QCOMPARE(voided.value(QStringLiteral("success")).toBool(false), true);
    QCOMPARE(voided.value(QStringLiteral("amount")).toInteger(), before.value(QStringLiteral("amount")).toInteger());
    QCOMPARE(timeOf(voided), m_clock.now());
    QCOMPARE(voided.value(QStringLiteral("created_by")).toString(), QStringLiteral("demo"));
    QCOMPARE(
        after.value(QStringLiteral("updated_at")).toString(), voided.value(QStringLiteral("created_at")).toString());
    const QStringList problems = problemsOf(after, session(sessionId));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void SandboxTransactionsTest::cancel_initiated_voidsWithEvent()
{
    const std::optional<Seeded> entry = seededWithStatus(QStringLiteral("INITIATED"));
    QVERIFY2(entry, "no seeded session with an INITIATED transaction");
    const QString sessionId = entry->session.value(QStringLiteral("id")).toString();
    const HttpResult cancel
        = m_fixture->authorized("POST", QStringLiteral("/sessions/%1/cancel").arg(sessionId), m_token);
    QVERIFY2(cancel.status == 200, qPrintable(describe(cancel)));
    const QJsonObject after = readTransaction(entry->transactionId).object();
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("AUTHORIZATION_VOIDED"));
    QCOMPARE(transactionEventNames(after), QStringList({ QStringLiteral("INITIALIZE"), QStringLiteral("VOID") }));
    const QStringList problems = problemsOf(after, session(sessionId));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void SandboxTransactionsTest::hostedPage_payment_createsReadableTransaction()
{
    const HttpResult created = m_fixture->authorized(
        "POST", QStringLiteral("/sessions"), m_token, createSessionBody(QStringLiteral("SO-TRANSACTION-1")));
    QVERIFY2(created.status == 200, qPrintable(describe(created)));
    const QString sessionId = created.object().value(QStringLiteral("id")).toString();
    m_clock.advance(300);
    const HttpResult redirect = payOnHostedPage(created.object().value(QStringLiteral("url")).toString());
    QVERIFY2(redirect.status == 303, qPrintable(describe(redirect)));
    const QString transactionId = QUrlQuery(QUrl(QString::fromUtf8(redirect.header("Location"))))
                                      .queryItemValue(QStringLiteral("transaction_id"));
    QVERIFY(!transactionId.isEmpty());

    const HttpResult result = readTransaction(transactionId);
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    const QJsonObject transaction = result.object();
    const QJsonObject paid = session(sessionId);
    QCOMPARE(transaction.value(QStringLiteral("status")).toString(), QStringLiteral("AUTHORIZED"));
    QCOMPARE(transaction.value(QStringLiteral("merchant_reference")).toString(), QStringLiteral("SO-TRANSACTION-1"));
    QCOMPARE(transaction.value(QStringLiteral("payment_product")).toString(), QStringLiteral("dintero_psp"));
    QCOMPARE(
        transactionEventNames(transaction), QStringList({ QStringLiteral("INITIALIZE"), QStringLiteral("AUTHORIZE") }));
    QCOMPARE(timeOf(eventsOf(transaction).last().toObject()), m_clock.now());
    // The card the customer typed on the page (its test card), masked.
    const QJsonObject card = transaction.value(QStringLiteral("card")).toObject();
    QCOMPARE(card.value(QStringLiteral("masked_pan")).toString(), QStringLiteral("411111******1111"));
    QCOMPARE(card.value(QStringLiteral("brand")).toString(), QStringLiteral("VISA"));
    QCOMPARE(card.value(QStringLiteral("expiry_date")).toString(), QStringLiteral("12/30"));
    const QStringList problems = problemsOf(transaction, paid);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void SandboxTransactionsTest::hostedPage_paymentTokenSession_createsTokenTransaction()
{
    const HttpResult created = m_fixture->authorized(
        "POST", QStringLiteral("/sessions/payment-token"), m_token, paymentTokenBody(QStringLiteral("CARD-SAVE-7")));
    QVERIFY2(created.status == 200, qPrintable(describe(created)));
    const QString sessionId = created.object().value(QStringLiteral("id")).toString();
    const HttpResult redirect = payOnHostedPage(created.object().value(QStringLiteral("url")).toString());
    QVERIFY2(redirect.status == 303, qPrintable(describe(redirect)));
    const QString transactionId = session(sessionId).value(QStringLiteral("transaction_id")).toString();
    QVERIFY(!transactionId.isEmpty());

    const HttpResult result = readTransaction(transactionId, QStringLiteral("?includes=card.payment_token"));
    QVERIFY2(result.status == 200, qPrintable(describe(result)));
    const QJsonObject transaction = result.object();
    QCOMPARE(transaction.value(QStringLiteral("amount")).toInteger(-1), 0);
    const QJsonObject card = transaction.value(QStringLiteral("card")).toObject();
    QVERIFY(card.value(QStringLiteral("payment_token")).toString().startsWith(QLatin1String("ptok_")));
    QVERIFY(!card.value(QStringLiteral("payment_token_id")).toString().isEmpty());
    QCOMPARE(
        transactionEventNames(transaction), QStringList({ QStringLiteral("INITIALIZE"), QStringLiteral("AUTHORIZE") }));

    // Without includes the token stays out; everything else agrees with the session.
    const QJsonObject plain = readTransaction(transactionId).object();
    const QStringList problems = problemsOf(plain, session(sessionId));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void SandboxTransactionsTest::stats_countGetTransactionPerSession()
{
    const std::optional<Seeded> entry = seededWithStatus(QStringLiteral("CAPTURED"));
    QVERIFY(entry);
    const QString sessionId = entry->session.value(QStringLiteral("id")).toString();
    m_fixture->resetStats();
    QCOMPARE(readTransaction(entry->transactionId).status, 200);
    QCOMPARE(readTransaction(entry->transactionId, QStringLiteral("?includes=session")).status, 200);
    QCOMPARE(readTransaction(QStringLiteral("T12345678.unknown")).status, 404);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("get_transaction")), 3);
    QCOMPARE(m_fixture->sessionOperationCount(sessionId, QStringLiteral("get_transaction")), 2);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("get_session")), 0);
    const QJsonObject sessions = m_fixture->stats().value(QStringLiteral("sessions")).toObject();
    QVERIFY(!sessions.contains(QStringLiteral("T12345678.unknown")));
    QVERIFY(!sessions.contains(entry->transactionId));
}

void SandboxTransactionsTest::faults_forGetTransaction_applyToItOnly()
{
    const std::optional<Seeded> entry = seededWithStatus(QStringLiteral("AUTHORIZED"));
    QVERIFY(entry);
    const QString sessionId = entry->session.value(QStringLiteral("id")).toString();
    m_fixture->queueFault(QStringLiteral("503"), 1, QStringLiteral("get_transaction"));
    // Another operation does not take the fault.
    QCOMPARE(m_fixture->authorized("GET", QStringLiteral("/sessions/") + sessionId, m_token).status, 200);
    const HttpResult faulted = readTransaction(entry->transactionId);
    QVERIFY2(faulted.status == 503, qPrintable(describe(faulted)));
    QVERIFY2(errorEnvelopeProblem(faulted).isEmpty(), qPrintable(errorEnvelopeProblem(faulted)));
    QCOMPARE(readTransaction(entry->transactionId).status, 200);

    // A fault that runs the operation first: the answer is spoiled, the read is still counted.
    m_fixture->resetStats();
    m_fixture->queueFault(QStringLiteral("malformed"), 1, QStringLiteral("get_transaction"));
    const HttpResult malformed = readTransaction(entry->transactionId);
    QCOMPARE(malformed.status, 200);
    QVERIFY(malformed.json().isNull());
    QCOMPARE(m_fixture->sessionOperationCount(sessionId, QStringLiteral("get_transaction")), 1);
}

QTEST_GUILESS_MAIN(SandboxTransactionsTest)

#include "sandbox_transactions_test.moc"
