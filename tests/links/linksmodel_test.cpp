// The links model: rows for the links of this run, kept up to date by the watch (state,
// last checked, the card), checked by QAbstractItemModelTester throughout.
#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "links/linksmodel.h"
#include "links/linkwatch.h"
#include "linktestsupport.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Dintero;
using namespace Dintero::Testing;
using Links::LinksModel;
using Links::LinkWatch;
using namespace std::chrono_literals;

class LinksModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    QNetworkAccessManager m_network;
    std::unique_ptr<Api::SessionClient> m_client;

    QString stateOf(const LinksModel &model, const QString &sessionId)
    {
        return model.index(model.rowOf(sessionId), LinksModel::StateColumn).data().toString();
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

    void rows_newestFirst_withColumns()
    {
        LinksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::optional<CreatedLink> first = createPaymentTokenLink(*m_client, QStringLiteral("SO-LINK-1"));
        const std::optional<CreatedLink> second = createPaymentTokenLink(*m_client, QStringLiteral("SO-LINK-2"));
        QVERIFY(first && second);
        model.addLink(first->session, first->url, true);
        model.addLink(second->session, second->url, true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(LinksModel::ColumnCount));
        QCOMPARE(model.index(0, LinksModel::MerchantReferenceColumn).data().toString(), QStringLiteral("SO-LINK-2"));
        QCOMPARE(model.index(1, LinksModel::MerchantReferenceColumn).data().toString(), QStringLiteral("SO-LINK-1"));
        QCOMPARE(
            model.index(0, LinksModel::CustomerColumn).data().toString(), QStringLiteral("kari.nordmann@example.no"));
        QVERIFY(!model.index(0, LinksModel::CreatedColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, LinksModel::ExpiresColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, LinksModel::StateColumn).data().toString(), QStringLiteral("Waiting for the customer"));
        QCOMPARE(model.index(0, LinksModel::LastCheckedColumn).data().toString(), QStringLiteral("Not yet"));
        QCOMPARE(model.headerData(LinksModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
        QCOMPARE(model.index(1, 0).data(LinksModel::SessionIdRole).toString(), first->session.id());

        // Adding it again updates the row; removing drops it.
        model.addLink(first->session, {}, false);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.link(first->session.id())->createdThisRun);
        QCOMPARE(model.link(first->session.id())->url, first->url);
        model.removeLink(first->session.id());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(first->session.id()), -1);
    }

    // Attached to a watch: last checked, then "Card saved" with the card once the customer
    // has saved it, "Cancelled" for a cancelled link, and the reason a watch stopped.
    void followsTheWatch()
    {
        LinksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Api::SessionClient watchClient(sandboxSettings(*m_fixture), &m_network);
        useTestTimings(watchClient);
        LinkWatch watch(Links::WatchSchedule { 100ms, 60s, 100ms, 10ms });
        watch.setClient(&watchClient);
        model.attach(&watch);

        const std::optional<CreatedLink> saved = createPaymentTokenLink(*m_client, QStringLiteral("SO-LINK-SAVE"));
        const std::optional<CreatedLink> cancelled
            = createPaymentTokenLink(*m_client, QStringLiteral("SO-LINK-CANCEL"));
        QVERIFY(saved && cancelled);
        model.addLink(saved->session, saved->url, true);
        model.addLink(cancelled->session, cancelled->url, true);
        model.addLink(
            Core::Session::fromJson({ { QStringLiteral("id"), QStringLiteral("T12345678.gone") } }).value(), {}, false);
        watch.watch(saved->session.id());
        watch.watch(cancelled->session.id());
        watch.watch(QStringLiteral("T12345678.gone"));

        QTRY_VERIFY_WITH_TIMEOUT(
            model.index(model.rowOf(saved->session.id()), LinksModel::LastCheckedColumn).data().toString()
                != QLatin1String("Not yet"),
            5000);
        QCOMPARE(stateOf(model, saved->session.id()), QStringLiteral("Waiting for the customer"));

        QCOMPARE(completeHostedPage(*m_fixture, saved->session.id()), 303);
        QVERIFY(await<Api::CancelReply>(m_client->cancelSession(cancelled->session.id())));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, saved->session.id()), QStringLiteral("Card saved"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model.link(saved->session.id())->card.has_value(), 5000);
        QVERIFY(model.link(saved->session.id())->card->maskedPan.endsWith(QLatin1String("1111")));
        QVERIFY(!model.link(saved->session.id())->card->paymentTokenId.isEmpty());
        QVERIFY(model.link(saved->session.id())->card->paymentToken.isEmpty()); // the secret is not kept
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, cancelled->session.id()), QStringLiteral("Cancelled"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, QStringLiteral("T12345678.gone")),
            QStringLiteral("Watch stopped: The session no longer exists."), 5000);
        QCOMPARE(model.index(model.rowOf(saved->session.id()), 0).data(LinksModel::StateRole).toInt(),
            int(LinksModel::State::Completed));
    }
};

QTEST_GUILESS_MAIN(LinksModelTest)
#include "linksmodel_test.moc"
