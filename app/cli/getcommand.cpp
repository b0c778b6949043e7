#include "cli/getcommand.h"

#include "api/sessionclient.h"
#include "cli/sessionformatter.h"

#include <QTextStream>

namespace Dintero::Cli {

GetCommand::GetCommand(GetOptions options, Core::SessionClient *client, const CommandIo &io, QObject *parent)
    : Command(client, io, parent), m_options(std::move(options))
{ }

GetCommand::~GetCommand() = default;

void GetCommand::run()
{
    Core::SessionReply *reply = client()->getSession(m_options.id);
    connect(reply, &Core::SessionRequest::finished, this, [this, reply] {
        if (reply->hasError()) {
            finishWithApiError(reply->error());
            return;
        }
        if (m_options.format == OutputFormat::Json)
            out() << QString::fromUtf8(SessionFormatter::jsonObject(reply->session()));
        else
            out() << SessionFormatter::details(reply->session(), now(), io().locale);
        finish(ExitSuccess);
    });
}

} // namespace Dintero::Cli
