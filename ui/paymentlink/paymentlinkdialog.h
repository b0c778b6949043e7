#pragma once

#include "core/clock.h"
#include "paymentlink/paymentlinkform.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Dintero::Api {
class CreatedReply;
class SessionClient;
} // namespace Dintero::Api

namespace Dintero::Core {
class Session;
}

namespace Dintero::Journal {
struct JournalEntry;
}

namespace Dintero::Settings {
class ConsoleSettings;
}

namespace Dintero::Ui {

class PaymentLinkView;

// New Payment Link…: the form of a payment-token session (§4.7), checked as the agent
// types (each invalid field says why beside it; Create Link stays disabled until the
// form is valid), sent once with POST /v1/sessions/payment-token, and on success turned
// into the link view. A 400 is shown at the field it names; other errors in words above
// the buttons, with the form kept. Uses (does not own) the client and the settings.
class PaymentLinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentLinkDialog)

public:
    struct Defaults
    {
        QString accountId; // the return URL is remembered per account
        QStringList loadedCurrencies; // one per loaded session: the most frequent is preselected
        QStringList knownStoreIds; // the store field's completions
    };

    PaymentLinkDialog(Api::SessionClient *client, Settings::ConsoleSettings &settings, const Defaults &defaults,
        QWidget *parent = nullptr);
    ~PaymentLinkDialog() override;

    void setClock(Core::Clock clock);

    // The form as it now stands.
    PaymentLink::PaymentLinkForm form() const;
    // Each invalid field's reason as shown (own checks and the server's 400).
    QMap<PaymentLink::Field, QString> shownProblems() const;
    bool isSending() const;
    PaymentLinkView *linkView() const;

Q_SIGNALS:
    // The link exists: the session as created (with include_session) and its URL.
    void linkCreated(const Dintero::Core::Session &session, const QUrl &link);
    // A request was sent and ended (created, refused or failed): its journal line,
    // without account and host, which the application fills in.
    void creationFinished(const Dintero::Journal::JournalEntry &entry);

protected:
    void reject() override;

private:
    void buildForm();
    QWidget *fieldWithProblem(QWidget *field, PaymentLink::Field which, const char *objectName);
    void fieldEdited(PaymentLink::Field field);
    void updateTokenTypes();
    void validate();
    void create();
    void handleFinished();
    void showLinkView(const QUrl &url, const QDateTime &expiresAt);

    QPointer<Api::SessionClient> m_client; // rebuilt when the connection changes
    Settings::ConsoleSettings &m_settings;
    Defaults m_defaults;
    Core::Clock m_clock;
    QPointer<Api::CreatedReply> m_reply;
    PaymentLink::PaymentLinkForm m_sentForm;
    QDateTime m_sentExpiresAt;
    QMap<PaymentLink::Field, QString> m_serverProblems;
    QMap<PaymentLink::Field, QString> m_shownProblems;

    QStackedWidget *m_pages;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_customerId;
    QLineEdit *m_currency;
    QLineEdit *m_merchantReference;
    QLineEdit *m_merchantReference2;
    QLineEdit *m_store;
    QLineEdit *m_returnUrl;
    QComboBox *m_expiry;
    QDateTimeEdit *m_expiryDateTime;
    QComboBox *m_tokenProvider;
    QCheckBox *m_paymentToken;
    QCheckBox *m_recurrenceToken;
    QComboBox *m_language;
    QLineEdit *m_note;
    QHash<PaymentLink::Field, QLabel *> m_problemLabels;
    QLabel *m_errorLabel;
    QPushButton *m_createButton;
    QPushButton *m_closeButton;
    PaymentLinkView *m_linkView;
};

} // namespace Dintero::Ui
