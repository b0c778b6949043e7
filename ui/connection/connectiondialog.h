#pragma once

#include "api/connectionsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace Dintero::Ui {

// File → Connection…: where and as whom the console talks to Dintero. Validates with
// ConnectionSettings::validationError() as the agent types and enables Save only for
// usable settings. It only edits: the caller stores the non-secret part in the settings
// and the secret through CredentialStore, and builds the client.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(const Api::ConnectionSettings &initial, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // What the form holds, the secret of the chosen kind included.
    Api::ConnectionSettings connection() const;

private:
    void updateForm();

    std::unique_ptr<::Ui::ConnectionDialog> m_ui;
};

} // namespace Dintero::Ui
