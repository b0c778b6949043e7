#include "api/logging.h"

Q_LOGGING_CATEGORY(lcConsoleApi, "console.api")
Q_LOGGING_CATEGORY(lcConsoleAuth, "console.auth")
