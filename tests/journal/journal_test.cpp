#include "journal/journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <thread>

using namespace Dintero::Journal;

namespace {

JournalEntry cancelEntry(int number)
{
    JournalEntry entry;
    entry.time = QDateTime(QDate(2026, 3, 4), QTime(9, 12, 31, 412), Qt::UTC).addSecs(number * 60);
    entry.accountId = QStringLiteral("T12345678");
    entry.apiHost = QStringLiteral("checkout.dintero.com");
    entry.operation = Operation::CancelSession;
    entry.sessionId = QStringLiteral("T12345678.5Jk%1").arg(number);
    entry.merchantReference = QStringLiteral("SO-%1").arg(number);
    entry.amount = { 29990 + number, QStringLiteral("NOK") };
    entry.result = Outcome::Done;
    entry.httpStatus = 200;
    entry.note = QStringLiteral("Customer asked, call %1").arg(number);
    return entry;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class JournalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("data/journal.jsonl")); // folder made by append()
    }

    void defaultPath_isInTheAppDataFolder()
    {
        QCOMPARE(Journal::defaultPath(),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.jsonl"));
    }

    void append_writesOneLinePerEntry_withAnIntactChain()
    {
        Journal journal(m_path);
        QSignalSpy appended(&journal, &Journal::appended);
        for (int i = 0; i < 5; ++i) {
            const AppendResult result = journal.append(cancelEntry(i));
            QVERIFY2(result.ok, qPrintable(result.errorString));
            QVERIFY(!result.afterDamagedLine);
        }
        QCOMPARE(appended.count(), 5);

        const QByteArray bytes = readFile(m_path);
        QVERIFY(bytes.endsWith('\n'));
        const QList<QByteArray> lines = linesOf(bytes);
        QCOMPARE(lines.size(), 5);
        // The first line chains to SHA-256 of nothing; each later one to the line before.
        QCOMPARE(fromJsonLine(lines.at(0))->prev,
            QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        for (int i = 1; i < lines.size(); ++i) {
            QCOMPARE(fromJsonLine(lines.at(i))->prev,
                QCryptographicHash::hash(lines.at(i - 1), QCryptographicHash::Sha256).toHex());
        }

        const ReadResult read = journal.read();
        QVERIFY(read.verification.isClean());
        QCOMPARE(read.entries.size(), 5);
        QCOMPARE(read.entries.first().sessionId, QStringLiteral("T12345678.5Jk0"));
        QCOMPARE(read.entries.last().sessionId, QStringLiteral("T12345678.5Jk4"));
    }

    void line_hasTheFieldsOfTheFormat_inOrder()
    {
        Journal journal(m_path);
        JournalEntry entry = cancelEntry(1);
        entry.result = Outcome::Refused;
        entry.httpStatus = 400;
        entry.error = QStringLiteral("Session is already cancelled");
        QVERIFY(journal.append(entry));
        const QByteArray line = linesOf(readFile(m_path)).value(0);
        QCOMPARE(line,
            QByteArray(R"({"time":"2026-03-04T09:13:31.412Z","account_id":"T12345678",)"
                       R"("api_host":"checkout.dintero.com","operation":"cancel_session",)"
                       R"("session_id":"T12345678.5Jk1","merchant_reference":"SO-1","amount":29991,)"
                       R"("currency":"NOK","result":"refused","http_status":400,)"
                       R"("error":"Session is already cancelled","note":"Customer asked, call 1",)"
                       R"("prev":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})"));
    }

    void append_givesATimeFromTheClock_whenTheEntryHasNone()
    {
        Journal journal(m_path);
        const QDateTime fixed(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        journal.setClock([fixed] { return fixed; });
        JournalEntry entry = cancelEntry(0);
        entry.time = {};
        const AppendResult result = journal.append(entry);
        QVERIFY(result.ok);
        QCOMPARE(result.entry.time, fixed);
        QVERIFY(readFile(m_path).startsWith(R"({"time":"2026-01-02T03:04:05.006Z",)"));
    }

    void fields_roundTrip_includingNonAsciiAndANoteWithNewlinesAndQuotes_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("result");
        QTest::newRow("create, unknown") << int(Operation::CreateSession) << int(Outcome::Unknown);
        QTest::newRow("profile, failed") << int(Operation::CreateSessionFromProfile) << int(Outcome::Failed);
        QTest::newRow("payment token, done") << int(Operation::CreatePaymentTokenSession) << int(Outcome::Done);
        QTest::newRow("update, refused") << int(Operation::UpdateSession) << int(Outcome::Refused);
    }

    void fields_roundTrip_includingNonAsciiAndANoteWithNewlinesAndQuotes()
    {
        QFETCH(int, operation);
        QFETCH(int, result);
        JournalEntry entry;
        entry.time = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        entry.accountId = QStringLiteral("P00000001");
        entry.apiHost = QStringLiteral("127.0.0.1:8080");
        entry.operation = Operation(operation);
        entry.sessionId = QStringLiteral("P00000001.abc");
        entry.merchantReference = QStringLiteral("Ordre Ærøskøbing – №5 😀");
        entry.amount = { 9'007'199'254'740'993, QStringLiteral("SEK") }; // beyond a double's integers
        entry.result = Outcome(result);
        entry.httpStatus = 0;
        entry.error = QStringLiteral("Nettverksfeil: \\ tilkoblingen ble brutt \t(\x01)");
        entry.note = QStringLiteral("Kunden sa \"avbryt\"\nlinje 2\r\nlinje 3 'sitat'");

        Journal journal(m_path);
        const AppendResult appended = journal.append(entry);
        QVERIFY(appended.ok);
        QCOMPARE(linesOf(readFile(m_path)).size(), 1); // the newlines are escaped

        const ReadResult read = journal.read();
        QVERIFY(read.verification.isClean());
        QCOMPARE(read.entries.size(), 1);
        entry.prev = Journal::firstPrev();
        QCOMPARE(read.entries.first(), entry);
        QCOMPARE(appended.entry, entry);
    }

    void truncatedLastLine_isReported_theRestKept_andTheNextAppendChainsToTheLastCompleteLine()
    {
        Journal writer(m_path);
        for (int i = 0; i < 3; ++i)
            QVERIFY(writer.append(cancelEntry(i)));
        QByteArray bytes = readFile(m_path);
        const QList<QByteArray> complete = linesOf(bytes);
        // The console stopped in the middle of writing a fourth line.
        const QByteArray partial = toJsonLine(cancelEntry(3)).left(70);
        writeFile(m_path, bytes + partial);

        Journal journal(m_path);
        ReadResult read = journal.read();
        QCOMPARE(read.entries.size(), 3);
        QCOMPARE(read.verification.damagedLastLine, 4);
        QVERIFY(read.verification.chainIntact());
        QVERIFY(read.verification.invalidLines.isEmpty());

        const AppendResult result = journal.append(cancelEntry(4));
        QVERIFY(result.ok);
        QVERIFY(result.afterDamagedLine);
        QVERIFY(!result.notice.isEmpty());
        QCOMPARE(result.entry.prev, Journal::lineHash(complete.last()));

        const QList<QByteArray> lines = linesOf(readFile(m_path));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(3), partial); // left as it was
        QCOMPARE(fromJsonLine(lines.at(4))->sessionId, QStringLiteral("T12345678.5Jk4"));

        read = journal.read();
        QCOMPARE(read.entries.size(), 4);
        QVERIFY(read.verification.chainIntact());
        QCOMPARE(read.verification.damagedLastLine, 0);
        QCOMPARE(read.verification.invalidLines, QList<int> { 4 });

        // And the writer that cached the old end notices the file changed under it.
        QVERIFY(writer.append(cancelEntry(5)));
        read = journal.read();
        QCOMPARE(read.entries.size(), 5);
        QVERIFY(read.verification.chainIntact());
    }

    void twoJournalsOnOneFile_stillChain()
    {
        Journal first(m_path);
        Journal second(m_path);
        for (int i = 0; i < 6; ++i)
            QVERIFY((i % 2 == 0 ? first : second).append(cancelEntry(i)));
        const ReadResult read = first.read();
        QCOMPARE(read.entries.size(), 6);
        QVERIFY(read.verification.isClean());
    }

    void twoWritersAtOnce_takeTurns_andTheChainHolds()
    {
        // Two journals on one file, each with its own descriptor, as two consoles would
        // have: the lock keeps both from chaining to the same line.
        constexpr int perWriter = 40;
        QAtomicInt failures = 0;
        const auto write = [this, &failures](int offset) {
            Journal journal(m_path);
            for (int i = 0; i < perWriter; ++i) {
                if (!journal.append(cancelEntry(offset + i)))
                    failures.ref();
            }
        };
        std::thread first(write, 0);
        std::thread second(write, 1000);
        first.join();
        second.join();
        QCOMPARE(failures.loadRelaxed(), 0);
        const ReadResult read = Journal(m_path).read();
        QCOMPARE(read.entries.size(), 2 * perWriter);
        QVERIFY(read.verification.isClean());
    }

    void editedLine_breaksTheChainAtExactlyThatLine_data()
    {
        QTest::addColumn<int>("line");
        QTest::newRow("first") << 1;
        QTest::newRow("middle") << 3;
        QTest::newRow("before the last") << 4;
    }

    void editedLine_breaksTheChainAtExactlyThatLine()
    {
        QFETCH(int, line);
        Journal journal(m_path);
        for (int i = 0; i < 5; ++i)
            QVERIFY(journal.append(cancelEntry(i)));
        QList<QByteArray> lines = linesOf(readFile(m_path));
        lines[line - 1].replace("\"result\":\"done\"", "\"result\":\"failed\"");
        writeFile(m_path, lines.join('\n') + '\n');

        const ReadResult read = journal.read();
        QCOMPARE(read.entries.size(), 5); // every entry is still shown
        QCOMPARE(read.entries.at(line - 1).result, Outcome::Failed);
        QCOMPARE(read.verification.brokenLine, line);
        QVERIFY(read.verification.invalidLines.isEmpty());
    }

    void editedPrev_breaksTheChainAtThatLine()
    {
        Journal journal(m_path);
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.append(cancelEntry(i)));
        QList<QByteArray> lines = linesOf(readFile(m_path));
        QByteArray &first = lines[0];
        first.replace(first.indexOf("\"prev\":\"e") + 8, 1, "f");
        writeFile(m_path, lines.join('\n') + '\n');
        QCOMPARE(journal.read().verification.brokenLine, 1);
    }

    void removedLine_breaksTheChainAtTheLineBeforeTheGap()
    {
        // The chain cannot tell "line 2 was changed" from "the line after line 2 was
        // removed": the break is put where trust ends, at the last line before the gap.
        Journal journal(m_path);
        for (int i = 0; i < 5; ++i)
            QVERIFY(journal.append(cancelEntry(i)));
        QList<QByteArray> lines = linesOf(readFile(m_path));
        lines.removeAt(2);
        writeFile(m_path, lines.join('\n') + '\n');

        const ReadResult read = journal.read();
        QCOMPARE(read.entries.size(), 4);
        QCOMPARE(read.verification.brokenLine, 2);
    }

    void removedFirstLine_breaksTheChainAtLineOne()
    {
        Journal journal(m_path);
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.append(cancelEntry(i)));
        QList<QByteArray> lines = linesOf(readFile(m_path));
        lines.removeFirst();
        writeFile(m_path, lines.join('\n') + '\n');
        QCOMPARE(journal.read().verification.brokenLine, 1);
    }

    void insertedLine_breaksTheChain()
    {
        Journal journal(m_path);
        for (int i = 0; i < 4; ++i)
            QVERIFY(journal.append(cancelEntry(i)));
        QList<QByteArray> lines = linesOf(readFile(m_path));
        // A forged entry that even chains to the line before it: the line after it does not.
        JournalEntry forged = cancelEntry(9);
        forged.prev = Journal::lineHash(lines.at(1));
        lines.insert(2, toJsonLine(forged));
        writeFile(m_path, lines.join('\n') + '\n');
        const ReadResult read = journal.read();
        QCOMPARE(read.entries.size(), 5);
        QCOMPARE(read.verification.brokenLine, 3);
    }

    void invalidLineInTheMiddle_isReportedWithItsNumber()
    {
        Journal journal(m_path);
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.append(cancelEntry(i)));
        QList<QByteArray> lines = linesOf(readFile(m_path));
        lines[1] = "this is not json";
        writeFile(m_path, lines.join('\n') + '\n');
        const ReadResult read = journal.read();
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.verification.invalidLines, QList<int> { 2 });
        QCOMPARE(read.verification.damagedLastLine, 0);
        QCOMPARE(read.verification.brokenLine, 2); // line 3 does not chain to line 1
    }

    void missingFile_readsAsAnEmptyIntactJournal()
    {
        const ReadResult read = Journal(m_path).read();
        QVERIFY(read.entries.isEmpty());
        QVERIFY(read.verification.isClean());
    }

    void fileThatCannotBeWritten_givesAnErrorResult()
    {
        // A folder where the file should be: open() fails even for root.
        QVERIFY(QDir().mkpath(m_path));
        Journal journal(m_path);
        QSignalSpy appended(&journal, &Journal::appended);
        const AppendResult result = journal.append(cancelEntry(0));
        QVERIFY(!result.ok);
        QVERIFY(!result);
        QVERIFY(result.errorString.contains(QDir::toNativeSeparators(m_path)));
        QCOMPARE(appended.count(), 0);
    }

    void folderThatCannotBeCreated_givesAnErrorResult()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
        writeFile(blocker, "x");
        Journal journal(blocker + QStringLiteral("/journal.jsonl"));
        const AppendResult result = journal.append(cancelEntry(0));
        QVERIFY(!result.ok);
        QVERIFY(!result.errorString.isEmpty());
    }

    void fromJsonLine_refusesLinesThatAreNotEntries_data()
    {
        QTest::addColumn<QByteArray>("line");
        JournalEntry entry = cancelEntry(0);
        entry.prev = Journal::firstPrev();
        const QByteArray good = toJsonLine(entry);
        QVERIFY(fromJsonLine(good));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("cut") << good.left(good.size() - 1);
        QTest::newRow("unknown operation") << QByteArray(good).replace("cancel_session", "refund");
        QTest::newRow("unknown result") << QByteArray(good).replace("\"done\"", "\"ok\"");
        QTest::newRow("amount as text") << QByteArray(good).replace("\"amount\":29990", "\"amount\":\"29990\"");
        QTest::newRow("fractional amount") << QByteArray(good).replace("\"amount\":29990", "\"amount\":299.9");
        QTest::newRow("missing note") << QByteArray(good).replace("\"note\":", "\"nota\":");
        QTest::newRow("bad prev") << QByteArray(good).replace("\"prev\":\"e3b0", "\"prev\":\"E3B0");
    }

    void fromJsonLine_refusesLinesThatAreNotEntries()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!fromJsonLine(line));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(JournalTest)
#include "journal_test.moc"
