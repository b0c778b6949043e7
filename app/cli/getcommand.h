#pragma once

#include "cli/command.h"

namespace Dintero::Cli {

// `get ID`: the session as a key/value view or as the JSON object Dintero sent.
class GetCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetCommand)

public:
    GetCommand(GetOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent = nullptr);
    ~GetCommand() override;

protected:
    void run() override;

private:
    GetOptions m_options;
};

} // namespace Dintero::Cli
