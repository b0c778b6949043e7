#pragma once

#include "cli/invocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace Dintero::Cli {

// The outcome of reading a command line: a command to run, a text to print (help,
// version) or a usage error.
struct ParseResult
{
    enum class Action {
        Run, // run `invocation`
        ShowHelp, // print `text` on stdout, exit 0
        ShowVersion, // print `text` on stdout, exit 0
        UsageError, // print `text` and `hint` on stderr, exit 2
    };

    Action action = Action::UsageError;
    QString text;
    QString hint;
    Invocation invocation;
};

// Turns the arguments of `dintero-sessions` (and the DINTERO_* environment) into an
// Invocation. Pure: reads no files, sends nothing, so that tests can feed it any
// command line. All checks that need no server happen here, so that a bad command
// line never reaches the network.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(Dintero::Cli::ArgumentParser)

public:
    static constexpr int DefaultListLimit = 10;
    static constexpr int AllPagesLimit = 100;
    // Dintero's amounts are int32 minor units.
    static constexpr qint64 MaxAmount = std::numeric_limits<qint32>::max();

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    static ParseResult parse(const QStringList &arguments, const QProcessEnvironment &environment);

    static QString generalHelp();
    static QString commandHelp(CommandKind command);
    static std::optional<CommandKind> commandFromName(const QString &name);
    // "Run 'dintero-sessions COMMAND --help' for its options.": the hint of a usage error.
    static QString commandHint(CommandKind command);

    // The building blocks, public for tests. Each returns nullopt and fills *error
    // (translated, naming the option) when the text is not acceptable.

    // yyyy-mm-dd (local midnight; with endOfDay the last millisecond of that day) or
    // an ISO 8601 date-time (local time unless it carries Z or an offset).
    static std::optional<QDateTime> parseDate(
        const QString &option, const QString &text, bool endOfDay, QString *error);
    // "id:description:quantity:amount:vat" -> an order item (line_id = lineNumber).
    // The description may itself contain ':'.
    static std::optional<QJsonObject> parseItem(const QString &text, int lineNumber, QString *error);
    // A whole number of minor units that fits Dintero's int32 amounts.
    static std::optional<qint64> parseAmount(const QString &option, const QString &text, QString *error);
    static std::optional<QString> parseCurrency(const QString &option, const QString &text, QString *error);
    // An absolute http(s) URL.
    static std::optional<QUrl> parseUrl(const QString &option, const QString &text, QString *error);

    // Connection settings from the options (which win) and the environment. nullopt with
    // *error and *hint when something is missing or invalid. Messages never contain a secret.
    struct ConnectionValues
    {
        bool demo = false;
        std::optional<QString> baseUrl;
        std::optional<QString> accountId;
        std::optional<QString> clientId;
        std::optional<QString> clientSecret;
        std::optional<QString> apiKey;
    };
    static std::optional<ConnectionOptions> resolveConnection(
        const ConnectionValues &options, const QProcessEnvironment &environment, QString *error, QString *hint);
};

} // namespace Dintero::Cli
