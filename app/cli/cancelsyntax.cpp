// `cancel ID`: cancels a session (and voids its transaction), after asking.

#include "cli/argumentparser.h"
#include "cli/commandsyntax.h"

#include <QCommandLineParser>

namespace Dintero::Cli {

CommandSyntax cancelSyntax()
{
    return {
        .kind = CommandKind::Cancel,
        .name = "cancel",
        .takesId = true,
        .summary
        = [] { return ArgumentParser::tr("Cancel a session; also voids an INITIATED or AUTHORIZED transaction."); },
        .details =
            [] {
                return ArgumentParser::tr(
                    "On a terminal the command shows the session and asks before it cancels; without a terminal it "
                    "needs --yes. Exit status 1 when Dintero refuses, when the answer is not yes, or when the "
                    "outcome could not be confirmed (the message then says UNKNOWN).");
            },
        .options =
            [] {
                return QList<QCommandLineOption> { flagOption(
                    "yes", ArgumentParser::tr("Do not ask for confirmation (required without a terminal).")) };
            },
        .read = [](const QCommandLineParser &parser, const QString &id, QString *) -> std::optional<CommandOptions> {
            return CancelOptions { id, parser.isSet(QStringLiteral("yes")) };
        },
    };
}

} // namespace Dintero::Cli
