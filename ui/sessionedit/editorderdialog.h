#pragma once

#include "core/session.h"
#include "orders/orderdraft.h"
#include "orders/sessionwrite.h"
#include "sessionedit/fielderrors.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Dintero::Api {
class SessionClient;
}

namespace Dintero::Ui {

class OrderLinesEditor;

// Edit Order… (details window): changes the order lines, the amount and the references
// of a session with PUT /v1/sessions/{id}. Explains §4.5's lock rule and offers
// update_without_lock only behind a checkbox with its warning; the amount rule is
// checked before sending; a refusal is shown at its field or above the form; the write
// is sent once per click. On success emits sessionUpdated() and closes. Uses (does not
// own) the client; the caller sets WA_DeleteOnClose and opens it with open().
class EditOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditOrderDialog)

public:
    EditOrderDialog(Api::SessionClient *client, const Core::Session &session, QWidget *parent = nullptr);
    ~EditOrderDialog() override;

    QString sessionId() const;
    Orders::OrderDraft draft() const;
    QList<Orders::FieldProblem> problems() const;
    QString reasonShown(Orders::OrderField field) const;

Q_SIGNALS:
    void sessionUpdated(const Core::Session &session);
    void writeFinished(Orders::SessionWrite *write);

private:
    void updateState();
    void send();
    void handleFinished();

    QPointer<Api::SessionClient> m_client;
    Core::Session m_session;
    Orders::OrderDraft m_original;
    std::optional<QString> m_refusal;
    FieldErrors m_errors;
    QList<Orders::FieldProblem> m_serverProblems;
    QPointer<Orders::SessionWrite> m_write;
    bool m_outcomeUnknown = false;

    QLabel *m_banner = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_reference2 = nullptr;
    OrderLinesEditor *m_lines = nullptr;
    QCheckBox *m_withoutLock = nullptr;
    QLabel *m_withoutLockWarning = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_form = nullptr;
    QPushButton *m_sendButton = nullptr;
};

} // namespace Dintero::Ui
