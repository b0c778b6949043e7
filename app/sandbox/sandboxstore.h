#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Dintero::Sandbox {

// A transaction as the sandbox keeps it: what the session rules need and what
// GET /transactions/{id} cannot tell from the session (see sandboxtransactions.h).
struct TransactionRecord
{
    QString id;
    QString sessionId;
    QString status; // INITIATED, AUTHORIZED, CAPTURED, AUTHORIZATION_VOIDED, ...
    qint64 amount = 0;
    QString currency;
    QString paymentProductType;
    QString paymentToken; // set for payment-token sessions
    QDateTime createdAt;
    // The card typed on the hosted page; empty for seeded transactions, whose card is
    // derived from the id.
    QString maskedPan; // 411111******1111
    QString expiryDate; // MM/YY
};

// The card the customer typed on the hosted page.
struct PaymentCard
{
    QString number; // digits only
    QString expiry; // MM/YY as typed
};

// The list filters of GET /sessions, already validated.
struct ListQuery
{
    int limit = 10;
    QString startingAfter;
    QStringList ids;
    QStringList transactionIds;
    QStringList storeIds;
    QString search;
    std::optional<QDateTime> createdFrom; // inclusive
    std::optional<QDateTime> createdTo; // inclusive
};

// The outcome of an operation that changes a session: the session after the change,
// or the HTTP status and message of the refusal.
struct Outcome
{
    int status = 200;
    QString code;
    QString message;
    QJsonObject session;

    bool ok() const { return status == 200; }
    static Outcome refused(int status, const QString &code, const QString &message);
};

// In-memory sessions and transactions, ordered newest first. Sessions are kept as
// compact JSON so that 100,000 of them stay small and a list page is a splice of
// stored bytes; a few index fields beside each make filtering cheap.
class SandboxStore final
{
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    explicit SandboxStore(QString accountId);
    ~SandboxStore();

    const QString &accountId() const { return m_accountId; }
    int sessionCount() const;
    int transactionCount() const;

    // Replaces everything with `count` generated sessions spread over the 120 days before `now`.
    void seed(int count, quint64 seed, const QDateTime &now);

    // One page of GET /sessions as JSON bytes (a bare array), or nullopt and an error
    // message when the cursor is unknown.
    std::optional<QByteArray> listPage(const ListQuery &query, QString *error) const;
    std::optional<QJsonObject> session(const QString &id) const;
    QByteArray sessionBytes(const QString &id) const;
    std::optional<TransactionRecord> transaction(const QString &id) const;
    QStringList storeIds() const;

    // Adds a session built from a validated create request and returns it.
    QJsonObject createSession(const QJsonObject &session, const QDateTime &now);
    Outcome cancelSession(const QString &id, const QString &cancelledBy, const QDateTime &now);
    Outcome updateSession(const QString &id, const QJsonObject &body, bool updateWithoutLock, const QDateTime &now);
    // The hosted page's test card: the customer opens the page, then pays.
    Outcome recordVisit(const QString &id, const QDateTime &now);
    Outcome pay(const QString &id, const QString &paymentProductType, const PaymentCard &card, const QDateTime &now);

    QString newSessionId();
    QString newTransactionId();

private:
    struct Entry;
    Entry *find(const QString &id) const;
    void insert(std::unique_ptr<Entry> entry);
    void replace(Entry *entry, const QJsonObject &session);
    qsizetype positionOf(const Entry *entry) const;

    QString m_accountId;
    std::vector<std::unique_ptr<Entry>> m_newestFirst;
    QHash<QString, Entry *> m_byId;
    QHash<QString, TransactionRecord> m_transactions;
};

} // namespace Dintero::Sandbox
