// `list`: one page of sessions, or every page with --all.

#include "cli/argumentparser.h"
#include "cli/commandsyntax.h"

#include <QCommandLineParser>

namespace Dintero::Cli {
namespace {

QList<QCommandLineOption> listCommandOptions()
{
    return {
        valueOption("search", ArgumentParser::tr("Match merchant references or the customer's name."),
            ArgumentParser::tr("text")),
        valueOption(
            "store-id", ArgumentParser::tr("Only sessions of this store. Repeatable."), ArgumentParser::tr("id")),
        valueOption("id", ArgumentParser::tr("Only this session id. Repeatable."), ArgumentParser::tr("id")),
        valueOption("transaction-id", ArgumentParser::tr("Only the session of this transaction. Repeatable."),
            ArgumentParser::tr("id")),
        valueOption("created-from",
            ArgumentParser::tr("Created at or after: yyyy-mm-dd (local midnight) or an ISO 8601 date-time."),
            ArgumentParser::tr("date")),
        valueOption("created-to",
            ArgumentParser::tr("Created at or before: yyyy-mm-dd (the whole day) or an ISO 8601 date-time."),
            ArgumentParser::tr("date")),
        valueOption("limit", ArgumentParser::tr("Sessions per page, 1 to 100 (default 10)."), ArgumentParser::tr("n")),
        flagOption("all", ArgumentParser::tr("Read every page (100 sessions each) instead of one.")),
        valueOption("starting-after", ArgumentParser::tr("Start after this session id, where an earlier run stopped."),
            ArgumentParser::tr("id")),
        formatOption(true),
    };
}

// --created-from/--created-to into the filter; false and *error when a date is unusable
// or the range is upside down.
bool readCreatedRange(const QCommandLineParser &parser, Core::SessionFilter &filter, QString *error)
{
    if (parser.isSet(QStringLiteral("created-from"))) {
        const auto from = ArgumentParser::parseDate(
            QStringLiteral("--created-from"), parser.value(QStringLiteral("created-from")), false, error);
        if (!from)
            return false;
        filter.setCreatedFrom(*from);
    }
    if (parser.isSet(QStringLiteral("created-to"))) {
        const auto to = ArgumentParser::parseDate(
            QStringLiteral("--created-to"), parser.value(QStringLiteral("created-to")), true, error);
        if (!to)
            return false;
        filter.setCreatedTo(*to);
    }
    if (filter.createdFrom().isValid() && filter.createdTo().isValid() && filter.createdFrom() > filter.createdTo()) {
        *error = ArgumentParser::tr("--created-from is later than --created-to.");
        return false;
    }
    return true;
}

std::optional<CommandOptions> readListOptions(const QCommandLineParser &parser, const QString &, QString *error)
{
    ListOptions options;
    Core::SessionFilter &filter = options.filter;
    filter.setSearch(parser.value(QStringLiteral("search")));
    filter.setStoreIds(parser.values(QStringLiteral("store-id")));
    filter.setSessionIds(parser.values(QStringLiteral("id")));
    filter.setTransactionIds(parser.values(QStringLiteral("transaction-id")));
    if (!readCreatedRange(parser, filter, error))
        return std::nullopt;

    options.all = parser.isSet(QStringLiteral("all"));
    options.startingAfter = parser.value(QStringLiteral("starting-after")).trimmed();
    if (parser.isSet(QStringLiteral("starting-after")) && options.startingAfter.isEmpty()) {
        *error = ArgumentParser::tr("--starting-after needs the id of a session.");
        return std::nullopt;
    }
    int limit = options.all ? ArgumentParser::AllPagesLimit : ArgumentParser::DefaultListLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        if (options.all) {
            *error = ArgumentParser::tr("--limit cannot be combined with --all, which reads pages of %1.")
                         .arg(ArgumentParser::AllPagesLimit);
            return std::nullopt;
        }
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || limit < 1 || limit > Core::SessionFilter::MaxLimit) {
            *error = ArgumentParser::tr("--limit must be a whole number from 1 to %1, not '%2'.")
                         .arg(Core::SessionFilter::MaxLimit)
                         .arg(parser.value(QStringLiteral("limit")));
            return std::nullopt;
        }
    }
    filter.setLimit(limit);

    const auto format = parseFormat(parser, true, error);
    if (!format)
        return std::nullopt;
    options.format = *format;
    return options;
}

} // namespace

CommandSyntax listSyntax()
{
    return {
        .kind = CommandKind::List,
        .name = "list",
        .takesId = false,
        .summary = [] { return ArgumentParser::tr("List sessions: one page, or every page with --all."); },
        .details =
            [] {
                return ArgumentParser::tr(
                    "json prints one array of the session objects as Dintero sent them; ndjson prints each session "
                    "object on a line of its own; csv prints a header row and "
                    "one row per session (amounts as decimals in major units, times in UTC); table prints aligned "
                    "columns: created, status, merchant reference, customer, amount, store, id. Pages are written as "
                    "they "
                    "arrive; when a page fails, what was written stays valid and the message names the "
                    "--starting-after to go on with.");
            },
        .options = listCommandOptions,
        .read = readListOptions,
    };
}

} // namespace Dintero::Cli
