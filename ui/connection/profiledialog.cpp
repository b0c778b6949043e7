#include "connection/profiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Dintero::Ui {
namespace {

using Environment = Settings::ConnectionProfile::Environment;
using Kind = Api::ConnectionSettings::CredentialKind;

struct NamedColour
{
    const char *name;
    const char *value;
};
constexpr NamedColour Colours[] = { { QT_TRANSLATE_NOOP("Dintero::Ui::ProfileDialog", "Green"), "#2e7d32" },
    { QT_TRANSLATE_NOOP("Dintero::Ui::ProfileDialog", "Blue"), "#1565c0" },
    { QT_TRANSLATE_NOOP("Dintero::Ui::ProfileDialog", "Purple"), "#6a1b9a" },
    { QT_TRANSLATE_NOOP("Dintero::Ui::ProfileDialog", "Teal"), "#00695c" },
    { QT_TRANSLATE_NOOP("Dintero::Ui::ProfileDialog", "Grey"), "#546e7a" } };

QLineEdit *lineEdit(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ProfileDialog::ProfileDialog(const Settings::ConnectionProfile &initial, bool hasStoredSecret,
    QNetworkAccessManager *network, const QUrl &sandboxBaseUrl, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_hasStoredSecret(hasStoredSecret)
    , m_network(network)
    , m_sandboxBaseUrl(sandboxBaseUrl)
    , m_name(lineEdit("nameEdit", tr("Profile name"), this))
    , m_environment(new QComboBox(this))
    , m_baseUrl(lineEdit("baseUrlEdit", tr("Base URL"), this))
    , m_baseUrlLabel(new QLabel(tr("&Base URL"), this))
    , m_accountId(lineEdit("accountIdEdit", tr("Account ID"), this))
    , m_environmentLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_clientIdLabel(new QLabel(tr("Client &ID"), this))
    , m_clientId(lineEdit("clientIdEdit", tr("Client ID"), this))
    , m_secretLabel(new QLabel(this))
    , m_secret(lineEdit("secretEdit", tr("Secret"), this))
    , m_colour(new QComboBox(this))
    , m_validation(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(initial.name.isEmpty() ? tr("New Connection Profile") : tr("Connection Profile"));

    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("Embedded sandbox"), int(Environment::EmbeddedSandbox));
    m_environment->addItem(tr("Dintero"), int(Environment::Dintero));
    m_environment->addItem(tr("Custom base URL"), int(Environment::Custom));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://checkout.dintero.com/v1"));
    // T or P and 8 digits, as typed: nothing else gets in.
    m_accountId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[TtPp][0-9]{0,8}")), m_accountId));
    m_accountId->setPlaceholderText(tr("T12345678 (test) or P12345678 (production)"));
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_environmentLabel->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("credentialKindCombo"));
    m_kind->setAccessibleName(tr("Sign in with"));
    m_kind->addItem(tr("API client (client ID and secret)"), int(Kind::ClientCredentials));
    m_kind->addItem(tr("API key"), int(Kind::ApiKey));
    m_kind->addItem(tr("Access token (pasted)"), int(Kind::BearerToken));
    m_secret->setEchoMode(QLineEdit::Password);
    m_colour->setObjectName(QStringLiteral("colourCombo"));
    m_colour->setAccessibleName(tr("Colour"));
    for (const NamedColour &colour : Colours) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(QLatin1String(colour.value)));
        m_colour->addItem(QIcon(swatch), tr(colour.name), QLatin1String(colour.value));
    }
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAccessibleName(tr("Test Connection"));
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    auto addRow = [form, this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Name"), m_name);
    addRow(tr("&Environment"), m_environment);
    m_baseUrlLabel->setBuddy(m_baseUrl);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    addRow(tr("A&ccount ID"), m_accountId);
    form->addRow(QString(), m_environmentLabel);
    addRow(tr("Sign in &with"), m_kind);
    m_clientIdLabel->setBuddy(m_clientId);
    form->addRow(m_clientIdLabel, m_clientId);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);
    addRow(tr("C&olour"), m_colour);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    auto *note = new QLabel(tr("The secret is kept in the system keychain, never in the settings file."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_validation);
    layout->addLayout(testRow);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    m_name->setText(initial.name);
    m_environment->setCurrentIndex(m_environment->findData(int(initial.environment)));
    m_baseUrl->setText(initial.customBaseUrl.toString());
    m_accountId->setText(initial.accountId);
    m_kind->setCurrentIndex(m_kind->findData(int(initial.credentialKind)));
    m_clientId->setText(initial.clientId);
    const int colourIndex = m_colour->findData(initial.colour);
    m_colour->setCurrentIndex(colourIndex >= 0 ? colourIndex : 0);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    for (QLineEdit *edit : { m_name, m_baseUrl, m_accountId, m_clientId, m_secret })
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateForm);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateForm);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_secret->clear();
        m_hasStoredSecret = false; // another kind needs another secret
        updateForm();
    });
    updateForm();
}

ProfileDialog::~ProfileDialog() = default;

Settings::ConnectionProfile ProfileDialog::profile() const
{
    Settings::ConnectionProfile profile = m_initial;
    profile.name = m_name->text().trimmed();
    profile.environment = Environment(m_environment->currentData().toInt());
    profile.customBaseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    profile.accountId = m_accountId->text().trimmed().toUpper();
    profile.credentialKind = Kind(m_kind->currentData().toInt());
    profile.clientId = profile.credentialKind == Kind::ClientCredentials ? m_clientId->text().trimmed() : QString();
    profile.colour = m_colour->currentData().toString();
    return profile;
}

QString ProfileDialog::secret() const
{
    return profile().credentialKind == Kind::ClientCredentials ? m_secret->text() : m_secret->text().trimmed();
}

std::optional<Connection::ConnectionCheck::Result> ProfileDialog::lastCheck() const
{
    return m_lastCheck;
}

QPushButton *ProfileDialog::testButton() const
{
    return m_test;
}

void ProfileDialog::updateForm()
{
    const Settings::ConnectionProfile current = profile();
    const bool custom = current.environment == Environment::Custom;
    m_baseUrlLabel->setVisible(custom);
    m_baseUrl->setVisible(custom);
    const bool client = current.credentialKind == Kind::ClientCredentials;
    m_clientIdLabel->setVisible(client);
    m_clientId->setVisible(client);
    switch (current.credentialKind) {
    case Kind::ClientCredentials:
        m_secretLabel->setText(tr("Client &secret"));
        break;
    case Kind::ApiKey:
        m_secretLabel->setText(tr("API &key"));
        break;
    case Kind::BearerToken:
        m_secretLabel->setText(tr("Access &token"));
        break;
    }
    const bool embedded = current.environment == Environment::EmbeddedSandbox;
    m_secret->setPlaceholderText(m_hasStoredSecret ? tr("Stored in the keychain; type to replace it")
            : embedded                             ? tr("demo-secret")
                                                   : QString());

    if (current.isProduction())
        m_environmentLabel->setText(tr("PRODUCTION: real customers and real payments."));
    else if (!current.environmentLabel().isEmpty())
        m_environmentLabel->setText(tr("TEST: made-up payments, no real money."));
    else
        m_environmentLabel->setText(tr("The prefix decides: T is a test account, P a production account."));

    std::optional<QString> problem = current.validationError();
    if (!problem && secret().isEmpty() && !m_hasStoredSecret && !embedded) {
        switch (current.credentialKind) {
        case Kind::ClientCredentials:
            problem = tr("Enter the client secret.");
            break;
        case Kind::ApiKey:
            problem = tr("Enter the API key.");
            break;
        case Kind::BearerToken:
            problem = tr("Paste the access token.");
            break;
        }
    }
    m_validation->setText(problem.value_or(QString()));
    m_validation->setVisible(problem.has_value());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!problem.has_value());
    // Testing needs the secret in the form (the stored one is not read back into it).
    const bool testable = !current.validationError() && (!secret().isEmpty() || embedded)
        && (!embedded || m_sandboxBaseUrl.isValid()) && !m_check;
    m_test->setEnabled(testable);
    m_test->setToolTip(testable || m_check ? tr("Get a token and one page of sessions with these settings")
                                           : tr("Fill in the profile and type its secret to test it."));
}

void ProfileDialog::testConnection()
{
    const Settings::ConnectionProfile current = profile();
    QString typed = secret();
    if (typed.isEmpty() && current.environment == Environment::EmbeddedSandbox)
        typed = QStringLiteral("demo-secret");
    m_check = new Connection::ConnectionCheck(current.connectionSettings(typed, m_sandboxBaseUrl), m_network, this);
    connect(m_check, &Connection::ConnectionCheck::finished, this, &ProfileDialog::showCheck);
    m_testResult->setText(tr("Testing\u2026"));
    m_testResult->setStyleSheet(QString());
    m_check->start();
    updateForm();
}

void ProfileDialog::showCheck(const Connection::ConnectionCheck::Result &result)
{
    m_lastCheck = result;
    if (m_check)
        m_check->deleteLater();
    m_check = nullptr;
    if (result.ok()) {
        m_testResult->setText(result.message + u'\n' + result.access.description());
        m_testResult->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_testResult->setText(result.message);
        m_testResult->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    }
    updateForm();
    Q_EMIT checkFinished(result);
}

} // namespace Dintero::Ui
