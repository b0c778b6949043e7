// `create`: a new session from field options or --body; prints its id and link.

#include "cli/argumentparser.h"
#include "cli/commandsyntax.h"
#include "cli/requestbodyoptions.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QUrl>

namespace Dintero::Cli {
namespace {

// The options that build the body; --body replaces them all.
const QStringList &createFieldOptions()
{
    static const QStringList fields {
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
    return fields;
}

QList<QCommandLineOption> createCommandOptions()
{
    QList<QCommandLineOption> options {
        valueOption("profile", ArgumentParser::tr("Create from this payment profile (POST /sessions-profile)."),
            ArgumentParser::tr("id")),
        valueOption("currency", ArgumentParser::tr("ISO 4217 currency, e.g. NOK. Required without --body."),
            ArgumentParser::tr("code")),
        valueOption("amount",
            ArgumentParser::tr(
                "Order amount in minor units incl. VAT (29990 = 299.90). Default: the sum of the items."),
            ArgumentParser::tr("amount")),
        valueOption("reference", ArgumentParser::tr("Merchant reference. Required without --body."),
            ArgumentParser::tr("text")),
        valueOption("reference-2", ArgumentParser::tr("Second merchant reference."), ArgumentParser::tr("text")),
        valueOption("return-url", ArgumentParser::tr("Where the customer returns afterwards. Required without --body."),
            ArgumentParser::tr("url")),
        valueOption("callback-url", ArgumentParser::tr("Server-to-server callback URL."), ArgumentParser::tr("url")),
        valueOption("email", ArgumentParser::tr("Customer e-mail."), ArgumentParser::tr("address")),
        valueOption(
            "phone", ArgumentParser::tr("Customer phone number, e.g. +4791234567."), ArgumentParser::tr("number")),
        valueOption("customer-id", ArgumentParser::tr("Customer id."), ArgumentParser::tr("id")),
        valueOption("store-id", ArgumentParser::tr("Store id (order.store.id)."), ArgumentParser::tr("id")),
        valueOption("expires-at",
            ArgumentParser::tr("When the payment link stops working: ISO 8601 date-time, or yyyy-mm-dd "
                               "(the end of that day)."),
            ArgumentParser::tr("date")),
    };
    options += itemAndBodyOptions();
    return options;
}

// "order": amount (given, or the sum of the items), currency, references, items, store.
std::optional<QJsonObject> readOrder(const QCommandLineParser &parser, QString *error)
{
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
        *error = ArgumentParser::tr("Missing --amount (or at least one --item to add up).");
        return std::nullopt;
    }
    const auto currency
        = ArgumentParser::parseCurrency(QStringLiteral("--currency"), parser.value(QStringLiteral("currency")), error);
    if (!currency)
        return std::nullopt;

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
    return order;
}

// "url": return_url and, when given, callback_url.
std::optional<QJsonObject> readUrls(const QCommandLineParser &parser, QString *error)
{
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
    return url;
}

QJsonObject readCustomer(const QCommandLineParser &parser)
{
    QJsonObject customer;
    if (const QString value = parser.value(QStringLiteral("customer-id")).trimmed(); !value.isEmpty())
        customer.insert(QStringLiteral("customer_id"), value);
    if (const QString value = parser.value(QStringLiteral("email")).trimmed(); !value.isEmpty())
        customer.insert(QStringLiteral("email"), value);
    if (const QString value = parser.value(QStringLiteral("phone")).trimmed(); !value.isEmpty())
        customer.insert(QStringLiteral("phone_number"), value);
    return customer;
}

std::optional<CommandOptions> readCreateOptions(const QCommandLineParser &parser, const QString &, QString *error)
{
    CreateOptions options;
    if (parser.isSet(QStringLiteral("profile"))) {
        options.profileId = parser.value(QStringLiteral("profile")).trimmed();
        if (options.profileId.isEmpty()) {
            *error = ArgumentParser::tr("--profile must not be empty.");
            return std::nullopt;
        }
    }
    if (!readBodyOption(parser, createFieldOptions(), &options.bodyPath, error))
        return std::nullopt;
    if (!options.bodyPath.isEmpty())
        return options;

    const QString missing = firstMissing(
        parser, { QStringLiteral("currency"), QStringLiteral("reference"), QStringLiteral("return-url") });
    if (!missing.isEmpty()) {
        *error = ArgumentParser::tr("Missing --%1 (or give the whole request with --body FILE).").arg(missing);
        return std::nullopt;
    }
    const std::optional<QJsonObject> order = readOrder(parser, error);
    if (!order)
        return std::nullopt;
    const std::optional<QJsonObject> url = readUrls(parser, error);
    if (!url)
        return std::nullopt;

    QJsonObject body { { QStringLiteral("url"), *url }, { QStringLiteral("order"), *order } };
    if (const QJsonObject customer = readCustomer(parser); !customer.isEmpty())
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

} // namespace

CommandSyntax createSyntax()
{
    return {
        .kind = CommandKind::Create,
        .name = "create",
        .takesId = false,
        .summary = [] { return ArgumentParser::tr("Create a session and print its id and payment link."); },
        .details =
            [] {
                return ArgumentParser::tr(
                    "Prints the new session's id and its payment link, one per line. Without --profile the session "
                    "is created with POST /sessions and a minimal configuration (Dintero card payments).");
            },
        .options = createCommandOptions,
        .read = readCreateOptions,
    };
}

} // namespace Dintero::Cli
