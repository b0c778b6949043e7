#include "models/itemdatarole.h"
#include "models/sessionfilterproxymodel.h"
#include "models/sessiontablemodel.h"
#include "testsessions.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Dintero;
using Core::SessionStatus;
using Models::SessionFilterProxyModel;
using Models::SessionTableModel;
using Models::StatusSet;

namespace {

// A source that is not a SessionTableModel: the proxy must work through the roles.
class RoleModel final : public QAbstractListModel
{
public:
    QList<QPair<SessionStatus, int>> rows;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Models::StatusRole)
            return int(rows.at(index.row()).first);
        if (role == Models::SortRole || role == Qt::DisplayRole)
            return rows.at(index.row()).second;
        return {};
    }
};

} // namespace

class SessionFilterProxyModelTest : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_base = QDateTime(QDate(2025, 3, 4), QTime(12, 0), Qt::UTC);

    static StatusSet only(std::initializer_list<SessionStatus> statuses)
    {
        StatusSet set = StatusSet::none();
        for (const SessionStatus status : statuses)
            set.insert(status);
        return set;
    }

    static int countShown(const SessionFilterProxyModel &proxy, SessionStatus status)
    {
        int count = 0;
        for (int row = 0; row < proxy.rowCount(); ++row)
            count += proxy.index(row, 0).data(Models::StatusRole).toInt() == int(status);
        return count;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void statusFilter_changesOnlyOnARealChange()
    {
        SessionTableModel model;
        model.setClock([this] { return m_base; });
        SessionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendSessions(Testing::makeSessions(0, 50, m_base));
        QCOMPARE(proxy.rowCount(), 50);

        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&proxy, &SessionFilterProxyModel::statusFilterChanged);

        QVERIFY(!proxy.setStatusFilter(StatusSet::all()));
        QCOMPARE(removed.count() + inserted.count() + layout.count() + reset.count(), 0);
        QCOMPARE(changed.count(), 0);

        QVERIFY(proxy.setStatusFilter(only({ SessionStatus::Authorized })));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.rowCount(), 10);
        QCOMPARE(countShown(proxy, SessionStatus::Authorized), 10);
        QCOMPARE(proxy.hiddenRowCount(), 40);
        QVERIFY(removed.count() > 0); // row removals, not a reset
        QCOMPARE(reset.count(), 0);

        const int signalsBefore = int(removed.count() + inserted.count() + layout.count());
        QVERIFY(!proxy.setStatusFilter(only({ SessionStatus::Authorized })));
        QCOMPARE(int(removed.count() + inserted.count() + layout.count()), signalsBefore);

        QVERIFY(proxy.setStatusFilter(only({ SessionStatus::Authorized, SessionStatus::Failed })));
        QCOMPARE(proxy.rowCount(), 20);
        QVERIFY(inserted.count() > 0);

        QVERIFY(proxy.setStatusFilter(StatusSet::none()));
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(proxy.setStatusFilter(StatusSet::all()));
        QCOMPARE(proxy.rowCount(), 50);
    }

    void statusFilter_appliesToRowsThatArriveLater()
    {
        SessionTableModel model;
        model.setClock([this] { return m_base; });
        SessionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setStatusFilter(only({ SessionStatus::Cancelled }));
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        model.appendSessions(Testing::makeSessions(0, 25, m_base));
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(countShown(proxy, SessionStatus::Cancelled), 5);
    }

    void statusFilter_followsExpiry()
    {
        QDateTime now = m_base;
        SessionTableModel model;
        model.setClock([&now] { return now; });
        SessionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendSessions(Testing::makeSessions(0, 10, m_base));
        proxy.setStatusFilter(only({ SessionStatus::Expired }));
        QCOMPARE(proxy.rowCount(), 0);
        now = m_base.addDays(1);
        model.updateNow();
        // Open (0, 5) and in progress (1, 6) rows expire; paid, failed, cancelled do not.
        QCOMPARE(proxy.rowCount(), 4);
    }

    void largeChange_isOneLayoutChange()
    {
        SessionTableModel model;
        model.setClock([this] { return m_base; });
        SessionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SessionTableModel::CreatedColumn, Qt::DescendingOrder);
        model.appendSessions(Testing::makeSessions(0, 10000, m_base));
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QVERIFY(proxy.setStatusFilter(only({ SessionStatus::Failed })));
        QCOMPARE(proxy.rowCount(), 2000);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(layout.count(), 1);
        // Still sorted, newest first.
        QVERIFY(proxy.index(0, 0).data(Models::SortRole).toDateTime()
            > proxy.index(1, 0).data(Models::SortRole).toDateTime());
    }

    void sort_usesTheRawValue()
    {
        SessionTableModel model;
        model.setClock([this] { return m_base; });
        SessionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendSessions(Testing::makeSessions(0, 40, m_base));

        proxy.sort(SessionTableModel::AmountColumn, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row - 1, SessionTableModel::AmountColumn).data(Models::SortRole).toLongLong()
                <= proxy.index(row, SessionTableModel::AmountColumn).data(Models::SortRole).toLongLong());
        }
        // Text order would put "9 000" after "10 000"; the raw value does not.
        proxy.sort(SessionTableModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, SessionTableModel::SessionIdColumn).data().toString(),
            QStringLiteral("T12345678.session000039"));
        proxy.sort(SessionTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Models::StatusRole).toInt(), int(SessionStatus::Open));
        QCOMPARE(proxy.index(39, 0).data(Models::StatusRole).toInt(), int(SessionStatus::Cancelled));

        // Text sorts ignore case; rows that arrive after a sort are sorted in too.
        proxy.sort(SessionTableModel::EmailColumn, Qt::DescendingOrder);
        model.appendSessions(Testing::makeSessions(40, 20, m_base));
        QCOMPARE(proxy.rowCount(), 60);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString previous = proxy.index(row - 1, SessionTableModel::EmailColumn).data().toString();
            const QString current = proxy.index(row, SessionTableModel::EmailColumn).data().toString();
            QVERIFY2(previous.compare(current, Qt::CaseInsensitive) >= 0, qPrintable(previous + u' ' + current));
        }
    }

    void genericSource_worksThroughRoles()
    {
        RoleModel source;
        source.rows = { { SessionStatus::Open, 3 }, { SessionStatus::Failed, 2 }, { SessionStatus::Failed, 1 } };
        SessionFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QVERIFY(proxy.setStatusFilter(only({ SessionStatus::Failed })));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Models::SortRole).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(SessionFilterProxyModelTest)
#include "sessionfilterproxymodel_test.moc"
