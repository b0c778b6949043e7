// The link watch against the in-process sandbox over real HTTP: its schedule (with short
// injected intervals), one request in flight per session, the global pacing, and the end
// of a watch when the link is used, cancelled or expires. Requests are counted by the
// sandbox (/_sandbox/stats), not by the watch.
#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "links/linkwatch.h"
#include "linktestsupport.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Dintero;
using namespace Dintero::Testing;
using Links::LinkEnd;
using Links::LinkWatch;
using Links::WatchSchedule;
using namespace std::chrono_literals;

class LinkWatchTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<qint64> m_clockOffsetSecs = std::make_shared<qint64>(0);
    std::unique_ptr<SandboxFixture> m_fixture;
    QNetworkAccessManager m_network;
    std::unique_ptr<Api::SessionClient> m_client; // creates, pays, cancels
    std::unique_ptr<Api::SessionClient> m_watchClient; // no automatic retries

    Core::Clock clock() const
    {
        return [offset = m_clockOffsetSecs] {
            return QDateTime::currentDateTimeUtc().addSecs(*offset);
        };
    }

    Core::Session newLink(const QString &reference, const QDateTime &expiresAt = {})
    {
        const std::optional<CreatedLink> link = createPaymentTokenLink(*m_client, reference, expiresAt);
        return link ? link->session : Core::Session();
    }

    int polls(const QString &sessionId)
    {
        return m_fixture->sessionOperationCount(sessionId, QStringLiteral("get_session"));
    }

private Q_SLOTS:
    void init()
    {
        *m_clockOffsetSecs = 0;
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.clock = clock();
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_fixture->isListening());
        m_client = std::make_unique<Api::SessionClient>(sandboxSettings(*m_fixture), &m_network);
        useTestTimings(*m_client);
        m_watchClient = std::make_unique<Api::SessionClient>(sandboxSettings(*m_fixture), &m_network);
        useTestTimings(*m_watchClient);
        Api::SessionClient::RetryPolicy noRetries;
        noRetries.maxRetries = 0;
        m_watchClient->setRetryPolicy(noRetries);
    }

    void cleanup()
    {
        m_watchClient.reset();
        m_client.reset();
        m_fixture.reset();
    }

    // Every fast interval during the fast period, then every slow interval: never more.
    void schedule_fastThenSlow_noMoreRequestsThanAllowed()
    {
        const Core::Session session = newLink(QStringLiteral("SO-WATCH-1"));
        QVERIFY(!session.id().isEmpty());
        WatchSchedule schedule { 150ms, 60s, 1000ms, 10ms };
        LinkWatch watch(schedule, clock());
        watch.setClient(m_watchClient.get());
        QSignalSpy updated(&watch, &LinkWatch::sessionUpdated);
        m_fixture->resetStats();
        QElapsedTimer elapsed;
        elapsed.start();
        watch.watch(session.id());
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 4, 10000);
        QTest::qWait(300);
        const qint64 fastMs = elapsed.elapsed();
        const int fastPolls = polls(session.id());
        // The first read at once, then one per 150 ms at most.
        QVERIFY2(fastPolls <= 1 + fastMs / 150, qPrintable(QStringLiteral("%1 in %2 ms").arg(fastPolls).arg(fastMs)));
        QVERIFY(fastPolls >= 4);
        QCOMPARE(updated.last().at(0).value<Core::Session>().id(), session.id());

        // Past the fast period (the watch's clock moves on): at most one per second.
        *m_clockOffsetSecs = 120;
        QTest::qWait(200); // the poll scheduled with the fast interval may still come
        m_fixture->resetStats();
        elapsed.restart();
        QTest::qWait(2200);
        const int slowPolls = polls(session.id());
        QVERIFY2(slowPolls <= 1 + elapsed.elapsed() / 1000, qPrintable(QString::number(slowPolls)));
        QVERIFY(slowPolls >= 1); // still watched
        QVERIFY(watch.isWatching(session.id()));
    }

    // A session whose answer is slow is not asked again before it answers.
    void neverTwoRequestsInFlightForOneSession()
    {
        const Core::Session session = newLink(QStringLiteral("SO-WATCH-SLOW"));
        QVERIFY(!session.id().isEmpty());
        m_fixture->queueFault(QStringLiteral("slow"), 3, QStringLiteral("get_session"),
            QJsonObject { { QStringLiteral("delay_ms"), 700 } });
        m_watchClient->setTransferTimeout(5000ms);
        LinkWatch watch(WatchSchedule { 20ms, 60s, 20ms, 1ms }, clock());
        watch.setClient(m_watchClient.get());
        QSignalSpy updated(&watch, &LinkWatch::sessionUpdated);
        m_fixture->resetStats();
        watch.watch(session.id());
        // While the first answer is on its way (700 ms; the interval is 20 ms): one request.
        QTRY_COMPARE_WITH_TIMEOUT(polls(session.id()), 1, 5000);
        QTest::qWait(300);
        if (updated.isEmpty())
            QCOMPARE(polls(session.id()), 1);
        // Each slow answer before the next request: never more requests than answers + 1.
        for (int answers = 1; answers <= 3; ++answers) {
            QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= answers, 10000);
            QVERIFY2(polls(session.id()) <= updated.count() + 1, qPrintable(QString::number(polls(session.id()))));
        }
    }

    // One request per spacing for all sessions together, each session in its turn.
    void globalPacing_isFairAcrossSessions()
    {
        QStringList ids;
        for (int i = 0; i < 8; ++i) {
            const Core::Session session = newLink(QStringLiteral("SO-WATCH-PACE-%1").arg(i));
            QVERIFY(!session.id().isEmpty());
            ids.append(session.id());
        }
        LinkWatch watch(WatchSchedule { 10ms, 60s, 10ms, 100ms }, clock());
        watch.setClient(m_watchClient.get());
        QSignalSpy updated(&watch, &LinkWatch::sessionUpdated);
        m_fixture->resetStats();
        QElapsedTimer elapsed;
        elapsed.start();
        for (const QString &id : std::as_const(ids))
            watch.watch(id);
        // The first 8 reads reach every session once before any is read twice.
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 8, 10000);
        QStringList firstRound;
        for (int i = 0; i < 8; ++i)
            firstRound.append(updated.at(i).at(0).value<Core::Session>().id());
        firstRound.sort();
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(firstRound, sorted);
        QTest::qWait(600);
        const int total = m_fixture->operationCount(QStringLiteral("get_session"));
        const qint64 ms = elapsed.elapsed(); // after the count: a later request only makes it stricter
        QVERIFY2(total <= 1 + ms / 100, qPrintable(QStringLiteral("%1 requests in %2 ms").arg(total).arg(ms)));
        QVERIFY(total >= 8);
    }

    // The customer saves the card on the hosted page: completed, the card and its token
    // read with includes=card.payment_token, and no more reads of the session.
    void completedOnHostedPage_readsCardAndStops()
    {
        const Core::Session session = newLink(QStringLiteral("SO-WATCH-CARD"));
        QVERIFY(!session.id().isEmpty());
        LinkWatch watch(WatchSchedule { 100ms, 60s, 100ms, 10ms }, clock());
        watch.setClient(m_watchClient.get());
        QSignalSpy updated(&watch, &LinkWatch::sessionUpdated);
        QSignalSpy completed(&watch, &LinkWatch::linkCompleted);
        QSignalSpy card(&watch, &LinkWatch::transactionRead);
        QSignalSpy ended(&watch, &LinkWatch::linkEnded);
        watch.watch(session.id());
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 10000);
        QCOMPARE(completed.count(), 0);

        QCOMPARE(completeHostedPage(*m_fixture, session.id()), 303);
        QVERIFY(completed.wait(5000));
        const Core::Session done = completed.at(0).at(0).value<Core::Session>();
        QVERIFY(!done.transactionId().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(card.count(), 1, 5000);
        QCOMPARE(card.at(0).at(0).toString(), session.id());
        const Core::Transaction transaction = card.at(0).at(1).value<Core::Transaction>();
        QVERIFY(transaction.card.has_value());
        QVERIFY(transaction.card->maskedPan.endsWith(QLatin1String("1111")));
        QVERIFY(!transaction.card->paymentTokenId.isEmpty());
        QVERIFY(!transaction.card->paymentToken.isEmpty()); // asked for with includes
        QVERIFY(!watch.isWatching(session.id()));
        QCOMPARE(ended.count(), 0);

        m_fixture->resetStats();
        QTest::qWait(500);
        QCOMPARE(polls(session.id()), 0);
        QCOMPARE(m_fixture->stats().value(QStringLiteral("total")).toInt(), 0);
    }

    void cancelled_endsTheWatch()
    {
        const Core::Session session = newLink(QStringLiteral("SO-WATCH-CANCEL"));
        QVERIFY(!session.id().isEmpty());
        LinkWatch watch(WatchSchedule { 100ms, 60s, 100ms, 10ms }, clock());
        watch.setClient(m_watchClient.get());
        QSignalSpy updated(&watch, &LinkWatch::sessionUpdated);
        QSignalSpy ended(&watch, &LinkWatch::linkEnded);
        watch.watch(session.id());
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 10000);
        QVERIFY(await<Api::CancelReply>(m_client->cancelSession(session.id())));
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.at(0).at(1).value<LinkEnd>(), LinkEnd::Cancelled);
        QVERIFY(ended.at(0).at(2).toString().contains(QLatin1String("cancelled")));
        m_fixture->resetStats();
        QTest::qWait(400);
        QCOMPARE(polls(session.id()), 0);
    }

    // The link's expires_at passes (the sandbox's and the watch's clock move on together).
    void expired_endsTheWatch()
    {
        const Core::Session session
            = newLink(QStringLiteral("SO-WATCH-EXPIRY"), QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(!session.id().isEmpty());
        LinkWatch watch(WatchSchedule { 100ms, 60s, 100ms, 10ms }, clock());
        watch.setClient(m_watchClient.get());
        QSignalSpy updated(&watch, &LinkWatch::sessionUpdated);
        QSignalSpy ended(&watch, &LinkWatch::linkEnded);
        watch.watch(session.id());
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 2, 10000);
        QCOMPARE(ended.count(), 0);
        *m_clockOffsetSecs = 2 * 3600;
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.at(0).at(1).value<LinkEnd>(), LinkEnd::Expired);
        QVERIFY(!watch.isWatching(session.id()));
        // The hosted page agrees: it no longer takes the card.
        QCOMPARE(completeHostedPage(*m_fixture, session.id()), 400);
    }

    // A failed poll is tried again at the next tick, not sooner (no automatic retries).
    void failedPoll_retriedAtNextTickOnly()
    {
        const Core::Session session = newLink(QStringLiteral("SO-WATCH-503"));
        QVERIFY(!session.id().isEmpty());
        m_fixture->queueFault(QStringLiteral("503"), 2, QStringLiteral("get_session"));
        LinkWatch watch(WatchSchedule { 300ms, 60s, 300ms, 10ms }, clock());
        watch.setClient(m_watchClient.get());
        QSignalSpy failed(&watch, &LinkWatch::pollFailed);
        QSignalSpy updated(&watch, &LinkWatch::sessionUpdated);
        m_fixture->resetStats();
        QElapsedTimer elapsed;
        elapsed.start();
        watch.watch(session.id());
        QVERIFY(updated.wait(5000));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(polls(session.id()), 3);
        // Two failures and the read that worked: two whole intervals in between.
        QVERIFY2(elapsed.elapsed() >= 2 * 300 - 20, qPrintable(QString::number(elapsed.elapsed())));
    }

    // 404 ends the watch; 401 pauses it with the reason until it is started again.
    void notFoundEnds_unauthorizedPauses()
    {
        LinkWatch watch(WatchSchedule { 100ms, 60s, 100ms, 10ms }, clock());
        watch.setClient(m_watchClient.get());
        QSignalSpy ended(&watch, &LinkWatch::linkEnded);
        watch.watch(QStringLiteral("T12345678.doesnotexist"));
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.at(0).at(1).value<LinkEnd>(), LinkEnd::NotFound);
        QVERIFY(watch.watchedSessionIds().isEmpty());

        const Core::Session session = newLink(QStringLiteral("SO-WATCH-401"));
        Api::ConnectionSettings bad = sandboxSettings(*m_fixture, Api::ConnectionSettings::CredentialKind::BearerToken);
        bad.bearerToken = QStringLiteral("not-a-token");
        Api::SessionClient badClient(bad, &m_network);
        watch.setClient(&badClient);
        QSignalSpy paused(&watch, &LinkWatch::watchPaused);
        watch.watch(session.id());
        QVERIFY(paused.wait(5000));
        QCOMPARE(paused.at(0).at(0).toString(), session.id());
        QVERIFY(!paused.at(0).at(1).toString().isEmpty());
        QVERIFY(!watch.isWatching(session.id()));
        m_fixture->resetStats();
        QTest::qWait(400);
        QCOMPARE(polls(session.id()), 0);

        // A working client starts it again.
        QSignalSpy updated(&watch, &LinkWatch::sessionUpdated);
        watch.setClient(m_watchClient.get());
        QVERIFY(updated.wait(5000));
        QVERIFY(watch.isWatching(session.id()));
    }
};

QTEST_GUILESS_MAIN(LinkWatchTest)
#include "linkwatch_test.moc"
