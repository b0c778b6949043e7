#include "cli/getcommand.h"

#include "api/sessionclient.h"
#include "cli/sessionformatter.h"

#include <QTextStream>

namespace Dintero::Cli {

GetCommand::GetCommand(GetOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent)
    : Command(client, io, parent), m_options(std::move(options))
{ }

GetCommand::~GetCommand() = default;

void GetCommand::run()
{
    finishWithSession(client()->getSession(m_options.id), m_options.format);
}

} // namespace Dintero::Cli
