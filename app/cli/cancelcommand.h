#pragma once

#include "cli/command.h"

namespace Dintero::Core {
class Session;
}

namespace Dintero::Api {
class CancelReply;
} // namespace Dintero::Api

namespace Dintero::Cli {

// `cancel ID`: without --yes it reads the session, shows it and asks y/N on io().input,
// and refuses (exit 2, nothing sent) when nobody can answer. The cancel is sent once,
// never retried; an outcome the client could not establish is reported as unknown.
class CancelCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelCommand)

public:
    CancelCommand(CancelOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent = nullptr);
    ~CancelCommand() override;

    // Whether an answer means yes ("y", "yes", case-insensitive, or the translated forms).
    static bool isYes(const QString &answer);

protected:
    void run() override;

private:
    void confirm(const Core::Session &session);
    void handleAnswer(const QString &answer);
    void sendCancel();
    void report(Api::CancelReply *reply);

    CancelOptions m_options;
    bool m_sent = false;
};

} // namespace Dintero::Cli
