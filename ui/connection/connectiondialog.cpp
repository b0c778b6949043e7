#include "connection/connectiondialog.h"

#include "ui_connectiondialog.h"

#include <QPushButton>

namespace Dintero::Ui {

using Kind = Api::ConnectionSettings::CredentialKind;

ConnectionDialog::ConnectionDialog(const Api::ConnectionSettings &initial, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionDialog"));
    m_ui->baseUrlEdit->setText(initial.baseUrl.toString());
    m_ui->accountIdEdit->setText(initial.accountId);
    m_ui->credentialKindCombo->setCurrentIndex(int(initial.credentialKind));
    m_ui->clientIdEdit->setText(initial.clientId);
    // Secrets are never shown again; the agent types the one to store.
    m_ui->secretEdit->clear();

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : { m_ui->baseUrlEdit, m_ui->accountIdEdit, m_ui->clientIdEdit, m_ui->secretEdit })
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateForm);
    connect(m_ui->credentialKindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->secretEdit->clear();
        updateForm();
    });
    updateForm();
}

ConnectionDialog::~ConnectionDialog() = default;

Api::ConnectionSettings ConnectionDialog::connection() const
{
    Api::ConnectionSettings settings;
    settings.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    settings.accountId = m_ui->accountIdEdit->text().trimmed();
    settings.credentialKind = Kind(m_ui->credentialKindCombo->currentIndex());
    const QString secret = m_ui->secretEdit->text();
    switch (settings.credentialKind) {
    case Kind::ClientCredentials:
        settings.clientId = m_ui->clientIdEdit->text().trimmed();
        settings.clientSecret = secret;
        break;
    case Kind::ApiKey:
        settings.apiKey = secret.trimmed();
        break;
    case Kind::BearerToken:
        settings.bearerToken = secret.trimmed();
        break;
    }
    return settings;
}

void ConnectionDialog::updateForm()
{
    const Kind kind = Kind(m_ui->credentialKindCombo->currentIndex());
    const bool client = kind == Kind::ClientCredentials;
    m_ui->clientIdLabel->setVisible(client);
    m_ui->clientIdEdit->setVisible(client);
    switch (kind) {
    case Kind::ClientCredentials:
        m_ui->secretLabel->setText(tr("Client &secret"));
        break;
    case Kind::ApiKey:
        m_ui->secretLabel->setText(tr("API &key"));
        break;
    case Kind::BearerToken:
        m_ui->secretLabel->setText(tr("Access &token"));
        break;
    }

    const Api::ConnectionSettings settings = connection();
    if (settings.isProduction())
        m_ui->environmentLabel->setText(tr("<b>Production account:</b> real customers and real payments."));
    else if (!settings.environmentName().isEmpty())
        m_ui->environmentLabel->setText(tr("Test account: made-up payments, no real money."));
    else
        m_ui->environmentLabel->clear();

    const std::optional<QString> problem = settings.validationError();
    m_ui->validationLabel->setText(problem.value_or(QString()));
    m_ui->validationLabel->setVisible(problem.has_value());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!problem.has_value());
}

} // namespace Dintero::Ui
