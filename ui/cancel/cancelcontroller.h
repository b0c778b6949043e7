#pragma once

#include "core/clock.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QWidget;

namespace Dintero::Api {
class SessionClient;
}

namespace Dintero::Core {
class Session;
}

namespace Dintero::Cancel {
class CancelRun;
struct CancelResult;
} // namespace Dintero::Cancel

namespace Dintero::Ui {

// Starts cancels from wherever the agent asks (menu, toolbar, row menu, details window)
// and keeps them: a run outlives its dialog, so a cancel that was sent always reports.
// While a session's cancel is being checked or sent, isBusy() says so and the actions
// for it stay disabled everywhere. Owns its runs and dialogs; uses the client.
class CancelController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelController)

public:
    CancelController(Core::Clock clock, QWidget *dialogParent, QObject *parent = nullptr);
    ~CancelController() override;

    // The client of the current connection; nullptr while there is none. Runs already
    // under way keep the client they started with.
    void setClient(Api::SessionClient *client);

    // Opens the cancel dialog for these sessions (one or several); it re-reads them first.
    void cancelSessions(const QStringList &sessionIds);
    bool isBusy(const QString &sessionId) const;
    bool isBusy(const QStringList &sessionIds) const;
    QSet<QString> sessionsInFlight() const;

Q_SIGNALS:
    void busyChanged();
    // A session as the server now has it (re-read or cancelled): update what shows it.
    void sessionChanged(const Dintero::Core::Session &session);
    // One session's cancel is over (not for sessions never sent); `note` is the agent's.
    void cancelFinished(const Dintero::Cancel::CancelResult &result, const QString &note);
    // A sentence for the status bar.
    void statusMessage(const QString &text);

private:
    void finishRun(Cancel::CancelRun *run);

    Core::Clock m_clock;
    QPointer<QWidget> m_dialogParent;
    QPointer<Api::SessionClient> m_client;
    QSet<QString> m_busy;
};

} // namespace Dintero::Ui
