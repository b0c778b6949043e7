// Cancelling one or several sessions through CancelRun against the in-process sandbox
// over real HTTP: the preflight re-reads, the rule, one POST per session, never two.
#include "api/sessionclient.h"
#include "cancel/cancelrun.h"
#include "clienttestsupport.h"
#include "sandbox/sandboxstore.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Dintero;
using namespace Dintero::Testing;
using Cancel::CancelResult;
using Cancel::CancelRun;
using Verdict = Cancel::CancelAssessment::Verdict;

class CancelRunTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    QNetworkAccessManager m_network;
    std::unique_ptr<Api::SessionClient> m_client;

    // Session ids whose transaction is in `state` ("none": no transaction), not cancelled.
    QStringList sessionsIn(const QString &state, int count)
    {
        const Sandbox::SandboxStore &store = m_fixture->server().store();
        QStringList found;
        QString cursor;
        for (int page = 0; page < 20 && found.size() < count; ++page) {
            Sandbox::ListQuery query;
            query.limit = 100;
            query.startingAfter = cursor;
            QString error;
            const QJsonArray sessions = QJsonDocument::fromJson(*store.listPage(query, &error)).array();
            if (sessions.isEmpty())
                break;
            for (const QJsonValue &value : sessions) {
                const QJsonObject s = value.toObject();
                cursor = s.value(QStringLiteral("id")).toString();
                if (s.contains(QStringLiteral("cancelled_at")) || found.size() >= count)
                    continue;
                const QString transactionId = s.value(QStringLiteral("transaction_id")).toString();
                const QString status
                    = transactionId.isEmpty() ? QStringLiteral("none") : store.transaction(transactionId)->status;
                if (status == state)
                    found.append(cursor);
            }
        }
        return found;
    }

    QString transactionStatusOf(const QString &sessionId)
    {
        const Sandbox::SandboxStore &store = m_fixture->server().store();
        return store.transaction(store.session(sessionId)->value(QStringLiteral("transaction_id")).toString())->status;
    }

    bool preflight(CancelRun &run)
    {
        QSignalSpy checked(&run, &CancelRun::preflightFinished);
        run.preflight();
        return checked.wait(20000) || checked.count() == 1;
    }

    bool execute(CancelRun &run)
    {
        QSignalSpy finished(&run, &CancelRun::finished);
        run.execute();
        return finished.wait(20000) || finished.count() == 1;
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

    void authorized_isCancelledOnce_andItsTransactionVoided()
    {
        const QStringList ids = sessionsIn(QStringLiteral("AUTHORIZED"), 1);
        QCOMPARE(ids.size(), 1);
        CancelRun run(m_client.get(), ids, {});
        QVERIFY(preflight(run));
        QCOMPARE(run.candidates().size(), 1);
        const Cancel::CancelCandidate candidate = run.candidates().constFirst();
        QCOMPARE(candidate.assessment.verdict, Verdict::Allowed);
        QVERIFY(candidate.transaction.has_value());
        QCOMPARE(candidate.transaction->status, Core::TransactionStatus::Authorized);
        QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 0); // nothing sent before confirming

        QSignalSpy changed(&run, &CancelRun::sessionChanged);
        QVERIFY(execute(run));
        QCOMPARE(run.results().size(), 1);
        QCOMPARE(run.results().constFirst().kind, CancelResult::Kind::Cancelled);
        const Journal::JournalEntry entry = run.results().constFirst().journalEntry(
            QStringLiteral("T12345678"), QStringLiteral("127.0.0.1"), QStringLiteral("customer asked"));
        QCOMPARE(entry.result, Journal::Outcome::Done);
        QCOMPARE(entry.sessionId, ids.first());
        QCOMPARE(entry.note, QStringLiteral("customer asked"));
        QVERIFY(entry.amount.minorUnits > 0);
        QVERIFY(run.results().constFirst().session->cancelledAt().isValid());
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(0).value<Core::Session>().cancelledAt().isValid());
        QCOMPARE(m_fixture->sessionOperationCount(ids.first(), QStringLiteral("cancel_session")), 1);
        QCOMPARE(transactionStatusOf(ids.first()), QStringLiteral("AUTHORIZATION_VOIDED"));
    }

    void captured_isNotSent_andSaysRefundInstead()
    {
        const QStringList ids = sessionsIn(QStringLiteral("CAPTURED"), 1);
        QCOMPARE(ids.size(), 1);
        CancelRun run(m_client.get(), ids, {});
        QVERIFY(preflight(run));
        QCOMPARE(run.candidates().constFirst().assessment.verdict, Verdict::NotAllowed);
        QVERIFY2(run.candidates().constFirst().assessment.reason.contains(QStringLiteral("refund")),
            qPrintable(run.candidates().constFirst().assessment.reason));
        QCOMPARE(run.cancellableCount(), 0);
        QVERIFY(execute(run));
        QCOMPARE(run.results().constFirst().kind, CancelResult::Kind::NotSent);
        QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 0);
    }

    void readOnlyCredential_isForbidden_andSaysSo()
    {
        m_client = std::make_unique<Api::SessionClient>(
            sandboxSettings(*m_fixture, Api::ConnectionSettings::CredentialKind::ClientCredentials,
                SandboxFixture::ReadOnlyClientId),
            &m_network);
        useTestTimings(*m_client);
        const QStringList ids = sessionsIn(QStringLiteral("none"), 1);
        CancelRun run(m_client.get(), ids, {});
        QVERIFY(preflight(run));
        QVERIFY(execute(run));
        const CancelResult result = run.results().constFirst();
        QCOMPARE(result.kind, CancelResult::Kind::Failed);
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.journalEntry({}, {}, {}).result, Journal::Outcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("may not change sessions")), qPrintable(result.message));
        QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 1);
    }

    void lostAnswer_isCheckedWithOneGet_neverASecondPost()
    {
        const QStringList ids = sessionsIn(QStringLiteral("AUTHORIZED"), 1);
        CancelRun run(m_client.get(), ids, {});
        QVERIFY(preflight(run));
        const int getsBefore = m_fixture->sessionOperationCount(ids.first(), QStringLiteral("get_session"));
        m_fixture->queueFault(QStringLiteral("reset"), 1, QStringLiteral("cancel_session"));
        QVERIFY(execute(run));
        QCOMPARE(m_fixture->sessionOperationCount(ids.first(), QStringLiteral("cancel_session")), 1);
        QCOMPARE(m_fixture->sessionOperationCount(ids.first(), QStringLiteral("get_session")), getsBefore + 1);
        // The sandbox ran the cancel before dropping the connection: the re-read shows it.
        const CancelResult result = run.results().constFirst();
        QCOMPARE(result.kind, CancelResult::Kind::Cancelled);
        QVERIFY2(result.message.contains(QStringLiteral("reading the session again")), qPrintable(result.message));
    }

    void bulk_cancelsWhatMayBeCancelled_andReportsTheRest()
    {
        QStringList ids = sessionsIn(QStringLiteral("AUTHORIZED"), 2) + sessionsIn(QStringLiteral("none"), 2)
            + sessionsIn(QStringLiteral("CAPTURED"), 1);
        QCOMPARE(ids.size(), 5);
        CancelRun run(m_client.get(), ids, {});
        QSignalSpy progress(&run, &CancelRun::preflightProgress);
        QVERIFY(preflight(run));
        QCOMPARE(progress.count(), 5);
        QCOMPARE(run.cancellableCount(), 4);
        QVERIFY(run.totalsPerCurrency().size() >= 1);
        QVERIFY(execute(run));
        QCOMPARE(run.count(CancelResult::Kind::Cancelled), 4);
        QCOMPARE(run.count(CancelResult::Kind::NotSent), 1);
        QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 4);
        QCOMPARE(run.results().size(), 5);
    }

    void stop_betweenRequests_sendsNothingMore()
    {
        const QStringList ids = sessionsIn(QStringLiteral("none"), 4);
        QCOMPARE(ids.size(), 4);
        CancelRun run(m_client.get(), ids, {});
        QVERIFY(preflight(run));
        connect(&run, &CancelRun::resultReady, &run, [&run] { run.stop(); });
        QVERIFY(execute(run));
        QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 1);
        QCOMPARE(run.count(CancelResult::Kind::Cancelled), 1);
        QCOMPARE(run.count(CancelResult::Kind::NotSent), 3);
    }

    void unreadableTransaction_letsTheServerDecide()
    {
        const QStringList ids = sessionsIn(QStringLiteral("AUTHORIZED"), 1);
        // More failures than the client retries.
        m_fixture->queueFault(QStringLiteral("500"), 8, QStringLiteral("get_transaction"));
        CancelRun run(m_client.get(), ids, {});
        QVERIFY(preflight(run));
        QCOMPARE(run.candidates().constFirst().assessment.verdict, Verdict::ServerDecides);
        QVERIFY(run.candidates().constFirst().transactionError.isError());
        QCOMPARE(run.cancellableCount(), 1);
    }
};

QTEST_GUILESS_MAIN(CancelRunTest)
#include "cancelrun_test.moc"
