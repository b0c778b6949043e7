#pragma once

#include <QCommandLineOption>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Dintero::Cli {

// The request body of `create` and `update`: built from field options and --item, or
// taken whole from the JSON object of --body FILE (read when the command runs, by
// Command::requestBody()).

// --item and --body, in the order of the help.
QList<QCommandLineOption> itemAndBodyOptions();

// Every --item as order lines (line_id 1, 2, ...); *sum is their total. nullopt and
// *error on the first bad one, or when the total exceeds what Dintero accepts.
std::optional<QJsonArray> parseItems(const QCommandLineParser &parser, qint64 *sum, QString *error);

// --body, which replaces the command's field options (names without "--"). true with
// *path empty when --body is not given, true with *path set when it is; false and
// *error when it names no file or comes with a field option.
bool readBodyOption(const QCommandLineParser &parser, const QStringList &fieldOptions, QString *path, QString *error);

} // namespace Dintero::Cli
