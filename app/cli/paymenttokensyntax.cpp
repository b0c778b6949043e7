// `payment-token`: a session that stores a card token; prints its link.

#include "cli/argumentparser.h"
#include "cli/commandsyntax.h"

#include <QCommandLineParser>

namespace Dintero::Cli {
namespace {

QList<QCommandLineOption> paymentTokenOptions()
{
    return {
        valueOption(
            "currency", ArgumentParser::tr("ISO 4217 currency, e.g. NOK. Required."), ArgumentParser::tr("code")),
        valueOption("reference", ArgumentParser::tr("Merchant reference. Required."), ArgumentParser::tr("text")),
        valueOption("return-url", ArgumentParser::tr("Where the customer returns afterwards. Required."),
            ArgumentParser::tr("url")),
        valueOption("email", ArgumentParser::tr("Customer e-mail."), ArgumentParser::tr("address")),
        valueOption(
            "phone", ArgumentParser::tr("Customer phone number, e.g. +4791234567."), ArgumentParser::tr("number")),
        valueOption("customer-id", ArgumentParser::tr("Customer id."), ArgumentParser::tr("id")),
        valueOption("store-id", ArgumentParser::tr("Store id (order.store.id)."), ArgumentParser::tr("id")),
        valueOption("product-type",
            ArgumentParser::tr("Payment product that stores the token (default dintero_psp.creditcard)."),
            ArgumentParser::tr("type")),
    };
}

std::optional<CommandOptions> readPaymentTokenOptions(const QCommandLineParser &parser, const QString &, QString *error)
{
    const QString missing = firstMissing(
        parser, { QStringLiteral("currency"), QStringLiteral("reference"), QStringLiteral("return-url") });
    if (!missing.isEmpty()) {
        *error = ArgumentParser::tr("Missing --%1.").arg(missing);
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
            *error = ArgumentParser::tr("--product-type must not be empty.");
            return std::nullopt;
        }
    }
    if (const std::optional<QString> problem = request.validationError()) {
        *error = *problem;
        return std::nullopt;
    }
    return options;
}

} // namespace

CommandSyntax paymentTokenSyntax()
{
    return {
        .kind = CommandKind::PaymentToken,
        .name = "payment-token",
        .takesId = false,
        .summary = [] { return ArgumentParser::tr("Create a session that stores a card token, and print its link."); },
        .details = [] { return ArgumentParser::tr("Prints only the link (the session's url) on standard output."); },
        .options = paymentTokenOptions,
        .read = readPaymentTokenOptions,
    };
}

} // namespace Dintero::Cli
