#include "api/sessionclient.h"
#include "models/itemdatarole.h"
#include "models/sessiontablemodel.h"
#include "sandboxfixture.h"
#include "sandboxtestsupport.h"
#include "testsessions.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Dintero;
using Models::SessionTableModel;
using LoadState = SessionTableModel::LoadState;

class SessionTableModelTest : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_base = QDateTime(QDate(2025, 3, 4), QTime(12, 0), Qt::UTC);

    std::unique_ptr<Api::SessionClient> clientFor(Testing::SandboxFixture &fixture)
    {
        Api::ConnectionSettings settings;
        settings.baseUrl = fixture.baseUrl();
        settings.accountId = QStringLiteral("T12345678");
        settings.clientId = QStringLiteral("demo");
        settings.clientSecret = QStringLiteral("demo-secret");
        auto client = std::make_unique<Api::SessionClient>(settings, &m_network);
        // Fast retries keep the failure tests short; the count stays the client's default.
        client->setRetryPolicy({ 3, std::chrono::milliseconds(5), std::chrono::milliseconds(20) });
        return client;
    }

    QNetworkAccessManager m_network;

    // Three pages shown; then F5.
    struct RefreshSetup
    {
        Testing::SandboxFixture fixture;
        std::unique_ptr<Api::SessionClient> client;
        SessionTableModel model;
        QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::QtTest };
        QSignalSpy finished { &model, &SessionTableModel::loadFinished };
    };

    bool loadThreePages(RefreshSetup &s)
    {
        s.client = clientFor(s.fixture);
        s.model.setPageSize(20);
        s.model.setClient(s.client.get());
        s.model.setFilter(Core::SessionFilter());
        if (!s.finished.wait(10000))
            return false;
        for (int page = 0; page < 2; ++page) {
            s.model.fetchMore(QModelIndex());
            if (!s.finished.wait(10000))
                return false;
        }
        return s.model.rowCount() == 60;
    }

    static QStringList idsOf(const SessionTableModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.sessionId(row));
        return ids;
    }

    QStringList apiIds(Testing::SandboxFixture &fixture, int count)
    {
        const auto result = fixture.authorized("GET", QStringLiteral("/sessions?limit=%1").arg(count), fixture.token());
        QStringList ids;
        for (const QJsonValue &value : result.json().array())
            ids.append(value.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendSessions_insertsOneRangePerPage()
    {
        SessionTableModel model;
        model.setClock([this] { return m_base; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.appendSessions(Testing::makeSessions(0, 100, m_base));
        model.appendSessions(Testing::makeSessions(100, 50, m_base));

        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(model.columnCount(), int(SessionTableModel::ColumnCount));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 100);
        QCOMPARE(inserted.at(1).at(2).toInt(), 149);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.sessionId(0), QStringLiteral("T12345678.session000000"));
        QCOMPARE(model.rowOfSession(QStringLiteral("T12345678.session000120")), 120);
        QCOMPARE(model.rowOfSession(QStringLiteral("nope")), -1);
        QVERIFY(model.sessionId(150).isEmpty());
    }

    void data_formatsEveryColumn()
    {
        SessionTableModel model;
        model.setClock([this] { return m_base; });
        model.setLocale(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        model.setCheckoutBaseUrl(QUrl(QStringLiteral("https://checkout.example/v1/")));
        Testing::SessionSpec spec = Testing::specAt(2, m_base);
        spec.amount = 1234599;
        model.appendSessions({ Testing::makeSession(spec) });

        const auto cell = [&model](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(SessionTableModel::StatusColumn).toString(), Core::statusText(Core::SessionStatus::Authorized));
        QCOMPARE(
            cell(SessionTableModel::StatusColumn, Models::StatusRole).toInt(), int(Core::SessionStatus::Authorized));
        QCOMPARE(cell(SessionTableModel::MerchantReferenceColumn).toString(), spec.merchantReference);
        QCOMPARE(cell(SessionTableModel::CustomerNameColumn).toString(), QStringLiteral("Kari Nordmann"));
        QCOMPARE(cell(SessionTableModel::EmailColumn).toString(), spec.email);
        QCOMPARE(cell(SessionTableModel::StoreColumn).toString(), spec.storeId);
        QCOMPARE(cell(SessionTableModel::TransactionIdColumn).toString(), spec.transactionId);
        QCOMPARE(cell(SessionTableModel::SessionIdColumn).toString(), spec.id);

        // Amounts: QLocale formatting, the raw minor units to sort on, right aligned.
        const QString amount = cell(SessionTableModel::AmountColumn).toString();
        QVERIFY2(amount.contains(QStringLiteral("12\u00a0345,99")), qPrintable(amount));
        QCOMPARE(cell(SessionTableModel::AmountColumn, Models::SortRole).toLongLong(), 1234599);
        QCOMPARE(cell(SessionTableModel::AmountColumn, Qt::TextAlignmentRole).value<Qt::Alignment>(),
            Qt::AlignRight | Qt::AlignVCenter);

        // Created: local time shown, UTC and ISO in the tooltip, the instant to sort on.
        const QDateTime created = spec.createdAt;
        QCOMPARE(cell(SessionTableModel::CreatedColumn, Models::SortRole).toDateTime(), created);
        QVERIFY(cell(SessionTableModel::CreatedColumn)
                    .toString()
                    .contains(created.toLocalTime().toString(QStringLiteral("HH:mm"))));
        const QString tip = cell(SessionTableModel::CreatedColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("UTC")), qPrintable(tip));
        QVERIFY2(tip.contains(created.toUTC().toString(Qt::ISODateWithMs)), qPrintable(tip));

        QCOMPARE(cell(SessionTableModel::SessionIdColumn, Models::CheckoutUrlRole).toUrl(),
            QUrl(QStringLiteral("https://checkout.example/v1/view/") + spec.id));
        QCOMPARE(cell(SessionTableModel::SessionIdColumn, Models::CanCancelRole).toBool(), true);
        QCOMPARE(model.headerData(SessionTableModel::AmountColumn, Qt::Horizontal).toString(),
            SessionTableModel::columnTitle(SessionTableModel::AmountColumn));
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    }

    void status_followsTheClock_andReportsExpiredRows()
    {
        QDateTime now = m_base;
        SessionTableModel model;
        model.setClock([&now] { return now; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Rows 0..9 created a minute apart, all expiring 4 hours after creation.
        model.appendSessions(Testing::makeSessions(0, 10, m_base));
        QCOMPARE(model.status(0), Core::SessionStatus::Open);
        QCOMPARE(model.status(1), Core::SessionStatus::InProgress);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // 4 hours and 5 minutes later rows 5..9 (created 5..9 minutes before base) have
        // expired; of those only open and in-progress ones (5, 6) change status.
        now = m_base.addSecs(4 * 3600 - 5 * 60 + 30);
        model.updateNow();
        QCOMPARE(model.status(5), Core::SessionStatus::Expired);
        QCOMPARE(model.status(6), Core::SessionStatus::Expired);
        QCOMPARE(model.status(7), Core::SessionStatus::Authorized);
        QCOMPARE(model.status(0), Core::SessionStatus::Open);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 5);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 6);
        QCOMPARE(model.index(5, SessionTableModel::StatusColumn).data().toString(),
            Core::statusText(Core::SessionStatus::Expired));

        model.updateNow();
        QCOMPARE(changed.count(), 1);
    }

    void compareRows_agreesWithTheSortRole()
    {
        SessionTableModel model;
        model.setClock([this] { return m_base; });
        model.appendSessions(Testing::makeSessions(0, 30, m_base));
        for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
            for (int a = 0; a < 30; a += 7) {
                for (int b = 0; b < 30; b += 5) {
                    const QVariant left = model.index(a, column).data(Models::SortRole);
                    const QVariant right = model.index(b, column).data(Models::SortRole);
                    const int fast = model.compareRows(column, a, b);
                    int slow = 0;
                    if (left.typeId() == QMetaType::QString)
                        slow = left.toString().compare(right.toString(), Qt::CaseInsensitive);
                    else if (QVariant::compare(left, right) == QPartialOrdering::Less)
                        slow = -1;
                    else if (QVariant::compare(left, right) == QPartialOrdering::Greater)
                        slow = 1;
                    QVERIFY2((fast < 0) == (slow < 0) && (fast > 0) == (slow > 0),
                        qPrintable(QStringLiteral("column %1 rows %2 %3").arg(column).arg(a).arg(b)));
                }
            }
        }
    }

    // The ranks prepareSort() caches for a sort must order rows exactly as comparing them
    // does, with rows equal but for case (also beyond ASCII) ranked equal.
    void prepareSort_ranksAgreeWithComparingRows()
    {
        const QList<QPair<QString, QString>> names {
            { QStringLiteral("Øystein"), QStringLiteral("Berg") },
            { QStringLiteral("øystein"), QStringLiteral("berg") },
            { QStringLiteral("Åse"), QStringLiteral("Lund") },
            { QStringLiteral("anne"), QStringLiteral("Lie") },
            { QStringLiteral("Anne"), QStringLiteral("Lie") },
            { QStringLiteral("Émile"), QStringLiteral("Ørn") },
            { QStringLiteral("Zoë"), QStringLiteral("Aas") },
            { QString(), QString() },
            // Deseret capital and small long I: one letter beyond the BMP, two cases.
            { QString::fromUcs4(U"\U00010400x", 2), QStringLiteral("Lie") },
            { QString::fromUcs4(U"\U00010428X", 2), QStringLiteral("lie") },
        };
        QList<Core::Session> sessions;
        for (int i = 0; i < 30; ++i) {
            Testing::SessionSpec spec = Testing::specAt(i, m_base);
            spec.customerFirst = names.at(i % names.size()).first;
            spec.customerLast = names.at(i % names.size()).second;
            if (i % 4 == 1)
                spec.email = spec.email.toUpper();
            sessions.append(Testing::makeSession(spec));
        }
        SessionTableModel model;
        model.setClock([this] { return m_base; });
        model.appendSessions(sessions);
        for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
            QList<int> unranked;
            for (int a = 0; a < model.rowCount(); ++a) {
                for (int b = 0; b < model.rowCount(); ++b)
                    unranked.append(model.compareRows(column, a, b));
            }
            model.prepareSort(column);
            int pair = 0;
            for (int a = 0; a < model.rowCount(); ++a) {
                for (int b = 0; b < model.rowCount(); ++b, ++pair) {
                    const int ranked = model.compareRows(column, a, b);
                    const int expected = unranked.at(pair);
                    QVERIFY2((ranked < 0) == (expected < 0) && (ranked > 0) == (expected > 0),
                        qPrintable(QStringLiteral("column %1 rows %2 %3").arg(column).arg(a).arg(b)));
                }
            }
        }
    }

    void noClient_cannotFetch()
    {
        SessionTableModel model;
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.setFilter(Core::SessionFilter());
        QCOMPARE(model.loadState(), LoadState::Idle);
        QVERIFY(!model.hasStarted());
    }

    void pages_arriveThroughFetchMore()
    {
        Testing::SandboxFixture fixture;
        QVERIFY(fixture.isListening());
        auto client = clientFor(fixture);
        SessionTableModel model;
        model.setClient(client.get());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&model, &SessionTableModel::loadFinished);

        model.setFilter(Core::SessionFilter());
        QCOMPARE(model.loadState(), LoadState::Loading);
        QVERIFY(!model.canFetchMore(QModelIndex())); // a page is in flight
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(model.hasMore());
        QVERIFY(model.canFetchMore(QModelIndex()));
        QVERIFY(model.lastRefresh().isValid());

        model.fetchMore(QModelIndex());
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(inserted.count(), 2);
        // 200 sessions in pages of 100: the third page is empty and ends the walk.
        if (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
            QVERIFY(finished.wait(10000));
        }
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(!model.hasMore());
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.knownStoreIds().size(), 9);
    }

    void modelTester_onLiveModel()
    {
        Testing::SandboxFixture fixture;
        auto client = clientFor(fixture);
        SessionTableModel model;
        model.setClient(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SessionTableModel::loadFinished);
        model.setFilter(Core::SessionFilter());
        QVERIFY(finished.wait(10000));
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), 200);
    }

    void loadAll_walksEveryPage()
    {
        Testing::SandboxFixture fixture;
        auto client = clientFor(fixture);
        SessionTableModel model;
        model.setClient(client.get());
        QSignalSpy finished(&model, &SessionTableModel::loadFinished);
        QSignalSpy progress(&model, &SessionTableModel::loadProgress);
        model.setPageSize(30); // the model's page size is the filter's limit
        Core::SessionFilter filter;
        filter.setLimit(77);
        model.setFilter(filter);
        QCOMPARE(model.filter().limit(), 30);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 30);

        progress.clear();
        model.loadAll();
        QCOMPARE(model.loadState(), LoadState::LoadingAll);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.loadState(), LoadState::Idle);
        QVERIFY(!model.hasMore());
        QVERIFY(progress.count() >= 6);
        QCOMPARE(progress.last().at(0).toInt(), 200);
    }

    void failure_keepsRows_andRetryContinues()
    {
        Testing::SandboxFixture fixture;
        auto client = clientFor(fixture);
        SessionTableModel model;
        model.setClient(client.get());
        QSignalSpy finished(&model, &SessionTableModel::loadFinished);
        QSignalSpy failed(&model, &SessionTableModel::loadFailed);
        model.setFilter(Core::SessionFilter());
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 100);

        // One more than the client's retries: the page fails for good.
        fixture.queueFault(
            QStringLiteral("500"), client->retryPolicy().maxRetries + 1, QStringLiteral("list_sessions"));
        model.fetchMore(QModelIndex());
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.loadState(), LoadState::Failed);
        QCOMPARE(model.lastError().kind(), Api::ApiError::Kind::Server);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(!model.canFetchMore(QModelIndex())); // only an explicit retry

        model.retry();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.loadState(), LoadState::Idle);
        QCOMPARE(model.rowCount(), 200);
    }

    // F5 with three pages shown reloads three pages and swaps them in at once: the table
    // never drops to one page, and what changed on the server shows.
    void refresh_reloadsEveryShownPage_andSwapsThemInAtOnce()
    {
        RefreshSetup s;
        QVERIFY(loadThreePages(s));
        const QByteArray token = s.fixture.token();
        QCOMPARE(
            s.fixture.authorized("POST", QStringLiteral("/sessions"), token, Testing::createSessionBody()).status, 200);

        QSignalSpy reset(&s.model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&s.model, &QAbstractItemModel::rowsRemoved);
        QList<int> rowsAtReset;
        connect(&s.model, &QAbstractItemModel::modelReset, this, [&] { rowsAtReset.append(s.model.rowCount()); });
        s.model.refresh();
        QCOMPARE(s.model.loadState(), LoadState::Loading);
        QCOMPARE(s.model.rowCount(), 60);
        QVERIFY(s.model.hasMore());
        QVERIFY(s.finished.wait(10000));
        QCOMPARE(s.model.loadState(), LoadState::Idle);
        QCOMPARE(rowsAtReset, QList<int> { 60 });
        QCOMPARE(removed.count(), 0);
        QCOMPARE(idsOf(s.model), apiIds(s.fixture, 60));
        QVERIFY(s.model.hasMore());
        // Scrolling on continues after the refreshed rows.
        s.model.fetchMore(QModelIndex());
        QVERIFY(s.finished.wait(10000));
        QCOMPARE(idsOf(s.model), apiIds(s.fixture, 80));
    }

    // Giving a refresh up (Stop) keeps the rows shown, and scrolling on continues the walk
    // they came from, not the abandoned one.
    void refresh_cancelled_keepsRowsAndTheirWalk()
    {
        RefreshSetup s;
        QVERIFY(loadThreePages(s));
        const QStringList before = idsOf(s.model);
        s.fixture.queueFault(QStringLiteral("slow"), 1, QStringLiteral("list_sessions"));
        s.model.refresh();
        s.model.cancelLoading();
        QCOMPARE(s.model.loadState(), LoadState::Idle);
        QCOMPARE(idsOf(s.model), before);
        QVERIFY(s.model.canFetchMore(QModelIndex()));
        s.model.fetchMore(QModelIndex());
        QVERIFY(s.finished.wait(10000));
        QCOMPARE(idsOf(s.model), apiIds(s.fixture, 80));
    }

    // A refresh that fails keeps the rows shown; Retry goes on with the refresh.
    void refresh_failed_keepsRows_andRetryCompletesIt()
    {
        RefreshSetup s;
        QVERIFY(loadThreePages(s));
        const QStringList before = idsOf(s.model);
        // The refresh's first page fails for good.
        s.fixture.queueFault(
            QStringLiteral("500"), s.client->retryPolicy().maxRetries + 1, QStringLiteral("list_sessions"));
        s.model.refresh();
        QVERIFY(s.finished.wait(10000));
        QCOMPARE(s.model.loadState(), LoadState::Failed);
        QCOMPARE(idsOf(s.model), before);
        s.model.retry();
        QVERIFY(s.finished.wait(10000));
        QCOMPARE(s.model.loadState(), LoadState::Idle);
        QCOMPARE(idsOf(s.model), apiIds(s.fixture, 60));
    }

    // F5 during Load All reloads every page, not only as many as had arrived.
    void refresh_duringLoadAll_reloadsEverything()
    {
        RefreshSetup s;
        QVERIFY(loadThreePages(s));
        s.model.loadAll();
        QCOMPARE(s.model.loadState(), LoadState::LoadingAll);
        s.model.refresh();
        QCOMPARE(s.model.loadState(), LoadState::LoadingAll);
        QVERIFY(s.model.isRefreshing());
        QCOMPARE(s.model.rowCount(), 60);
        QVERIFY(s.finished.wait(20000));
        QCOMPARE(s.model.loadState(), LoadState::Idle);
        QVERIFY(!s.model.isRefreshing());
        QVERIFY(!s.model.hasMore());
        // Every session of the sandbox (SandboxFixture::smallOptions()).
        QCOMPARE(s.model.rowCount(), 200);
    }

    // Nothing matches any more: the refresh empties the table.
    void refresh_toNothing_emptiesTheTable()
    {
        Testing::SandboxFixture fixture;
        auto client = clientFor(fixture);
        SessionTableModel model;
        model.setClient(client.get());
        QSignalSpy finished(&model, &SessionTableModel::loadFinished);
        Core::SessionFilter filter;
        filter.setSearch(QStringLiteral("SO-REFRESH-GONE"));
        const QByteArray token = fixture.token();
        const auto created = fixture.authorized(
            "POST", QStringLiteral("/sessions"), token, Testing::createSessionBody(QStringLiteral("SO-REFRESH-GONE")));
        QCOMPARE(created.status, 200);
        model.setFilter(filter);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        // Its merchant reference changes, so it no longer matches the search.
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QJsonObject body { { QStringLiteral("order"),
            QJsonObject { { QStringLiteral("merchant_reference"), QStringLiteral("SO-OTHER") } } } };
        const auto updated
            = fixture.authorized("PUT", QStringLiteral("/sessions/%1?update_without_lock=true").arg(id), token, body);
        QVERIFY2(updated.status == 200, updated.body.constData());
        model.refresh();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.loadState(), LoadState::Idle);
    }

    void newFilter_abortsThePageInFlight()
    {
        Dintero::Sandbox::SandboxOptions options = Testing::SandboxFixture::smallOptions();
        options.latencyMs = 300;
        Testing::SandboxFixture fixture(options);
        auto client = clientFor(fixture);
        SessionTableModel model;
        model.setClient(client.get());
        QStringList storesSeen;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                storesSeen.append(model.index(row, SessionTableModel::StoreColumn).data().toString());
        });
        QSignalSpy finished(&model, &SessionTableModel::loadFinished);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Core::SessionFilter oslo;
        oslo.setStoreIds({ QStringLiteral("oslo-sentrum") });
        Core::SessionFilter bergen;
        bergen.setStoreIds({ QStringLiteral("bergen-bryggen") });
        model.setFilter(oslo);
        QTest::qWait(50); // the first request is on its way
        model.setFilter(bergen);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1); // the replaced run never finishes
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(storesSeen.count(QStringLiteral("oslo-sentrum")), 0);
        QCOMPARE(storesSeen.count(QStringLiteral("bergen-bryggen")), model.rowCount());
    }

    void cancelLoading_stopsLoadAll()
    {
        Dintero::Sandbox::SandboxOptions options = Testing::SandboxFixture::smallOptions();
        options.latencyMs = 100;
        Testing::SandboxFixture fixture(options);
        auto client = clientFor(fixture);
        SessionTableModel model;
        model.setClient(client.get());
        QSignalSpy finished(&model, &SessionTableModel::loadFinished);
        model.setPageSize(20);
        model.setFilter(Core::SessionFilter());
        QVERIFY(finished.wait(10000));
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 40, 10000);
        model.cancelLoading();
        QCOMPARE(model.loadState(), LoadState::Idle);
        const int rows = model.rowCount();
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(model.hasMore());
        QVERIFY(model.canFetchMore(QModelIndex()));
    }
};

QTEST_GUILESS_MAIN(SessionTableModelTest)
#include "sessiontablemodel_test.moc"
