#pragma once

#include "connection/connectioncheck.h"
#include "settings/connectionprofile.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace Dintero::Ui {

// Adds or edits one connection profile: name, environment, account id (validated as
// typed; TEST or PRODUCTION follows its prefix), credential, colour. Save is enabled
// only for a usable profile. Test Connection gets a token and one page with what the
// form holds and says what failed or what the credential may do. It only edits: the
// caller stores the profile and its secret (ConnectionService).
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    // `hasStoredSecret`: editing a profile whose secret is in the keychain, so an empty
    // secret field keeps it. `sandboxBaseUrl`: the embedded sandbox's, when it runs.
    ProfileDialog(const Settings::ConnectionProfile &initial, bool hasStoredSecret, QNetworkAccessManager *network,
        const QUrl &sandboxBaseUrl, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    Settings::ConnectionProfile profile() const;
    // What the secret field holds (empty: keep the stored one).
    QString secret() const;
    // The outcome of the last Test Connection.
    std::optional<Connection::ConnectionCheck::Result> lastCheck() const;

    QPushButton *testButton() const;

Q_SIGNALS:
    void checkFinished(const Dintero::Connection::ConnectionCheck::Result &result);

private:
    void updateForm();
    void testConnection();
    void showCheck(const Connection::ConnectionCheck::Result &result);

    Settings::ConnectionProfile m_initial;
    bool m_hasStoredSecret;
    QNetworkAccessManager *m_network;
    QUrl m_sandboxBaseUrl;
    QLineEdit *m_name;
    QComboBox *m_environment;
    QLineEdit *m_baseUrl;
    QLabel *m_baseUrlLabel;
    QLineEdit *m_accountId;
    QLabel *m_environmentLabel;
    QComboBox *m_kind;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientId;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QComboBox *m_colour;
    QLabel *m_validation;
    QPushButton *m_test;
    QLabel *m_testResult;
    QDialogButtonBox *m_buttons;
    QPointer<Connection::ConnectionCheck> m_check;
    std::optional<Connection::ConnectionCheck::Result> m_lastCheck;
};

} // namespace Dintero::Ui
