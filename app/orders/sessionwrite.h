#pragma once

#include "api/apierror.h"
#include "core/session.h"
#include "orders/orderdraft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

namespace Dintero::Api {
class SessionClient;
class SessionRequest;
} // namespace Dintero::Api

namespace Dintero::Journal {
struct JournalEntry;
}

namespace Dintero::Orders {

// One entry of a create's publish[] (§4.3): what configuration.publish did.
struct PublishResult
{
    QString channel; // sms, push
    QString type; // checkout-link, ...
    QString id;
    QString status; // sent, skipped, failed

    // What the status means for the agent, translated: "sent: the SMS with the link is
    // on its way to the customer's phone", ...
    QString meaning() const;
};
QList<PublishResult> publishResults(const QJsonArray &publish);

// §4.5's lock rule. "Locked for paying" is a customer-side step: the checkout page
// takes the lock (PAY_LOCK_START) while the customer pays, and an update is only
// accepted then, so that the order cannot change under a customer who has not seen it
// yet... unless update_without_lock=true, meant for a server that changes the order
// before the checkout was ever shown to the customer.
struct LockRule
{
    Q_DECLARE_TR_FUNCTIONS(Dintero::Orders::LockRule)

public:
    // The last of PAY_LOCK_START / PAY_LOCK_END is a start.
    static bool isLockedForPaying(const Core::Session &session);
    // Why the session can no longer be updated at all (cancelled, has a transaction), or nullopt.
    static std::optional<QString> updateRefusal(const Core::Session &session);
    // For the Edit Order dialog: the rule in words, and the warning beside the checkbox.
    static QString explanation(bool locked);
    static QString withoutLockWarning();
};

// One write of an order (create from a profile, create, or update), sent at most once:
// start() sends it and refuses a second call, whatever the answer. Keeps the result for
// the caller: the created session's id, link and publish results, or the updated
// session; on failure the error with its problems placed at their fields. Owned by its
// parent; the reply handle belongs to the client.
class SessionWrite final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWrite)

public:
    SessionWrite(Api::SessionClient *client, WriteKind kind, OrderDraft draft, QString sessionId = {},
        bool updateWithoutLock = false, QObject *parent = nullptr);
    ~SessionWrite() override;

    WriteKind kind() const;
    const OrderDraft &draft() const;
    // False (and nothing sent) when it was started before or the client is gone.
    bool start();
    bool isStarted() const;
    bool isFinished() const;

    bool succeeded() const;
    const Api::ApiError &error() const;
    // The error's problems at the fields they name (a 400 lists them); other errors give
    // one OrderField::Other problem with the error's message.
    QList<FieldProblem> problems() const;
    QString sessionId() const; // the new session's id, or the updated one's
    QUrl link() const; // creates: the hosted checkout page
    QList<PublishResult> publish() const;
    // The session: the update's answer, or the created one (include_session=true).
    const std::optional<Core::Session> &session() const;

    // The journal line of this write (no secret can reach it).
    Journal::JournalEntry journalEntry(const QString &accountId, const QString &apiHost) const;

Q_SIGNALS:
    void finished();

private:
    void handleFinished(Api::SessionRequest *request);

    QPointer<Api::SessionClient> m_client;
    WriteKind m_kind;
    OrderDraft m_draft;
    QString m_sessionId;
    bool m_updateWithoutLock;
    bool m_started = false;
    bool m_finished = false;
    Api::ApiError m_error;
    QUrl m_link;
    QList<PublishResult> m_publish;
    std::optional<Core::Session> m_session;
};

} // namespace Dintero::Orders
