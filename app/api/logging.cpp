#include "api/logging.h"

Q_LOGGING_CATEGORY(lcConsoleApi, "console.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConsoleAuth, "console.auth", QtInfoMsg)
