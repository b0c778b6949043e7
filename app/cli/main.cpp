// dintero-sessions: the Checkout sessions of a Dintero account from the command line.
// Parsing and the commands live in dintero_cli; this file wires them to the process.

#include "cli/argumentparser.h"
#include "cli/command.h"
#include "cli/commandrunner.h"
#include "cli/lineinput.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dintero-sessions"));
    QCoreApplication::setOrganizationName(QStringLiteral("dintero-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));

    // The client's debug lines (requests, token renewals) belong in the desktop console's
    // log; here they would mix with the output. QT_LOGGING_RULES can still turn them on.
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false"));

    // The console's catalogue is linked into this program too (console_translations).
    Dintero::Core::installTranslators(app);

    QFile stdoutFile;
    QFile stderrFile;
    QFile stdinFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stdinFile.open(stdin, QIODevice::ReadOnly);
    QTextStream out(&stdoutFile);
    QTextStream err(&stderrFile);

    using Dintero::Cli::ParseResult;
    const ParseResult parsed
        = Dintero::Cli::ArgumentParser::parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    switch (parsed.action) {
    case ParseResult::Action::ShowHelp:
    case ParseResult::Action::ShowVersion:
        out << parsed.text;
        out.flush();
        return Dintero::Cli::ExitSuccess;
    case ParseResult::Action::UsageError:
        Dintero::Cli::printUsageError(err, parsed.text, parsed.hint);
        return Dintero::Cli::ExitUsageError;
    case ParseResult::Action::Run:
        break;
    }

    Dintero::Cli::StdinInput input;
    Dintero::Cli::CommandIo io;
    io.out = &out;
    io.err = &err;
    io.input = &input;
    io.stdinDevice = &stdinFile;
    io.showProgress = ::isatty(STDERR_FILENO) == 1;

    Dintero::Cli::CommandRunner runner(parsed.invocation, io);
    QObject::connect(
        &runner, &Dintero::Cli::CommandRunner::done, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    runner.start();
    const int exitCode = QCoreApplication::exec();
    out.flush();
    err.flush();
    return exitCode;
}
