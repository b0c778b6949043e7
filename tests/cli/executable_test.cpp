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

// Without DINTERO_* so that the developer's own settings cannot leak in, and in the C
// locale, so that the program speaks English whatever the developer's language.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("DINTERO_")) || name.startsWith(QLatin1String("LC_"))
            || name == QLatin1String("LANGUAGE") || name == QLatin1String("QT_LOGGING_RULES"))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}

// cleanEnvironment() with these NAME=value pairs on top.
QProcessEnvironment environmentWith(const QStringList &pairs)
{
    QProcessEnvironment environment = cleanEnvironment();
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        environment.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return environment;
}

ProcessResult runProgram(const QStringList &arguments, const QByteArray &input = {},
    const QProcessEnvironment &environment = cleanEnvironment(),
    const QString &program = QStringLiteral(DINTERO_SESSIONS_EXECUTABLE))
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
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
    void help_norwegianLocale_norwegianText_data();
    void help_norwegianLocale_norwegianText();
    void usageError_norwegianLocale_norwegianMessageExit2();
    void help_englishLocale_englishText();
    void brokenPipe_endsQuietlyWithStatus0_data();
    void brokenPipe_endsQuietlyWithStatus0();
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

void ExecutableTest::brokenPipe_endsQuietlyWithStatus0_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : { "json", "ndjson", "csv", "table" })
        QTest::newRow(format) << QString::fromLatin1(format);
}

void ExecutableTest::brokenPipe_endsQuietlyWithStatus0()
{
    QFETCH(QString, format);
    // `| head`: the reader goes away after a few lines while the program still has pages
    // (the demo's 2,000 sessions) to write.
    const ProcessResult result = runProgram(
        { QStringLiteral("-c"),
            QStringLiteral("\"$0\" --demo list --all --format %1 | head -n 3; echo \"status ${PIPESTATUS[0]}\"")
                .arg(format),
            QStringLiteral(DINTERO_SESSIONS_EXECUTABLE) },
        {}, cleanEnvironment(), QStringLiteral("bash"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.size(), 5); // three lines, the status, and the empty rest after the last newline
    QCOMPARE(lines.at(3), QByteArray("status 0"));
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

void ExecutableTest::help_norwegianLocale_norwegianText_data()
{
    // The ways a Norwegian system says so. The glibc locale need not be installed: Qt
    // reads the names from the environment.
    QTest::addColumn<QStringList>("environment");
    QTest::newRow("LANG") << QStringList { QStringLiteral("LANG=nb_NO.UTF-8") };
    QTest::newRow("LC_ALL") << QStringList { QStringLiteral("LC_ALL=nb_NO.UTF-8") };
    QTest::newRow("LANGUAGE") << QStringList { QStringLiteral("LANGUAGE=nb") };
}

void ExecutableTest::help_norwegianLocale_norwegianText()
{
    QFETCH(QStringList, environment);
    const ProcessResult help = runProgram({ QStringLiteral("--help") }, {}, environmentWith(environment));
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.err.isEmpty(), help.err.constData());
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.startsWith(QStringLiteral("Bruk: dintero-sessions [valg] KOMMANDO [valg]\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Kommandoer:\n")));
    QVERIFY(text.contains(QStringLiteral("Dintero Checkout-økter")));
    QVERIFY(!text.contains(QStringLiteral("Usage:")));
    // Option names, variables and command names stay as they are typed.
    QVERIFY(text.contains(QStringLiteral("--account-id <id>")));
    QVERIFY(text.contains(QStringLiteral("[DINTERO_CLIENT_SECRET]")));
    QVERIFY(text.contains(QStringLiteral("\n  payment-token  ")));

    const ProcessResult listHelp
        = runProgram({ QStringLiteral("list"), QStringLiteral("--help") }, {}, environmentWith(environment));
    QCOMPARE(listHelp.exitCode, 0);
    const QString listText = QString::fromUtf8(listHelp.out);
    QVERIFY2(listText.startsWith(QStringLiteral("Bruk: dintero-sessions [valg] list [valg]\n")), qPrintable(listText));
    QVERIFY(listText.contains(QStringLiteral("--created-to <dato>")));
    QVERIFY(listText.contains(QStringLiteral("Avslutningsstatus: 0 vellykket")));
}

void ExecutableTest::usageError_norwegianLocale_norwegianMessageExit2()
{
    const QProcessEnvironment norwegian = environmentWith({ QStringLiteral("LANG=nb_NO.UTF-8") });

    const ProcessResult unknown = runProgram({ QStringLiteral("frobnicate") }, {}, norwegian);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    QCOMPARE(QString::fromUtf8(unknown.err),
        QStringLiteral("dintero-sessions: Ukjent kommando «frobnicate».\n"
                       "Kjør «dintero-sessions --help» for å se kommandoene.\n"));

    const ProcessResult limit = runProgram(
        { QStringLiteral("--demo"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0") }, {},
        norwegian);
    QCOMPARE(limit.exitCode, 2);
    QVERIFY(limit.out.isEmpty());
    const QString limitError = QString::fromUtf8(limit.err);
    QVERIFY2(limitError.startsWith(
                 QStringLiteral("dintero-sessions: --limit må være et heltall fra 1 til 100, ikke «0».\n")),
        qPrintable(limitError));
    QVERIFY(limitError.contains(QStringLiteral("«dintero-sessions list --help»")));

    // An unknown option is QCommandLineParser's own text (Qt's catalogue, if installed);
    // the hint after it is ours.
    const ProcessResult option = runProgram({ QStringLiteral("--frobnicate") }, {}, norwegian);
    QCOMPARE(option.exitCode, 2);
    QVERIFY2(QString::fromUtf8(option.err)
                 .endsWith(QStringLiteral("Kjør «dintero-sessions --help» for å se kommandoene.\n")),
        option.err.constData());
}

void ExecutableTest::help_englishLocale_englishText()
{
    // en_US finds dintero-console_en.qm, whose empty entries leave the source texts.
    for (const QStringList &environment : { QStringList {}, QStringList { QStringLiteral("LANG=en_US.UTF-8") },
             QStringList { QStringLiteral("LC_ALL=en_GB.UTF-8") } }) {
        const ProcessResult help = runProgram({ QStringLiteral("--help") }, {}, environmentWith(environment));
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith("Usage: dintero-sessions [options] COMMAND [options]\n"), help.out.constData());
        QVERIFY(help.out.contains("Commands:\n"));

        const ProcessResult unknown = runProgram({ QStringLiteral("frobnicate") }, {}, environmentWith(environment));
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err,
            QByteArray("dintero-sessions: Unknown command 'frobnicate'.\n"
                       "Run 'dintero-sessions --help' for the commands.\n"));
    }
}

QTEST_GUILESS_MAIN(ExecutableTest)
#include "executable_test.moc"
