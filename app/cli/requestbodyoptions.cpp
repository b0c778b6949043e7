#include "cli/requestbodyoptions.h"

#include "cli/argumentparser.h"
#include "cli/commandsyntax.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Dintero::Cli {

QList<QCommandLineOption> itemAndBodyOptions()
{
    return {
        valueOption("item",
            ArgumentParser::tr("An order line, id:description:quantity:amount:vat (amount in minor units incl. VAT, "
                               "vat in percent). Repeatable."),
            ArgumentParser::tr("item")),
        valueOption("body",
            ArgumentParser::tr("Send the JSON object in this file instead of building it from options (- reads "
                               "standard input)."),
            ArgumentParser::tr("file")),
    };
}

std::optional<QJsonArray> parseItems(const QCommandLineParser &parser, qint64 *sum, QString *error)
{
    QJsonArray items;
    *sum = 0;
    const QStringList values = parser.values(QStringLiteral("item"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const std::optional<QJsonObject> item = ArgumentParser::parseItem(values.at(i), int(i + 1), error);
        if (!item)
            return std::nullopt;
        *sum += item->value(QLatin1String("amount")).toInteger();
        items.append(*item);
    }
    if (*sum > ArgumentParser::MaxAmount) {
        *error = ArgumentParser::tr("The items add up to more than %1, the largest amount Dintero accepts.")
                     .arg(ArgumentParser::MaxAmount);
        return std::nullopt;
    }
    return items;
}

bool readBodyOption(const QCommandLineParser &parser, const QStringList &fieldOptions, QString *path, QString *error)
{
    path->clear();
    if (!parser.isSet(QStringLiteral("body")))
        return true;
    const QStringList fields = givenOptions(parser, fieldOptions);
    if (!fields.isEmpty()) {
        *error = ArgumentParser::tr("--body cannot be combined with %1; put those fields in the JSON.")
                     .arg(fields.join(QStringLiteral(", ")));
        return false;
    }
    *path = parser.value(QStringLiteral("body"));
    if (path->isEmpty()) {
        *error = ArgumentParser::tr("--body needs a file name, or - for standard input.");
        return false;
    }
    return true;
}

} // namespace Dintero::Cli
