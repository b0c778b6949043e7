#pragma once

#include <QDialog>
#include <QUuid>

class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace Dintero::Connection {
class ConnectionService;
}

namespace Dintero::Ui {

class ProfileDialog;

// File → Connections…: the connection profiles, to add, edit, duplicate, remove and
// connect with. Shows and edits what the ConnectionService keeps.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    ConnectionsDialog(
        Connection::ConnectionService &service, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    // The profile dialogs Add… and Edit… open (non-modal on top of this one).
    ProfileDialog *addProfile();
    ProfileDialog *editProfile();
    void duplicateProfile();
    void removeProfile();
    void connectProfile();
    QUuid selectedId() const;
    void select(const QUuid &id);

private:
    ProfileDialog *openProfileDialog(const QUuid &id);
    void reload();
    void updateButtons();

    Connection::ConnectionService &m_service;
    QNetworkAccessManager *m_network;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_connect;
};

} // namespace Dintero::Ui
