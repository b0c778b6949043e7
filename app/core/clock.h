#pragma once

#include <QDateTime>

#include <functional>

namespace Dintero::Core {

// "Now" for everything that depends on the time of day: derived statuses, date presets,
// expiry, token lifetimes. Tests inject their own; an empty Clock means the system clock.
using Clock = std::function<QDateTime()>;

inline QDateTime now(const Clock &clock)
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

} // namespace Dintero::Core
