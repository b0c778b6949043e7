#include "cli/argumentparser.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <limits>

namespace Dintero::Cli {
namespace {

constexpr auto ProgramName = "dintero-sessions";
constexpr qint64 MaxAmount = std::numeric_limits<qint32>::max();

// Translation context of the helpers below: the same as ArgumentParser's.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Dintero::Cli::ArgumentParser)
};

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

QCommandLineOption valueOption(const char *name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QLatin1String(name), description, valueName);
}

QCommandLineOption flagOption(const char *name, const QString &description)
{
    return QCommandLineOption(QLatin1String(name), description);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, Text::tr("Show this help."));
}

QCommandLineOption versionOption()
{
    return flagOption("version", Text::tr("Show the version."));
}

QList<QCommandLineOption> connectionOptions()
{
    return {
        valueOption("base-url",
            Text::tr("Checkout API address (default https://checkout.dintero.com/v1). [DINTERO_BASE_URL]"),
            Text::tr("url")),
        valueOption(
            "account-id", Text::tr("Dintero account id, T or P and 8 digits. [DINTERO_ACCOUNT_ID]"), Text::tr("id")),
        valueOption("client-id", Text::tr("API client id (client credentials). [DINTERO_CLIENT_ID]"), Text::tr("id")),
        valueOption("client-secret",
            Text::tr("API client secret; prefer the environment variable, which other users cannot see. "
                     "[DINTERO_CLIENT_SECRET]"),
            Text::tr("secret")),
        valueOption(
            "api-key", Text::tr("API key, sent as x-api-key, instead of a client. [DINTERO_API_KEY]"), Text::tr("key")),
        flagOption("demo", Text::tr("Use an embedded sandbox with generated sessions instead of Dintero.")),
    };
}

QCommandLineOption formatOption(bool withCsv)
{
    return valueOption("format",
        withCsv ? Text::tr("Output: table (default), json or csv.") : Text::tr("Output: table (default) or json."),
        Text::tr("format"));
}

QList<QCommandLineOption> itemAndBodyOptions()
{
    return {
        valueOption("item",
            Text::tr("An order line, id:description:quantity:amount:vat (amount in minor units incl. VAT, vat in "
                     "percent). Repeatable."),
            Text::tr("item")),
        valueOption("body",
            Text::tr("Send the JSON object in this file instead of building it from options (- reads "
                     "standard input)."),
            Text::tr("file")),
    };
}

QList<QCommandLineOption> commandOptions(CommandKind command)
{
    switch (command) {
    case CommandKind::List:
        return {
            valueOption("search", Text::tr("Match merchant references or the customer's name."), Text::tr("text")),
            valueOption("store-id", Text::tr("Only sessions of this store. Repeatable."), Text::tr("id")),
            valueOption("id", Text::tr("Only this session id. Repeatable."), Text::tr("id")),
            valueOption(
                "transaction-id", Text::tr("Only the session of this transaction. Repeatable."), Text::tr("id")),
            valueOption("created-from",
                Text::tr("Created at or after: yyyy-mm-dd (local midnight) or an ISO 8601 date-time."),
                Text::tr("date")),
            valueOption("created-to",
                Text::tr("Created at or before: yyyy-mm-dd (the whole day) or an ISO 8601 date-time."),
                Text::tr("date")),
            valueOption("limit", Text::tr("Sessions per page, 1 to 100 (default 10)."), Text::tr("n")),
            flagOption("all", Text::tr("Read every page (100 sessions each) instead of one.")),
            formatOption(true),
        };
    case CommandKind::Get:
        return { formatOption(false) };
    case CommandKind::Cancel:
        return { flagOption("yes", Text::tr("Do not ask for confirmation (required without a terminal).")) };
    case CommandKind::PaymentToken:
        return {
            valueOption("currency", Text::tr("ISO 4217 currency, e.g. NOK. Required."), Text::tr("code")),
            valueOption("reference", Text::tr("Merchant reference. Required."), Text::tr("text")),
            valueOption("return-url", Text::tr("Where the customer returns afterwards. Required."), Text::tr("url")),
            valueOption("email", Text::tr("Customer e-mail."), Text::tr("address")),
            valueOption("phone", Text::tr("Customer phone number, e.g. +4791234567."), Text::tr("number")),
            valueOption("customer-id", Text::tr("Customer id."), Text::tr("id")),
            valueOption("store-id", Text::tr("Store id (order.store.id)."), Text::tr("id")),
            valueOption("product-type",
                Text::tr("Payment product that stores the token (default dintero_psp.creditcard)."), Text::tr("type")),
        };
    case CommandKind::Create: {
        QList<QCommandLineOption> options {
            valueOption(
                "profile", Text::tr("Create from this payment profile (POST /sessions-profile)."), Text::tr("id")),
            valueOption(
                "currency", Text::tr("ISO 4217 currency, e.g. NOK. Required without --body."), Text::tr("code")),
            valueOption("amount",
                Text::tr("Order amount in minor units incl. VAT (29990 = 299.90). Default: the sum of the items."),
                Text::tr("amount")),
            valueOption("reference", Text::tr("Merchant reference. Required without --body."), Text::tr("text")),
            valueOption("reference-2", Text::tr("Second merchant reference."), Text::tr("text")),
            valueOption("return-url", Text::tr("Where the customer returns afterwards. Required without --body."),
                Text::tr("url")),
            valueOption("callback-url", Text::tr("Server-to-server callback URL."), Text::tr("url")),
            valueOption("email", Text::tr("Customer e-mail."), Text::tr("address")),
            valueOption("phone", Text::tr("Customer phone number, e.g. +4791234567."), Text::tr("number")),
            valueOption("customer-id", Text::tr("Customer id."), Text::tr("id")),
            valueOption("store-id", Text::tr("Store id (order.store.id)."), Text::tr("id")),
            valueOption("expires-at",
                Text::tr("When the payment link stops working: ISO 8601 date-time, or yyyy-mm-dd "
                         "(the end of that day)."),
                Text::tr("date")),
        };
        options += itemAndBodyOptions();
        return options;
    }
    case CommandKind::Update: {
        QList<QCommandLineOption> options {
            valueOption("amount",
                Text::tr("New order amount in minor units. Default with --item: the sum of the items."),
                Text::tr("amount")),
            valueOption("reference-2", Text::tr("New second merchant reference."), Text::tr("text")),
        };
        options += itemAndBodyOptions();
        options += flagOption("update-without-lock",
            Text::tr("Update although the session is not locked for paying (only before the customer "
                     "has seen the checkout)."));
        options += formatOption(false);
        return options;
    }
    }
    return {};
}

QString commandSummary(CommandKind command)
{
    switch (command) {
    case CommandKind::List:
        return Text::tr("List sessions: one page, or every page with --all.");
    case CommandKind::Get:
        return Text::tr("Show one session with its amounts, items and events.");
    case CommandKind::Cancel:
        return Text::tr("Cancel a session; also voids an INITIATED or AUTHORIZED transaction.");
    case CommandKind::PaymentToken:
        return Text::tr("Create a session that stores a card token, and print its link.");
    case CommandKind::Create:
        return Text::tr("Create a session and print its id and payment link.");
    case CommandKind::Update:
        return Text::tr("Change a session's order and print the session.");
    }
    return {};
}

QString commandSynopsis(CommandKind command)
{
    switch (command) {
    case CommandKind::Get:
    case CommandKind::Cancel:
    case CommandKind::Update:
        return Text::tr("%1 [options] %2 ID [options]").arg(program(), commandName(command));
    default:
        return Text::tr("%1 [options] %2 [options]").arg(program(), commandName(command));
    }
}

// Extra paragraphs of a command's help: what it prints.
QString commandDetails(CommandKind command)
{
    switch (command) {
    case CommandKind::List:
        return Text::tr(
            "json prints one array of the session objects as Dintero sent them; csv prints a header row and one "
            "row per session (amounts as decimals in major units, times in UTC); table prints aligned columns: "
            "created, status, merchant reference, customer, amount, store, id.");
    case CommandKind::Get:
        return Text::tr("json prints the session object as Dintero sent it.");
    case CommandKind::Cancel:
        return Text::tr("On a terminal the command shows the session and asks before it cancels; without a terminal it "
                        "needs --yes. Exit status 1 when Dintero refuses, when the answer is not yes, or when the "
                        "outcome could not be confirmed (the message then says UNKNOWN).");
    case CommandKind::PaymentToken:
        return Text::tr("Prints only the link (the session's url) on standard output.");
    case CommandKind::Create:
        return Text::tr(
            "Prints the new session's id and its payment link, one per line. Without --profile the session is "
            "created with POST /sessions and a minimal configuration (Dintero card payments).");
    case CommandKind::Update:
        return Text::tr("The order fields given replace those of the session.");
    }
    return {};
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
        Text::tr("Connection options (options win over the environment variables in brackets):"), options);
}

QString exitCodeHelp()
{
    return Text::tr("Exit status: 0 success, 1 Dintero error (or an unconfirmed outcome), 2 usage error.");
}

QString generalHint()
{
    return Text::tr("Run '%1 --help' for the commands.").arg(program());
}

QString commandHint(CommandKind command)
{
    return Text::tr("Run '%1 %2 --help' for its options.").arg(program(), commandName(command));
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
    *error = withCsv
        ? Text::tr("--format must be table, json or csv, not '%1'.").arg(parser.value(QStringLiteral("format")))
        : Text::tr("--format must be table or json, not '%1'.").arg(parser.value(QStringLiteral("format")));
    return std::nullopt;
}

// Reads every --item; nullopt and *error on the first bad one.
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
    if (*sum > MaxAmount) {
        *error = Text::tr("The items add up to more than %1, the largest amount Dintero accepts.").arg(MaxAmount);
        return std::nullopt;
    }
    return items;
}

QStringList setFieldOptions(const QCommandLineParser &parser, CommandKind command);

// The file of --body, or empty and *error when field options come with it or no file is named.
QString bodyOption(const QCommandLineParser &parser, CommandKind command, QString *error)
{
    const QStringList fields = setFieldOptions(parser, command);
    if (!fields.isEmpty()) {
        *error = Text::tr("--body cannot be combined with %1; put those fields in the JSON.")
                     .arg(fields.join(QStringLiteral(", ")));
        return {};
    }
    const QString path = parser.value(QStringLiteral("body"));
    if (path.isEmpty())
        *error = Text::tr("--body needs a file name, or - for standard input.");
    return path;
}

// Options of `create`/`update` that build the body; --body excludes them.
QStringList setFieldOptions(const QCommandLineParser &parser, CommandKind command)
{
    static const QStringList createFields {
        QStringLiteral("currency"),
        QStringLiteral("amount"),
        QStringLiteral("reference"),
        QStringLiteral("reference-2"),
        QStringLiteral("return-url"),
        QStringLiteral("callback-url"),
        QStringLiteral("email"),
        QStringLiteral("phone"),
        QStringLiteral("customer-id"),
        QStringLiteral("store-id"),
        QStringLiteral("expires-at"),
        QStringLiteral("item"),
    };
    static const QStringList updateFields { QStringLiteral("amount"), QStringLiteral("reference-2"),
        QStringLiteral("item") };
    QStringList set;
    for (const QString &name : command == CommandKind::Create ? createFields : updateFields) {
        if (parser.isSet(name))
            set.append(QStringLiteral("--") + name);
    }
    return set;
}

QString requiredMissing(const QCommandLineParser &parser, const QStringList &names)
{
    for (const QString &name : names) {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return name;
    }
    return {};
}

std::optional<ListOptions> listOptions(const QCommandLineParser &parser, QString *error)
{
    ListOptions options;
    Core::SessionFilter &filter = options.filter;
    filter.setSearch(parser.value(QStringLiteral("search")));
    filter.setStoreIds(parser.values(QStringLiteral("store-id")));
    filter.setSessionIds(parser.values(QStringLiteral("id")));
    filter.setTransactionIds(parser.values(QStringLiteral("transaction-id")));

    if (parser.isSet(QStringLiteral("created-from"))) {
        const auto from = ArgumentParser::parseDate(
            QStringLiteral("--created-from"), parser.value(QStringLiteral("created-from")), false, error);
        if (!from)
            return std::nullopt;
        filter.setCreatedFrom(*from);
    }
    if (parser.isSet(QStringLiteral("created-to"))) {
        const auto to = ArgumentParser::parseDate(
            QStringLiteral("--created-to"), parser.value(QStringLiteral("created-to")), true, error);
        if (!to)
            return std::nullopt;
        filter.setCreatedTo(*to);
    }
    if (filter.createdFrom().isValid() && filter.createdTo().isValid() && filter.createdFrom() > filter.createdTo()) {
        *error = Text::tr("--created-from is later than --created-to.");
        return std::nullopt;
    }

    options.all = parser.isSet(QStringLiteral("all"));
    int limit = options.all ? ArgumentParser::AllPagesLimit : ArgumentParser::DefaultListLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        if (options.all) {
            *error = Text::tr("--limit cannot be combined with --all, which reads pages of %1.")
                         .arg(ArgumentParser::AllPagesLimit);
            return std::nullopt;
        }
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || limit < 1 || limit > Core::SessionFilter::MaxLimit) {
            *error = Text::tr("--limit must be a whole number from 1 to %1, not '%2'.")
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

std::optional<PaymentTokenOptions> paymentTokenOptions(const QCommandLineParser &parser, QString *error)
{
    const QString missing = requiredMissing(
        parser, { QStringLiteral("currency"), QStringLiteral("reference"), QStringLiteral("return-url") });
    if (!missing.isEmpty()) {
        *error = Text::tr("Missing --%1.").arg(missing);
        return std::nullopt;
    }
    PaymentTokenOptions options;
    Api::PaymentTokenRequest &request = options.request;
    const auto currency
        = ArgumentParser::parseCurrency(QStringLiteral("--currency"), parser.value(QStringLiteral("currency")), error);
    if (!currency)
        return std::nullopt;
    request.currency = *currency;
    request.merchantReference = parser.value(QStringLiteral("reference")).trimmed();
    const auto returnUrl
        = ArgumentParser::parseUrl(QStringLiteral("--return-url"), parser.value(QStringLiteral("return-url")), error);
    if (!returnUrl)
        return std::nullopt;
    request.returnUrl = *returnUrl;
    request.customerEmail = parser.value(QStringLiteral("email")).trimmed();
    request.customerPhone = parser.value(QStringLiteral("phone")).trimmed();
    request.customerId = parser.value(QStringLiteral("customer-id")).trimmed();
    request.storeId = parser.value(QStringLiteral("store-id")).trimmed();
    if (parser.isSet(QStringLiteral("product-type"))) {
        request.paymentProductType = parser.value(QStringLiteral("product-type")).trimmed();
        if (request.paymentProductType.isEmpty()) {
            *error = Text::tr("--product-type must not be empty.");
            return std::nullopt;
        }
    }
    if (const std::optional<QString> problem = request.validationError()) {
        *error = *problem;
        return std::nullopt;
    }
    return options;
}

std::optional<CreateOptions> createOptions(const QCommandLineParser &parser, QString *error)
{
    CreateOptions options;
    if (parser.isSet(QStringLiteral("profile"))) {
        options.profileId = parser.value(QStringLiteral("profile")).trimmed();
        if (options.profileId.isEmpty()) {
            *error = Text::tr("--profile must not be empty.");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("body"))) {
        options.bodyPath = bodyOption(parser, CommandKind::Create, error);
        if (options.bodyPath.isEmpty())
            return std::nullopt;
        return options;
    }

    const QString missing = requiredMissing(
        parser, { QStringLiteral("currency"), QStringLiteral("reference"), QStringLiteral("return-url") });
    if (!missing.isEmpty()) {
        *error = Text::tr("Missing --%1 (or give the whole request with --body FILE).").arg(missing);
        return std::nullopt;
    }
    qint64 itemSum = 0;
    const auto items = parseItems(parser, &itemSum, error);
    if (!items)
        return std::nullopt;
    qint64 amount = itemSum;
    if (parser.isSet(QStringLiteral("amount"))) {
        const auto given
            = ArgumentParser::parseAmount(QStringLiteral("--amount"), parser.value(QStringLiteral("amount")), error);
        if (!given)
            return std::nullopt;
        amount = *given;
    } else if (items->isEmpty()) {
        *error = Text::tr("Missing --amount (or at least one --item to add up).");
        return std::nullopt;
    }
    const auto currency
        = ArgumentParser::parseCurrency(QStringLiteral("--currency"), parser.value(QStringLiteral("currency")), error);
    if (!currency)
        return std::nullopt;
    const auto returnUrl
        = ArgumentParser::parseUrl(QStringLiteral("--return-url"), parser.value(QStringLiteral("return-url")), error);
    if (!returnUrl)
        return std::nullopt;

    QJsonObject url { { QStringLiteral("return_url"), returnUrl->toString(QUrl::FullyEncoded) } };
    if (parser.isSet(QStringLiteral("callback-url"))) {
        const auto callbackUrl = ArgumentParser::parseUrl(
            QStringLiteral("--callback-url"), parser.value(QStringLiteral("callback-url")), error);
        if (!callbackUrl)
            return std::nullopt;
        url.insert(QStringLiteral("callback_url"), callbackUrl->toString(QUrl::FullyEncoded));
    }

    QJsonObject order {
        { QStringLiteral("amount"), amount },
        { QStringLiteral("currency"), *currency },
        { QStringLiteral("merchant_reference"), parser.value(QStringLiteral("reference")).trimmed() },
    };
    if (parser.isSet(QStringLiteral("reference-2")))
        order.insert(QStringLiteral("merchant_reference_2"), parser.value(QStringLiteral("reference-2")).trimmed());
    if (!items->isEmpty())
        order.insert(QStringLiteral("items"), *items);
    if (const QString storeId = parser.value(QStringLiteral("store-id")).trimmed(); !storeId.isEmpty())
        order.insert(QStringLiteral("store"), QJsonObject { { QStringLiteral("id"), storeId } });

    QJsonObject customer;
    if (const QString value = parser.value(QStringLiteral("customer-id")).trimmed(); !value.isEmpty())
        customer.insert(QStringLiteral("customer_id"), value);
    if (const QString value = parser.value(QStringLiteral("email")).trimmed(); !value.isEmpty())
        customer.insert(QStringLiteral("email"), value);
    if (const QString value = parser.value(QStringLiteral("phone")).trimmed(); !value.isEmpty())
        customer.insert(QStringLiteral("phone_number"), value);

    QJsonObject body { { QStringLiteral("url"), url }, { QStringLiteral("order"), order } };
    if (!customer.isEmpty())
        body.insert(QStringLiteral("customer"), customer);
    if (parser.isSet(QStringLiteral("expires-at"))) {
        const auto expiresAt = ArgumentParser::parseDate(
            QStringLiteral("--expires-at"), parser.value(QStringLiteral("expires-at")), true, error);
        if (!expiresAt)
            return std::nullopt;
        body.insert(QStringLiteral("expires_at"), Core::SessionFilter::formatTimestamp(*expiresAt));
    }
    if (options.profileId.isEmpty()) {
        // POST /sessions requires a configuration; Dintero's card payments are the
        // smallest one that yields a usable payment page.
        body.insert(QStringLiteral("configuration"),
            QJsonObject {
                { QStringLiteral("channel"), QStringLiteral("ecommerce") },
                { QStringLiteral("auto_capture"), false },
                { QStringLiteral("dintero_psp"),
                    QJsonObject {
                        { QStringLiteral("creditcard"), QJsonObject { { QStringLiteral("enabled"), true } } } } },
            });
    }
    options.body = body;
    return options;
}

std::optional<UpdateOptions> updateOptions(const QCommandLineParser &parser, const QString &id, QString *error)
{
    UpdateOptions options;
    options.id = id;
    options.updateWithoutLock = parser.isSet(QStringLiteral("update-without-lock"));
    const auto format = parseFormat(parser, false, error);
    if (!format)
        return std::nullopt;
    options.format = *format;

    if (parser.isSet(QStringLiteral("body"))) {
        options.bodyPath = bodyOption(parser, CommandKind::Update, error);
        if (options.bodyPath.isEmpty())
            return std::nullopt;
        return options;
    }
    if (setFieldOptions(parser, CommandKind::Update).isEmpty()) {
        *error = Text::tr("Nothing to update: give --amount, --reference-2, --item or --body FILE.");
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

QString commandName(CommandKind command)
{
    switch (command) {
    case CommandKind::List:
        return QStringLiteral("list");
    case CommandKind::Get:
        return QStringLiteral("get");
    case CommandKind::Cancel:
        return QStringLiteral("cancel");
    case CommandKind::PaymentToken:
        return QStringLiteral("payment-token");
    case CommandKind::Create:
        return QStringLiteral("create");
    case CommandKind::Update:
        return QStringLiteral("update");
    }
    return {};
}

std::optional<CommandKind> ArgumentParser::commandFromName(const QString &name)
{
    for (const CommandKind command : { CommandKind::List, CommandKind::Get, CommandKind::Cancel,
             CommandKind::PaymentToken, CommandKind::Create, CommandKind::Update }) {
        if (commandName(command) == name)
            return command;
    }
    return std::nullopt;
}

QString ArgumentParser::generalHelp()
{
    QString text = tr("Usage: %1 [options] COMMAND [options]").arg(program()) + QStringLiteral("\n\n")
        + tr("Lists, shows, creates, updates and cancels Dintero Checkout sessions.") + QStringLiteral("\n\n")
        + tr("Commands:") + u'\n';
    for (const CommandKind command : { CommandKind::List, CommandKind::Get, CommandKind::Cancel,
             CommandKind::PaymentToken, CommandKind::Create, CommandKind::Update }) {
        text += QStringLiteral("  ") + commandName(command).leftJustified(15) + commandSummary(command) + u'\n';
    }
    text += u'\n' + connectionHelp(true) + u'\n' + exitCodeHelp() + u'\n'
        + tr("Run '%1 COMMAND --help' for the options of a command.").arg(program()) + u'\n';
    return text;
}

QString ArgumentParser::commandHelp(CommandKind command)
{
    QString text
        = tr("Usage: %1").arg(commandSynopsis(command)) + QStringLiteral("\n\n") + commandSummary(command) + u'\n';
    if (const QString details = commandDetails(command); !details.isEmpty())
        text += u'\n' + details + u'\n';
    const QList<QCommandLineOption> options = commandOptions(command);
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

    // Second pass: the command's options, and the connection options again so that
    // they may also follow the command.
    QCommandLineParser second;
    second.addOptions(connectionOptions());
    second.addOption(help);
    second.addOptions(commandOptions(*command));
    if (!second.parse(QStringList { programPath } + positional))
        return usageError(second.errorText(), commandHint(*command));
    if (second.isSet(help))
        return showText(ParseResult::Action::ShowHelp, commandHelp(*command));

    const QStringList operands = second.positionalArguments().mid(1);
    const bool takesId
        = *command == CommandKind::Get || *command == CommandKind::Cancel || *command == CommandKind::Update;
    QString id;
    if (takesId) {
        if (operands.isEmpty() || operands.first().trimmed().isEmpty())
            return usageError(tr("Missing the session id."), commandHint(*command));
        id = operands.first().trimmed();
    }
    if (operands.size() > (takesId ? 1 : 0))
        return usageError(tr("Unexpected argument '%1'.").arg(operands.at(takesId ? 1 : 0)), commandHint(*command));

    ParseResult result;
    result.action = ParseResult::Action::Run;
    result.invocation.command = *command;
    QString error;
    switch (*command) {
    case CommandKind::List: {
        const auto options = listOptions(second, &error);
        if (!options)
            return usageError(error, commandHint(*command));
        result.invocation.options = *options;
        break;
    }
    case CommandKind::Get: {
        const auto format = parseFormat(second, false, &error);
        if (!format)
            return usageError(error, commandHint(*command));
        result.invocation.options = GetOptions { id, *format };
        break;
    }
    case CommandKind::Cancel:
        result.invocation.options = CancelOptions { id, second.isSet(QStringLiteral("yes")) };
        break;
    case CommandKind::PaymentToken: {
        const auto options = paymentTokenOptions(second, &error);
        if (!options)
            return usageError(error, commandHint(*command));
        result.invocation.options = *options;
        break;
    }
    case CommandKind::Create: {
        const auto options = createOptions(second, &error);
        if (!options)
            return usageError(error, commandHint(*command));
        result.invocation.options = *options;
        break;
    }
    case CommandKind::Update: {
        const auto options = updateOptions(second, id, &error);
        if (!options)
            return usageError(error, commandHint(*command));
        result.invocation.options = *options;
        break;
    }
    }

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

std::optional<QDateTime> ArgumentParser::parseDate(
    const QString &option, const QString &text, bool endOfDay, QString *error)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid()) {
            if (endOfDay)
                return QDateTime(date.addDays(1), QTime(0, 0), Qt::LocalTime).addMSecs(-1);
            return QDateTime(date, QTime(0, 0), Qt::LocalTime);
        }
    } else if (trimmed.size() > 10 && trimmed.at(10) == u'T') {
        const QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (dateTime.isValid())
            return dateTime;
    }
    *error = tr("%1 must be a date (2025-03-04) or an ISO 8601 date-time (2025-03-04T09:30:00+01:00), not '%2'.")
                 .arg(option, text);
    return std::nullopt;
}

std::optional<QJsonObject> ArgumentParser::parseItem(const QString &text, int lineNumber, QString *error)
{
    const QStringList parts = text.split(u':');
    const QString shape = tr("--item must look like id:description:quantity:amount:vat, e.g. "
                             "SKU-1:Green tea 250 g:2:19800:25, not '%1'.")
                              .arg(text);
    if (parts.size() < 5) {
        *error = shape;
        return std::nullopt;
    }
    const QString id = parts.first().trimmed();
    const QString description = parts.mid(1, parts.size() - 4).join(u':').trimmed();
    bool quantityOk = false;
    const double quantity = parts.at(parts.size() - 3).trimmed().toDouble(&quantityOk);
    bool vatOk = false;
    const double vat = parts.last().trimmed().toDouble(&vatOk);
    if (id.isEmpty() || description.isEmpty()) {
        *error = shape;
        return std::nullopt;
    }
    if (!quantityOk || !std::isfinite(quantity) || quantity <= 0) {
        *error = tr("The quantity of --item '%1' must be a number above 0.").arg(text);
        return std::nullopt;
    }
    QString amountError;
    const std::optional<qint64> amount
        = parseAmount(QStringLiteral("--item"), parts.at(parts.size() - 2), &amountError);
    if (!amount) {
        *error
            = tr("The amount of --item '%1' must be a whole number of minor units, e.g. 19800 for 198.00.").arg(text);
        return std::nullopt;
    }
    if (!vatOk || !std::isfinite(vat) || vat < 0 || vat > 100) {
        *error = tr("The VAT of --item '%1' must be a percentage from 0 to 100.").arg(text);
        return std::nullopt;
    }
    // vat_amount is display-only for Dintero; the share of VAT in a VAT-inclusive amount.
    const qint64 vatAmount = std::llround(double(*amount) * vat / (100.0 + vat));
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("line_id"), QString::number(lineNumber) },
        { QStringLiteral("description"), description },
        { QStringLiteral("quantity"), quantity },
        { QStringLiteral("amount"), *amount },
        { QStringLiteral("vat"), vat },
        { QStringLiteral("vat_amount"), vatAmount },
    };
}

std::optional<qint64> ArgumentParser::parseAmount(const QString &option, const QString &text, QString *error)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qint64 amount = digits.match(trimmed).hasMatch() ? trimmed.toLongLong(&ok) : 0;
    if (!ok || amount > MaxAmount) {
        *error = tr("%1 must be a whole number of minor units from 0 to %2 (29990 = 299.90), not '%3'.")
                     .arg(option)
                     .arg(MaxAmount)
                     .arg(text);
        return std::nullopt;
    }
    return amount;
}

std::optional<QString> ArgumentParser::parseCurrency(const QString &option, const QString &text, QString *error)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    const QString trimmed = text.trimmed();
    if (!code.match(trimmed).hasMatch()) {
        *error = tr("%1 must be a three-letter ISO 4217 code such as NOK, not '%2'.").arg(option, text);
        return std::nullopt;
    }
    return trimmed.toUpper();
}

std::optional<QUrl> ArgumentParser::parseUrl(const QString &option, const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error
            = tr("%1 must be an absolute http(s) URL such as https://shop.example/return, not '%2'.").arg(option, text);
        return std::nullopt;
    }
    return url;
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
