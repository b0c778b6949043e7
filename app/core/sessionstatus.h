#pragma once

#include <QString>

#include <optional>

namespace Dintero::Core {

// The status the console derives for a session (the API has none; see
// Session::status() and §6 of the API reference). Declared in display order.
enum class SessionStatus {
    Open,
    InProgress,
    OnHold,
    Authorized,
    Failed,
    Expired,
    Cancelled,
};

// Translated text for the user ("In progress").
QString statusText(SessionStatus status);
// Stable lower-case key for settings, exports and the command line ("in_progress").
QString statusKey(SessionStatus status);
// The inverse of statusKey(); nullopt for an unknown key.
std::optional<SessionStatus> statusFromKey(const QString &key);

} // namespace Dintero::Core
