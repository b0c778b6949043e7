// `update ID`: replaces order fields of a session from field options or --body.

#include "cli/argumentparser.h"
#include "cli/commandsyntax.h"
#include "cli/requestbodyoptions.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Dintero::Cli {
namespace {

// The options that build the body; --body replaces them all.
const QStringList &updateFieldOptions()
{
    static const QStringList fields { QStringLiteral("amount"), QStringLiteral("reference-2"), QStringLiteral("item") };
    return fields;
}

QList<QCommandLineOption> updateCommandOptions()
{
    QList<QCommandLineOption> options {
        valueOption("amount",
            ArgumentParser::tr("New order amount in minor units. Default with --item: the sum of the items."),
            ArgumentParser::tr("amount")),
        valueOption("reference-2", ArgumentParser::tr("New second merchant reference."), ArgumentParser::tr("text")),
    };
    options += itemAndBodyOptions();
    options += flagOption("update-without-lock",
        ArgumentParser::tr("Update although the session is not locked for paying (only before the customer "
                           "has seen the checkout)."));
    options += formatOption(false);
    return options;
}

std::optional<CommandOptions> readUpdateOptions(const QCommandLineParser &parser, const QString &id, QString *error)
{
    UpdateOptions options;
    options.id = id;
    options.updateWithoutLock = parser.isSet(QStringLiteral("update-without-lock"));
    const auto format = parseFormat(parser, false, error);
    if (!format)
        return std::nullopt;
    options.format = *format;

    if (!readBodyOption(parser, updateFieldOptions(), &options.bodyPath, error))
        return std::nullopt;
    if (!options.bodyPath.isEmpty())
        return options;
    if (givenOptions(parser, updateFieldOptions()).isEmpty()) {
        *error = ArgumentParser::tr("Nothing to update: give --amount, --reference-2, --item or --body FILE.");
        return std::nullopt;
    }

    qint64 itemSum = 0;
    const auto items = parseItems(parser, &itemSum, error);
    if (!items)
        return std::nullopt;
    QJsonObject order;
    if (parser.isSet(QStringLiteral("amount"))) {
        const auto amount
            = ArgumentParser::parseAmount(QStringLiteral("--amount"), parser.value(QStringLiteral("amount")), error);
        if (!amount)
            return std::nullopt;
        order.insert(QStringLiteral("amount"), *amount);
    } else if (!items->isEmpty()) {
        order.insert(QStringLiteral("amount"), itemSum);
    }
    if (!items->isEmpty())
        order.insert(QStringLiteral("items"), *items);
    if (parser.isSet(QStringLiteral("reference-2")))
        order.insert(QStringLiteral("merchant_reference_2"), parser.value(QStringLiteral("reference-2")).trimmed());
    options.body = QJsonObject { { QStringLiteral("order"), order } };
    return options;
}

} // namespace

CommandSyntax updateSyntax()
{
    return {
        .kind = CommandKind::Update,
        .name = "update",
        .takesId = true,
        .summary = [] { return ArgumentParser::tr("Change a session's order and print the session."); },
        .details = [] { return ArgumentParser::tr("The order fields given replace those of the session."); },
        .options = updateCommandOptions,
        .read = readUpdateOptions,
    };
}

} // namespace Dintero::Cli
