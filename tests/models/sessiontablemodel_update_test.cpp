#include "api/sessionclient.h"
#include "models/itemdatarole.h"
#include "models/sessionfilterproxymodel.h"
#include "models/sessiontablemodel.h"
#include "sandboxfixture.h"
#include "testsessions.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Dintero;
using Core::SessionStatus;
using Models::SessionFilterProxyModel;
using Models::SessionTableModel;
using Models::StatusSet;

// A session changed in the console (cancelled, paid through its link, created) reaches the
// table without a reload: updateSession() and prependSession(), seen through the proxy.
class SessionTableModelUpdateTest : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_base = QDateTime(QDate(2025, 3, 4), QTime(12, 0), Qt::UTC);

    // Twenty sessions, through a proxy, both watched by QAbstractItemModelTester.
    struct Setup
    {
        SessionTableModel model;
        SessionFilterProxyModel proxy;
        QAbstractItemModelTester modelTester { &model, QAbstractItemModelTester::FailureReportingMode::QtTest };
        QAbstractItemModelTester proxyTester { &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest };
    };

    void fill(Setup &s)
    {
        s.model.setClock([this] { return m_base; });
        s.model.appendSessions(Testing::makeSessions(0, 20, m_base));
        s.proxy.setSourceModel(&s.model);
    }

    static QStringList proxyIds(const SessionFilterProxyModel &proxy)
    {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(Models::SessionIdRole).toString());
        return ids;
    }

    static QList<qlonglong> proxyAmounts(const SessionFilterProxyModel &proxy)
    {
        QList<qlonglong> amounts;
        for (int row = 0; row < proxy.rowCount(); ++row)
            amounts.append(proxy.index(row, SessionTableModel::AmountColumn).data(Models::SortRole).toLongLong());
        return amounts;
    }

    static StatusSet allBut(SessionStatus hidden)
    {
        StatusSet set = StatusSet::all();
        set.remove(hidden);
        return set;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void updateSession_replacesTheRow_withOneRangedDataChanged()
    {
        Setup s;
        fill(s);
        QSignalSpy changed(&s.model, &QAbstractItemModel::dataChanged);
        Testing::SessionSpec spec = Testing::specAt(7, m_base);
        spec.merchantReference = QStringLiteral("SO-CHANGED");
        spec.amount = 4242;

        QVERIFY(s.model.updateSession(Testing::makeSession(spec)));

        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft, s.model.index(7, 0));
        QCOMPARE(bottomRight, s.model.index(7, SessionTableModel::ColumnCount - 1));
        QCOMPARE(s.model.rowCount(), 20);
        QCOMPARE(s.model.merchantReference(7), QStringLiteral("SO-CHANGED"));
        QCOMPARE(s.model.index(7, SessionTableModel::AmountColumn).data(Models::SortRole).toLongLong(), 4242);
    }

    void updateSession_unknownId_changesNothing()
    {
        Setup s;
        fill(s);
        QSignalSpy changed(&s.model, &QAbstractItemModel::dataChanged);
        Testing::SessionSpec spec = Testing::specAt(99, m_base);

        QVERIFY(!s.model.updateSession(Testing::makeSession(spec)));

        QCOMPARE(changed.count(), 0);
        QCOMPARE(s.model.rowCount(), 20);
        QCOMPARE(s.model.rowOfSession(spec.id), -1);
    }

    void updateSession_cancelled_leavesAndReturnsUnderAStatusFilter()
    {
        Setup s;
        fill(s);
        s.proxy.setStatusFilter(allBut(SessionStatus::Cancelled));
        const int shownBefore = s.proxy.rowCount();
        Testing::SessionSpec spec = Testing::specAt(5, m_base); // open
        QVERIFY(proxyIds(s.proxy).contains(spec.id));
        QSignalSpy removed(&s.proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&s.proxy, &QAbstractItemModel::rowsInserted);

        Testing::SessionSpec cancelled = spec;
        cancelled.cancelled = true;
        cancelled.events << QStringLiteral("CANCELLED");
        QVERIFY(s.model.updateSession(Testing::makeSession(cancelled)));

        QCOMPARE(s.model.status(5), SessionStatus::Cancelled);
        QVERIFY(!s.model.canOfferCancel(5));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(s.proxy.rowCount(), shownBefore - 1);
        QVERIFY(!proxyIds(s.proxy).contains(spec.id));
        QCOMPARE(s.proxy.hiddenRowCount(), 5);

        // Every status shown again: the row is back.
        s.proxy.setStatusFilter(StatusSet::all());
        QVERIFY(proxyIds(s.proxy).contains(spec.id));
        // And a status the filter lets through brings it back by itself.
        s.proxy.setStatusFilter(allBut(SessionStatus::Cancelled));
        QVERIFY(!proxyIds(s.proxy).contains(spec.id));
        inserted.clear();
        QVERIFY(s.model.updateSession(Testing::makeSession(spec)));
        QCOMPARE(inserted.count(), 1);
        QVERIFY(proxyIds(s.proxy).contains(spec.id));
        QCOMPARE(s.proxy.rowCount(), shownBefore);
    }

    void updateSession_movesTheRowInTheSortOrder()
    {
        Setup s;
        fill(s);
        // Sorting ranks the rows by amount (prepareSort); the update must not sort by
        // the stale ranks.
        s.proxy.sort(SessionTableModel::AmountColumn, Qt::AscendingOrder);
        QList<qlonglong> amounts = proxyAmounts(s.proxy);
        QVERIFY(std::is_sorted(amounts.cbegin(), amounts.cend()));
        Testing::SessionSpec spec = Testing::specAt(3, m_base);
        QVERIFY(proxyIds(s.proxy).last() != spec.id);

        spec.amount = amounts.last() + 1;
        QVERIFY(s.model.updateSession(Testing::makeSession(spec)));
        QCOMPARE(proxyIds(s.proxy).last(), spec.id);

        spec.amount = 1;
        QVERIFY(s.model.updateSession(Testing::makeSession(spec)));
        QCOMPARE(proxyIds(s.proxy).first(), spec.id);
        amounts = proxyAmounts(s.proxy);
        QVERIFY(std::is_sorted(amounts.cbegin(), amounts.cend()));

        // A text column, ranked too: the new reference sorts where it belongs.
        s.proxy.sort(SessionTableModel::MerchantReferenceColumn, Qt::AscendingOrder);
        spec.merchantReference = QStringLiteral("AA-first");
        QVERIFY(s.model.updateSession(Testing::makeSession(spec)));
        QCOMPARE(proxyIds(s.proxy).first(), spec.id);
        spec.merchantReference = QStringLiteral("ZZ-last");
        QVERIFY(s.model.updateSession(Testing::makeSession(spec)));
        QCOMPARE(proxyIds(s.proxy).last(), spec.id);
    }

    void updateSession_notesANewStore()
    {
        Setup s;
        fill(s);
        QCOMPARE(s.model.knownStoreIds(),
            (QStringList { QStringLiteral("oslo-sentrum"), QStringLiteral("bergen-bryggen") }));
        QSignalSpy stores(&s.model, &SessionTableModel::knownStoreIdsChanged);
        Testing::SessionSpec spec = Testing::specAt(4, m_base);
        spec.storeId = QStringLiteral("tromso-storgata");

        QVERIFY(s.model.updateSession(Testing::makeSession(spec)));

        QCOMPARE(stores.count(), 1);
        QVERIFY(s.model.knownStoreIds().contains(QStringLiteral("tromso-storgata")));
        QCOMPARE(s.model.index(4, SessionTableModel::StoreColumn).data().toString(), QStringLiteral("tromso-storgata"));
    }

    void prependSession_insertsAtTheTop()
    {
        Setup s;
        fill(s);
        QSignalSpy inserted(&s.model, &QAbstractItemModel::rowsInserted);
        Testing::SessionSpec spec = Testing::specAt(0, m_base);
        spec.id = QStringLiteral("T12345678.created-here");
        spec.createdAt = m_base.addSecs(30);

        s.model.prependSession(Testing::makeSession(spec));

        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(s.model.rowCount(), 21);
        QCOMPARE(s.model.sessionId(0), spec.id);
        QCOMPARE(s.model.sessionId(1), Testing::specAt(0, m_base).id);
        QCOMPARE(s.model.rowOfSession(spec.id), 0);
        QCOMPARE(s.proxy.rowCount(), 21);
        QVERIFY(proxyIds(s.proxy).contains(spec.id));
    }

    void prependSession_sortedProxy_placesItBySortOrder()
    {
        Setup s;
        fill(s);
        s.proxy.sort(SessionTableModel::CreatedColumn, Qt::AscendingOrder);
        Testing::SessionSpec spec = Testing::specAt(0, m_base);
        spec.id = QStringLiteral("T12345678.created-here");
        spec.createdAt = m_base.addSecs(30); // newer than every loaded session

        s.model.prependSession(Testing::makeSession(spec));

        QCOMPARE(proxyIds(s.proxy).last(), spec.id);
    }

    void prependSession_ofARowShown_updatesIt()
    {
        Setup s;
        fill(s);
        QSignalSpy inserted(&s.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&s.model, &QAbstractItemModel::dataChanged);
        Testing::SessionSpec spec = Testing::specAt(2, m_base);
        spec.merchantReference = QStringLiteral("SO-AGAIN");

        s.model.prependSession(Testing::makeSession(spec));

        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.model.rowCount(), 20);
        QCOMPARE(s.model.merchantReference(2), QStringLiteral("SO-AGAIN"));
    }

    // A refresh swaps in the rows it reloaded: a change made while it runs must not be
    // lost with the rows it replaces.
    void updateAndPrepend_duringARefresh_surviveTheSwap()
    {
        Testing::SandboxFixture fixture;
        QNetworkAccessManager network;
        Api::ConnectionSettings settings;
        settings.baseUrl = fixture.baseUrl();
        settings.accountId = QStringLiteral("T12345678");
        settings.clientId = QStringLiteral("demo");
        settings.clientSecret = QStringLiteral("demo-secret");
        Api::SessionClient client(settings, &network);
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SessionTableModel::loadFinished);
        model.setPageSize(20);
        model.setClient(&client);
        model.setFilter(Core::SessionFilter());
        QVERIFY(finished.wait(10000));
        model.fetchMore(QModelIndex());
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 40);

        Testing::SessionSpec changed = Testing::specAt(0, m_base);
        changed.id = model.sessionId(5);
        changed.merchantReference = QStringLiteral("SO-CHANGED-HERE");
        Testing::SessionSpec created = Testing::specAt(1, m_base);
        created.id = QStringLiteral("T12345678.made-in-the-console");
        bool changedMidway = false;
        // After the refresh's first page, before its second.
        connect(&model, &SessionTableModel::loadProgress, this, [&] {
            if (changedMidway || !model.isRefreshing() || model.refreshedCount() == 0)
                return;
            changedMidway = true;
            QVERIFY(model.updateSession(Testing::makeSession(changed)));
            model.prependSession(Testing::makeSession(created));
        });
        finished.clear();
        model.refresh();
        QVERIFY(finished.wait(10000));

        QVERIFY(changedMidway);
        QVERIFY(!model.isRefreshing());
        QCOMPARE(model.rowCount(), 41);
        QCOMPARE(model.sessionId(0), created.id);
        QCOMPARE(model.merchantReference(model.rowOfSession(changed.id)), QStringLiteral("SO-CHANGED-HERE"));
    }
};

QTEST_GUILESS_MAIN(SessionTableModelUpdateTest)
#include "sessiontablemodel_update_test.moc"
