#pragma once

#include "api/apierror.h"
#include "core/clock.h"
#include "core/session.h"
#include "core/transaction.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Dintero::Api {
class SessionClient;
class SessionRequest;
} // namespace Dintero::Api

namespace Dintero::Models {
class JsonTreeModel;
class OrderItemsModel;
class SessionTimelineModel;
} // namespace Dintero::Models

namespace Dintero::Ui {

class DetailsSection;

// The details of one checkout session in a non-modal top-level window: the status and
// what it means, amounts, references, store, times, customer, order items, transaction,
// URLs, metadata, one timeline and the raw JSON. Each section is left out when the
// session has none of its fields. Reads the session (and its transaction) itself and
// again on F5; a failed read shows a banner and keeps what was shown. Uses (does not
// own) the client; the caller sets WA_DeleteOnClose. The cancel flow lives outside:
// the Cancel Session… button only emits cancelRequested().
class SessionDetailsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDetailsWindow)

public:
    SessionDetailsWindow(
        Api::SessionClient *client, const QString &sessionId, Core::Clock clock, QWidget *parent = nullptr);
    ~SessionDetailsWindow() override;

    QString sessionId() const;
    // The session shown, if any has been.
    const std::optional<Core::Session> &session() const;
    const std::optional<Core::Transaction> &transaction() const;

    // Until this is first called the button follows the session alone (offered while it
    // is not cancelled); afterwards it is exactly what the caller says.
    void setCancelState(bool enabled, const QString &reason);

public Q_SLOTS:
    // Reads the session (and its transaction) again; F5.
    void reload();
    // Shows a session answered elsewhere (e.g. by a cancel) without reading it again.
    void showSession(const Core::Session &session);
    void showTransaction(const Core::Transaction &transaction);
    // Why this credential may not change sessions (Edit Order… is disabled with it); empty: it may.
    void setWriteRefusal(const QString &reason);

Q_SIGNALS:
    void cancelRequested(const QString &sessionId);
    // Edit Order… (Ctrl+E): the agent wants to change the shown session's order.
    void editOrderRequested(const Core::Session &session);
    // The session was read and shown.
    void loaded();
    void loadFailed(const Api::ApiError &error);
    // The transaction was read and shown, or could not be read.
    void transactionLoaded();
    void transactionLoadFailed(const Api::ApiError &error);

private:
    enum class TransactionState {
        NotRead, // no transaction id, or no way to read it
        Loading,
        Loaded,
        Failed,
    };

    void setUpHeader(QVBoxLayout *layout);
    void readTransaction(const QString &transactionId);
    void showError(const QString &text);
    void rebuild();
    void updateHeader();
    void updateCancelButton();
    void updateEditOrderButton();

    void addSessionSections(QVBoxLayout *layout);
    void addCustomerSection(QVBoxLayout *layout);
    void addItemsSection(QVBoxLayout *layout);
    void addTransactionSection(QVBoxLayout *layout);
    void addTimelineSection(QVBoxLayout *layout);
    void addJsonSection(QVBoxLayout *layout, Models::JsonTreeModel *model, const QString &title,
        const QString &objectName, const QString &what);
    void addSection(QVBoxLayout *layout, DetailsSection *section);

    QPointer<Api::SessionClient> m_client;
    QString m_sessionId;
    Core::Clock m_clock;
    std::optional<Core::Session> m_session;
    std::optional<Core::Transaction> m_transaction;
    TransactionState m_transactionState = TransactionState::NotRead;
    QString m_transactionError;
    QPointer<Api::SessionRequest> m_sessionRequest;
    QPointer<Api::SessionRequest> m_transactionRequest;
    std::optional<std::pair<bool, QString>> m_cancelState; // set from outside

    QLabel *m_banner = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_sentenceLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_editOrderButton = nullptr;
    QString m_writeRefusal;
    QPushButton *m_reloadButton = nullptr;
    QScrollArea *m_scroll = nullptr;

    Models::OrderItemsModel *m_itemsModel;
    Models::SessionTimelineModel *m_timelineModel;
    Models::JsonTreeModel *m_sessionJson;
    Models::JsonTreeModel *m_transactionJson;
};

} // namespace Dintero::Ui
