#include "cli/updatecommand.h"

#include "api/sessionclient.h"
#include "cli/sessionformatter.h"

#include <QTextStream>

namespace Dintero::Cli {

UpdateCommand::UpdateCommand(UpdateOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent)
    : Command(client, io, parent), m_options(std::move(options))
{ }

UpdateCommand::~UpdateCommand() = default;

void UpdateCommand::run()
{
    QJsonObject body = m_options.body;
    if (!m_options.bodyPath.isEmpty()) {
        QString error;
        const std::optional<QJsonObject> read = readBody(m_options.bodyPath, &error);
        if (!read) {
            finishWithUsageError(error, tr("Run 'dintero-sessions update --help' for its options."));
            return;
        }
        body = *read;
    }
    finishWithSession(client()->updateSession(m_options.id, body, m_options.updateWithoutLock), m_options.format);
}

} // namespace Dintero::Cli
