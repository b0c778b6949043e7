#pragma once

#include "api/connectionsettings.h"
#include "api/paymenttokenrequest.h"
#include "core/sessionfilter.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace Dintero::Cli {

// What `dintero-sessions` was asked to do, fully parsed and validated: plain values that
// ArgumentParser fills and the command objects read.

enum class CommandKind {
    List,
    Get,
    Cancel,
    PaymentToken,
    Create,
    Update,
};

enum class OutputFormat {
    Table,
    Json,
    Csv,
    Ndjson, // list only: one session object per line
};

struct ConnectionOptions
{
    // --demo: start the embedded sandbox and talk to it as the demo client; settings
    // is then filled in by CommandRunner once the sandbox listens.
    bool demo = false;
    Api::ConnectionSettings settings;
};

struct ListOptions
{
    Core::SessionFilter filter; // limit already set (10 by default, 100 with --all)
    bool all = false;
    QString startingAfter; // --starting-after: the walk goes on after this session id
    OutputFormat format = OutputFormat::Table;
};

struct GetOptions
{
    QString id;
    OutputFormat format = OutputFormat::Table;
};

struct CancelOptions
{
    QString id;
    bool yes = false;
};

struct PaymentTokenOptions
{
    Api::PaymentTokenRequest request;
};

struct CreateOptions
{
    QString profileId; // POST /sessions-profile when set
    QJsonObject body; // built from the field options (empty with --body)
    QString bodyPath; // --body FILE ("-" = standard input); read when the command runs
};

struct UpdateOptions
{
    QString id;
    QJsonObject body; // {"order": {...}} from the field options (empty with --body)
    QString bodyPath;
    bool updateWithoutLock = false;
    OutputFormat format = OutputFormat::Table;
};

using CommandOptions
    = std::variant<ListOptions, GetOptions, CancelOptions, PaymentTokenOptions, CreateOptions, UpdateOptions>;

struct Invocation
{
    CommandKind command = CommandKind::List;
    ConnectionOptions connection;
    CommandOptions options;
};

// The stable command names of the command line ("payment-token").
QString commandName(CommandKind command);

} // namespace Dintero::Cli
