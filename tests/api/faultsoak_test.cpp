#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "faultsoak.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

// 2,000 list, get and transaction requests through SessionClient against the sandbox,
// a quarter of the answers spoiled in every way the sandbox can spoil them; then cancels
// under the same faults. Every outcome is predicted from the fault and checked.

using namespace Dintero;
using namespace Dintero::Api;
using Dintero::Testing::SandboxFixture;
using Dintero::Testing::SoakFault;
using Kind = ApiError::Kind;

namespace {

constexpr int Requests = 2000;
constexpr int PageSize = 20;

struct Outcome
{
    ApiError error;
    int attempts = 0;
    QList<Core::Session> sessions; // list: the page; get: the session
    bool hasMore = false;
    QString transactionId;
    CancelReply::Outcome cancelOutcome = CancelReply::Outcome::Unknown;
};

template <typename Reply, typename Read> Outcome finish(Reply *reply, Read read)
{
    Outcome outcome;
    bool finished = false;
    QObject::connect(reply, &SessionRequest::finished, reply, [&] {
        outcome.error = reply->error();
        outcome.attempts = reply->attempts();
        if (!reply->hasError())
            read(reply, outcome);
        finished = true;
    });
    Testing::spinUntil([&] { return finished; });
    return outcome;
}

QByteArray jsonOf(const Core::Session &session)
{
    return QJsonDocument(session.json()).toJson(QJsonDocument::Compact);
}

} // namespace

class FaultSoakTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<SessionClient> m_client;

    Outcome list(const QString &cursor)
    {
        Core::SessionFilter filter;
        filter.setLimit(PageSize);
        return finish(m_client->listSessions(filter, cursor), [](ListReply *reply, Outcome &outcome) {
            outcome.sessions = reply->sessions();
            outcome.hasMore = reply->hasMore();
        });
    }

    // The fault-free walk: every session, in order.
    QList<Core::Session> walk()
    {
        QList<Core::Session> rows;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const Outcome outcome = list(cursor);
            if (outcome.error.isError())
                return {};
            rows += outcome.sessions;
            if (!outcome.hasMore)
                break;
            cursor = outcome.sessions.last().id();
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isListening());
        m_client = std::make_unique<SessionClient>(
            Testing::sandboxSettings(*m_sandbox, ConnectionSettings::CredentialKind::ApiKey), &m_network);
        Testing::useTestTimings(*m_client);
        m_client->setTransferTimeout(Testing::SoakTransferTimeout);
        SessionClient::RetryPolicy policy = m_client->retryPolicy();
        policy.maxDelay = std::chrono::milliseconds(20); // caps Retry-After too
        m_client->setRetryPolicy(policy);
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void readsUnderFaults()
    {
        const QList<Core::Session> expected = walk();
        QCOMPARE(expected.size(), 200);
        QStringList transactionIds;
        for (const Core::Session &session : expected) {
            if (!session.transactionId().isEmpty())
                transactionIds.append(session.transactionId());
        }
        QVERIFY(transactionIds.size() > 10);
        m_sandbox->resetStats();

        QRandomGenerator random(12);
        const QList<SoakFault> &faults = Testing::soakFaults();
        int spoiled = 0;
        int failures = 0;
        int sentAttempts = 0;
        int resets = 0; // spoiled answers that were a closed connection
        int walksCompleted = 0;
        // The walk goes on through the list requests: a failed page is asked for again
        // (what an agent's Retry does), and a finished walk starts over.
        QList<Core::Session> walked;
        QString cursor;

        for (int i = 0; i < Requests; ++i) {
            const int operation = i % 3;
            const QString operationName = operation == 0 ? QStringLiteral("list_sessions")
                : operation == 1                         ? QStringLiteral("get_session")
                                                         : QStringLiteral("get_transaction");
            // A quarter of the requests get a spoiled answer; one in five of those keeps
            // being spoiled on every retry, so that the client has to give up.
            std::optional<SoakFault> fault;
            bool persistent = false;
            if (random.bounded(4) == 0) {
                fault = faults[spoiled % faults.size()];
                persistent = fault->retried && random.bounded(5) == 0;
                Testing::spoil(*m_sandbox, *fault, persistent ? 4 : 1, operationName);
                ++spoiled;
            }

            Outcome outcome;
            QString subject;
            if (operation == 0) {
                outcome = list(cursor);
            } else if (operation == 1) {
                subject = expected[random.bounded(int(expected.size()))].id();
                outcome = finish(m_client->getSession(subject),
                    [](SessionReply *reply, Outcome &result) { result.sessions = { reply->session() }; });
            } else {
                subject = transactionIds[random.bounded(int(transactionIds.size()))];
                outcome = finish(m_client->getTransaction(subject),
                    [](TransactionReply *reply, Outcome &result) { result.transactionId = reply->transaction().id; });
            }
            sentAttempts += outcome.attempts;
            const QByteArray where = QByteArray::number(i) + ' ' + operationName.toLatin1() + ' '
                + (fault ? fault->name.toLatin1() : QByteArray("none")) + (persistent ? " persistent" : "") + ": "
                + outcome.error.detail().toUtf8();

            // Retries stay within the bound: one per retryable spoiled answer, at most 3.
            // A connection closed before any answer is the exception: Qt itself sends a
            // GET again once on a fresh connection (writes never: they are read-once), so
            // the client may see a reset or not, and counts only its own attempts.
            const bool reset = fault && fault->name == QLatin1String("reset");
            const int expectedAttempts = !fault || !fault->retried ? 1 : persistent ? 4 : 2;
            if (reset) {
                QVERIFY2(outcome.attempts >= 1 && outcome.attempts <= expectedAttempts,
                    QByteArray(where + " attempts " + QByteArray::number(outcome.attempts)).constData());
                resets += persistent ? 4 : 1;
            } else {
                QVERIFY2(outcome.attempts == expectedAttempts,
                    QByteArray(where + " attempts " + QByteArray::number(outcome.attempts)).constData());
            }
            const bool shouldFail
                = reset && persistent ? outcome.error.isError() : fault && (!fault->retried || persistent);
            QVERIFY2(outcome.error.isError() == shouldFail, where.constData());
            if (shouldFail) {
                // A typed error, one the fault explains, with words for the agent.
                QVERIFY2(fault->kinds.contains(outcome.error.kind()), where.constData());
                QVERIFY2(!outcome.error.message().isEmpty(), where.constData());
                ++failures;
                continue;
            }
            if (operation == 0) {
                walked += outcome.sessions;
                if (outcome.hasMore) {
                    cursor = outcome.sessions.last().id();
                } else {
                    // A walk that recovered from every failed page has exactly the rows,
                    // byte for byte, of the fault-free walk.
                    QCOMPARE(walked.size(), expected.size());
                    for (qsizetype row = 0; row < expected.size(); ++row)
                        QCOMPARE(jsonOf(walked[row]), jsonOf(expected[row]));
                    ++walksCompleted;
                    walked.clear();
                    cursor.clear();
                }
            } else if (operation == 1) {
                QCOMPARE(outcome.sessions.size(), 1);
                QCOMPARE(outcome.sessions.first().id(), subject);
            } else {
                QCOMPARE(outcome.transactionId, subject);
            }
        }

        // The sandbox received exactly the requests the client counted: no hidden resend.
        const QJsonObject operations = m_sandbox->stats().value(QLatin1String("operations")).toObject();
        const int received = operations.value(QLatin1String("list_sessions")).toInt()
            + operations.value(QLatin1String("get_session")).toInt()
            + operations.value(QLatin1String("get_transaction")).toInt();
        // The sandbox received the requests the client says it sent, and no more than
        // one hidden resend (Qt's own, for GETs only) per connection it closed.
        QVERIFY2(received >= sentAttempts && received - sentAttempts <= resets,
            qPrintable(QStringLiteral("received %1, sent %2, resets %3").arg(received).arg(sentAttempts).arg(resets)));
        QVERIFY(spoiled > Requests / 5 && spoiled < Requests / 3);
        QVERIFY(walksCompleted >= 3);
        qInfo("%d requests, %d spoiled, %d failed as typed errors, %d HTTP requests, %d complete walks", Requests,
            spoiled, failures, sentAttempts, walksCompleted);
    }

    void writesUnderFaultsAreSentOnce()
    {
        QList<Core::Session> open;
        for (const Core::Session &session : walk()) {
            if (session.canOfferCancel() && session.transactionId().isEmpty())
                open.append(session);
        }
        QVERIFY(open.size() >= 14);
        m_sandbox->resetStats();
        const QList<SoakFault> &faults = Testing::soakFaults();
        for (int i = 0; i < 14; ++i) {
            const SoakFault &fault = faults[i % faults.size()];
            const QString id = open[i].id();
            // Every second cancel has its answer spoiled; its follow-up GET is not.
            const bool spoilt = i % 2 == 0;
            if (spoilt)
                Testing::spoil(*m_sandbox, fault, 1, QStringLiteral("cancel_session"));
            const Outcome outcome = finish(m_client->cancelSession(id),
                [](CancelReply *reply, Outcome &result) { result.cancelOutcome = reply->outcome(); });
            const QByteArray where = id.toLatin1() + ' ' + (spoilt ? fault.name.toLatin1() : "none") + ": "
                + outcome.error.detail().toUtf8();
            QVERIFY2(m_sandbox->sessionOperationCount(id, QStringLiteral("cancel_session")) == 1, where.constData());
            if (spoilt)
                QVERIFY2(outcome.error.isError(), where.constData());
            else
                QVERIFY2(!outcome.error.isError(), where.constData());
            // Whatever the answer said, the session's real state is what the client found.
            const Outcome after = finish(m_client->getSession(id),
                [](SessionReply *reply, Outcome &result) { result.sessions = { reply->session() }; });
            QVERIFY2(!after.error.isError(), where.constData());
            const bool cancelled = after.sessions.first().cancelledAt().isValid();
            const bool ranOperation = !spoilt
                || !QStringList { QStringLiteral("500"), QStringLiteral("503"), QStringLiteral("429") }.contains(
                    fault.name);
            QVERIFY2(cancelled == ranOperation, where.constData());
        }
        QCOMPARE(m_sandbox->operationCount(QStringLiteral("cancel_session")), 14);
    }
};

QTEST_GUILESS_MAIN(FaultSoakTest)
#include "faultsoak_test.moc"
