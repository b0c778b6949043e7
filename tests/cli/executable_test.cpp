// Runs the built dintero-sessions program, as scripts will.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Without DINTERO_* so that the developer's own settings cannot leak in.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("DINTERO_")) || name == QLatin1String("QT_LOGGING_RULES"))
            environment.remove(name);
    }
    return environment;
}

ProcessResult runProgram(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(DINTERO_SESSIONS_EXECUTABLE), arguments);
    if (!process.waitForStarted(10000))
        return {};
    // stdin is a pipe here, never a terminal.
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        return {};
    }
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class ExecutableTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demo_listJson_printsThreeSessions();
    void usageError_exit2();
    void help_exit0();
    void demo_cancelWithoutTerminal_refuses();
};

void ExecutableTest::demo_listJson_printsThreeSessions()
{
    const ProcessResult result = runProgram({ QStringLiteral("--demo"), QStringLiteral("list"),
        QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), 3);
    for (const QJsonValue &session : document.array())
        QVERIFY(session.toObject().value(QLatin1String("id")).toString().startsWith(QLatin1String("T12345678.")));
}

void ExecutableTest::usageError_exit2()
{
    const ProcessResult limit = runProgram(
        { QStringLiteral("--demo"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0") });
    QCOMPARE(limit.exitCode, 2);
    QVERIFY(limit.out.isEmpty());
    QVERIFY(limit.err.startsWith("dintero-sessions: --limit must be a whole number from 1 to 100"));
    QVERIFY(limit.err.contains("list --help"));

    const ProcessResult noConnection = runProgram({ QStringLiteral("list") });
    QCOMPARE(noConnection.exitCode, 2);
    QVERIFY(noConnection.err.contains("DINTERO_CLIENT_ID"));
}

void ExecutableTest::help_exit0()
{
    const ProcessResult help = runProgram({ QStringLiteral("list"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--created-to"));
    QVERIFY(help.err.isEmpty());
}

void ExecutableTest::demo_cancelWithoutTerminal_refuses()
{
    const ProcessResult result
        = runProgram({ QStringLiteral("--demo"), QStringLiteral("cancel"), QStringLiteral("T12345678.any") }, "y\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--yes"));
}

QTEST_GUILESS_MAIN(ExecutableTest)
#include "executable_test.moc"
