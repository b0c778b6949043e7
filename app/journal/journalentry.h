#pragma once

#include "core/money.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Dintero::Journal {

// What the console did. The keys ("cancel_session", ...) are the sandbox's operation
// names and are written to the file; never translated.
enum class Operation {
    CancelSession,
    CreatePaymentTokenSession,
    CreateSession,
    CreateSessionFromProfile,
    UpdateSession,
};

// How it ended: done, refused by Dintero (4xx), unknown (the answer was lost, so the
// operation may or may not have taken effect) or failed (it did not happen).
enum class Outcome {
    Done,
    Refused,
    Unknown,
    Failed,
};

// One line of the journal. A value type. It deliberately has no field for a secret,
// token or header, so that none can reach the file.
struct JournalEntry
{
    QDateTime time; // UTC; Journal::append() sets it when invalid
    QString accountId;
    QString apiHost;
    Operation operation = Operation::CancelSession;
    QString sessionId;
    QString merchantReference;
    Core::Money amount; // minor units
    Outcome result = Outcome::Done;
    int httpStatus = 0; // 0 when there was no answer
    QString error;
    QString note; // the agent's note
    QByteArray prev; // lowercase hex SHA-256 of the previous line; set by Journal::append()

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

QString operationKey(Operation operation);
std::optional<Operation> operationFromKey(QStringView key);
QString outcomeKey(Outcome outcome);
std::optional<Outcome> outcomeFromKey(QStringView key);

// For people (translated): "Cancel session", "Done", ...
QString operationText(Operation operation);
QString outcomeText(Outcome outcome);

// The line as written (UTF-8, no newline): one JSON object with the fields in the order
// of the file format, time as "2025-03-04T09:12:31.412Z".
QByteArray toJsonLine(const JournalEntry &entry);
// The entry of a line; nullopt when the line is not a journal entry (not JSON, not an
// object, or a field missing or of the wrong type).
std::optional<JournalEntry> fromJsonLine(QByteArrayView line);

} // namespace Dintero::Journal
