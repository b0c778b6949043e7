// The writes of an order against the in-process sandbox over real HTTP: create from a
// profile, create with lines (publish statuses; the strict-session-amounts toggle's
// 400 at order.amount), update refused while unlocked and allowed without the lock,
// each sent once, and the journal line of each.
#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "journal/journalentry.h"
#include "orders/sessionwrite.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Dintero;
using namespace Dintero::Testing;
using namespace Dintero::Orders;

namespace {

OrderLine makeLine(const QString &description, double quantity, qint64 unitPrice, double vat)
{
    OrderLine line;
    line.description = description;
    line.quantity = quantity;
    line.unitPrice = unitPrice;
    line.vatPercent = vat;
    return line;
}

OrderDraft advancedDraft()
{
    OrderDraft draft;
    draft.amount = 34900;
    draft.currency = QStringLiteral("NOK");
    draft.merchantReference = QStringLiteral("SO-2001");
    draft.returnUrl = QUrl(QStringLiteral("https://shop.example/return"));
    draft.lines = { makeLine(QStringLiteral("Wool socks"), 2, 14900, 25) };
    draft.shipping = { QStringLiteral("Posten"), 5100, 25 };
    return draft;
}

} // namespace

class SessionWriteTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    QNetworkAccessManager m_network;
    std::unique_ptr<Api::SessionClient> m_client;

    bool run(SessionWrite &write)
    {
        QSignalSpy finished(&write, &SessionWrite::finished);
        if (!write.start())
            return false;
        return finished.wait(20000) && finished.count() == 1;
    }

    QString createdSession()
    {
        SessionWrite write(m_client.get(), WriteKind::Create, advancedDraft());
        return run(write) && write.succeeded() ? write.sessionId() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->isListening());
        m_client = std::make_unique<Api::SessionClient>(sandboxSettings(*m_fixture), &m_network);
        useTestTimings(*m_client);
    }
    void cleanup()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void createFromProfile_returnsIdAndLink_andIsSentOnce()
    {
        OrderDraft draft;
        draft.profileId = QStringLiteral("T12345678.46dP6T4F1mUXYPeYKYc5Gj");
        draft.amount = 12900;
        draft.merchantReference = QStringLiteral("SO-100477");
        draft.customerEmail = QStringLiteral("kari@example.no");
        draft.returnUrl = QUrl(QStringLiteral("https://shop.example/return"));
        QVERIFY(draft.validate(WriteKind::CreateFromProfile, QDateTime::currentDateTimeUtc()).isEmpty());
        m_fixture->resetStats();
        SessionWrite write(m_client.get(), WriteKind::CreateFromProfile, draft);
        QVERIFY(run(write));
        QVERIFY2(write.succeeded(), qPrintable(write.error().detail()));
        QVERIFY(write.sessionId().startsWith(QStringLiteral("T12345678.")));
        QVERIFY(write.link().toString().endsWith(write.sessionId()));
        QVERIFY(write.session());
        QCOMPARE(write.session()->metadata().value(QStringLiteral("session:profile_id")).toString(), draft.profileId);
        QCOMPARE(write.session()->customerEmail(), QStringLiteral("kari@example.no"));
        // A second start sends nothing.
        QVERIFY(!write.start());
        QTest::qWait(50);
        QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session_from_profile")), 1);

        const Journal::JournalEntry entry = write.journalEntry(QStringLiteral("T12345678"), QStringLiteral("h"));
        QCOMPARE(entry.operation, Journal::Operation::CreateSessionFromProfile);
        QCOMPARE(entry.sessionId, write.sessionId());
        QCOMPARE(entry.result, Journal::Outcome::Done);
        QCOMPARE(entry.amount, (Core::Money { 12900, QStringLiteral("NOK") }));
    }

    void createFromProfile_unknownProfile_isPlacedAtTheProfileField()
    {
        OrderDraft draft;
        draft.profileId = QStringLiteral("no-such-profile");
        draft.amount = 100;
        draft.merchantReference = QStringLiteral("SO-1");
        draft.returnUrl = QUrl(QStringLiteral("https://shop.example/return"));
        SessionWrite write(m_client.get(), WriteKind::CreateFromProfile, draft);
        QVERIFY(run(write));
        QCOMPARE(write.error().httpStatus(), 400);
        const QList<FieldProblem> problems = write.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, OrderField::ProfileId);
        QVERIFY(problems.first().reason.contains(QStringLiteral("default")));
        QCOMPARE(write.journalEntry({}, {}).result, Journal::Outcome::Refused);
    }

    void create_publishStatuses_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("status");
        QTest::newRow("sent") << "+4791234567"
                              << "sent";
        QTest::newRow("failed") << "+4700000000"
                                << "failed";
    }
    void create_publishStatuses()
    {
        QFETCH(QString, phone);
        OrderDraft draft = advancedDraft();
        draft.customerPhone = phone;
        draft.sendLinkBySms = true;
        QVERIFY(draft.validate(WriteKind::Create, QDateTime::currentDateTimeUtc()).isEmpty());
        SessionWrite write(m_client.get(), WriteKind::Create, draft);
        QVERIFY(run(write));
        QVERIFY2(write.succeeded(), qPrintable(write.error().detail()));
        QCOMPARE(write.publish().size(), 1);
        QCOMPARE(write.publish().first().channel, QStringLiteral("sms"));
        QTEST(write.publish().first().status, "status");
        QVERIFY(!write.publish().first().id.isEmpty());
        QCOMPARE(write.session()->items().size(), 1);
        QCOMPARE(write.journalEntry({}, {}).operation, Journal::Operation::CreateSession);
    }

    void create_strictAmounts_serverRefusesAMismatchAtTheAmount()
    {
        // The console never sends a mismatch (validate() stops it); the server's own
        // check is what the toggle turns on, so send the body straight through the client.
        OrderDraft draft = advancedDraft();
        draft.amount = 30000;
        QVERIFY(!draft.validate(WriteKind::Create, QDateTime::currentDateTimeUtc()).isEmpty());
        m_client->setFeatureToggles({ QStringLiteral("strict-session-amounts") });
        Api::CreatedReply *reply = m_client->createSession(draft.sessionBody());
        QString message;
        int status = 0;
        QVERIFY(await<Api::CreatedReply>(reply, [&](Api::CreatedReply *r) {
            message = r->error().serverMessage();
            status = r->error().httpStatus();
        }));
        QCOMPARE(status, 400);
        const QList<FieldProblem> problems = problemsFromServerMessage(message);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, OrderField::Amount);
        QVERIFY(problems.first().reason.contains(QStringLiteral("34900")));

        // Without the toggle the same body is accepted: the rule is the toggle's.
        m_client->setFeatureToggles({});
        SessionWrite write(m_client.get(), WriteKind::Create, draft);
        QVERIFY(run(write));
        QVERIFY(write.succeeded());
    }

    void update_refusedWhileUnlocked_allowedWithoutLock()
    {
        const QString id = createdSession();
        QVERIFY(!id.isEmpty());
        OrderDraft draft = advancedDraft();
        draft.lines.append(makeLine(QStringLiteral("Cap"), 1, 29900, 25));
        draft.amount = draft.linesAndShippingTotal();
        draft.merchantReference2 = QStringLiteral("ticket-77");
        m_fixture->resetStats();

        SessionWrite refused(m_client.get(), WriteKind::Update, draft, id, false);
        QVERIFY(run(refused));
        QCOMPARE(refused.error().httpStatus(), 400);
        QCOMPARE(refused.error().code(), QStringLiteral("SESSION_NOT_LOCKED"));
        QCOMPARE(refused.problems().first().field, OrderField::Other);
        QVERIFY(refused.problems().first().reason.contains(QStringLiteral("not locked")));
        QCOMPARE(refused.journalEntry({}, {}).operation, Journal::Operation::UpdateSession);
        QCOMPARE(refused.journalEntry({}, {}).result, Journal::Outcome::Refused);

        SessionWrite allowed(m_client.get(), WriteKind::Update, draft, id, true);
        QVERIFY(run(allowed));
        QVERIFY2(allowed.succeeded(), qPrintable(allowed.error().detail()));
        QCOMPARE(allowed.session()->amount().minorUnits, 64800);
        QCOMPARE(allowed.session()->items().size(), 2);
        QCOMPARE(allowed.session()->merchantReference2(), QStringLiteral("ticket-77"));
        QCOMPARE(m_fixture->sessionOperationCount(id, QStringLiteral("update_session")), 2);
    }

    void update_amountMismatch_isTheServersToo()
    {
        // What validate() stops before sending is what the server refuses for an update.
        const QString id = createdSession();
        OrderDraft draft = advancedDraft();
        draft.amount = 100;
        QVERIFY(!draft.validate(WriteKind::Update, QDateTime::currentDateTimeUtc()).isEmpty());
        SessionWrite write(m_client.get(), WriteKind::Update, draft, id, true);
        QVERIFY(run(write));
        QCOMPARE(write.error().httpStatus(), 400);
        QCOMPARE(write.problems().first().field, OrderField::Amount);
    }
};

QTEST_GUILESS_MAIN(SessionWriteTest)
#include "sessionwrite_test.moc"
