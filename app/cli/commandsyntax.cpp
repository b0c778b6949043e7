#include "cli/commandsyntax.h"

#include "cli/argumentparser.h"

#include <QCommandLineParser>

namespace Dintero::Cli {

const QList<CommandSyntax> &commandSyntaxes()
{
    static const QList<CommandSyntax> syntaxes {
        listSyntax(),
        getSyntax(),
        cancelSyntax(),
        paymentTokenSyntax(),
        createSyntax(),
        updateSyntax(),
    };
    return syntaxes;
}

const CommandSyntax &commandSyntax(CommandKind command)
{
    const QList<CommandSyntax> &syntaxes = commandSyntaxes();
    const auto found = std::find_if(
        syntaxes.cbegin(), syntaxes.cend(), [command](const CommandSyntax &syntax) { return syntax.kind == command; });
    Q_ASSERT(found != syntaxes.cend());
    return *found;
}

QString commandName(CommandKind command)
{
    return QString::fromLatin1(commandSyntax(command).name);
}

QCommandLineOption valueOption(const char *name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QLatin1String(name), description, valueName);
}

QCommandLineOption flagOption(const char *name, const QString &description)
{
    return QCommandLineOption(QLatin1String(name), description);
}

QCommandLineOption formatOption(bool withCsv)
{
    return valueOption("format",
        withCsv ? ArgumentParser::tr("Output: table (default), json, ndjson (one session per line) or csv.")
                : ArgumentParser::tr("Output: table (default) or json."),
        ArgumentParser::tr("format"));
}

std::optional<OutputFormat> parseFormat(const QCommandLineParser &parser, bool withCsv, QString *error)
{
    if (!parser.isSet(QStringLiteral("format")))
        return OutputFormat::Table;
    const QString value = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (value == QLatin1String("table"))
        return OutputFormat::Table;
    if (value == QLatin1String("json"))
        return OutputFormat::Json;
    if (withCsv && value == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (withCsv && value == QLatin1String("ndjson"))
        return OutputFormat::Ndjson;
    *error = withCsv
        ? ArgumentParser::tr("--format must be table, json, ndjson or csv, not '%1'.")
              .arg(parser.value(QStringLiteral("format")))
        : ArgumentParser::tr("--format must be table or json, not '%1'.").arg(parser.value(QStringLiteral("format")));
    return std::nullopt;
}

QString firstMissing(const QCommandLineParser &parser, const QStringList &names)
{
    for (const QString &name : names) {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return name;
    }
    return {};
}

QStringList givenOptions(const QCommandLineParser &parser, const QStringList &names)
{
    QStringList given;
    for (const QString &name : names) {
        if (parser.isSet(name))
            given.append(QStringLiteral("--") + name);
    }
    return given;
}

} // namespace Dintero::Cli
