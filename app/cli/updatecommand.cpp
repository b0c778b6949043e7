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
    const std::optional<QJsonObject> body = requestBody(m_options.body, m_options.bodyPath, CommandKind::Update);
    if (!body)
        return;
    finishWithSession(client()->updateSession(m_options.id, *body, m_options.updateWithoutLock), m_options.format);
}

} // namespace Dintero::Cli
