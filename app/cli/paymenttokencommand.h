#pragma once

#include "cli/command.h"

namespace Dintero::Cli {

// `payment-token`: creates a payment-token session and prints only its link.
class PaymentTokenCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentTokenCommand)

public:
    PaymentTokenCommand(
        PaymentTokenOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent = nullptr);
    ~PaymentTokenCommand() override;

protected:
    void run() override;

private:
    PaymentTokenOptions m_options;
};

} // namespace Dintero::Cli
