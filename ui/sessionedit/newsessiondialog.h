#pragma once

#include "core/clock.h"
#include "core/session.h"
#include "orders/orderdraft.h"
#include "orders/sessionwrite.h"
#include "paymentlink/paymentlinkview.h"
#include "sessionedit/fielderrors.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QWidget;

namespace Dintero::Api {
class SessionClient;
}

namespace Dintero::Ui {

class OrderLinesEditor;

// Session → New Session…: creates a checkout session. By default from a payment profile
// (POST /v1/sessions-profile: profile, order basics, customer); the Advanced mode sends
// POST /v1/sessions with order lines, shipping, store, references, URLs, expiry and SMS
// publishing. Every field is checked as it is typed, Create Session stays disabled until
// the form is valid, and the write is sent once. On success the dialog shows the result
// (the session id, the link, what publishing did) and emits sessionCreated(). Uses (does
// not own) the client; the caller sets WA_DeleteOnClose and opens it with open().
class NewSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSessionDialog)

public:
    NewSessionDialog(Api::SessionClient *client, Core::Clock clock, QWidget *parent = nullptr);
    ~NewSessionDialog() override;

    // Profile ids to offer besides "default" (the API does not list them).
    void setKnownProfiles(const QStringList &profileIds);
    // The form as a draft (fields that do not parse keep their defaults) and its problems.
    Orders::OrderDraft draft() const;
    Orders::WriteKind writeKind() const;
    QList<Orders::FieldProblem> problems() const;
    // The reason shown under `field` (empty when none).
    QString reasonShown(Orders::OrderField field) const;

Q_SIGNALS:
    void sessionCreated(const Core::Session &session, const QUrl &link);
    // Each write, when its answer (or failure) is in: for the journal.
    void writeFinished(Orders::SessionWrite *write);

private:
    QWidget *buildForm();
    // The result page; a function of its own so that it can become a richer link view.
    QWidget *buildResultPage(
        const QString &sessionId, const PaymentLinkView::Link &link, const QList<Orders::PublishResult> &publish);
    void setAdvanced(bool advanced);
    void updateState();
    void create();
    void handleFinished();

    QPointer<Api::SessionClient> m_client;
    Core::Clock m_clock;
    FieldErrors m_errors;
    QList<Orders::FieldProblem> m_serverProblems;
    QPointer<Orders::SessionWrite> m_write;
    bool m_outcomeUnknown = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_banner = nullptr;
    QCheckBox *m_advanced = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_advancedPart = nullptr; // the order lines
    QWidget *m_expiryRow = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_reference2 = nullptr;
    QLineEdit *m_store = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_customerId = nullptr;
    QLineEdit *m_returnUrl = nullptr;
    QLineEdit *m_callbackUrl = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateTimeEdit *m_expiry = nullptr;
    QCheckBox *m_sms = nullptr;
    OrderLinesEditor *m_lines = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_createButton = nullptr;
};

} // namespace Dintero::Ui
