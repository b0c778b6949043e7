// Contract of the seeding fast path: the generator writes each session's JSON itself
// (JsonWriter) and hands the store the index fields beside it. The stored bytes must be
// exactly what QJsonDocument would write, the index must agree with them, and the same
// inputs must give the same bytes.

#include "sandbox/jsonwriter.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxstore.h"
#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <limits>

using Dintero::Sandbox::JsonWriter;
using Dintero::Sandbox::ListQuery;
using Dintero::Sandbox::SandboxStore;
using Dintero::Sandbox::SeededSession;
using Dintero::Sandbox::TransactionRecord;

class SandboxSeedTest : public QObject
{
    Q_OBJECT

private slots:
    void writer_matchesQJsonDocument_data();
    void writer_matchesQJsonDocument();
    void writer_latin1Text_matchesQJsonDocument();

    void generator_json_isCanonical();
    void generator_indexFields_agreeWithJson();
    void generator_sameInputs_giveSameBytes();
    void store_index_agreesWithStoredJson();
    void store_sameInputs_giveSameBytes();
};

namespace {

const QString AccountId = QStringLiteral("T12345678");

// Writes a QJsonValue through JsonWriter. Members go in reverse key order when asked,
// so that the writer's own ordering is what the comparison checks.
void write(JsonWriter &writer, const QJsonValue &value, bool reverseKeys, QList<QByteArray> &keyStore)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        writer.value(value.toBool());
        break;
    case QJsonValue::Double:
        writer.value(value.toInteger());
        break;
    case QJsonValue::String:
        writer.value(QStringView(value.toString()));
        break;
    case QJsonValue::Array:
        writer.beginArray();
        for (const QJsonValue &element : value.toArray())
            write(writer, element, reverseKeys, keyStore);
        writer.endArray();
        break;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        if (reverseKeys)
            std::reverse(keys.begin(), keys.end());
        writer.beginObject();
        for (const QString &key : std::as_const(keys)) {
            keyStore.append(key.toLatin1()); // the writer keeps views of its keys
            writer.key(QLatin1String(keyStore.last()));
            write(writer, object.value(key), reverseKeys, keyStore);
        }
        writer.endObject();
        break;
    }
    default:
        QFAIL("no such value in these tests");
    }
}

QByteArray viaWriter(const QJsonValue &value, bool reverseKeys)
{
    JsonWriter writer(16); // small, so that the buffer grows
    QList<QByteArray> keyStore;
    keyStore.reserve(256);
    write(writer, value, reverseKeys, keyStore);
    return writer.data().toByteArray();
}

QByteArray viaDocument(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

QByteArray canonical(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

struct Seeded
{
    QList<SeededSession> sessions;
    QList<TransactionRecord> transactions;
};

Seeded generate(int count, quint64 seed)
{
    Seeded seeded;
    Dintero::Sandbox::generateSeedData(
        AccountId, count, seed, Dintero::Testing::fixedNow(),
        [&](SeededSession &&session) { seeded.sessions.append(std::move(session)); },
        [&](const TransactionRecord &transaction) { seeded.transactions.append(transaction); });
    return seeded;
}

// Every stored session's bytes, newest first, from a walk of the store's list pages; each
// page must be exactly the stored bytes of its sessions, spliced.
QList<QByteArray> storedSessions(const SandboxStore &store)
{
    QList<QByteArray> sessions;
    ListQuery query;
    query.limit = 100;
    for (;;) {
        QString error;
        const std::optional<QByteArray> page = store.listPage(query, &error);
        if (!page)
            return {};
        const QJsonArray array = QJsonDocument::fromJson(*page).array();
        QByteArrayList stored;
        for (const QJsonValue &session : array)
            stored.append(store.sessionBytes(session.toObject().value(QLatin1String("id")).toString()));
        if (*page != QByteArray(QByteArray("[") + stored.join(',') + QByteArray("]")))
            return {};
        sessions += stored;
        if (array.size() < query.limit)
            return sessions;
        query.startingAfter = array.last().toObject().value(QLatin1String("id")).toString();
    }
}

QByteArray pageOf(const SandboxStore &store, const ListQuery &query)
{
    QString error;
    return store.listPage(query, &error).value_or(QByteArray(QByteArray("error: ") + error.toUtf8()));
}

qint64 msOf(const QJsonValue &timestamp)
{
    return QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

void SandboxSeedTest::writer_matchesQJsonDocument_data()
{
    QTest::addColumn<QJsonValue>("value");

    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    QTest::newRow("control characters") << QJsonValue(QJsonArray { controls });
    QTest::newRow("quotes, backslash, slash, DEL") << QJsonValue(QJsonArray { QStringLiteral("a\"b\\c/d\x7f<>&'") });
    QTest::newRow("non-ASCII as UTF-8") << QJsonValue(
        QJsonArray { QStringLiteral("Økernveien, Göteborg, Nørrebro, Väinö, é, €, ß, ✓"),
            QString::fromUtf8("\xf0\x9f\x98\x80 \xf0\x9d\x84\x9e") }); // astral: pairs
    QTest::newRow("lone surrogates") << QJsonValue(
        QJsonArray { QString(QChar(0xd800)), QString(QChar(0xdc00) + QLatin1Char('x')),
            QString(QChar(0xd83d) + QLatin1Char('y') + QChar(0xde00)), QString(QLatin1String("end") + QChar(0xdbff)) });
    QTest::newRow("integers") << QJsonValue(QJsonArray { 0, -1, 25, qint64(9007199254740993),
        std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), qint64(-1234567890123) });
    QTest::newRow("booleans and empty containers") << QJsonValue(QJsonObject { { QStringLiteral("t"), true },
        { QStringLiteral("f"), false }, { QStringLiteral("o"), QJsonObject {} }, { QStringLiteral("a"), QJsonArray {} },
        { QStringLiteral("s"), QString() } });
    QTest::newRow("key order") << QJsonValue(QJsonObject { { QStringLiteral("b"), 1 }, { QStringLiteral("ab"), 2 },
        { QStringLiteral("a_b"), 3 }, { QStringLiteral("a:b"), 4 }, { QStringLiteral("B"), 5 },
        { QStringLiteral("a"), 6 }, { QStringLiteral("Z_"), 7 }, { QStringLiteral("customer"), 8 },
        { QStringLiteral("customer_ip"), 9 }, { QStringLiteral("currency"), 10 },
        { QStringLiteral("session:profile_id"), 11 }, { QStringLiteral("ext_crm_case"), 12 } });
    QTest::newRow("nesting") << QJsonValue(QJsonObject {
        { QStringLiteral("z"),
            QJsonArray { QJsonObject { { QStringLiteral("y"), 1 }, { QStringLiteral("x"), 2 } },
                QJsonArray { QJsonArray {}, QJsonObject {} }, QStringLiteral("s") } },
        { QStringLiteral("m"),
            QJsonObject {
                { QStringLiteral("k"), QJsonObject { { QStringLiteral("j"), true }, { QStringLiteral("i"), false } } },
                { QStringLiteral("h"), QStringLiteral("\n") } } },
        { QStringLiteral("a"),
            QJsonArray {
                1, QJsonObject { { QStringLiteral("q"), QStringLiteral("é") }, { QStringLiteral("p"), -3 } } } } });
}

void SandboxSeedTest::writer_matchesQJsonDocument()
{
    QFETCH(QJsonValue, value);
    const QByteArray expected = viaDocument(value);
    QCOMPARE(viaWriter(value, false), expected);
    QCOMPARE(viaWriter(value, true), expected);
}

void SandboxSeedTest::writer_latin1Text_matchesQJsonDocument()
{
    QByteArray latin1;
    for (int c = 1; c < 256; ++c)
        latin1 += char(c);
    JsonWriter writer;
    writer.beginArray().value(QLatin1String(latin1)).endArray();
    QCOMPARE(writer.data().toByteArray(),
        QJsonDocument(QJsonArray { QString::fromLatin1(latin1) }).toJson(QJsonDocument::Compact));
}

void SandboxSeedTest::generator_json_isCanonical()
{
    const Seeded seeded = generate(2000, 1);
    QCOMPARE(seeded.sessions.size(), 2000);
    for (const SeededSession &session : seeded.sessions) {
        if (canonical(session.json) != session.json)
            QFAIL(qPrintable(
                QStringLiteral("%1 is not written as QJsonDocument writes it:\n%2\n%3")
                    .arg(session.id, QString::fromUtf8(session.json), QString::fromUtf8(canonical(session.json)))));
    }
}

void SandboxSeedTest::generator_indexFields_agreeWithJson()
{
    const Seeded seeded = generate(2000, 1);
    QHash<QString, QString> transactionOf; // session id -> transaction id
    for (const TransactionRecord &transaction : seeded.transactions)
        transactionOf.insert(transaction.sessionId, transaction.id);
    for (const SeededSession &session : seeded.sessions) {
        const QJsonObject json = QJsonDocument::fromJson(session.json).object();
        const QJsonObject order = json.value(QLatin1String("order")).toObject();
        const QJsonObject billing = order.value(QLatin1String("billing_address")).toObject();
        QCOMPARE(session.id, json.value(QLatin1String("id")).toString());
        QCOMPARE(session.createdMs, msOf(json.value(QLatin1String("created_at"))));
        QCOMPARE(session.storeId, order.value(QLatin1String("store")).toObject().value(QLatin1String("id")).toString());
        QCOMPARE(session.transactionId, json.value(QLatin1String("transaction_id")).toString());
        QCOMPARE(session.transactionId, transactionOf.value(session.id));
        QCOMPARE(session.merchantReference, order.value(QLatin1String("merchant_reference")).toString());
        QCOMPARE(session.merchantReference2, order.value(QLatin1String("merchant_reference_2")).toString());
        QCOMPARE(session.customerName,
            QString(billing.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
                + billing.value(QLatin1String("last_name")).toString()));
    }
}

void SandboxSeedTest::generator_sameInputs_giveSameBytes()
{
    const Seeded first = generate(1000, 7);
    const Seeded second = generate(1000, 7);
    QCOMPARE(first.sessions.size(), second.sessions.size());
    for (qsizetype i = 0; i < first.sessions.size(); ++i)
        QCOMPARE(first.sessions.at(i).json, second.sessions.at(i).json);
    QCOMPARE(first.transactions.size(), second.transactions.size());
    for (qsizetype i = 0; i < first.transactions.size(); ++i) {
        const TransactionRecord &a = first.transactions.at(i);
        const TransactionRecord &b = second.transactions.at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.amount, b.amount);
        QCOMPARE(a.paymentToken, b.paymentToken);
        QCOMPARE(a.createdAt, b.createdAt);
    }
}

// The store's index is private; its filters show it. For each session, a query that
// pins the id and filters on a field the JSON says it has must return the session.
void SandboxSeedTest::store_index_agreesWithStoredJson()
{
    SandboxStore store(AccountId);
    store.seed(600, 1, Dintero::Testing::fixedNow());
    const QList<QByteArray> sessions = storedSessions(store);
    QCOMPARE(sessions.size(), 600);
    int withTransaction = 0;
    for (const QByteArray &listed : sessions) {
        const QJsonObject json = QJsonDocument::fromJson(listed).object();
        const QString id = json.value(QLatin1String("id")).toString();
        const QByteArray &stored = listed;
        QCOMPARE(canonical(stored), stored);

        const QJsonObject order = json.value(QLatin1String("order")).toObject();
        const QJsonObject billing = order.value(QLatin1String("billing_address")).toObject();
        ListQuery query;
        query.ids = { id };
        query.storeIds = { order.value(QLatin1String("store")).toObject().value(QLatin1String("id")).toString() };
        // The whole search text, so that nothing is missing from it or out of place.
        query.search = order.value(QLatin1String("merchant_reference")).toString() + QLatin1Char('\n')
            + order.value(QLatin1String("merchant_reference_2")).toString() + QLatin1Char('\n')
            + billing.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
            + billing.value(QLatin1String("last_name")).toString();
        const QDateTime created
            = QDateTime::fromMSecsSinceEpoch(msOf(json.value(QLatin1String("created_at"))), Qt::UTC);
        query.createdFrom = created;
        query.createdTo = created;
        QCOMPARE(pageOf(store, query), QByteArray(QByteArray("[") + stored + QByteArray("]")));
        query.createdFrom = created.addMSecs(1);
        QCOMPARE(pageOf(store, query), QByteArray("[]"));

        const QString transactionId = json.value(QLatin1String("transaction_id")).toString();
        if (!transactionId.isEmpty()) {
            ++withTransaction;
            ListQuery byTransaction;
            byTransaction.transactionIds = { transactionId };
            QCOMPARE(pageOf(store, byTransaction), QByteArray(QByteArray("[") + stored + QByteArray("]")));
            const auto transaction = store.transaction(transactionId);
            QVERIFY(transaction.has_value());
            QCOMPARE(transaction->sessionId, id);
        }
    }
    QCOMPARE(store.transactionCount(), withTransaction);
}

void SandboxSeedTest::store_sameInputs_giveSameBytes()
{
    SandboxStore first(AccountId);
    first.seed(500, 3, Dintero::Testing::fixedNow());
    SandboxStore second(AccountId);
    second.seed(500, 3, Dintero::Testing::fixedNow());
    const QList<QByteArray> sessions = storedSessions(first);
    QCOMPARE(sessions.size(), 500);
    QCOMPARE(storedSessions(second), sessions);
}

QTEST_GUILESS_MAIN(SandboxSeedTest)

#include "sandbox_seed_test.moc"
