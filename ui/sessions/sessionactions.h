#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QAction;
class QMenu;
class QPoint;
class QToolBar;

namespace Dintero::Cancel {
class TransactionStatuses;
}

namespace Dintero::Ui {

class SessionsView;

// The actions that act on the sessions table's current row or selection: Open Details,
// the four copies, Open Checkout Page and Cancel Session…. One set, shared by the
// Session menu, the toolbar and the row context menu, enabled from the selection and
// the model's roles (models/itemdatarole.h). Copying and opening the page are done here;
// opening details and cancelling are asked for through signals. The actions and the row
// menu are children of this object, which the window owns; the view is not owned.
class SessionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionActions)

public:
    // `view` has its model already (its signals keep the actions up to date).
    explicit SessionActions(SessionsView *view, QObject *parent = nullptr);
    ~SessionActions() override;

    QAction *openDetailsAction() const;
    QAction *copySessionIdAction() const;
    QAction *cancelSessionAction() const;

    // Every action, in menu order, with separators between the groups.
    void addTo(QMenu *menu) const;
    // The row context menu (object name "rowMenu"), shown at `position` of the view's
    // viewport when that is on a row.
    void showRowMenu(const QPoint &position);
    // The session ids of the selected rows, top to bottom.
    QStringList selectedSessionIds() const;
    // Re-reads the selection and the rows' roles (texts follow the language, too).
    void update();
    // Sessions whose cancel is being checked or sent: Cancel stays disabled for them.
    void setSessionsInFlight(const QSet<QString> &sessionIds);
    // Where the selected sessions' transactions are read, so that Cancel is refused with
    // the reason (captured, refunded …) before the dialog opens. Not owned.
    void setTransactionStatuses(Cancel::TransactionStatuses *statuses);
    // What the connection's credential may do (Connection::WriteAccess): while writes are
    // not allowed, Cancel Session… and every registered write action are disabled with
    // `reason` as their tooltip and status tip.
    void setWriteAllowed(bool allowed, const QString &reason = {});
    bool isWriteAllowed() const;
    // Another action that changes sessions (New Payment Link…, New Session…, Edit
    // Order…): disabled with the reason while writes are not allowed. Not owned. While
    // writes are allowed its owner enables it as it likes.
    void addWriteAction(QAction *action);

Q_SIGNALS:
    void openDetailsRequested(const QString &sessionId);
    void cancelRequested(const QStringList &sessionIds);
    // What a copy did, for the status bar.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void connectView();
    void openDetails();
    void copyColumn(int role, const QString &what);
    void openCheckoutPage();
    QString selectedCheckoutUrl() const;
    void applyWriteAllowed(QAction *action);

    SessionsView *m_view;
    QAction *m_openDetails;
    QAction *m_copySessionIds;
    QAction *m_copyTransactionIds;
    QAction *m_copyMerchantReferences;
    QAction *m_copyCheckoutLinks;
    QAction *m_openCheckoutPage;
    QAction *m_cancelSession;
    QMenu *m_rowMenu;
    QSet<QString> m_inFlight;
    Cancel::TransactionStatuses *m_transactions = nullptr;
    bool m_writeAllowed = true;
    QString m_writeRefusal;
    QList<QAction *> m_writeActions;
};

} // namespace Dintero::Ui
