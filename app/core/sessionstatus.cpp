#include "core/sessionstatus.h"

#include <QCoreApplication>

namespace Dintero::Core {

QString statusText(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Open:
        return QCoreApplication::translate("Dintero::Core::SessionStatus", "Open");
    case SessionStatus::InProgress:
        return QCoreApplication::translate("Dintero::Core::SessionStatus", "In progress");
    case SessionStatus::OnHold:
        return QCoreApplication::translate("Dintero::Core::SessionStatus", "On hold");
    case SessionStatus::Authorized:
        return QCoreApplication::translate("Dintero::Core::SessionStatus", "Paid / authorized");
    case SessionStatus::Failed:
        return QCoreApplication::translate("Dintero::Core::SessionStatus", "Failed");
    case SessionStatus::Expired:
        return QCoreApplication::translate("Dintero::Core::SessionStatus", "Expired");
    case SessionStatus::Cancelled:
        return QCoreApplication::translate("Dintero::Core::SessionStatus", "Cancelled");
    }
    return {};
}

QString statusKey(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Open:
        return QStringLiteral("open");
    case SessionStatus::InProgress:
        return QStringLiteral("in_progress");
    case SessionStatus::OnHold:
        return QStringLiteral("on_hold");
    case SessionStatus::Authorized:
        return QStringLiteral("authorized");
    case SessionStatus::Failed:
        return QStringLiteral("failed");
    case SessionStatus::Expired:
        return QStringLiteral("expired");
    case SessionStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<SessionStatus> statusFromKey(const QString &key)
{
    for (const SessionStatus status : { SessionStatus::Open, SessionStatus::InProgress, SessionStatus::OnHold,
             SessionStatus::Authorized, SessionStatus::Failed, SessionStatus::Expired, SessionStatus::Cancelled }) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace Dintero::Core
