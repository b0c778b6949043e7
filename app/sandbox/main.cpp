// checkout-sandbox: the Checkout sandbox as a standalone HTTP server.

#include "sandbox/sandboxcommandline.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = { -1, -1 };

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop from inside it, so that the server closes its
// sockets and the process exits with 0.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("checkout-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local stand-in for Dintero's Checkout API, with seeded sessions and fault injection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QCoreApplication::translate("main", "Address to listen on."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
        QCoreApplication::translate("main", "Port (0 picks a free one)."), QStringLiteral("port"), QStringLiteral("0"));
    parser.addOptions({ host, port });
    const Dintero::Sandbox::SandboxCommandLine sandboxOptions = Dintero::Sandbox::SandboxCommandLine::standalone();
    parser.addOptions(sandboxOptions.options());
    parser.process(app);

    auto usageError = [](const QString &message) {
        std::fprintf(stderr, "checkout-sandbox: %s\n", qPrintable(message));
        return 2;
    };
    const QHostAddress address(parser.value(host));
    if (address.isNull())
        return usageError(
            QCoreApplication::translate("main", "--host must be an IP address, not %1").arg(parser.value(host)));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usageError(QCoreApplication::translate("main", "--port must be a number from 0 to 65535"));
    QString error;
    const std::optional<Dintero::Sandbox::SandboxOptions> options = sandboxOptions.read(parser, &error);
    if (!options)
        return usageError(error);

    Dintero::Sandbox::SandboxServer server(*options);
    if (!server.listen(address, quint16(portNumber))) {
        std::fprintf(stderr, "checkout-sandbox: cannot listen on %s:%u: %s\n", qPrintable(address.toString()),
            portNumber, qPrintable(server.errorString()));
        return 1;
    }
    std::printf("Listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);

    quitOnTerminationSignals(app);
    return app.exec();
}
