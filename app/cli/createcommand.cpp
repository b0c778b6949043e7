#include "cli/createcommand.h"

#include "api/sessionclient.h"

#include <QJsonArray>
#include <QTextStream>

namespace Dintero::Cli {

CreateCommand::CreateCommand(CreateOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent)
    : Command(client, io, parent), m_options(std::move(options))
{ }

CreateCommand::~CreateCommand() = default;

void CreateCommand::run()
{
    std::optional<QJsonObject> read = requestBody(m_options.body, m_options.bodyPath, CommandKind::Create);
    if (!read)
        return;
    QJsonObject body = std::move(*read);
    if (!m_options.profileId.isEmpty())
        body.insert(QStringLiteral("profile_id"), m_options.profileId);

    const bool fromProfile = body.contains(QLatin1String("profile_id"));
    Api::CreatedReply *reply = fromProfile ? client()->createSessionFromProfile(body) : client()->createSession(body);
    connect(reply, &Api::SessionRequest::finished, this, [this, reply] {
        if (reply->hasError()) {
            finishWithApiError(reply->error());
            return;
        }
        out() << reply->id() << u'\n' << reply->url().toString(QUrl::FullyEncoded) << u'\n';
        // What configuration.publish did (an SMS sent or skipped) is news for the person.
        for (const QJsonValue &entry : reply->publish()) {
            const QJsonObject publish = entry.toObject();
            err() << tr("Published by %1 (%2): %3")
                         .arg(publish.value(QLatin1String("channel")).toString(),
                             publish.value(QLatin1String("type")).toString(),
                             publish.value(QLatin1String("status")).toString())
                  << u'\n';
        }
        finish(ExitSuccess);
    });
}

} // namespace Dintero::Cli
