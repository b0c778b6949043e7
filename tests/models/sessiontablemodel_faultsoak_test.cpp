#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "faultsoak.h"
#include "models/sessionsviewstate.h"
#include "models/sessiontablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// The fault soak through the console's table model: an agent scrolls through every
// session while a quarter of the list answers are spoiled, pressing Retry whenever the
// overlay offers it. The rows shown end up those of a fault-free load.

using namespace Dintero;
using Models::SessionsViewState;
using Models::SessionTableModel;
using LoadState = SessionTableModel::LoadState;

namespace {

constexpr int Walks = 8;

// What the sessions view's overlay shows for the model (as MainWindow asks it).
SessionsViewState overlayOf(const SessionTableModel &model)
{
    Models::SessionsViewInput input;
    input.connected = true;
    input.loadState = model.loadState();
    input.shown = model.rowCount();
    input.loaded = model.rowCount();
    input.hasStarted = model.hasStarted();
    input.hasMore = model.hasMore();
    input.refreshing = model.isRefreshing();
    input.refreshedCount = model.refreshedCount();
    input.refreshTarget = model.refreshTarget();
    input.lastErrorMessage = model.lastError().message();
    return Models::sessionsViewState(input);
}

QList<QStringList> cellsOf(const SessionTableModel &model)
{
    QList<QStringList> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        rows.append(cells);
    }
    return rows;
}

} // namespace

class SessionTableModelFaultSoakTest : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2025, 3, 4), QTime(12, 0), Qt::UTC);
    QNetworkAccessManager m_network;

    struct Setup
    {
        SessionTableModel model;
        QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::QtTest };
        int finished = 0;
    };

    void prepare(Setup &setup, Api::SessionClient &client)
    {
        setup.model.setClock([this] { return m_now; });
        setup.model.setPageSize(20);
        setup.model.setClient(&client);
        QObject::connect(&setup.model, &SessionTableModel::loadFinished, &setup.model, [&setup] { ++setup.finished; });
    }

    static bool waitForLoad(Setup &setup, int before)
    {
        return Testing::spinUntil([&] { return setup.finished > before; });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scrollingThroughFaults_showsTheRowsOfAFaultFreeLoad()
    {
        Testing::SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        Api::SessionClient client(
            Testing::sandboxSettings(sandbox, Api::ConnectionSettings::CredentialKind::ApiKey), &m_network);
        Testing::useTestTimings(client);
        client.setTransferTimeout(Testing::SoakTransferTimeout);
        client.setRetryPolicy({ 3, std::chrono::milliseconds(5), std::chrono::milliseconds(20) });

        // The fault-free load.
        Setup clean;
        prepare(clean, client);
        clean.model.setFilter(Core::SessionFilter());
        QVERIFY(waitForLoad(clean, 0));
        QSignalSpy cleanDone(&clean.model, &SessionTableModel::loadFinished);
        clean.model.loadAll();
        QVERIFY(cleanDone.wait(30000));
        QCOMPARE(clean.model.rowCount(), 200);
        QVERIFY(!clean.model.hasMore());
        const QList<QStringList> expected = cellsOf(clean.model);

        QRandomGenerator random(7);
        const QList<Testing::SoakFault> &faults = Testing::soakFaults();
        int spoiled = 0;
        int overlaysShown = 0;
        for (int walk = 0; walk < Walks; ++walk) {
            Setup soaked;
            prepare(soaked, client);
            bool started = false;
            const auto moreToLoad = [&] {
                return !started || soaked.model.hasMore() || soaked.model.loadState() == LoadState::Failed;
            };
            for (int step = 0; step < 200 && moreToLoad(); ++step) {
                std::optional<Testing::SoakFault> fault;
                if (random.bounded(4) == 0) {
                    fault = faults[spoiled++ % faults.size()];
                    const bool persistent = fault->retried && random.bounded(3) == 0;
                    Testing::spoil(sandbox, *fault, persistent ? 4 : 1, QStringLiteral("list_sessions"));
                }
                const int rowsBefore = soaked.model.rowCount();
                const int before = soaked.finished;
                if (!started) {
                    soaked.model.setFilter(Core::SessionFilter());
                    started = true;
                } else if (soaked.model.loadState() == LoadState::Failed) {
                    soaked.model.retry(); // the overlay's Retry
                } else {
                    soaked.model.fetchMore(QModelIndex()); // the agent scrolls
                }
                QVERIFY(waitForLoad(soaked, before));

                if (soaked.model.loadState() == LoadState::Failed) {
                    // The error is in the overlay, and the rows already shown stay.
                    const SessionsViewState overlay = overlayOf(soaked.model);
                    QVERIFY(overlay.visible);
                    QCOMPARE(overlay.tone, SessionsViewState::Tone::Error);
                    QCOMPARE(overlay.action, SessionsViewState::Action::Retry);
                    QVERIFY(!overlay.text.isEmpty());
                    QCOMPARE(overlay.text, soaked.model.lastError().message());
                    QCOMPARE(soaked.model.rowCount(), rowsBefore);
                    QVERIFY(fault);
                    QVERIFY(fault->kinds.contains(soaked.model.lastError().kind()));
                    ++overlaysShown;
                } else {
                    // Each page adds rows; only the empty page after a full last one does not.
                    QVERIFY(soaked.model.rowCount() > rowsBefore || !soaked.model.hasMore());
                    QCOMPARE(overlayOf(soaked.model).tone, SessionsViewState::Tone::Neutral);
                }
            }
            QVERIFY(!moreToLoad());
            QCOMPARE(cellsOf(soaked.model), expected);
        }
        QVERIFY(spoiled > 10);
        QVERIFY(overlaysShown > 0);
        qInfo("%d walks, %d spoiled answers, %d errors shown in the overlay", Walks, spoiled, overlaysShown);
    }
};

QTEST_GUILESS_MAIN(SessionTableModelFaultSoakTest)
#include "sessiontablemodel_faultsoak_test.moc"
