#include "api/redaction.h"

#include <QJsonArray>
#include <QTest>

namespace Redaction = Dintero::Api::Redaction;

class RedactionTest : public QObject
{
    Q_OBJECT

private slots:
    void headerValue_data();
    void headerValue();
    void headers_masksOnlySecrets();
    void url_data();
    void url();
    void json_masksAtAnyDepth();
    void json_masksCardTokensOfATransaction();
    void text_masksKnownSecrets();
};

void RedactionTest::headerValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer eyJhbGciOi.e30.sig")
                            << QByteArray("Bearer ***");
    QTest::newRow("basic, lower case name")
        << QByteArray("authorization") << QByteArray("Basic ZGVtbzpzZWNyZXQ=") << QByteArray("Basic ***");
    QTest::newRow("no scheme") << QByteArray("Authorization") << QByteArray("rawtoken") << QByteArray("***");
    QTest::newRow("api key") << QByteArray("X-Api-Key") << QByteArray("T12345678.demo-api-key") << QByteArray("***");
    QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << QByteArray("Basic abc") << QByteArray("Basic ***");
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("sid=1") << QByteArray("***");
    QTest::newRow("harmless") << QByteArray("Dintero-System-Name") << QByteArray("dintero-console")
                              << QByteArray("dintero-console");
}

void RedactionTest::headerValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Redaction::headerValue(name, value), expected);
    QCOMPARE(Redaction::isSensitiveHeader(name), expected != value);
}

void RedactionTest::headers_masksOnlySecrets()
{
    const QString text = Redaction::headers({ { "Accept", "application/json" },
        { "Authorization", "Bearer secret-token-value" }, { "x-api-key", "T12345678.demo-api-key" } });
    QCOMPARE(text, QStringLiteral("Accept: application/json, Authorization: Bearer ***, x-api-key: ***"));
}

void RedactionTest::url_data()
{
    QTest::addColumn<QUrl>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QUrl(QStringLiteral("https://checkout.dintero.com/v1/sessions?limit=10"))
                           << QStringLiteral("https://checkout.dintero.com/v1/sessions?limit=10");
    QTest::newRow("user info") << QUrl(QStringLiteral("https://demo:demo-secret@checkout.dintero.com/v1"))
                               << QStringLiteral("https://checkout.dintero.com/v1");
    QTest::newRow("token in query") << QUrl(
        QStringLiteral("https://x.test/cb?access_token=abc&limit=1&API_KEY=k&client_secret=s"))
                                    << QStringLiteral(
                                           "https://x.test/cb?access_token=***&limit=1&API_KEY=***&client_secret=***");
}

void RedactionTest::url()
{
    QFETCH(QUrl, input);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::url(input), expected);
}

void RedactionTest::json_masksAtAnyDepth()
{
    const QJsonObject input {
        { QStringLiteral("access_token"), QStringLiteral("eyJ...") },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("expires_in"), 14400 },
        { QStringLiteral("nested"),
            QJsonObject { { QStringLiteral("client_secret"), QStringLiteral("s") },
                { QStringLiteral("list"),
                    QJsonArray { QJsonObject { { QStringLiteral("password"), QStringLiteral("p") },
                        { QStringLiteral("name"), QStringLiteral("n") } } } } } },
    };
    const QJsonObject output = Redaction::json(input);
    QCOMPARE(output.value(QStringLiteral("access_token")).toString(), QStringLiteral("***"));
    QCOMPARE(output.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(output.value(QStringLiteral("expires_in")).toInt(), 14400);
    const QJsonObject nested = output.value(QStringLiteral("nested")).toObject();
    QCOMPARE(nested.value(QStringLiteral("client_secret")).toString(), QStringLiteral("***"));
    const QJsonObject element = nested.value(QStringLiteral("list")).toArray().at(0).toObject();
    QCOMPARE(element.value(QStringLiteral("password")).toString(), QStringLiteral("***"));
    QCOMPARE(element.value(QStringLiteral("name")).toString(), QStringLiteral("n"));
}

void RedactionTest::json_masksCardTokensOfATransaction()
{
    const QJsonObject input {
        { QStringLiteral("id"), QStringLiteral("T12345678.tx") },
        { QStringLiteral("card"),
            QJsonObject { { QStringLiteral("masked_pan"), QStringLiteral("************1111") },
                { QStringLiteral("payment_token"), QStringLiteral("tok-secret-1") },
                { QStringLiteral("recurrence_token"), QStringLiteral("rec-secret-2") },
                { QStringLiteral("payment_token_id"), QStringLiteral("pt-31") } } },
    };
    const QJsonObject card = Redaction::json(input).value(QStringLiteral("card")).toObject();
    QCOMPARE(card.value(QStringLiteral("payment_token")).toString(), QStringLiteral("***"));
    QCOMPARE(card.value(QStringLiteral("recurrence_token")).toString(), QStringLiteral("***"));
    // The id of the token is a reference, not the secret: it stays readable.
    QCOMPARE(card.value(QStringLiteral("payment_token_id")).toString(), QStringLiteral("pt-31"));
    QCOMPARE(card.value(QStringLiteral("masked_pan")).toString(), QStringLiteral("************1111"));
}

void RedactionTest::text_masksKnownSecrets()
{
    const QString line
        = QStringLiteral("Host requires authentication: demo-secret sent as ZGVtbzpkZW1vLXNlY3JldA== (x)");
    const QString redacted = Redaction::text(line,
        { QStringLiteral("demo-secret"), QStringLiteral("ZGVtbzpkZW1vLXNlY3JldA=="), QString(), QStringLiteral("x") });
    QCOMPARE(redacted, QStringLiteral("Host requires authentication: *** sent as *** (x)"));
}

QTEST_GUILESS_MAIN(RedactionTest)
#include "redaction_test.moc"
