#pragma once

#include "cli/command.h"

namespace Dintero::Cli {

// `update ID`: PUT /sessions/{id} with the order fields (or --body), then the session as
// Dintero returned it, as a key/value view or JSON.
class UpdateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateCommand)

public:
    UpdateCommand(UpdateOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent = nullptr);
    ~UpdateCommand() override;

protected:
    void run() override;

private:
    UpdateOptions m_options;
};

} // namespace Dintero::Cli
