#include "cli/cancelcommand.h"

#include "api/sessionclient.h"
#include "cli/lineinput.h"
#include "cli/sessionformatter.h"
#include "core/money.h"
#include "core/sessionstatus.h"

#include <QTextStream>

namespace Dintero::Cli {

CancelCommand::CancelCommand(CancelOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent)
    : Command(client, io, parent), m_options(std::move(options))
{ }

CancelCommand::~CancelCommand() = default;

bool CancelCommand::isYes(const QString &answer)
{
    const QString text = answer.trimmed().toLower();
    if (text.isEmpty())
        return false;
    return text == QLatin1String("y") || text == QLatin1String("yes")
        || text == tr("y", "short answer to a yes/no question").toLower()
        || text == tr("yes", "answer to a yes/no question").toLower();
}

void CancelCommand::run()
{
    if (m_options.yes) {
        sendCancel();
        return;
    }
    if (!io().input || !io().input->isInteractive()) {
        finishWithUsageError(tr("Not cancelling %1: there is no terminal to confirm on.").arg(m_options.id),
            tr("Add --yes to cancel without being asked."));
        return;
    }
    // Show what is about to be cancelled before asking.
    Api::SessionReply *reply = client()->getSession(m_options.id);
    connect(reply, &Api::SessionRequest::finished, this, [this, reply] {
        if (reply->hasError()) {
            finishWithApiError(reply->error());
            return;
        }
        confirm(reply->session());
    });
}

void CancelCommand::confirm(const Core::Session &session)
{
    if (session.cancelledAt().isValid()) {
        finishWithError(tr("Session %1 was already cancelled at %2.")
                            .arg(session.id(), SessionFormatter::localTime(session.cancelledAt())));
        return;
    }
    QStringList summary;
    for (const QString &part : { session.merchantReference(), session.customerName(),
             session.hasAmount() ? Core::formatMoney(session.amount(), io().locale) : QString(),
             Core::statusText(session.status(now())) }) {
        if (!part.trimmed().isEmpty())
            summary.append(part.trimmed());
    }
    err() << tr("Session %1 (%2)").arg(session.id(), summary.join(QStringLiteral(", "))) << u'\n';
    err() << (session.transactionId().isEmpty()
            ? tr("Cancelling stops its payment link from working.")
            : tr("Cancelling stops its payment link and voids transaction %1 if it is INITIATED or "
                 "AUTHORIZED; Dintero refuses if it is already captured.")
                  .arg(session.transactionId()))
          << u'\n';
    err() << tr("Cancel this session? [y/N] ");
    err().flush();

    LineInput *input = io().input;
    connect(input, &LineInput::lineRead, this, &CancelCommand::handleAnswer, Qt::SingleShotConnection);
    connect(
        input, &LineInput::closed, this, [this] { handleAnswer({}); }, Qt::SingleShotConnection);
    input->readLine();
}

void CancelCommand::handleAnswer(const QString &answer)
{
    if (isDone() || m_sent)
        return;
    if (!isYes(answer)) {
        err() << tr("Not cancelled.") << u'\n';
        finish(ExitApiError);
        return;
    }
    sendCancel();
}

void CancelCommand::sendCancel()
{
    m_sent = true;
    Api::CancelReply *reply = client()->cancelSession(m_options.id);
    connect(reply, &Api::SessionRequest::finished, this, [this, reply] { report(reply); });
}

void CancelCommand::report(Api::CancelReply *reply)
{
    using Outcome = Api::CancelReply::Outcome;
    switch (reply->outcome()) {
    case Outcome::Cancelled: {
        const QDateTime at = reply->session() ? reply->session()->cancelledAt() : QDateTime();
        out() << (at.isValid() ? tr("Cancelled session %1 at %2.").arg(m_options.id, SessionFormatter::localTime(at))
                               : tr("Cancelled session %1.").arg(m_options.id))
              << u'\n';
        if (reply->wasVerified())
            err() << tr("The connection was lost after the cancel was sent; reading the session back shows it "
                        "cancelled.")
                  << u'\n';
        finish(ExitSuccess);
        return;
    }
    case Outcome::NotCancelled:
        if (reply->wasVerified()) {
            finishWithError(tr("Session %1 was not cancelled: the connection was lost, and reading the session back "
                               "shows it still open.")
                                .arg(m_options.id));
        } else {
            finishWithApiError(reply->error());
        }
        return;
    case Outcome::Unknown:
        break;
    }
    QString reason
        = reply->verificationError().isError() ? reply->verificationError().message() : reply->error().message();
    finishWithError(tr("The outcome is UNKNOWN: the cancel of session %1 was sent, but Dintero's answer was lost and "
                       "the session could not be read back (%2). Check it with 'dintero-sessions get %1' before "
                       "trying again.")
                        .arg(m_options.id, reason));
}

} // namespace Dintero::Cli
