#pragma once

#include "cli/command.h"

namespace Dintero::Cli {

// `create`: POST /sessions-profile when a profile is named (--profile, or profile_id in
// --body), otherwise POST /sessions; prints the new id and the payment link.
class CreateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCommand)

public:
    CreateCommand(CreateOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent = nullptr);
    ~CreateCommand() override;

protected:
    void run() override;

private:
    CreateOptions m_options;
};

} // namespace Dintero::Cli
