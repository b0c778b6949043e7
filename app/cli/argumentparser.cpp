#include "cli/argumentparser.h"

#include "cli/commandsyntax.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QUrl>

namespace Dintero::Cli {
namespace {

constexpr auto ProgramName = "dintero-sessions";

QString program()
{
    return QLatin1String(ProgramName);
}

// The environment variables the connection options fall back to.
const QString EnvBaseUrl = QStringLiteral("DINTERO_BASE_URL");
const QString EnvAccountId = QStringLiteral("DINTERO_ACCOUNT_ID");
const QString EnvClientId = QStringLiteral("DINTERO_CLIENT_ID");
const QString EnvClientSecret = QStringLiteral("DINTERO_CLIENT_SECRET");
const QString EnvApiKey = QStringLiteral("DINTERO_API_KEY");

QCommandLineOption helpOption()
{
    return QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, ArgumentParser::tr("Show this help."));
}

QCommandLineOption versionOption()
{
    return flagOption("version", ArgumentParser::tr("Show the version."));
}

QList<QCommandLineOption> connectionOptions()
{
    return {
        valueOption("base-url",
            ArgumentParser::tr("Checkout API address (default https://checkout.dintero.com/v1). [DINTERO_BASE_URL]"),
            ArgumentParser::tr("url")),
        valueOption("account-id", ArgumentParser::tr("Dintero account id, T or P and 8 digits. [DINTERO_ACCOUNT_ID]"),
            ArgumentParser::tr("id")),
        valueOption("client-id", ArgumentParser::tr("API client id (client credentials). [DINTERO_CLIENT_ID]"),
            ArgumentParser::tr("id")),
        valueOption("client-secret",
            ArgumentParser::tr("API client secret; prefer the environment variable, which other users cannot see. "
                               "[DINTERO_CLIENT_SECRET]"),
            ArgumentParser::tr("secret")),
        valueOption("api-key", ArgumentParser::tr("API key, sent as x-api-key, instead of a client. [DINTERO_API_KEY]"),
            ArgumentParser::tr("key")),
        flagOption("demo", ArgumentParser::tr("Use an embedded sandbox with generated sessions instead of Dintero.")),
    };
}

QString commandSynopsis(const CommandSyntax &syntax)
{
    if (syntax.takesId)
        return ArgumentParser::tr("%1 [options] %2 ID [options]").arg(program(), QString::fromLatin1(syntax.name));
    return ArgumentParser::tr("%1 [options] %2 [options]").arg(program(), QString::fromLatin1(syntax.name));
}

QString renderOptions(const QString &title, const QList<QCommandLineOption> &options)
{
    QStringList names;
    for (const QCommandLineOption &option : options) {
        QStringList forms;
        for (const QString &name : option.names())
            forms.append(name.size() == 1 ? QString(u'-' + name) : QString(QStringLiteral("--") + name));
        QString text = QStringLiteral("  ") + forms.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            text += QStringLiteral(" <") + option.valueName() + u'>';
        names.append(text);
    }
    qsizetype width = 0;
    for (const QString &name : std::as_const(names))
        width = std::max(width, name.size());
    width = std::min<qsizetype>(width, 32);

    QString text = title + u'\n';
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString &name = names.at(i);
        if (name.size() > width)
            text += name + u'\n' + QString(width + 2, u' ') + options.at(i).description() + u'\n';
        else
            text += name.leftJustified(width + 2) + options.at(i).description() + u'\n';
    }
    return text;
}

QString connectionHelp(bool withVersion)
{
    QList<QCommandLineOption> options = connectionOptions();
    options.append(helpOption());
    if (withVersion)
        options.append(versionOption());
    return renderOptions(
        ArgumentParser::tr("Connection options (options win over the environment variables in brackets):"), options);
}

QString exitCodeHelp()
{
    return ArgumentParser::tr("Exit status: 0 success, 1 Dintero error (or an unconfirmed outcome), 2 usage error.");
}

QString generalHint()
{
    return ArgumentParser::tr("Run '%1 --help' for the commands.").arg(program());
}

ParseResult usageError(const QString &message, const QString &hint)
{
    ParseResult result;
    result.action = ParseResult::Action::UsageError;
    result.text = message;
    result.hint = hint;
    return result;
}

ParseResult showText(ParseResult::Action action, const QString &text)
{
    ParseResult result;
    result.action = action;
    result.text = text;
    return result;
}

// The value of an option that may appear before the command (first pass) or after it
// (second pass); the later one wins.
std::optional<QString> optionValue(
    const QCommandLineParser &second, const QCommandLineParser &first, const QString &name)
{
    if (second.isSet(name))
        return second.value(name);
    if (first.isSet(name))
        return first.value(name);
    return std::nullopt;
}

std::optional<QString> environmentValue(const QProcessEnvironment &environment, const QString &name)
{
    const QString value = environment.value(name);
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<CommandKind> ArgumentParser::commandFromName(const QString &name)
{
    for (const CommandSyntax &syntax : commandSyntaxes()) {
        if (name == QString::fromLatin1(syntax.name))
            return syntax.kind;
    }
    return std::nullopt;
}

QString ArgumentParser::commandHint(CommandKind command)
{
    return tr("Run '%1 %2 --help' for its options.").arg(program(), commandName(command));
}

QString ArgumentParser::generalHelp()
{
    QString text = tr("Usage: %1 [options] COMMAND [options]").arg(program()) + QStringLiteral("\n\n")
        + tr("Lists, shows, creates, updates and cancels Dintero Checkout sessions.") + QStringLiteral("\n\n")
        + tr("Commands:") + u'\n';
    for (const CommandSyntax &syntax : commandSyntaxes())
        text += QStringLiteral("  ") + QString::fromLatin1(syntax.name).leftJustified(15) + syntax.summary() + u'\n';
    text += u'\n' + connectionHelp(true) + u'\n' + exitCodeHelp() + u'\n'
        + tr("Run '%1 COMMAND --help' for the options of a command.").arg(program()) + u'\n';
    return text;
}

QString ArgumentParser::commandHelp(CommandKind command)
{
    const CommandSyntax &syntax = commandSyntax(command);
    QString text = tr("Usage: %1").arg(commandSynopsis(syntax)) + QStringLiteral("\n\n") + syntax.summary() + u'\n';
    if (const QString details = syntax.details(); !details.isEmpty())
        text += u'\n' + details + u'\n';
    const QList<QCommandLineOption> options = syntax.options();
    if (!options.isEmpty())
        text += u'\n' + renderOptions(tr("Options:"), options);
    text += u'\n' + connectionHelp(false) + u'\n' + exitCodeHelp() + u'\n';
    return text;
}

ParseResult ArgumentParser::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const QString programPath = arguments.isEmpty() ? program() : arguments.first();
    const QStringList args = arguments.isEmpty() ? QStringList { program() } : arguments;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();

    // First pass: the options before the command. Everything from the command on is
    // left for the command's own parser.
    QCommandLineParser first;
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    first.addOptions(connectionOptions());
    first.addOption(help);
    first.addOption(version);
    if (!first.parse(args))
        return usageError(first.errorText(), generalHint());

    const QStringList positional = first.positionalArguments();
    if (positional.isEmpty()) {
        if (first.isSet(help))
            return showText(ParseResult::Action::ShowHelp, generalHelp());
        if (first.isSet(version))
            return showText(
                ParseResult::Action::ShowVersion, QString(program() + u' ' + QLatin1String(CONSOLE_VERSION) + u'\n'));
        return usageError(tr("No command given."), generalHint());
    }
    if (positional.first() == QLatin1String("help")) {
        if (positional.size() < 2)
            return showText(ParseResult::Action::ShowHelp, generalHelp());
        if (const auto command = commandFromName(positional.at(1)))
            return showText(ParseResult::Action::ShowHelp, commandHelp(*command));
        return usageError(tr("Unknown command '%1'.").arg(positional.at(1)), generalHint());
    }
    const std::optional<CommandKind> command = commandFromName(positional.first());
    if (!command)
        return usageError(tr("Unknown command '%1'.").arg(positional.first()), generalHint());
    if (first.isSet(help))
        return showText(ParseResult::Action::ShowHelp, commandHelp(*command));
    const CommandSyntax &syntax = commandSyntax(*command);

    // Second pass: the command's options, and the connection options again so that
    // they may also follow the command.
    QCommandLineParser second;
    second.addOptions(connectionOptions());
    second.addOption(help);
    second.addOptions(syntax.options());
    if (!second.parse(QStringList { programPath } + positional))
        return usageError(second.errorText(), commandHint(*command));
    if (second.isSet(help))
        return showText(ParseResult::Action::ShowHelp, commandHelp(*command));

    const QStringList operands = second.positionalArguments().mid(1);
    QString id;
    if (syntax.takesId) {
        if (operands.isEmpty() || operands.first().trimmed().isEmpty())
            return usageError(tr("Missing the session id."), commandHint(*command));
        id = operands.first().trimmed();
    }
    if (operands.size() > (syntax.takesId ? 1 : 0)) {
        return usageError(
            tr("Unexpected argument '%1'.").arg(operands.at(syntax.takesId ? 1 : 0)), commandHint(*command));
    }

    QString error;
    const std::optional<CommandOptions> options = syntax.read(second, id, &error);
    if (!options)
        return usageError(error, commandHint(*command));
    ParseResult result;
    result.action = ParseResult::Action::Run;
    result.invocation.command = *command;
    result.invocation.options = *options;

    ConnectionValues values;
    values.demo = second.isSet(QStringLiteral("demo")) || first.isSet(QStringLiteral("demo"));
    values.baseUrl = optionValue(second, first, QStringLiteral("base-url"));
    values.accountId = optionValue(second, first, QStringLiteral("account-id"));
    values.clientId = optionValue(second, first, QStringLiteral("client-id"));
    values.clientSecret = optionValue(second, first, QStringLiteral("client-secret"));
    values.apiKey = optionValue(second, first, QStringLiteral("api-key"));
    QString hint;
    const std::optional<ConnectionOptions> connection = resolveConnection(values, environment, &error, &hint);
    if (!connection)
        return usageError(error, hint);
    result.invocation.connection = *connection;
    return result;
}

std::optional<ConnectionOptions> ArgumentParser::resolveConnection(
    const ConnectionValues &options, const QProcessEnvironment &environment, QString *error, QString *hint)
{
    const QString connectionHint
        = tr("Set --account-id with --client-id and --client-secret, or with --api-key (or DINTERO_ACCOUNT_ID, "
             "DINTERO_CLIENT_ID, DINTERO_CLIENT_SECRET, DINTERO_API_KEY); or try --demo.");
    ConnectionOptions connection;
    if (options.demo) {
        QStringList conflicting;
        const std::pair<const std::optional<QString> *, const char *> given[] = {
            { &options.baseUrl, "--base-url" },
            { &options.accountId, "--account-id" },
            { &options.clientId, "--client-id" },
            { &options.clientSecret, "--client-secret" },
            { &options.apiKey, "--api-key" },
        };
        for (const auto &[value, name] : given) {
            if (value->has_value())
                conflicting.append(QLatin1String(name));
        }
        if (!conflicting.isEmpty()) {
            *error = tr("--demo cannot be combined with %1.").arg(conflicting.join(QStringLiteral(", ")));
            *hint = tr("--demo connects to the embedded sandbox; leave out the other connection options.");
            return std::nullopt;
        }
        connection.demo = true;
        return connection;
    }

    auto pick = [&environment](const std::optional<QString> &option, const QString &variable) {
        return option ? option : environmentValue(environment, variable);
    };
    Api::ConnectionSettings &settings = connection.settings;

    const std::optional<QString> baseUrl = pick(options.baseUrl, EnvBaseUrl);
    if (baseUrl) {
        QUrl url(baseUrl->trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            *error = tr("The API address '%1' is not a valid URL.").arg(url.toDisplayString(QUrl::RemoveUserInfo));
            *hint = tr("Use an address such as https://checkout.dintero.com/v1 (--base-url or DINTERO_BASE_URL).");
            return std::nullopt;
        }
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path);
        settings.baseUrl = url;
    }

    const bool clientOptions = options.clientId || options.clientSecret;
    if (clientOptions && options.apiKey) {
        *error = tr("--api-key cannot be combined with --client-id or --client-secret.");
        *hint = tr("Choose one kind of credential: a client (id and secret) or an API key.");
        return std::nullopt;
    }
    std::optional<QString> clientId;
    std::optional<QString> clientSecret;
    std::optional<QString> apiKey;
    if (options.apiKey) {
        apiKey = options.apiKey;
    } else if (clientOptions) {
        clientId = pick(options.clientId, EnvClientId);
        clientSecret = pick(options.clientSecret, EnvClientSecret);
    } else if (environmentValue(environment, EnvClientId) || environmentValue(environment, EnvClientSecret)) {
        clientId = environmentValue(environment, EnvClientId);
        clientSecret = environmentValue(environment, EnvClientSecret);
    } else {
        apiKey = environmentValue(environment, EnvApiKey);
    }

    if (apiKey) {
        settings.credentialKind = Api::ConnectionSettings::CredentialKind::ApiKey;
        settings.apiKey = apiKey->trimmed();
    } else if (clientId || clientSecret) {
        settings.credentialKind = Api::ConnectionSettings::CredentialKind::ClientCredentials;
        if (!clientId) {
            *error = tr("The client id is missing.");
            *hint = tr("Set --client-id or DINTERO_CLIENT_ID.");
            return std::nullopt;
        }
        if (!clientSecret) {
            *error = tr("The client secret is missing.");
            *hint = tr("Set DINTERO_CLIENT_SECRET (or --client-secret).");
            return std::nullopt;
        }
        settings.clientId = clientId->trimmed();
        settings.clientSecret = *clientSecret;
    } else {
        *error = tr("No credentials given.");
        *hint = connectionHint;
        return std::nullopt;
    }

    if (const std::optional<QString> accountId = pick(options.accountId, EnvAccountId)) {
        settings.accountId = accountId->trimmed();
    } else if (apiKey && Api::ConnectionSettings::isValidAccountId(settings.apiKey.left(9))) {
        // API keys start with the account id (^[PT]\d{8}.*$).
        settings.accountId = settings.apiKey.left(9);
    } else {
        *error = tr("No account id given.");
        *hint = tr("Set --account-id or DINTERO_ACCOUNT_ID, e.g. T12345678 for a test account.");
        return std::nullopt;
    }

    if (const std::optional<QString> problem = settings.validationError()) {
        *error = *problem;
        *hint = connectionHint;
        return std::nullopt;
    }
    return connection;
}

} // namespace Dintero::Cli
