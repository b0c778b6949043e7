#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Dintero::Models {

// The ready-made ranges of the filter form's "Created" editors.
enum class DatePreset {
    None, // the agent's own range
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    ThisMonth,
};

struct DateRange
{
    QDateTime from; // the first millisecond of the first day
    QDateTime to; // the last millisecond of the last day (23:59:59.999)
};

// The range of `preset` around `now`, in now's own time zone or offset (local time for
// a local now), so that presets follow the agent's calendar day; the filter sends both
// ends with that explicit offset. Pure: the caller passes the clock's "now", which
// keeps "last 7 days" deterministic in tests. None gives an empty range.
DateRange presetRange(DatePreset preset, const QDateTime &now);

// Translated text for menus ("Last 7 days").
QString presetText(DatePreset preset);
// Stable key for saved filters ("last_7_days"); empty for None.
QString presetKey(DatePreset preset);
std::optional<DatePreset> presetFromKey(const QString &key);

} // namespace Dintero::Models
