#include "core/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <initializer_list>

using Dintero::Core::Transaction;
using Dintero::Core::TransactionStatus;

Q_DECLARE_METATYPE(Dintero::Core::TransactionStatus)

namespace {

QJsonObject parseObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// A transaction with the fields of reference §4.9 (values illustrative, like §7.1's
// session). Events arrive out of order; the failed capture carries an error.
const char *const Example = R"({
  "id": "T12345678.6Hq2W1pFs3uEJd9yQk4RtN",
  "payment_product": "dintero_psp",
  "payment_product_type": "dintero_psp.creditcard",
  "amount": 45800,
  "currency": "nok",
  "status": "PARTIALLY_CAPTURED",
  "session_id": "T12345678.6Hq2VtZk9rWcYpB3nXa8Lm",
  "merchant_reference": "SO-100482",
  "merchant_reference_2": "WEB",
  "store": { "id": "oslo-01", "name": "Example Oslo" },
  "created_at": "2025-03-04T09:14:58.901Z",
  "updated_at": "2025-03-04T11:02:00+01:00",
  "metadata": { "ext_crm_case": "C-7731" },
  "card": { "brand": "Visa", "masked_pan": "************1111", "expiry_date": "12/29", "type": "credit",
            "country": "NO", "issuing_bank": "DNB", "payment_token_id": "pt-31" },
  "events": [
    { "id": "ev-3", "event": "CAPTURE", "transaction_status": "PARTIALLY_CAPTURED", "success": true,
      "amount": 20000, "created_at": "2025-03-04T10:01:00Z", "created_by": "demo", "request_id": "rq-3" },
    { "id": "ev-1", "event": "INITIALIZE", "transaction_status": "INITIATED", "success": true,
      "amount": 45800, "created_at": "2025-03-04T09:12:40Z" },
    { "id": "ev-4", "event": "CAPTURE", "transaction_status": "PARTIALLY_CAPTURED", "success": false,
      "amount": 90000, "created_at": "2025-03-04T10:05:00Z",
      "error": { "code": "CAPTURE_AMOUNT_TOO_HIGH", "message": "Amount exceeds the authorized amount",
                 "type": "validation" } },
    { "id": "ev-2", "event": "AUTHORIZE", "transaction_status": "AUTHORIZED", "success": true,
      "amount": 45800, "created_at": "2025-03-04T09:14:58.901Z" }
  ]
})";

} // namespace

class TransactionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJson_referenceExample_readsEveryField();
    void fromJson_events_sortedByCreatedAtStableUndatedLast();
    void fromJson_failedEvent_readsError();
    void fromJson_missingOrBadId_isRejected_data();
    void fromJson_missingOrBadId_isRejected();
    void fromJson_wrongTypes_keepDefaultsAndWarn();
    void fromJson_nullFields_areAbsentWithoutWarning();
    void fromJson_card_withAndWithoutTokens();
    void fromJson_noCard_isNullopt();
    void statusFromKey_everyKey_data();
    void statusFromKey_everyKey();
    void statusFromKey_unknownKey_isOther();
    void statusText_isWordsForEveryStatus();
};

void TransactionTest::fromJson_referenceExample_readsEveryField()
{
    QString error;
    const std::optional<Transaction> t = Transaction::fromJson(parseObject(Example), &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->id, QStringLiteral("T12345678.6Hq2W1pFs3uEJd9yQk4RtN"));
    QCOMPARE(t->paymentProduct, QStringLiteral("dintero_psp"));
    QCOMPARE(t->paymentProductType, QStringLiteral("dintero_psp.creditcard"));
    QCOMPARE(t->amount.minorUnits, 45800);
    QCOMPARE(t->amount.currency, QStringLiteral("NOK"));
    QCOMPARE(t->status, TransactionStatus::PartiallyCaptured);
    QCOMPARE(t->statusText, QStringLiteral("PARTIALLY_CAPTURED"));
    QCOMPARE(t->sessionId, QStringLiteral("T12345678.6Hq2VtZk9rWcYpB3nXa8Lm"));
    QCOMPARE(t->merchantReference, QStringLiteral("SO-100482"));
    QCOMPARE(t->merchantReference2, QStringLiteral("WEB"));
    QCOMPARE(t->storeId, QStringLiteral("oslo-01"));
    QCOMPARE(t->createdAt, utc(2025, 3, 4, 9, 14, 58, 901));
    QCOMPARE(t->updatedAt, utc(2025, 3, 4, 10, 2));
    QCOMPARE(t->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(t->metadata.value(QLatin1String("ext_crm_case")).toString(), QStringLiteral("C-7731"));
    QCOMPARE(t->json, parseObject(Example));
    QCOMPARE(t->events.size(), 4);
    QVERIFY(t->card);
    QCOMPARE(t->card->brand, QStringLiteral("Visa"));
    QCOMPARE(t->card->maskedPan, QStringLiteral("************1111"));
    QCOMPARE(t->card->expiryDate, QStringLiteral("12/29"));
    QCOMPARE(t->card->type, QStringLiteral("credit"));
    QCOMPARE(t->card->country, QStringLiteral("NO"));
    QCOMPARE(t->card->issuingBank, QStringLiteral("DNB"));
    QCOMPARE(t->card->paymentTokenId, QStringLiteral("pt-31"));
    QVERIFY(t->warnings.isEmpty());
}

void TransactionTest::fromJson_events_sortedByCreatedAtStableUndatedLast()
{
    const std::optional<Transaction> example = Transaction::fromJson(parseObject(Example));
    QVERIFY(example);
    QStringList ids;
    for (const auto &event : example->events)
        ids.append(event.id);
    QCOMPARE(ids, strings({ "ev-1", "ev-2", "ev-3", "ev-4" }));
    const auto &capture = example->events.at(2);
    QCOMPARE(capture.event, QStringLiteral("CAPTURE"));
    QCOMPARE(capture.transactionStatus, QStringLiteral("PARTIALLY_CAPTURED"));
    QVERIFY(capture.success);
    QCOMPARE(capture.amount, std::optional<qint64>(20000));
    QCOMPARE(capture.createdAt, utc(2025, 3, 4, 10, 1));
    QCOMPARE(capture.createdBy, QStringLiteral("demo"));
    QCOMPARE(capture.requestId, QStringLiteral("rq-3"));
    QVERIFY(capture.errorCode.isEmpty());

    // Same time: arrival order kept. No (or a bad) time: after the dated ones.
    const std::optional<Transaction> t = Transaction::fromJson(parseObject(R"({ "id": "tx", "events": [
        { "id": "undated-1" },
        { "id": "b", "created_at": "2025-03-04T10:00:00Z" },
        { "id": "a", "created_at": "2025-03-04T10:00:00Z" },
        { "id": "undated-2", "created_at": "yesterday" },
        { "id": "first", "created_at": "2025-03-04T09:00:00+02:00" } ] })"));
    QVERIFY(t);
    ids.clear();
    for (const auto &event : t->events)
        ids.append(event.id);
    QCOMPARE(ids, strings({ "first", "b", "a", "undated-1", "undated-2" }));
    QCOMPARE(t->warnings, strings({ "events[3].created_at: expected an ISO-8601 date-time" }));
}

void TransactionTest::fromJson_failedEvent_readsError()
{
    const std::optional<Transaction> t = Transaction::fromJson(parseObject(Example));
    QVERIFY(t);
    const auto &failed = t->events.last();
    QCOMPARE(failed.id, QStringLiteral("ev-4"));
    QVERIFY(!failed.success);
    QCOMPARE(failed.errorCode, QStringLiteral("CAPTURE_AMOUNT_TOO_HIGH"));
    QCOMPARE(failed.errorMessage, QStringLiteral("Amount exceeds the authorized amount"));
    QCOMPARE(failed.errorType, QStringLiteral("validation"));
}

void TransactionTest::fromJson_missingOrBadId_isRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QString missing = QStringLiteral("transaction: required field \"id\" is missing or null");
    const QString wrong = QStringLiteral("transaction: field \"id\" must be a non-empty string");
    QTest::newRow("missing") << QByteArray(R"({ "status": "AUTHORIZED" })") << missing;
    QTest::newRow("null") << QByteArray(R"({ "id": null })") << missing;
    QTest::newRow("empty object") << QByteArray("{}") << missing;
    QTest::newRow("number") << QByteArray(R"({ "id": 42 })") << wrong;
    QTest::newRow("empty string") << QByteArray(R"({ "id": "" })") << wrong;
    QTest::newRow("object") << QByteArray(R"({ "id": { "value": "tx" } })") << wrong;
}

void TransactionTest::fromJson_missingOrBadId_isRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString problem;
    QVERIFY(!Transaction::fromJson(parseObject(json.constData()), &problem));
    QCOMPARE(problem, error);
    QVERIFY(!Transaction::fromJson(parseObject(json.constData()))); // no error pointer: no crash
}

void TransactionTest::fromJson_wrongTypes_keepDefaultsAndWarn()
{
    const std::optional<Transaction> t = Transaction::fromJson(parseObject(R"({
      "id": "tx", "payment_product": 7, "amount": "45800", "currency": ["NOK"], "status": 3,
      "session_id": true, "merchant_reference": 1.5, "store": "oslo-01", "created_at": 1700000000,
      "updated_at": "not a date", "metadata": [], "card": "Visa",
      "events": [ 5, { "id": "e", "success": "no", "amount": 1.25, "created_at": "2025-03-04T10:00:00Z",
                       "error": { "code": 500 } } ]
    })"));
    QVERIFY(t);
    QCOMPARE(t->id, QStringLiteral("tx"));
    QVERIFY(t->paymentProduct.isEmpty());
    QCOMPARE(t->amount.minorUnits, 0);
    QVERIFY(t->amount.currency.isEmpty());
    QCOMPARE(t->status, TransactionStatus::Unknown);
    QVERIFY(t->statusText.isEmpty());
    QVERIFY(t->sessionId.isEmpty());
    QVERIFY(t->merchantReference.isEmpty());
    QVERIFY(t->storeId.isEmpty());
    QVERIFY(!t->createdAt.isValid());
    QVERIFY(!t->updatedAt.isValid());
    QVERIFY(t->metadata.isEmpty());
    QVERIFY(!t->card);
    QCOMPARE(t->events.size(), 1);
    QVERIFY(t->events.first().success); // a wrongly typed success keeps the default
    QVERIFY(!t->events.first().amount);
    QVERIFY(t->events.first().errorCode.isEmpty()); // error is read only for failed events
    const QStringList expected = strings({
        "payment_product: expected a string",
        "amount: expected an integer",
        "currency: expected a string",
        "status: expected a string",
        "session_id: expected a string",
        "merchant_reference: expected a string",
        "store: expected an object",
        "created_at: expected an ISO-8601 date-time",
        "updated_at: expected an ISO-8601 date-time",
        "events[0]: expected an object",
        "events[1].success: expected a boolean",
        "events[1].amount: expected an integer",
        "card: expected an object",
        "metadata: expected an object",
    });
    QCOMPARE(t->warnings, expected);
}

void TransactionTest::fromJson_nullFields_areAbsentWithoutWarning()
{
    const std::optional<Transaction> t = Transaction::fromJson(parseObject(R"({
      "id": "tx", "status": null, "amount": null, "card": null, "events": null, "store": null,
      "metadata": null, "created_at": null })"));
    QVERIFY(t);
    QCOMPARE(t->status, TransactionStatus::Unknown);
    QVERIFY(!t->card);
    QVERIFY(t->events.isEmpty());
    QVERIFY(t->warnings.isEmpty());
}

void TransactionTest::fromJson_card_withAndWithoutTokens()
{
    const std::optional<Transaction> plain = Transaction::fromJson(parseObject(Example));
    QVERIFY(plain && plain->card);
    QVERIFY(plain->card->paymentToken.isEmpty());
    QVERIFY(plain->card->recurrenceToken.isEmpty());
    QVERIFY(!plain->card->isEmpty());

    const std::optional<Transaction> tokens = Transaction::fromJson(parseObject(R"({ "id": "tx",
      "card": { "brand": "Mastercard", "masked_pan": "5555********4444", "payment_token_id": "pt-7",
                "payment_token": "tok_abc123", "recurrence_token": "rec_def456" } })"));
    QVERIFY(tokens && tokens->card);
    QCOMPARE(tokens->card->paymentToken, QStringLiteral("tok_abc123"));
    QCOMPARE(tokens->card->recurrenceToken, QStringLiteral("rec_def456"));
    QCOMPARE(tokens->card->paymentTokenId, QStringLiteral("pt-7"));
    QCOMPARE(tokens->card->brand, QStringLiteral("Mastercard"));

    // A wrongly typed token is left out, and the warning names the field, never a value.
    const std::optional<Transaction> bad
        = Transaction::fromJson(parseObject(R"({ "id": "tx", "card": { "payment_token": 123 } })"));
    QVERIFY(bad && bad->card);
    QVERIFY(bad->card->paymentToken.isEmpty());
    QVERIFY(bad->card->isEmpty());
    QCOMPARE(bad->warnings, strings({ "card.payment_token: expected a string" }));
}

void TransactionTest::fromJson_noCard_isNullopt()
{
    const std::optional<Transaction> t = Transaction::fromJson(parseObject(R"({ "id": "tx", "status": "FAILED" })"));
    QVERIFY(t);
    QVERIFY(!t->card);
    QCOMPARE(t->status, TransactionStatus::Failed);
}

void TransactionTest::statusFromKey_everyKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<TransactionStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("INITIATED") << "INITIATED" << TransactionStatus::Initiated << "Initiated";
    QTest::newRow("AUTHORIZED") << "AUTHORIZED" << TransactionStatus::Authorized << "Authorized";
    QTest::newRow("AUTHORIZATION_VOIDED")
        << "AUTHORIZATION_VOIDED" << TransactionStatus::AuthorizationVoided << "Authorization voided";
    QTest::newRow("CAPTURED") << "CAPTURED" << TransactionStatus::Captured << "Captured";
    QTest::newRow("PARTIALLY_CAPTURED") << "PARTIALLY_CAPTURED" << TransactionStatus::PartiallyCaptured
                                        << "Partially captured";
    QTest::newRow("PARTIALLY_CAPTURED_REFUNDED")
        << "PARTIALLY_CAPTURED_REFUNDED" << TransactionStatus::PartiallyCapturedRefunded
        << "Partially captured and refunded";
    QTest::newRow("REFUNDED") << "REFUNDED" << TransactionStatus::Refunded << "Refunded";
    QTest::newRow("PARTIALLY_REFUNDED") << "PARTIALLY_REFUNDED" << TransactionStatus::PartiallyRefunded
                                        << "Partially refunded";
    QTest::newRow("DECLINED") << "DECLINED" << TransactionStatus::Declined << "Declined";
    QTest::newRow("FAILED") << "FAILED" << TransactionStatus::Failed << "Failed";
    QTest::newRow("ON_HOLD") << "ON_HOLD" << TransactionStatus::OnHold << "On hold";
}

void TransactionTest::statusFromKey_everyKey()
{
    QFETCH(QString, key);
    QFETCH(TransactionStatus, status);
    QFETCH(QString, text);
    QCOMPARE(Dintero::Core::transactionStatusFromKey(key), status);
    QCOMPARE(Dintero::Core::transactionStatusKey(status), key);
    QCOMPARE(Dintero::Core::transactionStatusText(status), text);

    const QJsonObject object { { QStringLiteral("id"), QStringLiteral("tx") }, { QStringLiteral("status"), key } };
    const std::optional<Transaction> t = Transaction::fromJson(object);
    QVERIFY(t);
    QCOMPARE(t->status, status);
    QCOMPARE(t->statusText, key);
}

void TransactionTest::statusFromKey_unknownKey_isOther()
{
    using Dintero::Core::transactionStatusFromKey;
    QCOMPARE(transactionStatusFromKey(QStringLiteral("SETTLED_SOMEHOW")), TransactionStatus::Other);
    QCOMPARE(transactionStatusFromKey(QStringLiteral("authorized")), TransactionStatus::Other); // keys are exact
    QCOMPARE(transactionStatusFromKey(QString()), TransactionStatus::Unknown);
    QCOMPARE(transactionStatusFromKey(QStringLiteral("UNKNOWN")), TransactionStatus::Unknown);
    QVERIFY(Dintero::Core::transactionStatusKey(TransactionStatus::Other).isEmpty());
    QVERIFY(Dintero::Core::transactionStatusKey(TransactionStatus::Unknown).isEmpty());

    const std::optional<Transaction> t
        = Transaction::fromJson(parseObject(R"({ "id": "tx", "status": "SETTLED_SOMEHOW" })"));
    QVERIFY(t);
    QCOMPARE(t->status, TransactionStatus::Other);
    QCOMPARE(t->statusText, QStringLiteral("SETTLED_SOMEHOW")); // kept as sent
    QVERIFY(t->warnings.isEmpty());
}

void TransactionTest::statusText_isWordsForEveryStatus()
{
    QSet<QString> texts;
    for (int i = int(TransactionStatus::Unknown); i <= int(TransactionStatus::Other); ++i) {
        const QString text = Dintero::Core::transactionStatusText(TransactionStatus(i));
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!text.contains(u'_'), qPrintable(text)); // words, not the API's key
        texts.insert(text);
    }
    QCOMPARE(texts.size(), int(TransactionStatus::Other) + 1); // all distinct
}

QTEST_GUILESS_MAIN(TransactionTest)
#include "transaction_test.moc"
