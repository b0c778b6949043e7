// The demo options of the built programs: dintero-console --demo-* and checkout-sandbox
// refuse a bad value alike, with status 2 and a message naming the option, before
// anything starts.

#include "settings/consolesettings.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString err;
    QString out;
};

// Offscreen (no display needed) and in the C locale, so that the messages are English.
ProcessResult runProgram(const QString &program, const QStringList &arguments, bool withoutDisplay = false)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (withoutDisplay) {
        for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            environment.remove(QLatin1String(name));
    }
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("LC_")) || name == QLatin1String("LANGUAGE"))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!withoutDisplay)
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

    // A desktop with no display (a terminal over ssh, CI): the command line is read
    // before the GUI starts, so these answer instead of failing to open a display.
    void console_helpAndVersion_needNoDisplay()
    {
        const ProcessResult help = runProgram(Console, { QStringLiteral("--help") }, true);
        QCOMPARE(help.exitCode, 0);
        for (const char *option : { "--profile <name>", "--session <id>", "--demo", "--settings <file>" })
            QVERIFY2(help.out.contains(QLatin1String(option)), qPrintable(help.out));
        QVERIFY(help.out.endsWith(u'\n'));
        const ProcessResult version = runProgram(Console, { QStringLiteral("--version") }, true);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("dintero-console ")), qPrintable(version.out));
        QVERIFY(version.out.endsWith(u'\n'));
        QVERIFY2(version.err.isEmpty(), qPrintable(version.err));
    }

    void console_unknownProfile_exits2NamingTheProfiles()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("settings.ini"));
        {
            Dintero::Settings::ConsoleSettings settings(file);
            settings.setProfiles({ Dintero::Settings::ConnectionProfile::create(QStringLiteral("Shop test")),
                Dintero::Settings::ConnectionProfile::create(QStringLiteral("Shop live")) });
        }
        const ProcessResult result = runProgram(
            Console, { QStringLiteral("--settings"), file, QStringLiteral("--profile"), QStringLiteral("Nope") }, true);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral(
                     "There is no connection profile named 'Nope'. The profiles are: 'Shop test', 'Shop live'.")),
            qPrintable(result.err));
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
