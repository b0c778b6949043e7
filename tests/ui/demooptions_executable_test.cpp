// The demo options of the built programs: dintero-console --demo-* and checkout-sandbox
// refuse a bad value alike, with status 2 and a message naming the option, before
// anything starts.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString err;
    QString out;
};

// Offscreen (no display needed) and in the C locale, so that the messages are English.
ProcessResult runProgram(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("LC_")) || name == QLatin1String("LANGUAGE"))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(60000)) {
        // A program that accepted the value would be running now: a failure, not a hang.
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    return result;
}

const QString Console = QStringLiteral(DINTERO_CONSOLE_EXECUTABLE);
const QString Sandbox = QStringLiteral(CHECKOUT_SANDBOX_EXECUTABLE);

} // namespace

class DemoOptionsExecutableTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void console_badDemoSessions_exits2WithTheMessage()
    {
        const ProcessResult result = runProgram(
            Console, { QStringLiteral("--demo"), QStringLiteral("--demo-sessions"), QStringLiteral("abc") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral(
                     "dintero-console: --demo-sessions must be a whole number from 0 to 1000000, not 'abc'.")),
            qPrintable(result.err));
    }

    void console_negativeDemoLatency_exits2()
    {
        const ProcessResult result
            = runProgram(Console, { QStringLiteral("--demo"), QStringLiteral("--demo-latency"), QStringLiteral("-1") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--demo-latency")), qPrintable(result.err));
    }

    void console_help_listsTheDemoOptions()
    {
        const ProcessResult result = runProgram(Console, { QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("--demo-sessions <count>")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("--demo-latency <ms>")), qPrintable(result.out));
    }

    void sandbox_badSessions_exits2WithTheSameMessage()
    {
        const ProcessResult result = runProgram(Sandbox, { QStringLiteral("--sessions"), QStringLiteral("abc") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral(
                     "checkout-sandbox: --sessions must be a whole number from 0 to 1000000, not 'abc'.")),
            qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(DemoOptionsExecutableTest)
#include "demooptions_executable_test.moc"
