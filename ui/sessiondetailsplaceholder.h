#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class SessionDetailsPlaceholder;
}

namespace Dintero::Api {
class SessionClient;
} // namespace Dintero::Api

namespace Dintero::Ui {

// A minimal read-only view of one session (a summary and the JSON from GET
// /v1/sessions/{id}) until the details dialog of a later issue replaces it. Non-modal;
// the caller sets WA_DeleteOnClose. Uses (does not own) the client.
class SessionDetailsPlaceholder final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDetailsPlaceholder)

public:
    SessionDetailsPlaceholder(Api::SessionClient *client, const QString &sessionId, QWidget *parent = nullptr);
    ~SessionDetailsPlaceholder() override;

private:
    std::unique_ptr<::Ui::SessionDetailsPlaceholder> m_ui;
};

} // namespace Dintero::Ui
