#include "cli/commandrunner.h"

#include "api/sessionclient.h"
#include "sandbox/sandboxserver.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

namespace Dintero::Cli {

CommandRunner::CommandRunner(Invocation invocation, const CommandIo &io, QObject *parent)
    : QObject(parent), m_invocation(std::move(invocation)), m_io(io)
{ }

// The command and the client go before the sandbox they may still be talking to.
CommandRunner::~CommandRunner()
{
    delete m_command;
    delete m_client;
    delete m_network;
}

void CommandRunner::start()
{
    Api::ConnectionSettings settings = m_invocation.connection.settings;
    if (m_invocation.connection.demo) {
        m_sandbox = std::make_unique<Sandbox::SandboxServer>();
        if (!m_sandbox->listen(QHostAddress::LocalHost, 0)) {
            fail(tr("The embedded sandbox could not start: %1").arg(m_sandbox->errorString()));
            return;
        }
        settings = Api::ConnectionSettings();
        settings.baseUrl = m_sandbox->baseUrl();
        settings.accountId = m_sandbox->options().accountId;
        settings.credentialKind = Api::ConnectionSettings::CredentialKind::ClientCredentials;
        settings.clientId = QStringLiteral("demo");
        settings.clientSecret = QStringLiteral("demo-secret");
    }

    m_network = new QNetworkAccessManager(this);
    m_client = new Api::SessionClient(settings, m_network, this);
    m_command = Command::create(m_invocation, m_client, m_io, this);
    connect(m_command, &Command::done, this, &CommandRunner::done);
    m_command->start();
}

void CommandRunner::fail(const QString &message)
{
    *m_io.err << QStringLiteral("dintero-sessions: ") << message << u'\n';
    m_io.err->flush();
    QTimer::singleShot(0, this, [this] { Q_EMIT done(ExitApiError); });
}

} // namespace Dintero::Cli
