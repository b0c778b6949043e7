#pragma once

#include "api/apierror.h"
#include "cli/invocation.h"
#include "core/clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;
class QTextStream;

namespace Dintero::Api {
class SessionClient;
class SessionReply;
} // namespace Dintero::Api

namespace Dintero::Cli {

class LineInput;

// The exit status of `dintero-sessions`, an interface scripts rely on. No fixed
// underlying type: with one, Qt 6.4's lupdate loses the namespace of the class below.
enum ExitCode {
    ExitSuccess = 0,
    ExitApiError = 1, // Dintero refused or failed, or the outcome is unknown
    ExitUsageError = 2, // the command line (or --body) is wrong; nothing was sent
};

// The process around a command. Nothing here is owned: the caller keeps every
// pointer alive until the command is done. Tests point out/err at strings.
struct CommandIo
{
    QTextStream *out = nullptr; // results (data only)
    QTextStream *err = nullptr; // messages, prompts, progress
    LineInput *input = nullptr; // answers to prompts; null: nobody can answer
    QIODevice *stdinDevice = nullptr; // read for --body -
    bool showProgress = false; // progress lines on err (when it is a terminal)
    // After a failed write to out: whether its reader has gone (a broken pipe), which
    // ends a command quietly. Empty: a failed write is an error.
    std::function<bool()> outputClosed;
    QLocale locale; // for amounts in tables
    Core::Clock clock; // "now" for the derived status; system clock if empty
};

// "dintero-sessions: <message>" and the hint, on err.
void printUsageError(QTextStream &err, const QString &message, const QString &hint);

// One run of one command against a SessionClient (used, not owned). start() returns at
// once; done(exitCode) follows exactly once, from the event loop, after every output
// line has been written. The creator owns the command (a QObject child).
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    ~Command() override;

    // The command for invocation.command with its options.
    static Command *create(
        const Invocation &invocation, Api::SessionClient *client, const CommandIo &io, QObject *parent = nullptr);

    void start();
    bool isDone() const;
    int exitCode() const;

Q_SIGNALS:
    void done(int exitCode);

protected:
    Command(Api::SessionClient *client, const CommandIo &io, QObject *parent);

    virtual void run() = 0;

    // Each writes its message (if any), flushes and ends the command.
    void finish(int exitCode);
    void finishWithApiError(const Api::ApiError &error);
    void finishWithError(const QString &message); // exit 1
    void finishWithUsageError(const QString &message, const QString &hint);
    // When `reply` finishes: the session it brought, in `format`, or its error.
    void finishWithSession(Api::SessionReply *reply, OutputFormat format);

    Api::SessionClient *client() const;
    const CommandIo &io() const;
    QTextStream &out() const;
    QTextStream &err() const;
    QDateTime now() const;

    // The request body of create and update: `built` from the field options, or, when
    // bodyPath is set, the JSON object of --body FILE ("-" = io().stdinDevice). nullopt
    // when that file cannot be read or holds no JSON object; the command has then
    // finished with a usage error (exit 2) and sends nothing.
    std::optional<QJsonObject> requestBody(const QJsonObject &built, const QString &bodyPath, CommandKind command);

private:
    std::optional<QJsonObject> readBody(const QString &path, QString *error) const;

    QPointer<Api::SessionClient> m_client;
    CommandIo m_io;
    bool m_started = false;
    bool m_done = false;
    int m_exitCode = -1;
};

} // namespace Dintero::Cli
