#include "api/sessionclient.h"
#include "api/sessionpager.h"
#include "clienttestsupport.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Dintero::Api;
using namespace Dintero::Core;
using Dintero::Testing::SandboxFixture;
using Dintero::Testing::sandboxSettings;
using Dintero::Testing::useTestTimings;

class SessionPagerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void start_loadsFirstPage();
    void fetchNext_walksToTheEnd();
    void loadAll_reportsProgressAndFinishesOnce();
    void start_supersedesPageInFlight();
    void cancel_stopsLoadAll();
    void failure_keepsCursorAndRetries();
    void fetchNext_ignoredWhileLoading();
    void loadAll_fetchNextFromPageSlotSendsNoDuplicate();
    void start_fromPageSlotGetsNoStaleFinished();
    void deletedClient_endsLoadAll();
    void deletedClientFromPageSlot_finishesOnce();
    void listReply_announcesTheCursorBeforeItsSessions();
    void loadAll_asksForTheNextPageBeforeDelivering();
    void cancel_fromPageSlotDropsThePageAskedAhead();

private:
    SessionFilter filter(int limit) const;

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SessionClient> m_client;
};

void SessionPagerTest::init()
{
    m_fixture = std::make_unique<SandboxFixture>(); // 200 sessions
    QVERIFY(m_fixture->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<SessionClient>(sandboxSettings(*m_fixture), m_network.get());
    useTestTimings(*m_client);
}

void SessionPagerTest::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_fixture.reset();
}

SessionFilter SessionPagerTest::filter(int limit) const
{
    SessionFilter f;
    f.setLimit(limit);
    return f;
}

void SessionPagerTest::start_loadsFirstPage()
{
    SessionPager pager(m_client.get());
    QSignalSpy pages(&pager, &SessionPager::pageLoaded);
    QSignalSpy finished(&pager, &SessionPager::finished);
    QVERIFY(!pager.hasMore());
    pager.start(filter(50));
    QVERIFY(pager.isLoading());
    QVERIFY(finished.wait(10000));
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.at(0).at(0).value<QList<Session>>().size(), 50);
    QCOMPARE(pages.at(0).at(1).toBool(), true);
    QVERIFY(!pager.isLoading());
    QVERIFY(pager.hasMore());
    QCOMPARE(pager.loadedCount(), 50);
    QCOMPARE(pager.cursor(), pages.at(0).at(0).value<QList<Session>>().last().id());
}

void SessionPagerTest::fetchNext_walksToTheEnd()
{
    SessionPager pager(m_client.get());
    QSignalSpy pages(&pager, &SessionPager::pageLoaded);
    QSignalSpy finished(&pager, &SessionPager::finished);
    pager.start(filter(100));
    QVERIFY(finished.wait(10000));
    QSet<QString> ids;
    for (int guard = 0; guard < 10 && pager.hasMore(); ++guard) {
        pager.fetchNext();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), guard + 2, 10000);
    }
    QVERIFY(!pager.hasMore());
    for (const QList<QVariant> &page : std::as_const(pages)) {
        for (const Session &session : page.at(0).value<QList<Session>>())
            ids.insert(session.id());
    }
    QCOMPARE(ids.size(), 200);
    QCOMPARE(pager.loadedCount(), 200);
    // 100 + 100 (full, so maybe more) + an empty last page.
    QCOMPARE(pages.count(), 3);
    QCOMPARE(pages.last().at(1).toBool(), false);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 3);
    pager.fetchNext(); // nothing more to fetch
    QVERIFY(!pager.isLoading());
}

void SessionPagerTest::loadAll_reportsProgressAndFinishesOnce()
{
    SessionPager pager(m_client.get());
    QSignalSpy progress(&pager, &SessionPager::progress);
    QSignalSpy finished(&pager, &SessionPager::finished);
    QSignalSpy failed(&pager, &SessionPager::failed);
    pager.start(filter(60));
    QVERIFY(finished.wait(10000));
    pager.loadAll();
    QVERIFY(finished.wait(10000));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(pager.loadedCount(), 200);
    QList<int> loaded;
    for (const QList<QVariant> &args : std::as_const(progress))
        loaded.append(args.at(0).toInt());
    QCOMPARE(loaded, (QList<int> { 120, 180, 200 }));
}

void SessionPagerTest::start_supersedesPageInFlight()
{
    SessionPager pager(m_client.get());
    QSignalSpy pages(&pager, &SessionPager::pageLoaded);
    QSignalSpy finished(&pager, &SessionPager::finished);
    // Warm up the token so that the slow list below is the only thing in flight.
    pager.start(filter(5));
    QVERIFY(finished.wait(10000));
    pages.clear();
    finished.clear();

    m_fixture->queueFault(QStringLiteral("slow"), 1, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("delay_ms"), 800 } });
    pager.start(filter(7));
    QTRY_COMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 2); // it reached the server
    pager.start(filter(3)); // newer filter: the slow page must never be delivered
    QVERIFY(finished.wait(10000));
    QTest::qWait(1200);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.at(0).at(0).value<QList<Session>>().size(), 3);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pager.filter().limit(), 3);
}

void SessionPagerTest::cancel_stopsLoadAll()
{
    SessionPager pager(m_client.get());
    QSignalSpy pages(&pager, &SessionPager::pageLoaded);
    QSignalSpy finished(&pager, &SessionPager::finished);
    pager.start(filter(50));
    QVERIFY(finished.wait(10000));
    m_fixture->queueFault(QStringLiteral("slow"), 5, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("delay_ms"), 500 } });
    pager.loadAll();
    QVERIFY(pager.isLoading());
    pager.cancel();
    QVERIFY(!pager.isLoading());
    QCOMPARE(finished.count(), 2);
    QTest::qWait(800);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(finished.count(), 2);
    QVERIFY(pager.hasMore()); // the walk can go on later from the same cursor
}

void SessionPagerTest::failure_keepsCursorAndRetries()
{
    SessionPager pager(m_client.get());
    QSignalSpy pages(&pager, &SessionPager::pageLoaded);
    QSignalSpy failed(&pager, &SessionPager::failed);
    QSignalSpy finished(&pager, &SessionPager::finished);
    pager.start(filter(100));
    QVERIFY(finished.wait(10000));
    const QString cursor = pager.cursor();

    m_fixture->queueFault(QStringLiteral("500"), 4, QStringLiteral("list_sessions"));
    pager.fetchNext();
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Server);
    QCOMPARE(pager.lastError().kind(), ApiError::Kind::Server);
    QCOMPARE(pager.cursor(), cursor);
    QCOMPARE(pages.count(), 1);

    pager.fetchNext();
    QVERIFY(finished.wait(10000));
    QCOMPARE(pages.count(), 2);
    QVERIFY(!pager.lastError().isError());
    QCOMPARE(pager.loadedCount(), 200);
}

void SessionPagerTest::fetchNext_ignoredWhileLoading()
{
    SessionPager pager(m_client.get());
    QSignalSpy finished(&pager, &SessionPager::finished);
    pager.fetchNext(); // before start(): nothing
    QVERIFY(!pager.isLoading());
    pager.start(filter(10));
    pager.fetchNext();
    pager.fetchNext();
    QVERIFY(finished.wait(10000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 1);
}

void SessionPagerTest::loadAll_fetchNextFromPageSlotSendsNoDuplicate()
{
    // A table model asks for more rows when a page lands; during loadAll() that must not
    // send the next page twice.
    SessionPager pager(m_client.get());
    QSignalSpy finished(&pager, &SessionPager::finished);
    QSignalSpy failed(&pager, &SessionPager::failed);
    pager.start(filter(60));
    QVERIFY(finished.wait(10000));
    m_fixture->resetStats();
    int pages = 0;
    connect(&pager, &SessionPager::pageLoaded, this, [&] {
        ++pages;
        pager.fetchNext();
    });
    pager.loadAll();
    QVERIFY(finished.wait(10000));
    QTest::qWait(300);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(pager.loadedCount(), 200);
    QCOMPARE(pages, 3); // 60 + 60 + 20
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 3);
}

void SessionPagerTest::start_fromPageSlotGetsNoStaleFinished()
{
    SessionPager pager(m_client.get());
    QSignalSpy finished(&pager, &SessionPager::finished);
    QList<int> limits;
    bool restarted = false;
    connect(&pager, &SessionPager::pageLoaded, this, [&](const QList<Session> &page) {
        limits.append(int(page.size()));
        if (!restarted) {
            restarted = true;
            pager.start(filter(3)); // the first run is replaced, not finished
            QCOMPARE(finished.count(), 0);
        }
    });
    pager.start(filter(5));
    QTRY_COMPARE_WITH_TIMEOUT(limits.size(), 2, 10000);
    QTest::qWait(200);
    QCOMPARE(limits, (QList<int> { 5, 3 }));
    QCOMPARE(finished.count(), 1); // the second run's, after its page
}

void SessionPagerTest::deletedClient_endsLoadAll()
{
    // An export waiting on loadAll() must hear that it is over when the client goes.
    SessionPager pager(m_client.get());
    QSignalSpy finished(&pager, &SessionPager::finished);
    QSignalSpy failed(&pager, &SessionPager::failed);
    pager.start(filter(50));
    QVERIFY(finished.wait(10000));
    m_fixture->queueFault(QStringLiteral("slow"), 5, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("delay_ms"), 1000 } });
    pager.loadAll();
    QTRY_COMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 2);
    m_client.reset();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Aborted);
    QCOMPARE(finished.count(), 2);
    QVERIFY(!pager.isLoading());
    QTest::qWait(1200);
    QCOMPARE(finished.count(), 2);
}

void SessionPagerTest::deletedClientFromPageSlot_finishesOnce()
{
    // The page asked ahead is in flight while a page is delivered: a slot that deletes
    // the client ends that request, and the run must still finish exactly once.
    SessionPager pager(m_client.get());
    QSignalSpy finished(&pager, &SessionPager::finished);
    QSignalSpy failed(&pager, &SessionPager::failed);
    pager.start(filter(40));
    QVERIFY(finished.wait(10000));
    m_fixture->queueFault(QStringLiteral("slow"), 10, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("delay_ms"), 30 } });
    connect(&pager, &SessionPager::pageLoaded, this, [this, &pager] {
        QVERIFY(pager.isLoading()); // the next page is on its way
        m_client.reset();
    });
    pager.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Aborted);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 2);
    QVERIFY(!pager.isLoading());
}

void SessionPagerTest::listReply_announcesTheCursorBeforeItsSessions()
{
    ListReply *full = m_client->listSessions(filter(50));
    full->setAnnouncesNextCursor(true);
    QStringList order;
    QString announced;
    connect(full, &ListReply::nextCursorKnown, this, [&](const QString &cursor) {
        order.append(QStringLiteral("cursor"));
        announced = cursor;
        QVERIFY(full->sessions().isEmpty()); // not read yet
    });
    connect(full, &SessionRequest::finished, this, [&] {
        order.append(QStringLiteral("finished"));
        QCOMPARE(announced, full->nextCursor());
    });
    QTRY_COMPARE_WITH_TIMEOUT(order, (QStringList { QStringLiteral("cursor"), QStringLiteral("finished") }), 10000);

    // The cursor after the 170th of the 200 sessions.
    QString after170;
    for (const int limit : { 100, 70 }) {
        ListReply *hop = m_client->listSessions(filter(limit), after170);
        QSignalSpy hopDone(hop, &SessionRequest::finished);
        QVERIFY(hopDone.wait(10000));
        after170 = hop->nextCursor();
        QVERIFY(!after170.isEmpty());
    }

    // A short page has no successor to announce, and a reply not asked announces nothing.
    for (const bool asked : { true, false }) {
        // The last 30 sessions asked for in a page of 50, or a full page not asked to.
        ListReply *reply = asked ? m_client->listSessions(filter(50), after170) : m_client->listSessions(filter(50));
        reply->setAnnouncesNextCursor(asked);
        QSignalSpy cursor(reply, &ListReply::nextCursorKnown);
        QSignalSpy finished(reply, &SessionRequest::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(!reply->hasError());
        QCOMPARE(cursor.count(), 0);
    }
}

void SessionPagerTest::loadAll_asksForTheNextPageBeforeDelivering()
{
    // Page by page first: the order a walk must deliver.
    QStringList expected;
    {
        SessionPager reference(m_client.get());
        QSignalSpy finished(&reference, &SessionPager::finished);
        connect(&reference, &SessionPager::pageLoaded, this, [&](const QList<Session> &page) {
            for (const Session &session : page)
                expected.append(session.id());
        });
        reference.start(filter(40));
        for (int guard = 0; guard < 10 && (guard == 0 || reference.hasMore()); ++guard) {
            if (guard > 0)
                reference.fetchNext();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), guard + 1, 10000);
        }
    }
    QCOMPARE(expected.size(), 200);

    SessionPager pager(m_client.get());
    QSignalSpy finished(&pager, &SessionPager::finished);
    QSignalSpy failed(&pager, &SessionPager::failed);
    pager.start(filter(40));
    QVERIFY(finished.wait(10000));
    QStringList delivered = expected.mid(0, 40);
    QList<bool> nextOnItsWay; // isLoading() when a page with more after it is delivered
    connect(&pager, &SessionPager::pageLoaded, this, [&](const QList<Session> &page, bool hasMore) {
        for (const Session &session : page)
            delivered.append(session.id());
        if (hasMore)
            nextOnItsWay.append(pager.isLoading());
    });
    m_fixture->resetStats();
    // Slow answers, so that the page asked ahead is certainly still on its way.
    m_fixture->queueFault(QStringLiteral("slow"), 10, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("delay_ms"), 30 } });
    pager.loadAll();
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(delivered, expected);
    QCOMPARE(nextOnItsWay, (QList<bool> { true, true, true, true })); // pages 2 to 5
    QVERIFY(!pager.isLoading());
    // Pages 2 to 5 and the empty sixth: none asked twice.
    QCOMPARE(m_fixture->operationCount(QStringLiteral("list_sessions")), 5);
}

void SessionPagerTest::cancel_fromPageSlotDropsThePageAskedAhead()
{
    SessionPager pager(m_client.get());
    QSignalSpy pages(&pager, &SessionPager::pageLoaded);
    QSignalSpy finished(&pager, &SessionPager::finished);
    pager.start(filter(40));
    QVERIFY(finished.wait(10000));
    m_fixture->queueFault(QStringLiteral("slow"), 10, QStringLiteral("list_sessions"),
        QJsonObject { { QStringLiteral("delay_ms"), 30 } });
    QString lastDelivered;
    auto stop = connect(&pager, &SessionPager::pageLoaded, this, [&](const QList<Session> &page) {
        lastDelivered = page.last().id();
        pager.cancel();
    });
    pager.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 2, 10000);
    disconnect(stop);
    QTest::qWait(300);
    QCOMPARE(pages.count(), 2); // the page asked ahead is never delivered
    QCOMPARE(finished.count(), 2);
    QVERIFY(!pager.isLoading());
    QCOMPARE(pager.loadedCount(), 80);
    QVERIFY(pager.hasMore());
    QCOMPARE(pager.cursor(), lastDelivered);

    // The walk goes on from there and nothing is missing.
    pager.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
    QSet<QString> ids;
    for (const QList<QVariant> &page : std::as_const(pages)) {
        for (const Session &session : page.at(0).value<QList<Session>>())
            ids.insert(session.id());
    }
    QCOMPARE(ids.size(), 200);
    QCOMPARE(pager.loadedCount(), 200);
}

QTEST_GUILESS_MAIN(SessionPagerTest)
#include "sessionpager_test.moc"
