#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Dintero::Connection {

// What the current credential may do, the one place that decides whether changes
// (cancel, new payment link, new session, edit order) are offered. Learnt from the
// token's `scope` claim when it carries one (read, not trusted for anything else) or
// from a 403 seen on a write (remembered for the profile); otherwise unknown, and the
// changes are offered: the server decides.
struct WriteAccess
{
    enum class State {
        Unknown, // no scope claim and no refusal seen: "unknown until a change is tried"
        Allowed, // the scope claim grants writes
        ReadOnly, // the scope claim is read-only, or a write was refused with 403
    };

    State state = State::Unknown;
    QStringList scopes; // as the token claims them; empty when unknown
    QString reason; // why writes are not offered (ReadOnly), for tooltips and the status bar

    bool mayWrite() const { return state != State::ReadOnly; }
    // Words for Test Connection: "May read and change sessions (admin:checkout)." …
    QString description() const;

    static WriteAccess fromScopes(const QStringList &scopes);
    // A write was answered with 403.
    static WriteAccess refused();

    bool operator==(const WriteAccess &other) const = default;

    // Last: the macro ends with "private:".
    Q_DECLARE_TR_FUNCTIONS(Dintero::Connection::WriteAccess)
};

} // namespace Dintero::Connection
