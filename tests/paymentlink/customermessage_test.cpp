// The message that goes to the customer with the link: its wording per language, and
// the mailto: (RFC 6068) and sms: (RFC 5724) URIs, percent-encoded as mail and SMS
// programs expect, also with Norwegian, Swedish and Danish letters.
#include "paymentlink/customermessage.h"

#include <QTest>

using namespace Dintero::PaymentLink;

namespace {

const QUrl sampleLink(QStringLiteral("https://checkout.example/view/T12345678.4XnJcQ2sxLT8MYEMvqmZaP?lang=nb&x=1"));
const QDateTime expiry(QDate(2026, 3, 6), QTime(13, 5), Qt::UTC); // 14:05 in Oslo

// Every byte of a URI is ASCII, and no space or "+" stands for a space.
bool isCleanUri(const QByteArray &uri)
{
    for (const char c : uri) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == ' ')
            return false;
    }
    return true;
}

QByteArray queryValue(const QByteArray &uri, const QByteArray &key)
{
    const qsizetype query = uri.indexOf('?');
    for (const QByteArray &pair : uri.mid(query + 1).split('&')) {
        if (pair.startsWith(QByteArray(key + "=")))
            return pair.mid(key.size() + 1);
    }
    return {};
}

} // namespace

class CustomerMessageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wording_inTheCustomersLanguage_withLinkAndExpiry()
    {
        const CustomerMessage norwegian
            = CustomerMessage::compose(Language::Norwegian, sampleLink, expiry, QStringLiteral("SO-1001"));
        QCOMPARE(norwegian.subject, QStringLiteral("Lagre betalingskortet ditt"));
        QVERIFY(norwegian.body.contains(QStringLiteral("for å lagre betalingskortet ditt")));
        QVERIFY(norwegian.body.contains(sampleLink.toString(QUrl::FullyEncoded)));
        QVERIFY2(norwegian.body.contains(QStringLiteral("6. mars 2026 14:05")), qPrintable(norwegian.body));
        QVERIFY(norwegian.body.contains(QStringLiteral("SO-1001")));

        const CustomerMessage swedish
            = CustomerMessage::compose(Language::Swedish, sampleLink, expiry, QStringLiteral("x"));
        QCOMPARE(swedish.subject, QStringLiteral("Spara ditt betalkort"));
        QVERIFY2(swedish.body.contains(QStringLiteral("6 mars 2026 14:05")), qPrintable(swedish.body));
        const CustomerMessage danish
            = CustomerMessage::compose(Language::Danish, sampleLink, expiry, QStringLiteral("x"));
        QCOMPARE(danish.subject, QStringLiteral("Gem dit betalingskort"));
        QVERIFY2(danish.body.contains(QStringLiteral("6. marts 2026 14:05")), qPrintable(danish.body));
        const CustomerMessage english
            = CustomerMessage::compose(Language::English, sampleLink, expiry, QStringLiteral("x"));
        QCOMPARE(english.subject, QStringLiteral("Save your payment card"));
        QVERIFY2(english.body.contains(QStringLiteral("6 March 2026 14:05")), qPrintable(english.body));
    }

    void mailto_percentEncodesUtf8_perRfc6068()
    {
        const CustomerMessage message = CustomerMessage::compose(
            Language::Norwegian, sampleLink, expiry, QStringLiteral("Bestilling-Ærlig-Øst-Ås"));
        const QByteArray uri = mailtoUri(QStringLiteral("bjørn.ås@example.no"), message);
        QVERIFY2(isCleanUri(uri), uri.constData());
        QVERIFY2(uri.startsWith("mailto:bj%C3%B8rn.%C3%A5s@example.no?subject=Lagre%20betalingskortet%20ditt&body="),
            uri.constData());
        const QByteArray body = queryValue(uri, "body");
        QVERIFY2(body.startsWith("Hei%21%0D%0A%0D%0ABruk%20denne%20lenken%20for%20%C3%A5%20lagre"), body.constData());
        QVERIFY(body.contains("Bestilling-%C3%86rlig-%C3%98st-%C3%85s"));
        // The link's own "?" and "&" are escaped, so they do not end the body.
        QVERIFY(body.contains("%3Flang%3Dnb%26x%3D1"));
        QVERIFY(!body.contains('+'));
        // Decoded, it is exactly the message, with CRLF line breaks.
        QString expected = message.body;
        expected.replace(u'\n', QStringLiteral("\r\n"));
        QCOMPARE(QUrl::fromPercentEncoding(body), expected);
        QCOMPARE(QUrl::fromPercentEncoding(queryValue(uri, "subject")), message.subject);
        // QUrl keeps it as it is (what QDesktopServices receives).
        QCOMPARE(QUrl::fromEncoded(uri, QUrl::StrictMode).toEncoded(), uri);
    }

    void mailto_swedishAndDanishLetters()
    {
        const CustomerMessage swedish
            = CustomerMessage::compose(Language::Swedish, sampleLink, expiry, QStringLiteral("Åsa Öberg"));
        const QByteArray uri = mailtoUri(QStringLiteral("asa@example.se"), swedish);
        QVERIFY(isCleanUri(uri));
        QVERIFY(queryValue(uri, "body").contains("Anv%C3%A4nd%20den%20h%C3%A4r%20l%C3%A4nken"));
        QVERIFY(queryValue(uri, "body").contains("%C3%85sa%20%C3%96berg"));
        const CustomerMessage danish
            = CustomerMessage::compose(Language::Danish, sampleLink, expiry, QStringLiteral("Søren"));
        const QByteArray danishUri = mailtoUri(QStringLiteral("soren@example.dk"), danish);
        QVERIFY(queryValue(danishUri, "body").contains("S%C3%B8ren"));
        QCOMPARE(QUrl::fromPercentEncoding(queryValue(danishUri, "subject")), QStringLiteral("Gem dit betalingskort"));
    }

    void sms_carriesTheSameText()
    {
        const CustomerMessage message
            = CustomerMessage::compose(Language::Norwegian, sampleLink, expiry, QStringLiteral("Kåre"));
        const QByteArray uri = smsUri(QStringLiteral("+4791234567"), message);
        QVERIFY2(uri.startsWith("sms:+4791234567?body=Hei%21%0D%0A"), uri.constData());
        QVERIFY(isCleanUri(uri));
        QVERIFY(uri.contains("K%C3%A5re"));
        QString expected = message.body;
        expected.replace(u'\n', QStringLiteral("\r\n"));
        QCOMPARE(QUrl::fromPercentEncoding(queryValue(uri, "body")), expected);
    }
};

QTEST_GUILESS_MAIN(CustomerMessageTest)
#include "customermessage_test.moc"
