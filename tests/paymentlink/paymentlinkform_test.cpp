// The New Payment Link form's checks, defaults, the request it builds, a 400's fields,
// its journal line and the QR matrix: what the dialog shows, without widgets.
#include "paymentlink/paymentlinkform.h"
#include "paymentlink/qrmatrix.h"
#include "settings/consolesettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Dintero;
using namespace Dintero::PaymentLink;

namespace {

const QDateTime now = QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC);

PaymentLinkForm validForm()
{
    PaymentLinkForm form;
    form.customerEmail = QStringLiteral("kari@example.no");
    form.merchantReference = QStringLiteral("SO-1001");
    form.returnUrl = QStringLiteral("https://shop.example/card-saved");
    return form;
}

} // namespace

class PaymentLinkFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("reason"); // a word of the reason; empty: valid
        QTest::newRow("valid") << "kari.nordmann@example.no"
                               << "";
        QTest::newRow("non-ASCII local part") << QStringLiteral("bjørn@example.no") << "";
        QTest::newRow("no @") << "kari.example.no"
                              << "@";
        QTest::newRow("no domain") << "kari@example"
                                   << "domain";
        QTest::newRow("nothing before @") << "@example.no"
                                          << "before";
        QTest::newRow("two @") << "kari@@example.no"
                               << "one @";
        QTest::newRow("space") << "kari nordmann@example.no"
                               << "spaces";
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(QString, reason);
        const QString problem = PaymentLinkForm::emailProblem(email);
        if (reason.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("reason");
        QTest::newRow("E.164") << "+4791234567"
                               << "";
        QTest::newRow("Swedish") << "+46701234567"
                                 << "";
        QTest::newRow("no plus") << "4791234567"
                                 << "Start with +";
        QTest::newRow("national") << "91234567"
                                  << "country code";
        QTest::newRow("spaces") << "+47 912 34 567"
                                << "spaces";
        QTest::newRow("letters") << "+47abc"
                                 << "Only digits";
        QTest::newRow("country code 0") << "+0471234567"
                                        << "never starts with 0";
        QTest::newRow("too long") << "+1234567890123456"
                                  << "At most 15";
        QTest::newRow("too short") << "+471"
                                   << "Too short";
        QTest::newRow("only plus") << "+"
                                   << "after the +";
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(QString, reason);
        const QString problem = PaymentLinkForm::phoneProblem(phone);
        if (reason.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    void currency()
    {
        QVERIFY(PaymentLinkForm::currencyProblem(QStringLiteral("NOK")).isEmpty());
        QVERIFY(PaymentLinkForm::currencyProblem(QStringLiteral("sek")).isEmpty()); // sent upper case
        QVERIFY(PaymentLinkForm::currencyProblem(QStringLiteral("NO")).contains(QStringLiteral("ISO 4217")));
        QVERIFY(PaymentLinkForm::currencyProblem(QStringLiteral("N0K")).contains(QStringLiteral("ISO 4217")));
        QVERIFY(PaymentLinkForm::currencyProblem(QStringLiteral("kroner")).contains(QStringLiteral("ISO 4217")));
        QVERIFY(PaymentLinkForm::currencyProblem(QString()).contains(QStringLiteral("Enter the currency")));
    }

    void merchantReference()
    {
        QVERIFY(PaymentLinkForm::merchantReferenceProblem(QString()).contains(QStringLiteral("merchant reference")));
        QVERIFY(!PaymentLinkForm::merchantReferenceProblem(QStringLiteral("   ")).isEmpty());
        // Non-ASCII references are accepted and sent as they are.
        PaymentLinkForm form = validForm();
        form.merchantReference = QStringLiteral("Bestilling-ÆØÅ-åäö-17");
        QVERIFY(form.isValid(now));
        QCOMPARE(form.toRequest(now).toJson()[u"session"][u"order"][u"merchant_reference"].toString(),
            QStringLiteral("Bestilling-ÆØÅ-åäö-17"));
    }

    void returnUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("https") << "https://shop.example/card-saved?x=1"
                               << "";
        QTest::newRow("http") << "http://localhost:8080/back"
                              << "";
        QTest::newRow("empty") << ""
                               << "Enter the page";
        QTest::newRow("no scheme") << "shop.example/thanks"
                                   << "https://";
        QTest::newRow("ftp") << "ftp://shop.example/thanks"
                             << "https:// or http://";
        QTest::newRow("mailto") << "mailto:kari@example.no"
                                << "https:// or http://";
        QTest::newRow("no host") << "https:///thanks"
                                 << "host";
    }
    void returnUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        const QString problem = PaymentLinkForm::returnUrlProblem(url);
        if (reason.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    void expiry()
    {
        PaymentLinkForm form = validForm();
        QCOMPARE(form.expiry, ExpiryChoice::OneDay); // 24 hours unless chosen
        QCOMPARE(form.expiresAt(now), now.addDays(1));
        form.expiry = ExpiryChoice::OneHour;
        QCOMPARE(form.expiresAt(now), now.addSecs(3600));
        form.expiry = ExpiryChoice::SevenDays;
        QCOMPARE(form.expiresAt(now), now.addDays(7));
        form.expiry = ExpiryChoice::ThirtyDays;
        QCOMPARE(form.expiresAt(now), now.addDays(30));
        form.expiry = ExpiryChoice::Custom;
        form.customExpiry = now.addSecs(-60);
        QVERIFY(form.problems(now).value(Field::Expiry).contains(QStringLiteral("in the past")));
        form.customExpiry = now.addDays(3);
        QVERIFY(form.isValid(now));
        QCOMPARE(form.toRequest(now).toJson()[u"session"][u"expires_at"].toString(),
            QStringLiteral("2026-03-08T09:00:00.000Z"));
    }

    void emailOrPhoneRequired()
    {
        PaymentLinkForm form = validForm();
        form.customerEmail.clear();
        const QMap<Field, QString> problems = form.problems(now);
        QVERIFY(problems.value(Field::CustomerEmail).contains(QStringLiteral("e-mail or phone")));
        QVERIFY(problems.value(Field::CustomerPhone).contains(QStringLiteral("e-mail or phone")));
        form.customerPhone = QStringLiteral("+4791234567");
        QVERIFY(form.isValid(now));
    }

    void tokenProviders_asTheReferenceLists()
    {
        QCOMPARE(allowedTokenTypes(QStringLiteral("payex.creditcard")),
            QStringList({ QStringLiteral("payment_token"), QStringLiteral("recurrence_token") }));
        QCOMPARE(
            allowedTokenTypes(QStringLiteral("bambora.creditcard")), QStringList { QStringLiteral("payment_token") });
        QCOMPARE(allowedTokenTypes(QStringLiteral("dintero_psp.creditcard")),
            QStringList { QStringLiteral("payment_token") });
        QCOMPARE(tokenProviders().first().paymentProductType, QStringLiteral("dintero_psp.creditcard"));
        PaymentLinkForm form = validForm();
        QCOMPARE(form.paymentProductType, QStringLiteral("dintero_psp.creditcard"));
        QCOMPARE(form.tokenTypes, QStringList { QStringLiteral("payment_token") });
        form.tokenTypes.append(QStringLiteral("recurrence_token"));
        QVERIFY(form.problems(now).value(Field::TokenTypes).contains(QStringLiteral("recurrence_token")));
        form.paymentProductType = QStringLiteral("payex.creditcard");
        QVERIFY(form.isValid(now));
    }

    void request_holdsTheFormAndTheNoteInMetadata()
    {
        PaymentLinkForm form = validForm();
        form.customerPhone = QStringLiteral("+4791234567");
        form.customerId = QStringLiteral("C-42");
        form.currency = QStringLiteral("sek");
        form.merchantReference2 = QStringLiteral("case 7");
        form.storeId = QStringLiteral("oslo-1");
        form.internalNote = QStringLiteral("Kunden ringte, ønsker å lagre kortet");
        const QJsonObject body = form.toRequest(now).toJson();
        const QJsonObject session = body[u"session"].toObject();
        QCOMPARE(session[u"order"][u"currency"].toString(), QStringLiteral("SEK"));
        QCOMPARE(session[u"order"][u"merchant_reference_2"].toString(), QStringLiteral("case 7"));
        QCOMPARE(session[u"order"][u"store"][u"id"].toString(), QStringLiteral("oslo-1"));
        QCOMPARE(session[u"url"][u"return_url"].toString(), QStringLiteral("https://shop.example/card-saved"));
        QCOMPARE(session[u"customer"][u"email"].toString(), QStringLiteral("kari@example.no"));
        QCOMPARE(session[u"customer"][u"phone_number"].toString(), QStringLiteral("+4791234567"));
        QCOMPARE(session[u"customer"][u"customer_id"].toString(), QStringLiteral("C-42"));
        QCOMPARE(session[u"expires_at"].toString(), QStringLiteral("2026-03-06T09:00:00.000Z"));
        const QJsonObject metadata = session[u"metadata"].toObject();
        QCOMPARE(metadata.size(), 1);
        QVERIFY(metadata.keys().first().startsWith(QStringLiteral("ext_")));
        QCOMPARE(metadata.value(metadata.keys().first()).toString(), form.internalNote);
        QCOMPARE(body[u"token_provider"][u"payment_product_type"].toString(), QStringLiteral("dintero_psp.creditcard"));
        QCOMPARE(body[u"token_provider"][u"token_types"].toArray(), QJsonArray { QStringLiteral("payment_token") });
        QVERIFY(!form.toRequest(now).validationError());

        // Without a note there is no metadata at all.
        QVERIFY(!validForm().toRequest(now).toJson()[u"session"].toObject().contains(QStringLiteral("metadata")));
        // A key without ext_ is refused before sending.
        Api::PaymentTokenRequest request = validForm().toRequest(now);
        request.metadata.insert(QStringLiteral("note"), QStringLiteral("x"));
        QVERIFY(request.validationError().value_or(QString()).contains(QStringLiteral("ext_")));
    }

    void suggestedReference_isUniqueAndReadable()
    {
        const QString first = suggestMerchantReference(now, 12345);
        QVERIFY2(QRegularExpression(QStringLiteral("^LINK-20260305-090000-[0-9A-Z]{4}$")).match(first).hasMatch(),
            qPrintable(first));
        QVERIFY(first != suggestMerchantReference(now, 54321));
        QVERIFY(first != suggestMerchantReference(now.addSecs(1), 12345));
        QVERIFY(!first.contains(u'O') || !first.mid(21).contains(u'O')); // no letter O in the suffix
    }

    void preselectedCurrency_isTheMostFrequent()
    {
        QCOMPARE(preselectedCurrency({}), QStringLiteral("NOK"));
        QCOMPARE(preselectedCurrency({ QString(), QStringLiteral("kroner") }), QStringLiteral("NOK"));
        QCOMPARE(preselectedCurrency({ QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("SEK") }),
            QStringLiteral("SEK"));
        QCOMPARE(preselectedCurrency({ QStringLiteral("EUR"), QStringLiteral("DKK") }), QStringLiteral("EUR"));
    }

    void serverErrors_placedAtTheirFields()
    {
        QCOMPARE(fieldForServerName(QStringLiteral("session.customer.phone_number")), Field::CustomerPhone);
        QCOMPARE(fieldForServerName(QStringLiteral("session.order.currency")), Field::Currency);
        QCOMPARE(fieldForServerName(QStringLiteral("/session/url/return_url")), Field::ReturnUrl);
        QCOMPARE(fieldForServerName(QStringLiteral("session.metadata.ext_console_note")), Field::InternalNote);
        QCOMPARE(fieldForServerName(QStringLiteral("session.configuration.channel")), std::nullopt);

        Api::ApiError error = Api::ApiError::fromHttpStatus(400, QStringLiteral("BAD_REQUEST"),
            QStringLiteral("must be written with the international prefix"), QStringLiteral("POST"));
        error.setFieldErrors({ { QStringLiteral("session.customer.phone_number"),
                                   QStringLiteral("must be written with the international prefix, e.g. +4791234567") },
            { QStringLiteral("session.unknown"), QStringLiteral("ignored") },
            { QStringLiteral("session.order.currency"), QStringLiteral("session.order.currency must be ISO 4217") } });
        const QMap<Field, QString> problems = serverFieldProblems(error);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.value(Field::Currency), QStringLiteral("Dintero: must be ISO 4217"));
        QCOMPARE(problems.value(Field::CustomerPhone),
            QStringLiteral("Dintero: must be written with the international prefix, e.g. +4791234567"));
    }

    void journalEntry_saysWhatHappened()
    {
        const Journal::JournalEntry done = creationJournalEntry(QStringLiteral("SO-1"), QStringLiteral("T1.abc"), {});
        QCOMPARE(done.operation, Journal::Operation::CreatePaymentTokenSession);
        QCOMPARE(done.result, Journal::Outcome::Done);
        QCOMPARE(done.httpStatus, 200);
        QCOMPARE(done.sessionId, QStringLiteral("T1.abc"));
        QCOMPARE(done.merchantReference, QStringLiteral("SO-1"));
        QVERIFY(done.error.isEmpty());

        const Api::ApiError badRequest
            = Api::ApiError::fromHttpStatus(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("no"), QString());
        const Journal::JournalEntry refused = creationJournalEntry(QStringLiteral("SO-1"), QString(), badRequest);
        QCOMPARE(refused.result, Journal::Outcome::Refused);
        QCOMPARE(refused.httpStatus, 400);
        QVERIFY(!refused.error.isEmpty());

        QCOMPARE(creationJournalEntry(QStringLiteral("SO-1"), QString(),
                     Api::ApiError(Api::ApiError::Kind::OutcomeUnknown, QStringLiteral("lost")))
                     .result,
            Journal::Outcome::Unknown);
        QCOMPARE(creationJournalEntry(QStringLiteral("SO-1"), QString(),
                     Api::ApiError(Api::ApiError::Kind::Network, QStringLiteral("x")))
                     .result,
            Journal::Outcome::Failed);
    }

    void returnUrl_rememberedPerAccount()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("settings.ini"));
        {
            Settings::ConsoleSettings settings(file);
            QCOMPARE(settings.paymentLinkReturnUrl(QStringLiteral("T12345678")), QString());
            settings.setPaymentLinkReturnUrl(QStringLiteral("T12345678"), QStringLiteral("https://test.example/back"));
            settings.setPaymentLinkReturnUrl(QStringLiteral("P87654321"), QStringLiteral("https://shop.example/back"));
            settings.sync();
        }
        Settings::ConsoleSettings reopened(file);
        QCOMPARE(
            reopened.paymentLinkReturnUrl(QStringLiteral("T12345678")), QStringLiteral("https://test.example/back"));
        QCOMPARE(
            reopened.paymentLinkReturnUrl(QStringLiteral("P87654321")), QStringLiteral("https://shop.example/back"));
        QCOMPARE(reopened.paymentLinkReturnUrl(QStringLiteral("T00000000")), QString());
    }

    void qrMatrix_isAValidCodeOfTheLink()
    {
        const QByteArray link = "http://127.0.0.1:8080/view/T12345678.4XnJcQ2sxLT8MYEMvqmZaP";
        const std::optional<QrMatrix> matrix = QrMatrix::encode(link);
        QVERIFY(matrix);
        QVERIFY(matrix->size() >= 21);
        QCOMPARE((matrix->size() - 17) % 4, 0); // version v has 17 + 4v modules
        // The three finder patterns: dark corners, a light ring, a dark centre.
        for (const auto &[x, y] : { std::pair { 0, 0 }, { matrix->size() - 7, 0 }, { 0, matrix->size() - 7 } }) {
            QVERIFY(matrix->isDark(x, y));
            QVERIFY(matrix->isDark(x + 6, y + 6));
            QVERIFY(!matrix->isDark(x + 1, y + 1));
            QVERIFY(matrix->isDark(x + 3, y + 3));
        }
        QVERIFY(!matrix->isDark(-1, 0));
        QVERIFY(!matrix->isDark(0, matrix->size()));
        QCOMPARE(QrMatrix::encode(link), matrix); // the same link, the same code
        QVERIFY(QrMatrix::encode(link + "x") != matrix);
        QVERIFY(!QrMatrix::encode(QByteArray()));
        QVERIFY(!QrMatrix::encode(QByteArray(5000, 'a'))); // more than a QR code holds
    }
};

QTEST_GUILESS_MAIN(PaymentLinkFormTest)
#include "paymentlinkform_test.moc"
