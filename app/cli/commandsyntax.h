#pragma once

#include "cli/invocation.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Dintero::Cli {

// How one command of `dintero-sessions` reads its command line: its name, its help and
// its options, and how the parsed options become the Invocation's options. Each command
// defines its entry in its own <command>syntax.cpp; commandSyntaxes() lists them, so that
// a new command adds one file and one line. The texts are translated in the context of
// ArgumentParser (ArgumentParser::tr()), whose catalogue entries they are.
struct CommandSyntax
{
    CommandKind kind = CommandKind::List;
    const char *name = ""; // stable: scripts use it ("payment-token")
    bool takesId = false; // a session id follows the name
    QString (*summary)() = nullptr; // one line of the general help
    QString (*details)() = nullptr; // what the command prints; may be empty
    QList<QCommandLineOption> (*options)() = nullptr; // the command's own options
    // The command's options from a parser that accepted options(); `id` is set when
    // takesId. nullopt and *error (translated, naming the option) when a value is unusable.
    std::optional<CommandOptions> (*read)(const QCommandLineParser &parser, const QString &id, QString *error)
        = nullptr;
};

CommandSyntax listSyntax();
CommandSyntax getSyntax();
CommandSyntax cancelSyntax();
CommandSyntax paymentTokenSyntax();
CommandSyntax createSyntax();
CommandSyntax updateSyntax();

// Every command, in the order of the general help.
const QList<CommandSyntax> &commandSyntaxes();
const CommandSyntax &commandSyntax(CommandKind command);

// Building blocks of the entries.
QCommandLineOption valueOption(const char *name, const QString &description, const QString &valueName);
QCommandLineOption flagOption(const char *name, const QString &description);
QCommandLineOption formatOption(bool withCsv);
// --format: table unless given; csv and ndjson (the list formats) only where withCsv.
std::optional<OutputFormat> parseFormat(const QCommandLineParser &parser, bool withCsv, QString *error);
// The first of `names` that is missing or blank (without "--"), or an empty string.
QString firstMissing(const QCommandLineParser &parser, const QStringList &names);
// Those of `names` that were given, as "--name".
QStringList givenOptions(const QCommandLineParser &parser, const QStringList &names);

} // namespace Dintero::Cli
