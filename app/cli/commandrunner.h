#pragma once

#include "cli/command.h"
#include "cli/invocation.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Dintero::Sandbox {
class SandboxServer;
}

namespace Dintero::Api {
class SessionClient;
} // namespace Dintero::Api

namespace Dintero::Cli {

// Runs one parsed invocation: starts the embedded sandbox for --demo, builds the
// network access manager, the SessionClient and the command, and reports the exit code.
// Owns all of them.
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    CommandRunner(Invocation invocation, const CommandIo &io, QObject *parent = nullptr);
    ~CommandRunner() override;

    // Returns at once; done() follows exactly once, from the event loop.
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void fail(const QString &message);

    Invocation m_invocation;
    CommandIo m_io;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager *m_network = nullptr; // child of this
    Api::SessionClient *m_client = nullptr; // child of this
    Command *m_command = nullptr; // child of this
};

} // namespace Dintero::Cli
