#include "cli/command.h"

#include "api/sessionclient.h"
#include "cli/argumentparser.h"
#include "cli/cancelcommand.h"
#include "cli/createcommand.h"
#include "cli/getcommand.h"
#include "cli/listcommand.h"
#include "cli/paymenttokencommand.h"
#include "cli/sessionformatter.h"
#include "cli/updatecommand.h"

#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTextStream>
#include <QTimer>

namespace Dintero::Cli {

void printUsageError(QTextStream &err, const QString &message, const QString &hint)
{
    err << QStringLiteral("dintero-sessions: ") << message << u'\n';
    if (!hint.isEmpty())
        err << hint << u'\n';
    err.flush();
}

Command::Command(Api::SessionClient *client, const CommandIo &io, QObject *parent)
    : QObject(parent), m_client(client), m_io(io)
{
    Q_ASSERT(m_io.out && m_io.err);
}

Command::~Command() = default;

Command *Command::create(const Invocation &invocation, Api::SessionClient *client, const CommandIo &io, QObject *parent)
{
    switch (invocation.command) {
    case CommandKind::List:
        return new ListCommand(std::get<ListOptions>(invocation.options), client, io, parent);
    case CommandKind::Get:
        return new GetCommand(std::get<GetOptions>(invocation.options), client, io, parent);
    case CommandKind::Cancel:
        return new CancelCommand(std::get<CancelOptions>(invocation.options), client, io, parent);
    case CommandKind::PaymentToken:
        return new PaymentTokenCommand(std::get<PaymentTokenOptions>(invocation.options), client, io, parent);
    case CommandKind::Create:
        return new CreateCommand(std::get<CreateOptions>(invocation.options), client, io, parent);
    case CommandKind::Update:
        return new UpdateCommand(std::get<UpdateOptions>(invocation.options), client, io, parent);
    }
    return nullptr;
}

void Command::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_client) {
        finishWithError(tr("No connection to Dintero was set up."));
        return;
    }
    run();
}

bool Command::isDone() const
{
    return m_done;
}

int Command::exitCode() const
{
    return m_exitCode;
}

void Command::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_exitCode = exitCode;
    m_io.out->flush();
    m_io.err->flush();
    // From the event loop, so that done() never arrives inside start().
    QTimer::singleShot(0, this, [this] { Q_EMIT done(m_exitCode); });
}

void Command::finishWithApiError(const Api::ApiError &error)
{
    finishWithError(error.message());
}

void Command::finishWithSession(Api::SessionReply *reply, OutputFormat format)
{
    connect(reply, &Api::SessionRequest::finished, this, [this, reply, format] {
        if (reply->hasError()) {
            finishWithApiError(reply->error());
            return;
        }
        if (format == OutputFormat::Json)
            out() << QString::fromUtf8(SessionFormatter::jsonObject(reply->session()));
        else
            out() << SessionFormatter::details(reply->session(), now(), io().locale);
        finish(ExitSuccess);
    });
}

void Command::finishWithError(const QString &message)
{
    err() << QStringLiteral("dintero-sessions: ") << message << u'\n';
    finish(ExitApiError);
}

void Command::finishWithUsageError(const QString &message, const QString &hint)
{
    printUsageError(err(), message, hint);
    finish(ExitUsageError);
}

Api::SessionClient *Command::client() const
{
    return m_client;
}

const CommandIo &Command::io() const
{
    return m_io;
}

QTextStream &Command::out() const
{
    return *m_io.out;
}

QTextStream &Command::err() const
{
    return *m_io.err;
}

QDateTime Command::now() const
{
    return m_io.clock ? m_io.clock() : QDateTime::currentDateTimeUtc();
}

std::optional<QJsonObject> Command::requestBody(const QJsonObject &built, const QString &bodyPath, CommandKind command)
{
    if (bodyPath.isEmpty())
        return built;
    QString error;
    std::optional<QJsonObject> read = readBody(bodyPath, &error);
    if (!read)
        finishWithUsageError(error, ArgumentParser::commandHint(command));
    return read;
}

std::optional<QJsonObject> Command::readBody(const QString &path, QString *error) const
{
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        if (!m_io.stdinDevice || !m_io.stdinDevice->isReadable()) {
            *error = tr("Standard input cannot be read for --body -.");
            return std::nullopt;
        }
        // The request body is the program's input: reading it to the end before anything
        // is sent is what the user asked for (as with curl --data @-).
        bytes = m_io.stdinDevice->readAll();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read --body %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        bytes = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("--body %1 is not valid JSON: %2 at offset %3.")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("--body %1 must hold one JSON object.").arg(path);
        return std::nullopt;
    }
    return document.object();
}

} // namespace Dintero::Cli
