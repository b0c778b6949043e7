#include "connection/writeaccess.h"

namespace Dintero::Connection {

WriteAccess WriteAccess::fromScopes(const QStringList &scopes)
{
    WriteAccess access;
    access.scopes = scopes;
    if (scopes.isEmpty())
        return access;
    // The reference's scopes: admin:checkout covers everything, write:checkout the
    // changes, read:checkout the reads only.
    if (scopes.contains(QLatin1String("admin:checkout")) || scopes.contains(QLatin1String("write:checkout"))) {
        access.state = State::Allowed;
        return access;
    }
    access.state = State::ReadOnly;
    access.reason = tr("This credential may only read (scope %1): ask for an API client with write:checkout "
                       "to make changes.")
                        .arg(scopes.join(u' '));
    return access;
}

WriteAccess WriteAccess::refused()
{
    WriteAccess access;
    access.state = State::ReadOnly;
    access.reason = tr("Dintero refused a change with this credential (403 Forbidden): it may only read. "
                       "Ask for an API client with write:checkout to make changes.");
    return access;
}

QString WriteAccess::description() const
{
    switch (state) {
    case State::Unknown:
        return tr("What this credential may change is unknown until a change is tried.");
    case State::Allowed:
        return tr("May read and change sessions (scope %1).").arg(scopes.join(u' '));
    case State::ReadOnly:
        return reason;
    }
    return {};
}

} // namespace Dintero::Connection
