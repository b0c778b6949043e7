#include "journal/journalcsv.h"
#include "journal/journalfilterproxymodel.h"
#include "journal/journalmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Dintero::Journal;

namespace {

// Three entries a day apart, oldest first: 1 March 10:00 UTC, 2 March, 3 March.
QList<JournalEntry> threeEntries()
{
    QList<JournalEntry> entries;
    for (int i = 0; i < 3; ++i) {
        JournalEntry entry;
        entry.time = QDateTime(QDate(2026, 3, 1 + i), QTime(10, 0), Qt::UTC);
        entry.accountId = QStringLiteral("T12345678");
        entry.apiHost = QStringLiteral("checkout.dintero.com");
        entry.sessionId = QStringLiteral("T12345678.s%1").arg(i);
        entry.merchantReference = QStringLiteral("SO-%1").arg(i);
        entry.amount = { 12345, QStringLiteral("NOK") };
        entry.httpStatus = 200;
        entry.prev = QByteArray(64, 'a');
        entries.append(entry);
    }
    entries[0].note = QStringLiteral("Kunden ringte\nom =SUM(A1)");
    entries[1].operation = Operation::UpdateSession;
    entries[1].result = Outcome::Refused;
    entries[1].httpStatus = 400;
    entries[1].error = QStringLiteral("Session is locked, \"pay\" in progress");
    entries[2].merchantReference = QStringLiteral("Ærlig-ordre");
    entries[2].result = Outcome::Unknown;
    entries[2].httpStatus = 0;
    return entries;
}

} // namespace

class JournalModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void model_showsNewestFirst_inWords()
    {
        JournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEntries(threeEntries());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(JournalModel::ColumnCount));

        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, JournalModel::SessionIdColumn), QStringLiteral("T12345678.s2"));
        QCOMPARE(text(2, JournalModel::SessionIdColumn), QStringLiteral("T12345678.s0"));
        QCOMPARE(text(0, JournalModel::MerchantReferenceColumn), QStringLiteral("Ærlig-ordre"));
        QCOMPARE(text(1, JournalModel::OperationColumn), QStringLiteral("Update session"));
        QCOMPARE(text(2, JournalModel::OperationColumn), QStringLiteral("Cancel session"));
        QCOMPARE(text(1, JournalModel::ResultColumn), QStringLiteral("Refused"));
        QCOMPARE(text(0, JournalModel::ResultColumn), QStringLiteral("Outcome unknown"));
        QCOMPARE(text(1, JournalModel::HttpStatusColumn), QStringLiteral("400"));
        QCOMPARE(text(0, JournalModel::HttpStatusColumn), QString()); // no answer
        QCOMPARE(text(1, JournalModel::AmountColumn), QStringLiteral("NOK\u00A0123.45"));
        QCOMPARE(text(2, JournalModel::NoteColumn), QStringLiteral("Kunden ringte om =SUM(A1)"));
        QCOMPARE(model.index(2, JournalModel::NoteColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Kunden ringte\nom =SUM(A1)"));
        QCOMPARE(text(0, JournalModel::AccountColumn), QStringLiteral("T12345678"));

        // Local time in the cell (Europe/Oslo: UTC+1 in March), UTC in the tooltip.
        QVERIFY(text(2, JournalModel::TimeColumn).endsWith(QStringLiteral("11:00:00")));
        QCOMPARE(model.index(2, JournalModel::TimeColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("2026-03-01 10:00:00.000 UTC"));
        QCOMPARE(model.index(2, JournalModel::AmountColumn).data(JournalModel::TimeRole).toDateTime(),
            QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(
            model.headerData(JournalModel::HttpStatusColumn, Qt::Horizontal).toString(), QStringLiteral("HTTP status"));
    }

    void model_marksTheEntriesFromTheBreakOn_asNotTrusted()
    {
        JournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReadResult read;
        read.entries = threeEntries();
        read.lines = { 1, 3, 4 }; // line 2 is not an entry
        read.verification.brokenLine = 3;
        model.setReadResult(read);
        const auto trusted = [&model](int row) {
            return model.index(row, 0).data(JournalModel::TrustedRole).toBool();
        };
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!trusted(0)); // line 4
        QVERIFY(!trusted(1)); // line 3
        QVERIFY(trusted(2)); // line 1
        QVERIFY(model.index(0, JournalModel::SessionIdColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("line 3")));
        QVERIFY(model.index(2, JournalModel::SessionIdColumn).data(Qt::ToolTipRole).isNull());

        model.setEntries(threeEntries()); // no verification: all trusted
        QVERIFY(trusted(0));
    }

    void proxy_filtersByTextInAnyColumn()
    {
        JournalModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        JournalFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(threeEntries());
        QCOMPARE(proxy.rowCount(), 3);

        QVERIFY(proxy.setFilterText(QStringLiteral("ærlig")));
        QVERIFY(!proxy.setFilterText(QStringLiteral(" ærlig "))); // the same once trimmed
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.shownEntries().first().sessionId, QStringLiteral("T12345678.s2"));

        QVERIFY(proxy.setFilterText(QStringLiteral("update"))); // an operation, in words
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.setFilterText(QStringLiteral("400"))); // an HTTP status
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.setFilterText(QStringLiteral("ringte om"))); // a note, as shown on one line
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.setFilterText(QStringLiteral("T12345678.S"))); // case-insensitive
        QCOMPARE(proxy.rowCount(), 3);
        QVERIFY(proxy.setFilterText(QStringLiteral("nothing like it")));
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(proxy.setFilterText(QString()));
        QCOMPARE(proxy.rowCount(), 3);
    }

    void proxy_filtersByADateRangeOfLocalDays()
    {
        JournalModel model;
        JournalFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<JournalEntry> entries = threeEntries();
        // 23:30 UTC on 3 March is already 4 March in Oslo.
        entries[2].time = QDateTime(QDate(2026, 3, 3), QTime(23, 30), Qt::UTC);
        model.setEntries(entries);

        QVERIFY(proxy.setDateRange(QDate(2026, 3, 2), QDate(2026, 3, 3)));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.shownEntries().first().sessionId, QStringLiteral("T12345678.s1"));
        QVERIFY(!proxy.setDateRange(QDate(2026, 3, 2), QDate(2026, 3, 3)));

        QVERIFY(proxy.setDateRange(QDate(2026, 3, 2), QDate())); // open end
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.shownEntries().first().sessionId, QStringLiteral("T12345678.s2")); // newest first
        QVERIFY(proxy.setDateRange(QDate(), QDate(2026, 3, 1))); // open start
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.setDateRange(QDate(2026, 3, 4), QDate(2026, 3, 4)));
        QCOMPARE(proxy.shownEntries().first().sessionId, QStringLiteral("T12345678.s2"));

        // Text and dates together.
        QVERIFY(proxy.setDateRange(QDate(), QDate()));
        QVERIFY(proxy.setFilterText(QStringLiteral("SO-")));
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(proxy.setDateRange(QDate(2026, 3, 2), QDate()));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void csv_ofTheRowsShown()
    {
        JournalModel model;
        JournalFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setEntries(threeEntries());
        QVERIFY(proxy.setDateRange(QDate(), QDate(2026, 3, 2)));

        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("journal.csv"));
        QString error;
        QVERIFY2(writeJournalCsv(fileName, proxy.shownEntries(), &error), qPrintable(error));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "time,account_id,api_host,operation,session_id,merchant_reference,amount,currency,"
                                    "result,http_status,error,note\r\n"
                                    "2026-03-02T10:00:00.000Z,T12345678,checkout.dintero.com,update_session,"
                                    "T12345678.s1,SO-1,123.45,NOK,refused,400,"
                                    "\"Session is locked, \"\"pay\"\" in progress\",\r\n"
                                    "2026-03-01T10:00:00.000Z,T12345678,checkout.dintero.com,cancel_session,"
                                    "T12345678.s0,SO-0,123.45,NOK,done,200,,\"Kunden ringte\nom =SUM(A1)\"\r\n";
        QCOMPARE(file.readAll(), expected);
    }

    void csv_defusesFormulas()
    {
        JournalEntry entry = threeEntries().first();
        entry.note = QStringLiteral("=HYPERLINK(\"x\")");
        QVERIFY(journalCsvRow(entry).endsWith(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\"\r\n")));
    }

    void csv_thatCannotBeWritten_saysWhy()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!writeJournalCsv(dir.path(), threeEntries(), &error)); // a folder
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(JournalModelTest)
#include "journalmodel_test.moc"
