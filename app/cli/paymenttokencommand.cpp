#include "cli/paymenttokencommand.h"

#include "api/sessionclient.h"

#include <QTextStream>

namespace Dintero::Cli {

PaymentTokenCommand::PaymentTokenCommand(
    PaymentTokenOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent)
    : Command(client, io, parent), m_options(std::move(options))
{ }

PaymentTokenCommand::~PaymentTokenCommand() = default;

void PaymentTokenCommand::run()
{
    Api::CreatedReply *reply = client()->createPaymentTokenSession(m_options.request);
    connect(reply, &Api::SessionRequest::finished, this, [this, reply] {
        if (reply->hasError()) {
            finishWithApiError(reply->error());
            return;
        }
        if (!reply->url().isValid() || reply->url().isEmpty()) {
            finishWithError(tr("Dintero created session %1 but sent no link for it.").arg(reply->id()));
            return;
        }
        out() << reply->url().toString(QUrl::FullyEncoded) << u'\n';
        finish(ExitSuccess);
    });
}

} // namespace Dintero::Cli
