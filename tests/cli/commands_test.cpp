// The commands of dintero-sessions against the in-process sandbox over real HTTP: each
// test parses a command line like the program does, runs the command object on a real
// SessionClient and captures what it writes.

#include "api/sessionclient.h"
#include "api/sessionpager.h"
#include "cli/argumentparser.h"
#include "cli/command.h"
#include "cli/lineinput.h"
#include "core/sessioncsv.h"
#include "sandbox/sandboxstore.h"
#include "sandboxfixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>
#include <simdjson.h>

using Dintero::Cli::ArgumentParser;
using Dintero::Cli::Command;
using Dintero::Cli::CommandIo;
using Dintero::Cli::ParseResult;
using Dintero::Testing::SandboxFixture;

namespace {

struct RunOptions
{
    Dintero::Cli::LineInput *input = nullptr;
    QIODevice *stdinDevice = nullptr;
    bool progress = false;
    QString clientId = QLatin1String(SandboxFixture::AdminClientId);
    QString clientSecret = QLatin1String(SandboxFixture::ClientSecret);
    bool retries = true;
    // Called after each page the command wrote, before the next one is asked for.
    std::function<void()> afterPage;
};

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

} // namespace

class CommandsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void list_table_defaultPageOf10();
    void list_json_storeFilter_isTheApiArray();
    void list_csv_searchFilter_headerAndRows();
    void list_idFilter_returnsExactlyThoseSessions();
    void list_transactionFilter();
    void list_dateFilter_wholeLocalDay();
    void list_all_walksEveryPageOnce();
    void list_noMatch_table_saysSo();
    void list_json_bytesAreTheApiElements();
    void list_ndjson_oneSessionPerLine();
    void list_table_allPagesOneHeader();
    void list_startingAfter_goesOnAfterThatSession();
    void list_failureMidWalk_validPartialOutputAndHowToGoOn_data();
    void list_failureMidWalk_validPartialOutputAndHowToGoOn();

    void get_json_equalsSession();
    void get_table_showsDetails();
    void get_unknownSession_exit1();

    void cancel_yes_cancelsOnce();
    void cancel_withoutTerminal_refusesAndSendsNothing();
    void cancel_terminalAnswersYes_cancels();
    void cancel_terminalAnswersNo_sendsNoCancel();
    void cancel_captured_exit1WithServerReason();
    void cancel_answerLost_verifiedByGet();
    void cancel_answerLostAndGetFails_outcomeUnknown();

    void paymentToken_printsOnlyALinkThatServesThePage();

    void create_fromOptions_printsIdAndUrl();
    void create_fromProfile_usesSessionsProfile();
    void create_bodyFromFileAndStdin();
    void create_badBody_usageError();

    void update_items_printsSession();
    void update_notLocked_exit1();

    void apiErrors_data();
    void apiErrors();
    void apiKey_connects();

private:
    RunResult run(const QStringList &arguments, const RunOptions &options = {});
    QJsonArray allSessions();
    QJsonObject session(const QString &id);
    QString findSession(const std::function<bool(const QJsonObject &)> &predicate);
    QString cancellableSession();
    QStringList allIds();

    std::unique_ptr<SandboxFixture> m_fixture;
};

void CommandsTest::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->isListening());
}

void CommandsTest::cleanup()
{
    m_fixture.reset();
}

RunResult CommandsTest::run(const QStringList &arguments, const RunOptions &options)
{
    const QStringList connection {
        QStringLiteral("--base-url"),
        m_fixture->baseUrl().toString(),
        QStringLiteral("--account-id"),
        text(SandboxFixture::AccountId),
        QStringLiteral("--client-id"),
        options.clientId,
        QStringLiteral("--client-secret"),
        options.clientSecret,
    };
    RunResult result;
    const ParseResult parsed
        = ArgumentParser::parse(QStringList { QStringLiteral("dintero-sessions") } + arguments + connection, {});
    if (parsed.action != ParseResult::Action::Run) {
        result.exitCode = Dintero::Cli::ExitUsageError;
        result.err = parsed.text;
        return result;
    }

    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CommandIo io;
    io.out = &out;
    io.err = &err;
    io.input = options.input;
    io.stdinDevice = options.stdinDevice;
    io.showProgress = options.progress;
    io.locale = QLocale::c();

    QNetworkAccessManager network;
    Dintero::Api::SessionClient client(parsed.invocation.connection.settings, &network);
    if (!options.retries) {
        Dintero::Api::SessionClient::RetryPolicy policy;
        policy.maxRetries = 0;
        client.setRetryPolicy(policy);
    }
    std::unique_ptr<Command> command(Command::create(parsed.invocation, &client, io));
    QSignalSpy done(command.get(), &Command::done);
    command->start();
    if (options.afterPage) {
        auto *pager = command->findChild<Dintero::Api::SessionPager *>();
        if (!pager) {
            qWarning("list has no pager");
            return result;
        }
        QObject::connect(pager, &Dintero::Api::SessionPager::pageLoaded, command.get(), options.afterPage);
    }
    if (!done.wait(30000)) {
        qWarning("the command did not finish");
        return result;
    }
    result.exitCode = done.first().first().toInt();
    out.flush();
    err.flush();
    return result;
}

QJsonArray CommandsTest::allSessions()
{
    Dintero::Sandbox::ListQuery query;
    query.limit = 1000000;
    QString error;
    const std::optional<QByteArray> page = m_fixture->server().store().listPage(query, &error);
    return page ? QJsonDocument::fromJson(*page).array() : QJsonArray();
}

QJsonObject CommandsTest::session(const QString &id)
{
    return m_fixture->server().store().session(id).value_or(QJsonObject());
}

QString CommandsTest::findSession(const std::function<bool(const QJsonObject &)> &predicate)
{
    for (const QJsonValue &value : allSessions()) {
        if (predicate(value.toObject()))
            return value.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

QString CommandsTest::cancellableSession()
{
    return findSession([](const QJsonObject &session) {
        return !session.contains(QLatin1String("transaction_id")) && !session.contains(QLatin1String("cancelled_at"));
    });
}

QStringList CommandsTest::allIds()
{
    QStringList ids;
    for (const QJsonValue &value : allSessions())
        ids.append(value.toObject().value(QLatin1String("id")).toString());
    return ids;
}

void CommandsTest::list_table_defaultPageOf10()
{
    const RunResult result = run({ QStringLiteral("list") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    for (const QString &column : { QStringLiteral("Created"), QStringLiteral("Status"), QStringLiteral("Merchant ref"),
             QStringLiteral("Customer"), QStringLiteral("Amount"), QStringLiteral("Store"), QStringLiteral("Id") })
        QVERIFY2(lines.first().contains(column), qPrintable(lines.first()));
    const QJsonArray newest = allSessions();
    for (int i = 0; i < 10; ++i)
        QVERIFY(lines.at(i + 1).endsWith(newest.at(i).toObject().value(QLatin1String("id")).toString()));
}

void CommandsTest::list_json_storeFilter_isTheApiArray()
{
    const QStringList stores = m_fixture->server().store().storeIds();
    QVERIFY(!stores.isEmpty());
    const QString store = stores.first();

    const RunResult result = run({ QStringLiteral("list"), QStringLiteral("--store-id"), store,
        QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray sessions = document.array();
    QVERIFY(!sessions.isEmpty());
    for (const QJsonValue &value : sessions) {
        QCOMPARE(value.toObject()
                     .value(QLatin1String("order"))
                     .toObject()
                     .value(QLatin1String("store"))
                     .toObject()
                     .value(QLatin1String("id")),
            QJsonValue(store));
    }
    // The very objects the API returned.
    const auto api
        = m_fixture->authorized("GET", QStringLiteral("/sessions?limit=100&store_id=") + store, m_fixture->token());
    QCOMPARE(api.status, 200);
    QCOMPARE(sessions, api.json().array());
}

void CommandsTest::list_csv_searchFilter_headerAndRows()
{
    const QJsonObject target = allSessions().at(7).toObject();
    const QString reference
        = target.value(QLatin1String("order")).toObject().value(QLatin1String("merchant_reference")).toString();
    QVERIFY(!reference.isEmpty());

    const RunResult result = run({ QStringLiteral("list"), QStringLiteral("--search"), reference,
        QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(result.exitCode, 0);
    // RFC 4180: every line, the header's too, ends in CRLF.
    QVERIFY(result.out.endsWith(QStringLiteral("\r\n")));
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.first() + QStringLiteral("\r\n"), Dintero::Core::sessionCsvHeader());
    bool found = false;
    for (const QString &line : lines.mid(1)) {
        if (line.contains(u',' + target.value(QLatin1String("id")).toString() + u',')) {
            found = true;
            QVERIFY(line.contains(u',' + reference + u','));
        }
    }
    QVERIFY(found);
}

void CommandsTest::list_idFilter_returnsExactlyThoseSessions()
{
    const QJsonArray sessions = allSessions();
    const QString a = sessions.at(3).toObject().value(QLatin1String("id")).toString();
    const QString b = sessions.at(150).toObject().value(QLatin1String("id")).toString();
    const RunResult result = run({ QStringLiteral("list"), QStringLiteral("--id"), a, QStringLiteral("--id"), b,
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QSet<QString> ids;
    for (const QJsonValue &value : listed)
        ids.insert(value.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids, (QSet<QString> { a, b }));
}

void CommandsTest::list_transactionFilter()
{
    const QString id
        = findSession([](const QJsonObject &session) { return session.contains(QLatin1String("transaction_id")); });
    QVERIFY(!id.isEmpty());
    const QString transaction = session(id).value(QLatin1String("transaction_id")).toString();
    const RunResult result = run({ QStringLiteral("list"), QStringLiteral("--transaction-id"), transaction,
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(QLatin1String("id")).toString(), id);
}

void CommandsTest::list_dateFilter_wholeLocalDay()
{
    const QJsonObject target = allSessions().at(42).toObject();
    const QDateTime created
        = QDateTime::fromString(target.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    const QDate day = created.toLocalTime().date();
    const QString date = day.toString(Qt::ISODate);

    const RunResult result
        = run({ QStringLiteral("list"), QStringLiteral("--created-from"), date, QStringLiteral("--created-to"), date,
            QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(result.out.toUtf8()).array();
    bool found = false;
    for (const QJsonValue &value : listed) {
        const QJsonObject session = value.toObject();
        const QDateTime at
            = QDateTime::fromString(session.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
        QCOMPARE(at.toLocalTime().date(), day);
        found = found || session.value(QLatin1String("id")) == target.value(QLatin1String("id"));
    }
    QVERIFY(found);
    // Every session of that day, also the last one before midnight.
    int expected = 0;
    for (const QJsonValue &value : allSessions()) {
        const QDateTime at
            = QDateTime::fromString(value.toObject().value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
        expected += at.toLocalTime().date() == day ? 1 : 0;
    }
    QCOMPARE(listed.size(), expected);
}

void CommandsTest::list_all_walksEveryPageOnce()
{
    m_fixture->resetStats();
    RunOptions options;
    options.progress = true;
    const RunResult result
        = run({ QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json") },
            options);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(listed.size(), 200);
    QSet<QString> ids;
    for (const QJsonValue &value : listed)
        ids.insert(value.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), 200);
    QSet<QString> expected;
    for (const QJsonValue &value : allSessions())
        expected.insert(value.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids, expected);

    // Pages of 100: two full pages and at most one empty one to see the end.
    const int pages = m_fixture->operationCount(QStringLiteral("list_sessions"));
    QVERIFY2(pages == 2 || pages == 3, qPrintable(QString::number(pages)));
    // Progress on the (pretend) terminal, and the line cleared at the end.
    QVERIFY2(result.err.contains(QStringLiteral("Loading sessions: 200 loaded")), qPrintable(result.err));
    QVERIFY(result.err.endsWith(QStringLiteral("\r\x1b[K")));
}

void CommandsTest::list_noMatch_table_saysSo()
{
    const RunResult table
        = run({ QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("no-such-ref-xyz") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.isEmpty());
    QVERIFY(table.err.contains(QStringLiteral("No sessions match.")));

    const RunResult json = run({ QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("no-such-ref-xyz"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isArray());
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 0);
}

void CommandsTest::list_json_bytesAreTheApiElements()
{
    const RunResult result = run({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));

    // The elements' bytes as the API sent them, not parsed and written again.
    const auto api = m_fixture->authorized("GET", QStringLiteral("/sessions?limit=100"), m_fixture->token());
    QCOMPARE(api.status, 200);
    // The elements' texts as simdjson's on-demand reader finds them (not the console's code).
    simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(api.body.constData(), size_t(api.body.size()));
    simdjson::ondemand::document document = parser.iterate(padded);
    QByteArrayList elements;
    for (auto element : document.get_array()) {
        simdjson::ondemand::object object;
        QCOMPARE(element.get_object().get(object), simdjson::SUCCESS);
        std::string_view text;
        QCOMPARE(object.raw_json().get(text), simdjson::SUCCESS);
        elements.append(QByteArray(text.data(), qsizetype(text.size())));
    }
    QCOMPARE(elements.size(), 100);
    QCOMPARE(result.out.toUtf8(), "[\n" + elements.join(",\n") + "\n]\n");
}

void CommandsTest::list_ndjson_oneSessionPerLine()
{
    const RunResult result = run(
        { QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("ndjson") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.endsWith(u'\n'));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QJsonArray sessions;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        sessions.append(document.object());
    }
    QCOMPARE(sessions, allSessions());
}

void CommandsTest::list_table_allPagesOneHeader()
{
    const RunResult result = run({ QStringLiteral("list"), QStringLiteral("--all") });
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 201);
    QVERIFY(lines.first().startsWith(QStringLiteral("Created")));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^Created "))).size(), 1);
    const QStringList ids = allIds();
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY(lines.at(i + 1).endsWith(ids.at(i)));
}

void CommandsTest::list_startingAfter_goesOnAfterThatSession()
{
    const QStringList ids = allIds();
    QCOMPARE(ids.size(), 200);
    const RunResult all = run({ QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--starting-after"),
        ids.at(149), QStringLiteral("--format"), QStringLiteral("ndjson") });
    QCOMPARE(all.exitCode, 0);
    QStringList listed;
    for (const QString &line : all.out.split(u'\n', Qt::SkipEmptyParts))
        listed.append(QJsonDocument::fromJson(line.toUtf8()).object().value(QLatin1String("id")).toString());
    QCOMPARE(listed, ids.mid(150));

    const RunResult onePage = run({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
        QStringLiteral("--starting-after"), ids.at(9), QStringLiteral("--format"), QStringLiteral("ndjson") });
    QCOMPARE(onePage.exitCode, 0);
    listed.clear();
    for (const QString &line : onePage.out.split(u'\n', Qt::SkipEmptyParts))
        listed.append(QJsonDocument::fromJson(line.toUtf8()).object().value(QLatin1String("id")).toString());
    QCOMPARE(listed, ids.mid(10, 5));
}

void CommandsTest::list_failureMidWalk_validPartialOutputAndHowToGoOn_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("ndjson") << QStringLiteral("ndjson");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("table") << QStringLiteral("table");
}

void CommandsTest::list_failureMidWalk_validPartialOutputAndHowToGoOn()
{
    QFETCH(QString, format);
    const QStringList ids = allIds();
    RunOptions options;
    options.retries = false;
    bool faultQueued = false;
    // The first page arrives; the second fails.
    options.afterPage = [this, &faultQueued] {
        if (!std::exchange(faultQueued, true))
            m_fixture->queueFault(QStringLiteral("500"), 1, QStringLiteral("list_sessions"));
    };
    const RunResult result
        = run({ QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"), format }, options);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(faultQueued);

    QStringList written;
    if (format == QLatin1String("json")) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const QJsonValue &value : document.array())
            written.append(value.toObject().value(QLatin1String("id")).toString());
    } else if (format == QLatin1String("ndjson")) {
        for (const QString &line : result.out.split(u'\n', Qt::SkipEmptyParts))
            written.append(QJsonDocument::fromJson(line.toUtf8()).object().value(QLatin1String("id")).toString());
    } else {
        const QStringList lines = result.out.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        for (const QString &line : lines.mid(1)) {
            for (const QString &id : ids) {
                if (line.contains(id))
                    written.append(id);
            }
        }
    }
    QCOMPARE(written, ids.mid(0, 100));
    QVERIFY2(result.err.contains(QStringLiteral("500")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("stopped after 100 complete session")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("the last one %1").arg(ids.at(99))), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("--starting-after %1").arg(ids.at(99))), qPrintable(result.err));

    // Going on as told gives the rest, once.
    const RunResult rest = run({ QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--starting-after"),
        ids.at(99), QStringLiteral("--format"), QStringLiteral("ndjson") });
    QCOMPARE(rest.exitCode, 0);
    QStringList restIds;
    for (const QString &line : rest.out.split(u'\n', Qt::SkipEmptyParts))
        restIds.append(QJsonDocument::fromJson(line.toUtf8()).object().value(QLatin1String("id")).toString());
    QCOMPARE(written + restIds, ids);
}

void CommandsTest::get_json_equalsSession()
{
    const QString id = allSessions().at(11).toObject().value(QLatin1String("id")).toString();
    const RunResult result = run({ QStringLiteral("get"), id, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    QVERIFY(document.isObject());
    const auto api = m_fixture->authorized("GET", QStringLiteral("/sessions/") + id, m_fixture->token());
    QCOMPARE(api.status, 200);
    QCOMPARE(document.object(), api.object());
}

void CommandsTest::get_table_showsDetails()
{
    const QString id = findSession([](const QJsonObject &session) {
        return !session.value(QLatin1String("order")).toObject().value(QLatin1String("items")).toArray().isEmpty();
    });
    QVERIFY(!id.isEmpty());
    const RunResult result = run({ QStringLiteral("get"), id });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject order = session(id).value(QLatin1String("order")).toObject();
    for (const QString &expected :
        { id, QStringLiteral("Status"), QStringLiteral("Amount"), QStringLiteral("Items"), QStringLiteral("Events"),
            QStringLiteral("INITIATED"), order.value(QLatin1String("merchant_reference")).toString() })
        QVERIFY2(result.out.contains(expected), qPrintable(expected + u'\n' + result.out));
}

void CommandsTest::get_unknownSession_exit1()
{
    const RunResult result = run({ QStringLiteral("get"), QStringLiteral("T12345678.doesNotExist") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QStringLiteral("T12345678.doesNotExist was not found")), qPrintable(result.err));
}

void CommandsTest::cancel_yes_cancelsOnce()
{
    const QString id = cancellableSession();
    QVERIFY(!id.isEmpty());
    m_fixture->resetStats();

    const RunResult result = run({ QStringLiteral("cancel"), id, QStringLiteral("--yes") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Cancelled session ") + id), qPrintable(result.out));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 1);
    QCOMPARE(m_fixture->sessionOperationCount(id, QStringLiteral("cancel_session")), 1);
    QVERIFY(session(id).contains(QLatin1String("cancelled_at")));
}

void CommandsTest::cancel_withoutTerminal_refusesAndSendsNothing()
{
    const QString id = cancellableSession();
    m_fixture->resetStats();
    QBuffer answers;
    answers.setData("y\n");
    answers.open(QIODevice::ReadOnly);
    Dintero::Cli::DeviceInput input(&answers, false);
    RunOptions options;
    options.input = &input;

    const RunResult piped = run({ QStringLiteral("cancel"), id }, options);
    QCOMPARE(piped.exitCode, 2);
    QVERIFY2(piped.err.contains(QStringLiteral("no terminal")), qPrintable(piped.err));
    QVERIFY(piped.err.contains(QStringLiteral("--yes")));

    const RunResult noInput = run({ QStringLiteral("cancel"), id });
    QCOMPARE(noInput.exitCode, 2);

    QCOMPARE(m_fixture->stats().value(QLatin1String("total")).toInt(), 0);
    QVERIFY(!session(id).contains(QLatin1String("cancelled_at")));
}

void CommandsTest::cancel_terminalAnswersYes_cancels()
{
    const QString id = cancellableSession();
    m_fixture->resetStats();
    QBuffer answers;
    answers.setData("yes\n");
    answers.open(QIODevice::ReadOnly);
    Dintero::Cli::DeviceInput input(&answers, true);
    RunOptions options;
    options.input = &input;

    const RunResult result = run({ QStringLiteral("cancel"), id }, options);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QStringLiteral("Cancel this session? [y/N]")), qPrintable(result.err));
    QVERIFY(result.err.contains(id)); // what is about to be cancelled is shown first
    QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 1);
    QVERIFY(session(id).contains(QLatin1String("cancelled_at")));
}

void CommandsTest::cancel_terminalAnswersNo_sendsNoCancel()
{
    const QString id = cancellableSession();
    m_fixture->resetStats();
    for (const QByteArray &answer : { QByteArray("n\n"), QByteArray("\n"), QByteArray() }) {
        QBuffer answers;
        answers.setData(answer);
        answers.open(QIODevice::ReadOnly);
        Dintero::Cli::DeviceInput input(&answers, true);
        RunOptions options;
        options.input = &input;
        const RunResult result = run({ QStringLiteral("cancel"), id }, options);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("Not cancelled.")));
    }
    QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 0);
    QVERIFY(!session(id).contains(QLatin1String("cancelled_at")));
}

void CommandsTest::cancel_captured_exit1WithServerReason()
{
    Dintero::Sandbox::SandboxStore &store = m_fixture->server().store();
    const QString id = findSession([&store](const QJsonObject &session) {
        const auto transaction = store.transaction(session.value(QLatin1String("transaction_id")).toString());
        return transaction && transaction->status.contains(QLatin1String("CAPTURED"))
            && !session.contains(QLatin1String("cancelled_at"));
    });
    QVERIFY(!id.isEmpty());
    m_fixture->resetStats();

    const RunResult result = run({ QStringLiteral("cancel"), id, QStringLiteral("--yes") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(
        result.err.contains(QStringLiteral("cannot be cancelled because its transaction")), qPrintable(result.err));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 1); // never retried
}

void CommandsTest::cancel_answerLost_verifiedByGet()
{
    const QString id = cancellableSession();
    m_fixture->resetStats();
    m_fixture->queueFault(QStringLiteral("reset"), 1, QStringLiteral("cancel_session"));

    const RunResult result = run({ QStringLiteral("cancel"), id, QStringLiteral("--yes") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("Cancelled session ") + id));
    QVERIFY2(
        result.err.contains(QStringLiteral("reading the session back shows it cancelled")), qPrintable(result.err));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 1);
}

void CommandsTest::cancel_answerLostAndGetFails_outcomeUnknown()
{
    const QString id = cancellableSession();
    m_fixture->resetStats();
    m_fixture->queueFault(QStringLiteral("reset"), 1, QStringLiteral("cancel_session"));
    m_fixture->queueFault(QStringLiteral("500"), 10, QStringLiteral("get_session"));
    RunOptions options;
    options.retries = false;

    const RunResult result = run({ QStringLiteral("cancel"), id, QStringLiteral("--yes") }, options);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QStringLiteral("The outcome is UNKNOWN")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("dintero-sessions get ") + id));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("cancel_session")), 1);
}

void CommandsTest::paymentToken_printsOnlyALinkThatServesThePage()
{
    m_fixture->resetStats();
    const RunResult result = run({ QStringLiteral("payment-token"), QStringLiteral("--currency"), QStringLiteral("NOK"),
        QStringLiteral("--reference"), QStringLiteral("CARD-SAVE-1"), QStringLiteral("--return-url"),
        QStringLiteral("https://shop.example/card/saved"), QStringLiteral("--email"), QStringLiteral("kari@example.no"),
        QStringLiteral("--customer-id"), QStringLiteral("cust-1") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.endsWith(u'\n'));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QUrl url(lines.first(), QUrl::StrictMode);
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_payment_token_session")), 1);

    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("CARD-SAVE-1"));
}

void CommandsTest::create_fromOptions_printsIdAndUrl()
{
    m_fixture->resetStats();
    const RunResult result = run({ QStringLiteral("create"), QStringLiteral("--currency"), QStringLiteral("NOK"),
        QStringLiteral("--reference"), QStringLiteral("SO-CLI-1"), QStringLiteral("--reference-2"),
        QStringLiteral("CLI"), QStringLiteral("--return-url"), QStringLiteral("https://shop.example/return"),
        QStringLiteral("--phone"), QStringLiteral("+4791234567"), QStringLiteral("--store-id"),
        QStringLiteral("oslo-01"), QStringLiteral("--item"), QStringLiteral("SKU-TEA:Green tea:2:19800:25"),
        QStringLiteral("--item"), QStringLiteral("SKU-MUG:Mug:1:26000:25") });
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString id = lines.at(0);
    QVERIFY(id.startsWith(QStringLiteral("T12345678.")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("/v1/view/") + id));
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session")), 1);

    const QJsonObject created = session(id);
    const QJsonObject order = created.value(QLatin1String("order")).toObject();
    QCOMPARE(order.value(QLatin1String("amount")).toInteger(), 45800);
    QCOMPARE(order.value(QLatin1String("merchant_reference")).toString(), QStringLiteral("SO-CLI-1"));
    QCOMPARE(order.value(QLatin1String("merchant_reference_2")).toString(), QStringLiteral("CLI"));
    QCOMPARE(order.value(QLatin1String("items")).toArray().size(), 2);
    QCOMPARE(created.value(QLatin1String("customer")).toObject().value(QLatin1String("phone_number")).toString(),
        QStringLiteral("+4791234567"));
}

void CommandsTest::create_fromProfile_usesSessionsProfile()
{
    m_fixture->resetStats();
    const RunResult result = run({ QStringLiteral("create"), QStringLiteral("--profile"), QStringLiteral("default"),
        QStringLiteral("--currency"), QStringLiteral("NOK"), QStringLiteral("--amount"), QStringLiteral("10000"),
        QStringLiteral("--reference"), QStringLiteral("SO-CLI-2"), QStringLiteral("--return-url"),
        QStringLiteral("https://shop.example/return") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session_from_profile")), 1);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session")), 0);
    const QString id = result.out.split(u'\n').first();
    QCOMPARE(
        session(id).value(QLatin1String("metadata")).toObject().value(QLatin1String("session:profile_id")).toString(),
        QStringLiteral("default"));

    const RunResult unknown = run({ QStringLiteral("create"), QStringLiteral("--profile"), QStringLiteral("nope"),
        QStringLiteral("--currency"), QStringLiteral("NOK"), QStringLiteral("--amount"), QStringLiteral("10000"),
        QStringLiteral("--reference"), QStringLiteral("SO-CLI-3"), QStringLiteral("--return-url"),
        QStringLiteral("https://shop.example/return") });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("profile_id")), qPrintable(unknown.err));
}

void CommandsTest::create_bodyFromFileAndStdin()
{
    const QJsonObject body {
        { QStringLiteral("url"),
            QJsonObject { { QStringLiteral("return_url"), QStringLiteral("https://shop.example/r") } } },
        { QStringLiteral("order"),
            QJsonObject { { QStringLiteral("amount"), 5000 }, { QStringLiteral("currency"), QStringLiteral("SEK") },
                { QStringLiteral("merchant_reference"), QStringLiteral("SO-BODY") } } },
        { QStringLiteral("configuration"), QJsonObject { { QStringLiteral("channel"), QStringLiteral("ecommerce") } } },
    };
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QFile file(directory.filePath(QStringLiteral("body.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(body).toJson());
    file.close();

    m_fixture->resetStats();
    const RunResult fromFile = run({ QStringLiteral("create"), QStringLiteral("--body"), file.fileName() });
    QCOMPARE(fromFile.exitCode, 0);
    const QString fileId = fromFile.out.split(u'\n').first();
    QCOMPARE(
        session(fileId).value(QLatin1String("order")).toObject().value(QLatin1String("merchant_reference")).toString(),
        QStringLiteral("SO-BODY"));

    QBuffer stdinBuffer;
    stdinBuffer.setData(QJsonDocument(body).toJson());
    stdinBuffer.open(QIODevice::ReadOnly);
    RunOptions options;
    options.stdinDevice = &stdinBuffer;
    const RunResult fromStdin
        = run({ QStringLiteral("create"), QStringLiteral("--body"), QStringLiteral("-") }, options);
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(m_fixture->operationCount(QStringLiteral("create_session")), 2);
}

void CommandsTest::create_badBody_usageError()
{
    QTemporaryDir directory;
    QFile file(directory.filePath(QStringLiteral("broken.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"order\": ");
    file.close();
    m_fixture->resetStats();

    const RunResult broken = run({ QStringLiteral("create"), QStringLiteral("--body"), file.fileName() });
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains(QStringLiteral("is not valid JSON")), qPrintable(broken.err));

    const RunResult missing = run(
        { QStringLiteral("create"), QStringLiteral("--body"), directory.filePath(QStringLiteral("missing.json")) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("Cannot read --body")));

    QBuffer array;
    array.setData("[1, 2]");
    array.open(QIODevice::ReadOnly);
    RunOptions options;
    options.stdinDevice = &array;
    const RunResult notObject = run(
        { QStringLiteral("update"), QStringLiteral("T12345678.x"), QStringLiteral("--body"), QStringLiteral("-") },
        options);
    QCOMPARE(notObject.exitCode, 2);
    QVERIFY(notObject.err.contains(QStringLiteral("must hold one JSON object")));

    QCOMPARE(m_fixture->stats().value(QLatin1String("total")).toInt(), 0);
}

void CommandsTest::update_items_printsSession()
{
    const RunResult created = run({ QStringLiteral("create"), QStringLiteral("--currency"), QStringLiteral("NOK"),
        QStringLiteral("--amount"), QStringLiteral("1000"), QStringLiteral("--reference"), QStringLiteral("SO-UPD"),
        QStringLiteral("--return-url"), QStringLiteral("https://shop.example/return") });
    QCOMPARE(created.exitCode, 0);
    const QString id = created.out.split(u'\n').first();

    const RunResult json = run({ QStringLiteral("update"), id, QStringLiteral("--item"),
        QStringLiteral("SKU-1:Thing:3:4500:25"), QStringLiteral("--reference-2"), QStringLiteral("POS-9"),
        QStringLiteral("--update-without-lock"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject updated = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(updated.value(QLatin1String("id")).toString(), id);
    const QJsonObject order = updated.value(QLatin1String("order")).toObject();
    QCOMPARE(order.value(QLatin1String("amount")).toInteger(), 4500);
    QCOMPARE(order.value(QLatin1String("merchant_reference_2")).toString(), QStringLiteral("POS-9"));
    QCOMPARE(order.value(QLatin1String("items")).toArray().size(), 1);
    QCOMPARE(updated, session(id));

    const RunResult table = run({ QStringLiteral("update"), id, QStringLiteral("--reference-2"),
        QStringLiteral("POS-10"), QStringLiteral("--update-without-lock") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(QStringLiteral("POS-10")));
    QVERIFY(table.out.contains(QStringLiteral("Thing")));
}

void CommandsTest::update_notLocked_exit1()
{
    const QString id = cancellableSession();
    const RunResult result
        = run({ QStringLiteral("update"), id, QStringLiteral("--reference-2"), QStringLiteral("X") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("update_without_lock")), qPrintable(result.err));
}

void CommandsTest::apiErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("faultOperation");
    QTest::addColumn<QString>("message");

    const QString admin = QLatin1String(SandboxFixture::AdminClientId);
    const QString secret = QLatin1String(SandboxFixture::ClientSecret);
    const QStringList list { QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") };

    QTest::newRow("wrong secret") << list << admin << QStringLiteral("wrong-secret") << QString() << QString()
                                  << QStringLiteral("did not accept the credentials");
    QTest::newRow("read-only client cancels")
        << QStringList { QStringLiteral("cancel"), QStringLiteral("T12345678.any"), QStringLiteral("--yes") }
        << QString(QLatin1String(SandboxFixture::ReadOnlyClientId)) << secret << QString() << QString()
        << QStringLiteral("not allowed");
    QTest::newRow("server error") << list << admin << secret << QStringLiteral("500") << QStringLiteral("list_sessions")
                                  << QStringLiteral("HTTP 500");
    QTest::newRow("malformed page") << list << admin << secret << QStringLiteral("malformed")
                                    << QStringLiteral("list_sessions") << QStringLiteral("incomplete or unreadable");
    QTest::newRow("rate limited") << QStringList { QStringLiteral("get"), QStringLiteral("T12345678.any") } << admin
                                  << secret << QStringLiteral("429") << QStringLiteral("get_session")
                                  << QStringLiteral("limiting requests");
    QTest::newRow("create refused") << QStringList { QStringLiteral("create"), QStringLiteral("--currency"),
        QStringLiteral("NOK"), QStringLiteral("--amount"), QStringLiteral("100"), QStringLiteral("--reference"),
        QStringLiteral("R"), QStringLiteral("--return-url"), QStringLiteral("https://shop.example/r"),
        QStringLiteral("--phone"), QStringLiteral("12") }
                                    << admin << secret << QString() << QString() << QStringLiteral("phone_number");
}

void CommandsTest::apiErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, clientId);
    QFETCH(QString, clientSecret);
    QFETCH(QString, fault);
    QFETCH(QString, faultOperation);
    QFETCH(QString, message);

    if (!fault.isEmpty())
        m_fixture->queueFault(fault, 10, faultOperation);
    RunOptions options;
    options.clientId = clientId;
    options.clientSecret = clientSecret;
    options.retries = false;
    const RunResult result = run(arguments, options);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(QStringLiteral("dintero-sessions: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String(SandboxFixture::ClientSecret)));
}

void CommandsTest::apiKey_connects()
{
    const ParseResult parsed
        = ArgumentParser::parse({ QStringLiteral("dintero-sessions"), QStringLiteral("list"), QStringLiteral("--limit"),
                                    QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--base-url"), m_fixture->baseUrl().toString() },
            [] {
                QProcessEnvironment environment;
                environment.insert(QStringLiteral("DINTERO_API_KEY"), QLatin1String(SandboxFixture::ApiKey));
                return environment;
            }());
    QCOMPARE(parsed.action, ParseResult::Action::Run);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    CommandIo io;
    io.out = &out;
    io.err = &err;
    QNetworkAccessManager network;
    Dintero::Api::SessionClient client(parsed.invocation.connection.settings, &network);
    std::unique_ptr<Command> command(Command::create(parsed.invocation, &client, io));
    QSignalSpy done(command.get(), &Command::done);
    command->start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toInt(), 0);
    out.flush();
    QCOMPARE(QJsonDocument::fromJson(outText.toUtf8()).array().size(), 2);
}

QTEST_GUILESS_MAIN(CommandsTest)
#include "commands_test.moc"
