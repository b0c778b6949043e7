// `get ID`: one session with its amounts, items and events.

#include "cli/argumentparser.h"
#include "cli/commandsyntax.h"

namespace Dintero::Cli {

CommandSyntax getSyntax()
{
    return {
        .kind = CommandKind::Get,
        .name = "get",
        .takesId = true,
        .summary = [] { return ArgumentParser::tr("Show one session with its amounts, items and events."); },
        .details = [] { return ArgumentParser::tr("json prints the session object as Dintero sent it."); },
        .options = [] { return QList<QCommandLineOption> { formatOption(false) }; },
        .read
        = [](const QCommandLineParser &parser, const QString &id, QString *error) -> std::optional<CommandOptions> {
            const auto format = parseFormat(parser, false, error);
            if (!format)
                return std::nullopt;
            return GetOptions { id, *format };
        },
    };
}

} // namespace Dintero::Cli
