#include "connection/connectionsdialog.h"

#include "connection/connectionservice.h"
#include "connection/profiledialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dintero::Ui {
namespace {

QPushButton *button(const QString &text, const char *objectName, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(QLatin1String(objectName));
    result->setAccessibleName(QString(text).remove(u'&').remove(u'\u2026'));
    return result;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(
    Connection::ConnectionService &service, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_network(network)
    , m_list(new QListWidget(this))
    , m_add(button(tr("&Add\u2026"), "addProfileButton", this))
    , m_edit(button(tr("&Edit\u2026"), "editProfileButton", this))
    , m_duplicate(button(tr("D&uplicate"), "duplicateProfileButton", this))
    , m_remove(button(tr("&Remove"), "removeProfileButton", this))
    , m_connect(button(tr("C&onnect"), "connectProfileButton", this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setIconSize(QSize(14, 14));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *entry : { m_connect, m_add, m_edit, m_duplicate, m_remove })
        buttons->addWidget(entry);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    resize(600, 320);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionsDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionsDialog::connectProfile);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectionsDialog::editProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::updateButtons);
    connect(&m_service, &Connection::ConnectionService::profilesChanged, this, &ConnectionsDialog::reload);
    connect(&m_service, &Connection::ConnectionService::currentProfileChanged, this, &ConnectionsDialog::reload);
    reload();
    if (const std::optional<Settings::ConnectionProfile> current = m_service.currentProfile())
        select(current->id);
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

ConnectionsDialog::~ConnectionsDialog() = default;

QUuid ConnectionsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toUuid() : QUuid();
}

void ConnectionsDialog::select(const QUuid &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toUuid() == id)
            m_list->setCurrentRow(row);
    }
}

void ConnectionsDialog::reload()
{
    const QUuid selected = selectedId();
    const std::optional<Settings::ConnectionProfile> current = m_service.currentProfile();
    m_list->clear();
    for (const Settings::ConnectionProfile &profile : m_service.profiles()) {
        QString text = tr("%1 \u2014 %2 \u2014 %3").arg(profile.name, profile.environmentLabel(), profile.accountId);
        if (current && current->id == profile.id)
            text += tr(" (connected)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(profile.environmentName());
        item->setData(Qt::UserRole, profile.id);
        QPixmap swatch(14, 14);
        swatch.fill(profile.isProduction()
                ? QColor(QStringLiteral("#b71c1c"))
                : QColor(profile.colour.isEmpty() ? QStringLiteral("#2e7d32") : profile.colour));
        item->setIcon(QIcon(swatch));
    }
    select(selected);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ConnectionsDialog::updateButtons()
{
    const bool any = !selectedId().isNull();
    for (QPushButton *entry : { m_edit, m_duplicate, m_remove, m_connect })
        entry->setEnabled(any);
}

ProfileDialog *ConnectionsDialog::openProfileDialog(const QUuid &id)
{
    const std::optional<Settings::ConnectionProfile> existing = m_service.profile(id);
    const Settings::ConnectionProfile initial = existing ? *existing : Settings::ConnectionProfile::create(QString());
    auto *dialog = new ProfileDialog(initial, existing.has_value(), m_network, m_service.sandboxBaseUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Settings::ConnectionProfile saved = dialog->profile();
        m_service.saveProfile(saved, dialog->secret());
        select(saved.id);
    });
    dialog->open();
    return dialog;
}

ProfileDialog *ConnectionsDialog::addProfile()
{
    return openProfileDialog({});
}

ProfileDialog *ConnectionsDialog::editProfile()
{
    if (selectedId().isNull())
        return nullptr;
    return openProfileDialog(selectedId());
}

void ConnectionsDialog::duplicateProfile()
{
    if (const std::optional<Settings::ConnectionProfile> copy = m_service.duplicateProfile(selectedId()))
        select(copy->id);
}

void ConnectionsDialog::removeProfile()
{
    const QUuid id = selectedId();
    const std::optional<Settings::ConnectionProfile> profile = m_service.profile(id);
    if (!profile)
        return;
    // Its secret goes with it and cannot be read back: ask first, keeping is the default.
    auto *confirmation = new QMessageBox(QMessageBox::Warning, tr("Remove Profile"),
        tr("Remove the profile \u201c%1\u201d (account %2)? Its secret is deleted from the keychain; to use the "
           "account again you need the secret once more.")
            .arg(profile->name, profile->accountId),
        QMessageBox::NoButton, this);
    confirmation->setObjectName(QStringLiteral("removeProfileConfirmation"));
    confirmation->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = confirmation->addButton(tr("Remove Profile"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveProfileButton"));
    remove->setAccessibleName(tr("Remove Profile"));
    QPushButton *keep = confirmation->addButton(tr("Keep Profile"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepProfileButton"));
    keep->setAccessibleName(tr("Keep Profile"));
    confirmation->setDefaultButton(keep);
    confirmation->setEscapeButton(keep);
    connect(remove, &QPushButton::clicked, this, [this, id] { m_service.removeProfile(id); });
    confirmation->open();
}

void ConnectionsDialog::connectProfile()
{
    if (!selectedId().isNull())
        m_service.switchTo(selectedId());
}

} // namespace Dintero::Ui
