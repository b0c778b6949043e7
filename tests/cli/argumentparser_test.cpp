#include "cli/argumentparser.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using Dintero::Cli::ArgumentParser;
using Dintero::Cli::CommandKind;
using Dintero::Cli::OutputFormat;
using Dintero::Cli::ParseResult;
using CredentialKind = Dintero::Api::ConnectionSettings::CredentialKind;

namespace {

QStringList connection()
{
    return { QStringLiteral("--account-id"), QStringLiteral("T12345678"), QStringLiteral("--client-id"),
        QStringLiteral("demo"), QStringLiteral("--client-secret"), QStringLiteral("s3cr3t-value") };
}

QProcessEnvironment environmentOf(const QStringList &pairs)
{
    QProcessEnvironment environment;
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        environment.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return environment;
}

ParseResult parse(const QStringList &arguments, const QStringList &environment = {})
{
    return ArgumentParser::parse(
        QStringList { QStringLiteral("dintero-sessions") } + arguments, environmentOf(environment));
}

} // namespace

class ArgumentParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();
    void version_printsVersion();

    void list_defaults();
    void list_allOptions();
    void list_all_readsPagesOf100();
    void list_dates_data();
    void list_dates();
    void list_connectionOptionsBeforeAndAfterCommand();
    void get_cancel_takeId();
    void paymentToken_buildsRequest();
    void create_buildsBody();
    void create_profileAndBody();
    void update_buildsOrder();
    void parseItem_data();
    void parseItem();

    void connection_data();
    void connection();
    void connection_demo();
    void messages_neverContainSecrets();
};

void ArgumentParserTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("message");

    const QStringList c = ::connection();
    const QStringList token { QStringLiteral("--currency"), QStringLiteral("NOK"), QStringLiteral("--reference"),
        QStringLiteral("R-1"), QStringLiteral("--return-url"), QStringLiteral("https://shop.example/return") };
    auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *item : list)
            result.append(QString::fromUtf8(item));
        return result;
    };

    QTest::newRow("no command") << QStringList {} << QStringList {} << QStringLiteral("No command given.");
    QTest::newRow("unknown command") << args({ "frobnicate" }) << QStringList {}
                                     << QStringLiteral("Unknown command 'frobnicate'.");
    QTest::newRow("help of unknown command")
        << args({ "help", "nope" }) << QStringList {} << QStringLiteral("Unknown command 'nope'.");
    QTest::newRow("unknown option") << args({ "list", "--bogus" }) + c << QStringList {}
                                    << QStringLiteral("Unknown option 'bogus'.");
    QTest::newRow("command option before command")
        << args({ "--limit", "3", "list" }) + c << QStringList {} << QStringLiteral("Unknown option 'limit'.");
    QTest::newRow("missing option value")
        << args({ "list", "--limit" }) << QStringList {} << QStringLiteral("Missing value after '--limit'.");
    QTest::newRow("limit 0") << args({ "list", "--limit", "0" }) + c << QStringList {}
                             << QStringLiteral("--limit must be a whole number from 1 to 100, not '0'.");
    QTest::newRow("limit 101") << args({ "list", "--limit", "101" }) + c << QStringList {}
                               << QStringLiteral("--limit must be a whole number from 1 to 100, not '101'.");
    QTest::newRow("limit text") << args({ "list", "--limit", "ten" }) + c << QStringList {}
                                << QStringLiteral("--limit must be a whole number from 1 to 100, not 'ten'.");
    QTest::newRow("limit with all") << args({ "list", "--all", "--limit", "5" }) + c << QStringList {}
                                    << QStringLiteral("--limit cannot be combined with --all");
    QTest::newRow("list format") << args({ "list", "--format", "xml" }) + c << QStringList {}
                                 << QStringLiteral("--format must be table, json, ndjson or csv, not 'xml'.");
    QTest::newRow("get format csv") << args({ "get", "T1.a", "--format", "csv" }) + c << QStringList {}
                                    << QStringLiteral("--format must be table or json, not 'csv'.");
    QTest::newRow("bad date") << args({ "list", "--created-from", "2025-13-01" }) + c << QStringList {}
                              << QStringLiteral("--created-from must be a date (2025-03-04)");
    QTest::newRow("bad date-time") << args({ "list", "--created-to", "yesterday" }) + c << QStringList {}
                                   << QStringLiteral("--created-to must be a date");
    QTest::newRow("reversed dates") << args({ "list", "--created-from", "2025-03-05", "--created-to", "2025-03-04" })
            + c << QStringList {} << QStringLiteral("--created-from is later than --created-to.");
    QTest::newRow("list operand") << args({ "list", "extra" }) + c << QStringList {}
                                  << QStringLiteral("Unexpected argument 'extra'.");
    QTest::newRow("get without id") << args({ "get" }) + c << QStringList {}
                                    << QStringLiteral("Missing the session id.");
    QTest::newRow("get two ids") << args({ "get", "A", "B" }) + c << QStringList {}
                                 << QStringLiteral("Unexpected argument 'B'.");
    QTest::newRow("cancel without id") << args({ "cancel", "--yes" }) + c << QStringList {}
                                       << QStringLiteral("Missing the session id.");
    QTest::newRow("token without return url") << args({ "payment-token", "--currency", "NOK", "--reference", "R" }) + c
                                              << QStringList {} << QStringLiteral("Missing --return-url.");
    QTest::newRow("token bad currency") << args({ "payment-token", "--currency", "NOKK", "--reference", "R",
                                               "--return-url", "https://shop.example/r" })
            + c << QStringList {} << QStringLiteral("--currency must be a three-letter ISO 4217 code");
    QTest::newRow("token bad url") << args({ "payment-token", "--currency", "NOK", "--reference", "R", "--return-url",
                                          "shop.example/r" })
            + c << QStringList {} << QStringLiteral("--return-url must be an absolute http(s) URL");
    QTest::newRow("token empty product") << args({ "payment-token", "--product-type", "" }) + token + c
                                         << QStringList {} << QStringLiteral("--product-type must not be empty.");
    QTest::newRow("create without amount")
        << args({ "create" }) + token + c << QStringList {} << QStringLiteral("Missing --amount");
    QTest::newRow("create without reference")
        << args({ "create", "--currency", "NOK", "--amount", "100", "--return-url", "https://shop.example/r" }) + c
        << QStringList {} << QStringLiteral("Missing --reference (or give the whole request with --body FILE).");
    QTest::newRow("create negative amount") << args({ "create", "--amount", "-5" }) + token + c << QStringList {}
                                            << QStringLiteral("--amount must be a whole number of minor units");
    QTest::newRow("create decimal amount") << args({ "create", "--amount", "12.50" }) + token + c << QStringList {}
                                           << QStringLiteral("--amount must be a whole number of minor units");
    QTest::newRow("create huge amount") << args({ "create", "--amount", "2147483648" }) + token + c << QStringList {}
                                        << QStringLiteral("--amount must be a whole number of minor units");
    QTest::newRow("create bad item") << args({ "create", "--item", "SKU:Tea:2" }) + token + c << QStringList {}
                                     << QStringLiteral("--item must look like id:description:quantity:amount:vat");
    QTest::newRow("create item quantity") << args({ "create", "--item", "SKU:Tea:0:100:25" }) + token + c
                                          << QStringList {} << QStringLiteral("The quantity of --item");
    QTest::newRow("create item vat") << args({ "create", "--item", "SKU:Tea:1:100:125" }) + token + c << QStringList {}
                                     << QStringLiteral("The VAT of --item");
    QTest::newRow("create body and fields") << args({ "create", "--body", "b.json", "--amount", "5" })
            + c << QStringList {} << QStringLiteral("--body cannot be combined with --amount");
    QTest::newRow("create bad expiry") << args({ "create", "--amount", "5", "--expires-at", "soon" }) + token + c
                                       << QStringList {} << QStringLiteral("--expires-at must be a date");
    QTest::newRow("update nothing") << args({ "update", "T1.a" }) + c << QStringList {}
                                    << QStringLiteral("Nothing to update");
    QTest::newRow("update body and item") << args({ "update", "T1.a", "--body", "-", "--item", "A:B:1:1:0" }) + c
                                          << QStringList {} << QStringLiteral("--body cannot be combined with --item");

    QTest::newRow("no credentials") << args({ "list" }) << QStringList {} << QStringLiteral("No credentials given.");
    QTest::newRow("no secret") << args({ "list", "--account-id", "T12345678", "--client-id", "demo" }) << QStringList {}
                               << QStringLiteral("The client secret is missing.");
    QTest::newRow("no client id") << args({ "list" })
                                  << QStringList { QStringLiteral("DINTERO_ACCOUNT_ID=T12345678"),
                                         QStringLiteral("DINTERO_CLIENT_SECRET=x") }
                                  << QStringLiteral("The client id is missing.");
    QTest::newRow("no account") << args({ "list", "--client-id", "demo", "--client-secret", "x" }) << QStringList {}
                                << QStringLiteral("No account id given.");
    QTest::newRow("bad account") << args({ "list", "--account-id", "X123", "--client-id", "demo", "--client-secret",
        "x" }) << QStringList {} << QStringLiteral("The account id must be T or P followed by 8 digits");
    QTest::newRow("plain http") << args({ "list", "--base-url", "http://example.com/v1" }) + c << QStringList {}
                                << QStringLiteral("must use https");
    QTest::newRow("bad base url") << args({ "list" }) + c << QStringList { QStringLiteral("DINTERO_BASE_URL=::nope") }
                                  << QStringLiteral("is not a valid URL.");
    QTest::newRow("key and client") << args({ "list", "--api-key", "T12345678.k", "--client-id", "demo" })
                                    << QStringList {}
                                    << QStringLiteral(
                                           "--api-key cannot be combined with --client-id or --client-secret.");
    QTest::newRow("demo and options") << args({ "--demo", "list", "--client-id", "demo" }) << QStringList {}
                                      << QStringLiteral("--demo cannot be combined with --client-id.");
}

void ArgumentParserTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QString, message);

    const ParseResult result = parse(arguments, environment);
    QCOMPARE(result.action, ParseResult::Action::UsageError);
    if (!result.text.contains(message))
        qWarning("message: %s", qPrintable(result.text));
    QVERIFY(result.text.contains(message));
    QVERIFY2(!result.hint.isEmpty(), "every usage error says what to do");
}

void ArgumentParserTest::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << QStringLiteral("payment-token");
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << QStringLiteral("Commands:");
    QTest::newRow("help") << QStringList { QStringLiteral("help") } << QStringLiteral("DINTERO_CLIENT_SECRET");
    QTest::newRow("help cancel") << QStringList { QStringLiteral("help"), QStringLiteral("cancel") }
                                 << QStringLiteral("--yes");
    QTest::newRow("list --help") << QStringList { QStringLiteral("list"), QStringLiteral("--help") }
                                 << QStringLiteral("--created-from <date>");
    QTest::newRow("--help list") << QStringList { QStringLiteral("--help"), QStringLiteral("list") }
                                 << QStringLiteral("--transaction-id <id>");
    // Help needs neither the session id nor a connection.
    QTest::newRow("get --help") << QStringList { QStringLiteral("get"), QStringLiteral("--help") }
                                << QStringLiteral("Usage: dintero-sessions [options] get ID [options]");
    QTest::newRow("create --help") << QStringList { QStringLiteral("create"), QStringLiteral("-h") }
                                   << QStringLiteral("--item <item>");
    QTest::newRow("update --help") << QStringList { QStringLiteral("update"), QStringLiteral("--help") }
                                   << QStringLiteral("--update-without-lock");
    QTest::newRow("payment-token --help") << QStringList { QStringLiteral("payment-token"), QStringLiteral("--help") }
                                          << QStringLiteral("--product-type <type>");
}

void ArgumentParserTest::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const ParseResult result = parse(arguments);
    QCOMPARE(result.action, ParseResult::Action::ShowHelp);
    QVERIFY2(result.text.contains(expected), qPrintable(result.text));
    QVERIFY(result.text.contains(QStringLiteral("Exit status")));
}

void ArgumentParserTest::version_printsVersion()
{
    const ParseResult result = parse({ QStringLiteral("--version") });
    QCOMPARE(result.action, ParseResult::Action::ShowVersion);
    QCOMPARE(result.text, QStringLiteral("dintero-sessions " CONSOLE_VERSION "\n"));
}

void ArgumentParserTest::list_defaults()
{
    const ParseResult result = parse(QStringList { QStringLiteral("list") } + ::connection());
    QCOMPARE(result.action, ParseResult::Action::Run);
    QCOMPARE(result.invocation.command, CommandKind::List);
    const auto &options = std::get<Dintero::Cli::ListOptions>(result.invocation.options);
    QCOMPARE(options.filter.limit(), 10);
    QVERIFY(!options.all);
    QCOMPARE(options.format, OutputFormat::Table);
    QVERIFY(options.filter.isEmpty());
    QCOMPARE(options.filter.toQuery().toString(), QStringLiteral("limit=10"));
}

void ArgumentParserTest::list_allOptions()
{
    const ParseResult result
        = parse(QStringList { QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("Kari Nordmann"),
                    QStringLiteral("--store-id"), QStringLiteral("oslo-01"), QStringLiteral("--store-id"),
                    QStringLiteral("bergen-02"), QStringLiteral("--id"), QStringLiteral("T12345678.a"),
                    QStringLiteral("--transaction-id"), QStringLiteral("T12345678.t"), QStringLiteral("--limit"),
                    QStringLiteral("50"), QStringLiteral("--format"), QStringLiteral("CSV") }
            + ::connection());
    QCOMPARE(result.action, ParseResult::Action::Run);
    const auto &options = std::get<Dintero::Cli::ListOptions>(result.invocation.options);
    QCOMPARE(options.format, OutputFormat::Csv);
    QCOMPARE(options.filter.limit(), 50);
    QCOMPARE(options.filter.search(), QStringLiteral("Kari Nordmann"));
    QCOMPARE(options.filter.storeIds(), (QStringList { QStringLiteral("oslo-01"), QStringLiteral("bergen-02") }));
    QCOMPARE(options.filter.sessionIds(), QStringList { QStringLiteral("T12345678.a") });
    QCOMPARE(options.filter.transactionIds(), QStringList { QStringLiteral("T12345678.t") });
}

void ArgumentParserTest::list_all_readsPagesOf100()
{
    const ParseResult result = parse(QStringList { QStringLiteral("list"), QStringLiteral("--all"),
                                         QStringLiteral("--format"), QStringLiteral("json") }
        + ::connection());
    QCOMPARE(result.action, ParseResult::Action::Run);
    const auto &options = std::get<Dintero::Cli::ListOptions>(result.invocation.options);
    QVERIFY(options.all);
    QCOMPARE(options.filter.limit(), 100);
    QCOMPARE(options.format, OutputFormat::Json);
}

void ArgumentParserTest::list_dates_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDateTime>("expectedFrom");
    QTest::addColumn<QDateTime>("expectedTo");

    QTest::newRow("dates: local day, whole day") << QStringLiteral("2025-03-04") << QStringLiteral("2025-03-04")
                                                 << QDateTime(QDate(2025, 3, 4), QTime(0, 0), Qt::LocalTime)
                                                 << QDateTime(QDate(2025, 3, 4), QTime(23, 59, 59, 999), Qt::LocalTime);
    QTest::newRow("utc date-times") << QStringLiteral("2025-03-04T09:30:00Z")
                                    << QStringLiteral("2025-03-05T10:00:00.5Z")
                                    << QDateTime(QDate(2025, 3, 4), QTime(9, 30), Qt::UTC)
                                    << QDateTime(QDate(2025, 3, 5), QTime(10, 0, 0, 500), Qt::UTC);
    QTest::newRow("offsets") << QStringLiteral("2025-03-04T09:30:00+01:00")
                             << QStringLiteral("2025-03-04T23:00:00-05:00")
                             << QDateTime(QDate(2025, 3, 4), QTime(9, 30), Qt::OffsetFromUTC, 3600)
                             << QDateTime(QDate(2025, 3, 4), QTime(23, 0), Qt::OffsetFromUTC, -5 * 3600);
    QTest::newRow("local date-time") << QStringLiteral("2025-03-04T09:30") << QString()
                                     << QDateTime(QDate(2025, 3, 4), QTime(9, 30), Qt::LocalTime) << QDateTime();
}

void ArgumentParserTest::list_dates()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QDateTime, expectedFrom);
    QFETCH(QDateTime, expectedTo);

    QStringList arguments { QStringLiteral("list"), QStringLiteral("--created-from"), from };
    if (!to.isEmpty())
        arguments += { QStringLiteral("--created-to"), to };
    const ParseResult result = parse(arguments + ::connection());
    QCOMPARE(result.action, ParseResult::Action::Run);
    const auto &filter = std::get<Dintero::Cli::ListOptions>(result.invocation.options).filter;
    QCOMPARE(filter.createdFrom(), expectedFrom);
    QCOMPARE(filter.createdFrom().offsetFromUtc(), expectedFrom.offsetFromUtc());
    QCOMPARE(filter.createdTo(), expectedTo);

    // Sent with an explicit offset, never as a bare local time.
    const QUrlQuery query = filter.toQuery();
    const QString gte = query.queryItemValue(QStringLiteral("created_at.gte"), QUrl::FullyDecoded);
    QVERIFY2(gte.contains(u'+') || gte.lastIndexOf(u'-') > 10, qPrintable(gte));
    QCOMPARE(Dintero::Core::SessionFilter::formatTimestamp(expectedFrom), gte);
}

void ArgumentParserTest::list_connectionOptionsBeforeAndAfterCommand()
{
    const ParseResult before = parse(
        { QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:8080/v1/"), QStringLiteral("--account-id"),
            QStringLiteral("T12345678"), QStringLiteral("list"), QStringLiteral("--client-id"), QStringLiteral("demo"),
            QStringLiteral("--client-secret"), QStringLiteral("x") });
    QCOMPARE(before.action, ParseResult::Action::Run);
    const auto &settings = before.invocation.connection.settings;
    QCOMPARE(settings.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
    QCOMPARE(settings.accountId, QStringLiteral("T12345678"));
    QCOMPARE(settings.clientId, QStringLiteral("demo"));

    // The same option after the command wins over the one before it.
    const ParseResult both
        = parse(QStringList { QStringLiteral("--account-id"), QStringLiteral("P00000001"), QStringLiteral("list") }
            + ::connection());
    QCOMPARE(both.action, ParseResult::Action::Run);
    QCOMPARE(both.invocation.connection.settings.accountId, QStringLiteral("T12345678"));
}

void ArgumentParserTest::get_cancel_takeId()
{
    const ParseResult get = parse(QStringList { QStringLiteral("get"), QStringLiteral("T12345678.abc"),
                                      QStringLiteral("--format"), QStringLiteral("json") }
        + ::connection());
    QCOMPARE(get.action, ParseResult::Action::Run);
    QCOMPARE(get.invocation.command, CommandKind::Get);
    QCOMPARE(std::get<Dintero::Cli::GetOptions>(get.invocation.options).id, QStringLiteral("T12345678.abc"));
    QCOMPARE(std::get<Dintero::Cli::GetOptions>(get.invocation.options).format, OutputFormat::Json);

    const ParseResult cancel
        = parse(QStringList { QStringLiteral("cancel"), QStringLiteral("--yes"), QStringLiteral("T12345678.abc") }
            + ::connection());
    QCOMPARE(cancel.action, ParseResult::Action::Run);
    const auto &options = std::get<Dintero::Cli::CancelOptions>(cancel.invocation.options);
    QCOMPARE(options.id, QStringLiteral("T12345678.abc"));
    QVERIFY(options.yes);

    const ParseResult ask
        = parse(QStringList { QStringLiteral("cancel"), QStringLiteral("T12345678.abc") } + ::connection());
    QVERIFY(!std::get<Dintero::Cli::CancelOptions>(ask.invocation.options).yes);
}

void ArgumentParserTest::paymentToken_buildsRequest()
{
    const ParseResult result
        = parse(QStringList { QStringLiteral("payment-token"), QStringLiteral("--currency"), QStringLiteral("nok"),
                    QStringLiteral("--reference"), QStringLiteral("CARD-1"), QStringLiteral("--return-url"),
                    QStringLiteral("https://shop.example/card?x=1"), QStringLiteral("--email"),
                    QStringLiteral("kari@example.no"), QStringLiteral("--phone"), QStringLiteral("+4791234567"),
                    QStringLiteral("--customer-id"), QStringLiteral("cust-1"), QStringLiteral("--store-id"),
                    QStringLiteral("oslo-01"), QStringLiteral("--product-type"), QStringLiteral("payex.creditcard") }
            + ::connection());
    QCOMPARE(result.action, ParseResult::Action::Run);
    const auto &request = std::get<Dintero::Cli::PaymentTokenOptions>(result.invocation.options).request;
    QCOMPARE(request.currency, QStringLiteral("NOK"));
    QCOMPARE(request.merchantReference, QStringLiteral("CARD-1"));
    QCOMPARE(request.returnUrl, QUrl(QStringLiteral("https://shop.example/card?x=1")));
    QCOMPARE(request.customerEmail, QStringLiteral("kari@example.no"));
    QCOMPARE(request.customerPhone, QStringLiteral("+4791234567"));
    QCOMPARE(request.customerId, QStringLiteral("cust-1"));
    QCOMPARE(request.storeId, QStringLiteral("oslo-01"));
    QCOMPARE(request.paymentProductType, QStringLiteral("payex.creditcard"));
}

void ArgumentParserTest::create_buildsBody()
{
    const ParseResult result
        = parse(QStringList { QStringLiteral("create"), QStringLiteral("--currency"), QStringLiteral("NOK"),
                    QStringLiteral("--reference"), QStringLiteral("SO-1"), QStringLiteral("--reference-2"),
                    QStringLiteral("WEB"), QStringLiteral("--return-url"), QStringLiteral("https://shop.example/r"),
                    QStringLiteral("--callback-url"), QStringLiteral("https://shop.example/cb?method=POST"),
                    QStringLiteral("--email"), QStringLiteral("kari@example.no"), QStringLiteral("--store-id"),
                    QStringLiteral("oslo-01"), QStringLiteral("--expires-at"), QStringLiteral("2030-01-02T03:04:05Z"),
                    QStringLiteral("--item"), QStringLiteral("SKU-TEA:Green tea: 250 g:2:19800:25"),
                    QStringLiteral("--item"), QStringLiteral("SKU-MUG:Mug:1:26000:25") }
            + ::connection());
    QCOMPARE(result.action, ParseResult::Action::Run);
    const auto &options = std::get<Dintero::Cli::CreateOptions>(result.invocation.options);
    QVERIFY(options.profileId.isEmpty());
    QVERIFY(options.bodyPath.isEmpty());
    const QJsonObject body = options.body;
    const QJsonObject order = body.value(QLatin1String("order")).toObject();
    QCOMPARE(order.value(QLatin1String("amount")).toInteger(), 45800); // the items' sum
    QCOMPARE(order.value(QLatin1String("currency")).toString(), QStringLiteral("NOK"));
    QCOMPARE(order.value(QLatin1String("merchant_reference")).toString(), QStringLiteral("SO-1"));
    QCOMPARE(order.value(QLatin1String("merchant_reference_2")).toString(), QStringLiteral("WEB"));
    QCOMPARE(order.value(QLatin1String("store")).toObject().value(QLatin1String("id")).toString(),
        QStringLiteral("oslo-01"));
    const QJsonArray items = order.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject tea = items.at(0).toObject();
    QCOMPARE(tea.value(QLatin1String("description")).toString(), QStringLiteral("Green tea: 250 g"));
    QCOMPARE(tea.value(QLatin1String("line_id")).toString(), QStringLiteral("1"));
    QCOMPARE(tea.value(QLatin1String("quantity")).toDouble(), 2.0);
    QCOMPARE(tea.value(QLatin1String("vat_amount")).toInteger(), 3960);
    QCOMPARE(body.value(QLatin1String("url")).toObject().value(QLatin1String("callback_url")).toString(),
        QStringLiteral("https://shop.example/cb?method=POST"));
    QCOMPARE(body.value(QLatin1String("customer")).toObject().value(QLatin1String("email")).toString(),
        QStringLiteral("kari@example.no"));
    QCOMPARE(body.value(QLatin1String("expires_at")).toString(), QStringLiteral("2030-01-02T03:04:05+00:00"));
    QVERIFY(body.value(QLatin1String("configuration")).isObject()); // POST /sessions needs one
}

void ArgumentParserTest::create_profileAndBody()
{
    const ParseResult profile
        = parse(QStringList { QStringLiteral("create"), QStringLiteral("--profile"), QStringLiteral("default"),
                    QStringLiteral("--currency"), QStringLiteral("NOK"), QStringLiteral("--amount"),
                    QStringLiteral("100"), QStringLiteral("--reference"), QStringLiteral("R"),
                    QStringLiteral("--return-url"), QStringLiteral("https://s.example/r") }
            + ::connection());
    QCOMPARE(profile.action, ParseResult::Action::Run);
    const auto &fromProfile = std::get<Dintero::Cli::CreateOptions>(profile.invocation.options);
    QCOMPARE(fromProfile.profileId, QStringLiteral("default"));
    QVERIFY(!fromProfile.body.contains(QLatin1String("configuration"))); // the profile's

    const ParseResult body = parse(QStringList { QStringLiteral("create"), QStringLiteral("--body"),
                                       QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("default") }
        + ::connection());
    QCOMPARE(body.action, ParseResult::Action::Run);
    const auto &fromBody = std::get<Dintero::Cli::CreateOptions>(body.invocation.options);
    QCOMPARE(fromBody.bodyPath, QStringLiteral("-"));
    QVERIFY(fromBody.body.isEmpty());
}

void ArgumentParserTest::update_buildsOrder()
{
    const ParseResult result
        = parse(QStringList { QStringLiteral("update"), QStringLiteral("T12345678.abc"), QStringLiteral("--item"),
                    QStringLiteral("A:Thing:1:1000:25"), QStringLiteral("--reference-2"), QStringLiteral("POS-2"),
                    QStringLiteral("--update-without-lock"), QStringLiteral("--format"), QStringLiteral("json") }
            + ::connection());
    QCOMPARE(result.action, ParseResult::Action::Run);
    const auto &options = std::get<Dintero::Cli::UpdateOptions>(result.invocation.options);
    QCOMPARE(options.id, QStringLiteral("T12345678.abc"));
    QVERIFY(options.updateWithoutLock);
    QCOMPARE(options.format, OutputFormat::Json);
    const QJsonObject order = options.body.value(QLatin1String("order")).toObject();
    QCOMPARE(order.value(QLatin1String("amount")).toInteger(), 1000);
    QCOMPARE(order.value(QLatin1String("merchant_reference_2")).toString(), QStringLiteral("POS-2"));
    QCOMPARE(order.value(QLatin1String("items")).toArray().size(), 1);

    const ParseResult amountOnly = parse(QStringList { QStringLiteral("update"), QStringLiteral("T12345678.abc"),
                                             QStringLiteral("--amount"), QStringLiteral("500") }
        + ::connection());
    QCOMPARE(amountOnly.action, ParseResult::Action::Run);
    const QJsonObject amountOrder = std::get<Dintero::Cli::UpdateOptions>(amountOnly.invocation.options)
                                        .body.value(QLatin1String("order"))
                                        .toObject();
    QCOMPARE(amountOrder, QJsonObject({ { QStringLiteral("amount"), 500 } }));
}

void ArgumentParserTest::parseItem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("description");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<double>("vat");

    QTest::newRow("plain") << QStringLiteral("SKU-1:Tea:2:19800:25") << true << QStringLiteral("Tea") << 2.0
                           << qint64(19800) << 25.0;
    QTest::newRow("colon in description") << QStringLiteral("SKU-1:Tea: green:1:100:15") << true
                                          << QStringLiteral("Tea: green") << 1.0 << qint64(100) << 15.0;
    QTest::newRow("decimal quantity and vat")
        << QStringLiteral("KG:Coffee:0.5:7450:12.5") << true << QStringLiteral("Coffee") << 0.5 << qint64(7450) << 12.5;
    QTest::newRow("zero vat") << QStringLiteral("GIFT:Gift card:1:50000:0") << true << QStringLiteral("Gift card")
                              << 1.0 << qint64(50000) << 0.0;
    QTest::newRow("too few parts") << QStringLiteral("SKU:Tea:1:100") << false << QString() << 0.0 << qint64(0) << 0.0;
    QTest::newRow("empty id") << QStringLiteral(":Tea:1:100:25") << false << QString() << 0.0 << qint64(0) << 0.0;
    QTest::newRow("empty description") << QStringLiteral("A::1:100:25") << false << QString() << 0.0 << qint64(0)
                                       << 0.0;
    QTest::newRow("text quantity") << QStringLiteral("A:B:two:100:25") << false << QString() << 0.0 << qint64(0) << 0.0;
    QTest::newRow("decimal amount") << QStringLiteral("A:B:1:1.5:25") << false << QString() << 0.0 << qint64(0) << 0.0;
    QTest::newRow("negative vat") << QStringLiteral("A:B:1:100:-1") << false << QString() << 0.0 << qint64(0) << 0.0;
}

void ArgumentParserTest::parseItem()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const std::optional<QJsonObject> item = ArgumentParser::parseItem(text, 3, &error);
    QCOMPARE(item.has_value(), valid);
    if (!valid) {
        QVERIFY(error.contains(QStringLiteral("--item")));
        return;
    }
    QFETCH(QString, description);
    QFETCH(double, quantity);
    QFETCH(qint64, amount);
    QFETCH(double, vat);
    QCOMPARE(item->value(QLatin1String("description")).toString(), description);
    QCOMPARE(item->value(QLatin1String("quantity")).toDouble(), quantity);
    QCOMPARE(item->value(QLatin1String("amount")).toInteger(), amount);
    QCOMPARE(item->value(QLatin1String("vat")).toDouble(), vat);
    QCOMPARE(item->value(QLatin1String("line_id")).toString(), QStringLiteral("3"));
}

void ArgumentParserTest::connection_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QUrl>("baseUrl");

    const QStringList env { QStringLiteral("DINTERO_BASE_URL=https://env.example/v1"),
        QStringLiteral("DINTERO_ACCOUNT_ID=T00000001"), QStringLiteral("DINTERO_CLIENT_ID=env-id"),
        QStringLiteral("DINTERO_CLIENT_SECRET=env-secret"), QStringLiteral("DINTERO_API_KEY=T00000001.env-key") };
    const QUrl defaultUrl = Dintero::Api::ConnectionSettings::defaultBaseUrl();

    QTest::newRow("environment only") << QStringList {} << env << int(CredentialKind::ClientCredentials)
                                      << QStringLiteral("T00000001") << QStringLiteral("env-id")
                                      << QStringLiteral("env-secret") << QString()
                                      << QUrl(QStringLiteral("https://env.example/v1"));
    QTest::newRow("options win") << QStringList { QStringLiteral("--account-id"), QStringLiteral("P12345678"),
        QStringLiteral("--client-id"), QStringLiteral("opt-id"), QStringLiteral("--base-url"),
        QStringLiteral("https://opt.example/v1") }
                                 << env << int(CredentialKind::ClientCredentials) << QStringLiteral("P12345678")
                                 << QStringLiteral("opt-id") << QStringLiteral("env-secret") << QString()
                                 << QUrl(QStringLiteral("https://opt.example/v1"));
    QTest::newRow("api key option wins over environment client")
        << QStringList { QStringLiteral("--api-key"), QStringLiteral("T00000001.opt-key") } << env
        << int(CredentialKind::ApiKey) << QStringLiteral("T00000001") << QString() << QString()
        << QStringLiteral("T00000001.opt-key") << QUrl(QStringLiteral("https://env.example/v1"));
    QTest::newRow("api key from environment, account from its prefix")
        << QStringList {} << QStringList { QStringLiteral("DINTERO_API_KEY=T12345678.demo-api-key") }
        << int(CredentialKind::ApiKey) << QStringLiteral("T12345678") << QString() << QString()
        << QStringLiteral("T12345678.demo-api-key") << defaultUrl;
    QTest::newRow("all options, no environment")
        << ::connection() << QStringList {} << int(CredentialKind::ClientCredentials) << QStringLiteral("T12345678")
        << QStringLiteral("demo") << QStringLiteral("s3cr3t-value") << QString() << defaultUrl;
}

void ArgumentParserTest::connection()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(int, kind);
    QFETCH(QString, accountId);
    QFETCH(QString, clientId);
    QFETCH(QString, clientSecret);
    QFETCH(QString, apiKey);
    QFETCH(QUrl, baseUrl);

    const ParseResult result = parse(QStringList { QStringLiteral("list") } + arguments, environment);
    QVERIFY2(result.action == ParseResult::Action::Run, qPrintable(result.text));
    QVERIFY(!result.invocation.connection.demo);
    const auto &settings = result.invocation.connection.settings;
    QCOMPARE(int(settings.credentialKind), kind);
    QCOMPARE(settings.accountId, accountId);
    QCOMPARE(settings.baseUrl, baseUrl);
    if (settings.credentialKind == CredentialKind::ClientCredentials) {
        QCOMPARE(settings.clientId, clientId);
        QCOMPARE(settings.clientSecret, clientSecret);
    } else {
        QCOMPARE(settings.apiKey, apiKey);
    }
}

void ArgumentParserTest::connection_demo()
{
    // --demo ignores the environment: it always talks to its own sandbox.
    const ParseResult result = parse(
        { QStringLiteral("--demo"), QStringLiteral("list") }, { QStringLiteral("DINTERO_ACCOUNT_ID=P00000001") });
    QCOMPARE(result.action, ParseResult::Action::Run);
    QVERIFY(result.invocation.connection.demo);

    const ParseResult after = parse({ QStringLiteral("list"), QStringLiteral("--demo") });
    QCOMPARE(after.action, ParseResult::Action::Run);
    QVERIFY(after.invocation.connection.demo);
}

void ArgumentParserTest::messages_neverContainSecrets()
{
    const QString secret = QStringLiteral("s3cr3t-value");
    const QList<QStringList> commandLines {
        { QStringLiteral("list"), QStringLiteral("--account-id"), QStringLiteral("nope"), QStringLiteral("--client-id"),
            QStringLiteral("demo"), QStringLiteral("--client-secret"), secret },
        { QStringLiteral("list"), QStringLiteral("--base-url"), QStringLiteral("http://example.com"),
            QStringLiteral("--account-id"), QStringLiteral("T12345678"), QStringLiteral("--api-key"), secret },
        { QStringLiteral("list"), QStringLiteral("--client-secret"), secret },
        { QStringLiteral("--demo"), QStringLiteral("list"), QStringLiteral("--client-secret"), secret },
        { QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--client-secret"),
            secret },
    };
    for (const QStringList &arguments : commandLines) {
        const ParseResult result = parse(arguments, { QStringLiteral("DINTERO_CLIENT_SECRET=") + secret });
        QCOMPARE(result.action, ParseResult::Action::UsageError);
        QVERIFY2(!result.text.contains(secret) && !result.hint.contains(secret), qPrintable(result.text));
    }
}

QTEST_GUILESS_MAIN(ArgumentParserTest)
#include "argumentparser_test.moc"
