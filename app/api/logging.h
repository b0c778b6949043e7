#pragma once

#include <QLoggingCategory>

// The API layer's logging categories. Nothing logged through them may contain a
// credential: request data goes through api/redaction.h first.
Q_DECLARE_LOGGING_CATEGORY(lcConsoleApi) // "console.api": requests, retries, errors
Q_DECLARE_LOGGING_CATEGORY(lcConsoleAuth) // "console.auth": tokens and the keychain
