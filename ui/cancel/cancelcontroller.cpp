#include "cancelcontroller.h"

#include "api/sessionclient.h"
#include "cancel/cancelrun.h"
#include "canceldialog.h"

#include <QWidget>

namespace Dintero::Ui {

CancelController::CancelController(Core::Clock clock, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_clock(std::move(clock)), m_dialogParent(dialogParent)
{ }

CancelController::~CancelController() = default;

void CancelController::setClient(Api::SessionClient *client)
{
    m_client = client;
}

bool CancelController::isBusy(const QString &sessionId) const
{
    return m_busy.contains(sessionId);
}

bool CancelController::isBusy(const QStringList &sessionIds) const
{
    return std::any_of(sessionIds.cbegin(), sessionIds.cend(), [this](const QString &id) { return isBusy(id); });
}

QSet<QString> CancelController::sessionsInFlight() const
{
    return m_busy;
}

void CancelController::cancelSessions(const QStringList &sessionIds)
{
    if (!m_client || sessionIds.isEmpty())
        return;
    if (isBusy(sessionIds)) {
        Q_EMIT statusMessage(tr("A cancel of this session is already under way."));
        return;
    }
    auto *run = new Cancel::CancelRun(m_client, sessionIds, m_clock, this);
    for (const QString &id : run->sessionIds())
        m_busy.insert(id);
    Q_EMIT busyChanged();

    const bool production = m_client->settings().isProduction();
    auto *dialog = new CancelDialog(run, production, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The note is read when each result arrives: the dialog may be gone by then.
    auto note = std::make_shared<QString>();
    connect(dialog, &CancelDialog::confirmed, this, [dialog, note] { *note = dialog->note(); });
    connect(run, &Cancel::CancelRun::sessionChanged, this, &CancelController::sessionChanged);
    connect(run, &Cancel::CancelRun::resultReady, this, [this, note](const Cancel::CancelResult &result) {
        if (result.kind != Cancel::CancelResult::Kind::NotSent)
            Q_EMIT cancelFinished(result, *note);
    });
    connect(run, &Cancel::CancelRun::finished, this, [this, run] { finishRun(run); });
    // Closed before confirming: the run has sent nothing and ends here.
    connect(dialog, &QDialog::finished, run, [this, run] {
        if (run->phase() == Cancel::CancelRun::Phase::Checking || run->phase() == Cancel::CancelRun::Phase::Checked
            || run->phase() == Cancel::CancelRun::Phase::Ready)
            finishRun(run);
    });
    dialog->open();
    run->preflight();
}

void CancelController::finishRun(Cancel::CancelRun *run)
{
    if (run->phase() == Cancel::CancelRun::Phase::Finished) {
        using Kind = Cancel::CancelResult::Kind;
        const int cancelled = run->count(Kind::Cancelled);
        const int other = int(run->results().size()) - cancelled - run->count(Kind::NotSent);
        if (cancelled > 0 || other > 0)
            Q_EMIT statusMessage(other == 0
                    ? tr("%n session(s) cancelled.", nullptr, cancelled)
                    : tr("%1 cancelled; %n not cancelled or with an unknown outcome.", nullptr, other).arg(cancelled));
    }
    for (const QString &id : run->sessionIds())
        m_busy.remove(id);
    Q_EMIT busyChanged();
    run->deleteLater();
}

} // namespace Dintero::Ui
