#include "api/sessionclient.h"
#include "models/filtercriteria.h"
#include "models/sessiontablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Dintero;
using Models::FilterCriteria;
using Models::SearchStage;
using Models::SessionTableModel;
using LoadState = SessionTableModel::LoadState;

// "Paste anything": SessionTableModel::setCriteria() searches an id-shaped text as a
// session id and, when that finds nothing, as a transaction id. Against the sandbox,
// counting the list requests it makes.
class SessionSearchTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    struct Setup
    {
        Testing::SandboxFixture fixture;
        std::unique_ptr<Api::SessionClient> client;
        SessionTableModel model;
        QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::QtTest };
        QSignalSpy finished { &model, &SessionTableModel::loadFinished };
        QSignalSpy fellBack { &model, &SessionTableModel::searchFellBack };
        QSignalSpy states { &model, &SessionTableModel::loadStateChanged };
    };

    void connectModel(Setup &s)
    {
        Api::ConnectionSettings settings;
        settings.baseUrl = s.fixture.baseUrl();
        settings.accountId = QStringLiteral("T12345678");
        settings.clientId = QStringLiteral("demo");
        settings.clientSecret = QStringLiteral("demo-secret");
        s.client = std::make_unique<Api::SessionClient>(settings, &m_network);
        s.model.setClient(s.client.get());
    }

    // The first session of the sandbox that has a transaction: {session id, transaction id}.
    static QPair<QString, QString> paidSession(Testing::SandboxFixture &fixture)
    {
        const auto result = fixture.authorized("GET", QStringLiteral("/sessions?limit=100"), fixture.token());
        for (const QJsonValue &value : result.json().array()) {
            const QJsonObject session = value.toObject();
            const QString transaction = session.value(QStringLiteral("transaction_id")).toString();
            if (!transaction.isEmpty())
                return { session.value(QStringLiteral("id")).toString(), transaction };
        }
        return {};
    }

    static FilterCriteria searchFor(const QString &text)
    {
        FilterCriteria criteria;
        criteria.searchText = text;
        return criteria;
    }

    static int listRequests(Testing::SandboxFixture &fixture)
    {
        return fixture.operationCount(QStringLiteral("list_sessions"));
    }

    // The load states of the run: Loading until the very end, never Idle in between.
    static QList<LoadState> statesOf(const QSignalSpy &spy)
    {
        QList<LoadState> states;
        for (const QList<QVariant> &arguments : spy)
            states.append(arguments.at(0).value<LoadState>());
        return states;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void transactionId_findsItsSession()
    {
        Setup s;
        QVERIFY(s.fixture.isListening());
        const auto [sessionId, transactionId] = paidSession(s.fixture);
        QVERIFY(!transactionId.isEmpty());
        connectModel(s);
        s.fixture.resetStats();
        s.states.clear();

        s.model.setCriteria(searchFor(QLatin1Char(' ') + transactionId + QLatin1Char('\n')));

        QVERIFY(s.finished.wait(10000));
        QCOMPARE(s.fellBack.count(), 1);
        QCOMPARE(s.fellBack.at(0).at(0).toString(), transactionId);
        QCOMPARE(s.model.rowCount(), 1);
        QCOMPARE(s.model.sessionId(0), sessionId);
        QCOMPARE(s.model.transactionId(0), transactionId);
        QCOMPARE(s.model.searchStage(), SearchStage::AsTransactionId);
        QCOMPARE(s.model.filter().transactionIds(), QStringList { transactionId });
        QVERIFY(s.model.filter().sessionIds().isEmpty());
        QCOMPARE(s.model.loadState(), LoadState::Idle);
        QCOMPARE(statesOf(s.states), (QList<LoadState> { LoadState::Loading, LoadState::Idle }));
        QCOMPARE(listRequests(s.fixture), 2);
        QCOMPARE(s.finished.count(), 1);
    }

    void unknownId_endsEmptyAfterExactlyTwoListRequests()
    {
        Setup s;
        connectModel(s);
        s.fixture.resetStats();
        const QString id = QStringLiteral("T12345678.NoSuchSessionOrTransaction");

        s.model.setCriteria(searchFor(id));

        QVERIFY(s.finished.wait(10000));
        QCOMPARE(s.fellBack.count(), 1);
        QCOMPARE(s.fellBack.at(0).at(0).toString(), id);
        QCOMPARE(s.model.rowCount(), 0);
        QVERIFY(!s.model.hasMore());
        QCOMPARE(s.model.loadState(), LoadState::Idle);
        // Nothing more goes out once the transaction search has come back empty.
        QTest::qWait(200);
        QCOMPARE(listRequests(s.fixture), 2);
        QCOMPARE(s.fellBack.count(), 1);
        QCOMPARE(s.finished.count(), 1);
    }

    void sessionId_isFoundWithoutFallingBack()
    {
        Setup s;
        const QString sessionId = paidSession(s.fixture).first;
        QVERIFY(!sessionId.isEmpty());
        connectModel(s);
        s.fixture.resetStats();

        s.model.setCriteria(searchFor(sessionId));

        QVERIFY(s.finished.wait(10000));
        QCOMPARE(s.fellBack.count(), 0);
        QCOMPARE(s.model.rowCount(), 1);
        QCOMPARE(s.model.sessionId(0), sessionId);
        QCOMPARE(s.model.searchStage(), SearchStage::AsSessionId);
        QCOMPARE(listRequests(s.fixture), 1);
    }

    void textSearch_withNoResults_doesNotFallBack()
    {
        Setup s;
        connectModel(s);
        s.fixture.resetStats();

        s.model.setCriteria(searchFor(QStringLiteral("nobody-by-this-name")));

        QVERIFY(s.finished.wait(10000));
        QCOMPARE(s.model.rowCount(), 0);
        QCOMPARE(s.fellBack.count(), 0);
        QCOMPARE(listRequests(s.fixture), 1);
    }

    void setFilter_forgetsTheCriteria()
    {
        Setup s;
        connectModel(s);
        s.model.setCriteria(searchFor(QStringLiteral("T12345678.NoSuchSession")));
        QCOMPARE(s.model.criteria().searchText, QStringLiteral("T12345678.NoSuchSession"));
        QVERIFY(s.finished.wait(10000));
        Core::SessionFilter filter;
        filter.setSessionIds({ QStringLiteral("T12345678.NoSuchSession") });
        s.fixture.resetStats();
        s.finished.clear();
        s.fellBack.clear();

        s.model.setFilter(filter);

        QVERIFY(s.finished.wait(10000));
        QVERIFY(s.model.criteria().searchText.isEmpty());
        QCOMPARE(s.model.rowCount(), 0);
        QCOMPARE(s.fellBack.count(), 0);
        QCOMPARE(listRequests(s.fixture), 1);
    }
};

QTEST_GUILESS_MAIN(SessionSearchTest)
#include "sessionsearch_test.moc"
