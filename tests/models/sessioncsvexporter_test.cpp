#include "api/sessionclient.h"
#include "core/sessioncsv.h"
#include "models/sessioncsvexporter.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dintero;
using Models::SessionCsvExporter;
using Result = SessionCsvExporter::Result;

class SessionCsvExporterTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    std::unique_ptr<Api::SessionClient> clientFor(Testing::SandboxFixture &fixture)
    {
        Api::ConnectionSettings settings;
        settings.baseUrl = fixture.baseUrl();
        settings.accountId = QStringLiteral("T12345678");
        settings.clientId = QStringLiteral("demo");
        settings.clientSecret = QStringLiteral("demo-secret");
        auto client = std::make_unique<Api::SessionClient>(settings, &m_network);
        client->setRetryPolicy({ 3, std::chrono::milliseconds(5), std::chrono::milliseconds(20) });
        return client;
    }

    static QList<QByteArray> dataLines(const QString &fileName)
    {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        lines.removeAll(QByteArray());
        lines.removeFirst(); // the header
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void export_writesEveryPageThatMatches()
    {
        Testing::SandboxFixture fixture;
        auto client = clientFor(fixture);
        const QString fileName = m_dir.filePath(QStringLiteral("all.csv"));
        SessionCsvExporter exporter(client.get());
        QSignalSpy finished(&exporter, &SessionCsvExporter::finished);
        QSignalSpy progress(&exporter, &SessionCsvExporter::progress);
        Core::SessionFilter filter;
        filter.setLimit(50);
        QVERIFY(exporter.start(filter, Models::StatusSet::all(), fileName));
        QVERIFY(!QFile::exists(fileName)); // QSaveFile: nothing until it is complete
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<Result>(), Result::Written);
        QCOMPARE(exporter.writtenCount(), 200);
        QCOMPARE(dataLines(fileName).size(), 200);
        QVERIFY(progress.count() >= 4);

        // A byte order mark, then the one layout (tests/core/sessioncsv_test.cpp) with CRLF line ends.
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(), "\xEF\xBB\xBF" + Core::sessionCsvHeader().toUtf8());
        int rows = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            QVERIFY2(line.endsWith("\r\n"), line.constData());
            ++rows;
        }
        QCOMPARE(rows, 200);
    }

    void export_appliesTheStatusFilter()
    {
        Testing::SandboxFixture fixture;
        auto client = clientFor(fixture);
        const QString fileName = m_dir.filePath(QStringLiteral("failed.csv"));
        SessionCsvExporter exporter(client.get());
        QSignalSpy finished(&exporter, &SessionCsvExporter::finished);
        Models::StatusSet failed = Models::StatusSet::none();
        failed.insert(Core::SessionStatus::Failed);
        QVERIFY(exporter.start(Core::SessionFilter(), failed, fileName));
        QVERIFY(finished.wait(20000));
        const QList<QByteArray> lines = dataLines(fileName);
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.size() < 200);
        for (const QByteArray &line : lines)
            QVERIFY2(line.split(',').at(1) == "failed", line.constData());
    }

    void cancel_leavesNoFile()
    {
        Dintero::Sandbox::SandboxOptions options = Testing::SandboxFixture::smallOptions();
        options.latencyMs = 100;
        Testing::SandboxFixture fixture(options);
        auto client = clientFor(fixture);
        const QString fileName = m_dir.filePath(QStringLiteral("cancelled.csv"));
        SessionCsvExporter exporter(client.get());
        QSignalSpy finished(&exporter, &SessionCsvExporter::finished);
        QSignalSpy progress(&exporter, &SessionCsvExporter::progress);
        Core::SessionFilter filter;
        filter.setLimit(20);
        QVERIFY(exporter.start(filter, Models::StatusSet::all(), fileName));
        QVERIFY(progress.wait(10000));
        exporter.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).value<Result>(), Result::Cancelled);
        QVERIFY(!QFile::exists(fileName));
    }

    void failure_leavesNoFile()
    {
        Testing::SandboxFixture fixture;
        auto client = clientFor(fixture);
        const QString fileName = m_dir.filePath(QStringLiteral("failed-export.csv"));
        fixture.queueFault(
            QStringLiteral("500"), client->retryPolicy().maxRetries + 1, QStringLiteral("list_sessions"));
        SessionCsvExporter exporter(client.get());
        QSignalSpy finished(&exporter, &SessionCsvExporter::finished);
        QVERIFY(exporter.start(Core::SessionFilter(), Models::StatusSet::all(), fileName));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<Result>(), Result::Failed);
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(!QFile::exists(fileName));
    }

    void unwritableFile_fails()
    {
        Testing::SandboxFixture fixture;
        auto client = clientFor(fixture);
        SessionCsvExporter exporter(client.get());
        QSignalSpy finished(&exporter, &SessionCsvExporter::finished);
        QVERIFY(!exporter.start(
            Core::SessionFilter(), Models::StatusSet::all(), m_dir.filePath(QStringLiteral("missing-dir/x.csv"))));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<Result>(), Result::Failed);
    }
};

QTEST_GUILESS_MAIN(SessionCsvExporterTest)
#include "sessioncsvexporter_test.moc"
