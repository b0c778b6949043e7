#pragma once

#include "core/transaction.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Dintero::Api {
class SessionClient;
}

namespace Dintero::Cancel {

// The current transactions of the sessions an agent selects, read on demand with
// GET /v1/transactions/{id} (the only place a transaction's status is published) and
// kept for this connection, so that Cancel Session… can say before it opens that a
// captured session must be refunded instead. A failed read is not retried here: the
// cancel's own preflight reads again and the server decides. Uses (does not own) the
// client; setClient() forgets everything.
class TransactionStatuses final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionStatuses)

public:
    explicit TransactionStatuses(QObject *parent = nullptr);
    ~TransactionStatuses() override;

    void setClient(Api::SessionClient *client);

    // The transaction as last read; nullopt until a read() of it has finished well.
    std::optional<Core::Transaction> transaction(const QString &transactionId) const;
    // Reads it unless it was read, is being read, or its read failed.
    void read(const QString &transactionId);
    // A session changed (e.g. cancelled): its transaction is read again when next asked.
    void forget(const QString &transactionId);

Q_SIGNALS:
    void transactionRead(const QString &transactionId);

private:
    QPointer<Api::SessionClient> m_client;
    QHash<QString, Core::Transaction> m_read;
    QSet<QString> m_asked; // read, being read, or failed
};

} // namespace Dintero::Cancel
