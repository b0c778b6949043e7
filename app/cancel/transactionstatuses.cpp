#include "transactionstatuses.h"

#include "api/sessionclient.h"

namespace Dintero::Cancel {

TransactionStatuses::TransactionStatuses(QObject *parent) : QObject(parent) { }

TransactionStatuses::~TransactionStatuses() = default;

void TransactionStatuses::setClient(Api::SessionClient *client)
{
    m_client = client;
    m_read.clear();
    m_asked.clear();
}

std::optional<Core::Transaction> TransactionStatuses::transaction(const QString &transactionId) const
{
    const auto found = m_read.constFind(transactionId);
    if (found == m_read.cend())
        return std::nullopt;
    return *found;
}

void TransactionStatuses::read(const QString &transactionId)
{
    if (!m_client || transactionId.isEmpty() || m_asked.contains(transactionId))
        return;
    m_asked.insert(transactionId);
    Api::TransactionReply *reply = m_client->getTransaction(transactionId);
    const QPointer<Api::SessionClient> client = m_client;
    connect(reply, &Api::SessionRequest::finished, this, [this, reply, transactionId, client] {
        // An answer for a connection that was replaced since is not this account's.
        if (reply->hasError() || client != m_client)
            return;
        m_read.insert(transactionId, reply->transaction());
        Q_EMIT transactionRead(transactionId);
    });
}

void TransactionStatuses::forget(const QString &transactionId)
{
    m_read.remove(transactionId);
    m_asked.remove(transactionId);
}

} // namespace Dintero::Cancel
