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

#include <csignal>
#include <cstdio>
#include <poll.h>
#include <unistd.h>

namespace {

// Whether the reader of standard output has gone: on Linux the write end of a pipe with
// no reader polls as an error, a socket's as hung up.
bool stdoutReaderGone()
{
    pollfd descriptor { STDOUT_FILENO, POLLOUT, 0 };
    return ::poll(&descriptor, 1, 0) == 1 && (descriptor.revents & (POLLERR | POLLHUP)) != 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // A reader that goes away (`| head`) makes writes fail with EPIPE, which the commands
    // handle (ending quietly), instead of killing the program with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
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
    io.outputClosed = stdoutReaderGone;

    Dintero::Cli::CommandRunner runner(parsed.invocation, io);
    QObject::connect(
        &runner, &Dintero::Cli::CommandRunner::done, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    runner.start();
    const int exitCode = QCoreApplication::exec();
    out.flush();
    err.flush();
    return exitCode;
}
