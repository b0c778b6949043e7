#include "models/datepresets.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Dintero::Models {
namespace {

// A wall-clock time on `date` in the same zone (or offset) as `reference`.
QDateTime atSameZone(const QDateTime &reference, QDate date, QTime time)
{
    switch (reference.timeSpec()) {
    case Qt::UTC:
        return QDateTime(date, time, Qt::UTC);
    case Qt::OffsetFromUTC:
        return QDateTime(date, time, Qt::OffsetFromUTC, reference.offsetFromUtc());
    case Qt::TimeZone:
        return QDateTime(date, time, reference.timeZone());
    case Qt::LocalTime:
        break;
    }
    return QDateTime(date, time, Qt::LocalTime);
}

DateRange days(const QDateTime &now, QDate first, QDate last)
{
    return DateRange { atSameZone(now, first, QTime(0, 0)), atSameZone(now, last, QTime(23, 59, 59, 999)) };
}

} // namespace

DateRange presetRange(DatePreset preset, const QDateTime &now)
{
    if (!now.isValid())
        return {};
    const QDate today = now.date();
    switch (preset) {
    case DatePreset::None:
        return {};
    case DatePreset::Today:
        return days(now, today, today);
    case DatePreset::Yesterday:
        return days(now, today.addDays(-1), today.addDays(-1));
    case DatePreset::Last7Days:
        return days(now, today.addDays(-6), today);
    case DatePreset::Last30Days:
        return days(now, today.addDays(-29), today);
    case DatePreset::ThisMonth:
        return days(now, QDate(today.year(), today.month(), 1), today);
    }
    return {};
}

QString presetText(DatePreset preset)
{
    switch (preset) {
    case DatePreset::None:
        return QCoreApplication::translate("Dintero::Models::DatePreset", "Custom range");
    case DatePreset::Today:
        return QCoreApplication::translate("Dintero::Models::DatePreset", "Today");
    case DatePreset::Yesterday:
        return QCoreApplication::translate("Dintero::Models::DatePreset", "Yesterday");
    case DatePreset::Last7Days:
        return QCoreApplication::translate("Dintero::Models::DatePreset", "Last 7 days");
    case DatePreset::Last30Days:
        return QCoreApplication::translate("Dintero::Models::DatePreset", "Last 30 days");
    case DatePreset::ThisMonth:
        return QCoreApplication::translate("Dintero::Models::DatePreset", "This month");
    }
    return {};
}

QString presetKey(DatePreset preset)
{
    switch (preset) {
    case DatePreset::None:
        return {};
    case DatePreset::Today:
        return QStringLiteral("today");
    case DatePreset::Yesterday:
        return QStringLiteral("yesterday");
    case DatePreset::Last7Days:
        return QStringLiteral("last_7_days");
    case DatePreset::Last30Days:
        return QStringLiteral("last_30_days");
    case DatePreset::ThisMonth:
        return QStringLiteral("this_month");
    }
    return {};
}

std::optional<DatePreset> presetFromKey(const QString &key)
{
    for (const DatePreset preset : { DatePreset::Today, DatePreset::Yesterday, DatePreset::Last7Days,
             DatePreset::Last30Days, DatePreset::ThisMonth }) {
        if (presetKey(preset) == key)
            return preset;
    }
    return std::nullopt;
}

} // namespace Dintero::Models
