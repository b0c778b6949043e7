// The sandbox options as checkout-sandbox and dintero-console read them: one validator,
// the same ranges and messages for both programs.

#include "sandbox/sandboxcommandline.h"

#include <QCommandLineParser>
#include <QTest>

using Dintero::Sandbox::SandboxCommandLine;
using Dintero::Sandbox::SandboxOptions;

namespace {

struct ReadResult
{
    bool parsed = false; // the parser accepted the options
    std::optional<SandboxOptions> options;
    QString error;
};

ReadResult readArguments(const SandboxCommandLine &commandLine, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(commandLine.options());
    ReadResult result;
    result.parsed = parser.parse(QStringList { QStringLiteral("program") } + arguments);
    if (!result.parsed) {
        result.error = parser.errorText();
        return result;
    }
    result.options = commandLine.read(parser, &result.error);
    return result;
}

QStringList optionNames(const SandboxCommandLine &commandLine)
{
    QStringList names;
    for (const QCommandLineOption &option : commandLine.options())
        names += option.names();
    return names;
}

} // namespace

class SandboxCommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void options_keepTheProgramsNames()
    {
        // Scripts and the README use these names.
        QCOMPARE(optionNames(SandboxCommandLine::standalone()),
            QStringList({ QStringLiteral("sessions"), QStringLiteral("seed"), QStringLiteral("latency-ms"),
                QStringLiteral("fault-rate"), QStringLiteral("token-lifetime") }));
        QCOMPARE(optionNames(SandboxCommandLine::demo()),
            QStringList({ QStringLiteral("demo-sessions"), QStringLiteral("demo-latency") }));
    }

    void nothingGiven_keepsTheDefaults()
    {
        SandboxOptions defaults;
        defaults.sessionCount = 77;
        defaults.latencyMs = 9;
        QCommandLineParser parser;
        const SandboxCommandLine commandLine = SandboxCommandLine::standalone();
        parser.addOptions(commandLine.options());
        QVERIFY(parser.parse({ QStringLiteral("program") }));
        QString error;
        const std::optional<SandboxOptions> options = commandLine.read(parser, &error, defaults);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->sessionCount, 77);
        QCOMPARE(options->latencyMs, 9);
        QCOMPARE(options->seed, defaults.seed);
        QCOMPARE(options->faultRate, defaults.faultRate);
        QCOMPARE(options->tokenLifetimeSeconds, defaults.tokenLifetimeSeconds);
    }

    void standalone_readsEverySetting()
    {
        const ReadResult result = readArguments(SandboxCommandLine::standalone(),
            { QStringLiteral("--sessions"), QStringLiteral("0"), QStringLiteral("--seed"),
                QStringLiteral("18446744073709551615"), QStringLiteral("--latency-ms"), QStringLiteral("250"),
                QStringLiteral("--fault-rate"), QStringLiteral("0.25"), QStringLiteral("--token-lifetime"),
                QStringLiteral("60") });
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->sessionCount, 0);
        QCOMPARE(result.options->seed, std::numeric_limits<quint64>::max());
        QCOMPARE(result.options->latencyMs, 250);
        QCOMPARE(result.options->faultRate, 0.25);
        QCOMPARE(result.options->tokenLifetimeSeconds, 60);
    }

    void demo_readsSessionsAndLatency()
    {
        const ReadResult result = readArguments(SandboxCommandLine::demo(),
            { QStringLiteral("--demo-sessions"), QStringLiteral("1000000"), QStringLiteral("--demo-latency"),
                QStringLiteral("5") });
        QVERIFY2(result.options, qPrintable(result.error));
        QCOMPARE(result.options->sessionCount, SandboxCommandLine::MaxSessionCount);
        QCOMPARE(result.options->latencyMs, 5);
    }

    void demo_offersNoOtherSetting()
    {
        const ReadResult result
            = readArguments(SandboxCommandLine::demo(), { QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY(!result.parsed);
    }

    void badValue_isRefusedWithTheOptionAndRange_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");

        // The console used to turn these into 0; now both programs refuse them alike.
        QTest::newRow("demo sessions not a number")
            << true << QStringList { QStringLiteral("--demo-sessions"), QStringLiteral("abc") }
            << QStringLiteral("--demo-sessions must be a whole number from 0 to 1000000, not 'abc'.");
        QTest::newRow("demo sessions negative")
            << true << QStringList { QStringLiteral("--demo-sessions"), QStringLiteral("-1") }
            << QStringLiteral("--demo-sessions must be a whole number from 0 to 1000000, not '-1'.");
        QTest::newRow("demo latency negative")
            << true << QStringList { QStringLiteral("--demo-latency"), QStringLiteral("-5") }
            << QStringLiteral("--demo-latency must be a whole number from 0 to 3600000, not '-5'.");
        QTest::newRow("sessions too many")
            << false << QStringList { QStringLiteral("--sessions"), QStringLiteral("1000001") }
            << QStringLiteral("--sessions must be a whole number from 0 to 1000000, not '1000001'.");
        QTest::newRow("sessions fraction")
            << false << QStringList { QStringLiteral("--sessions"), QStringLiteral("2.5") }
            << QStringLiteral("--sessions must be a whole number from 0 to 1000000, not '2.5'.");
        QTest::newRow("seed negative")
            << false << QStringList { QStringLiteral("--seed"), QStringLiteral("-1") }
            << QStringLiteral("--seed must be a whole number from 0 to 18446744073709551615, not '-1'.");
        QTest::newRow("latency empty") << false << QStringList { QStringLiteral("--latency-ms"), QString() }
                                       << QStringLiteral(
                                              "--latency-ms must be a whole number from 0 to 3600000, not ''.");
        QTest::newRow("fault rate above 1")
            << false << QStringList { QStringLiteral("--fault-rate"), QStringLiteral("1.5") }
            << QStringLiteral("--fault-rate must be a number from 0 to 1, not '1.5'.");
        QTest::newRow("fault rate not a number")
            << false << QStringList { QStringLiteral("--fault-rate"), QStringLiteral("nan") }
            << QStringLiteral("--fault-rate must be a number from 0 to 1, not 'nan'.");
        QTest::newRow("token lifetime zero")
            << false << QStringList { QStringLiteral("--token-lifetime"), QStringLiteral("0") }
            << QStringLiteral("--token-lifetime must be a whole number from 1 to 31536000, not '0'.");
    }

    void badValue_isRefusedWithTheOptionAndRange()
    {
        QFETCH(bool, demo);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const ReadResult result
            = readArguments(demo ? SandboxCommandLine::demo() : SandboxCommandLine::standalone(), arguments);
        QVERIFY2(result.parsed, qPrintable(result.error));
        QVERIFY(!result.options);
        QCOMPARE(result.error, expected);
    }
};

QTEST_GUILESS_MAIN(SandboxCommandLineTest)
#include "sandboxcommandline_test.moc"
