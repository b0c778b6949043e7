#pragma once

#include "api/apierror.h"
#include "api/connectionsettings.h"
#include "api/paymenttokenrequest.h"
#include "api/sessionreplies.h"
#include "core/clock.h"
#include "core/session.h"
#include "core/sessionfilter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFlags>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Dintero::Api {

class SessionClientPrivate;

// The typed, asynchronous client of the Checkout sessions API. Uses (does not own) the
// QNetworkAccessManager it is given; owns its reply handles and its token cache.
// Policy, applied to every request: a transfer timeout, a body size cap, the
// Dintero-System-* headers, credentials (JWT via client credentials, renewed before
// it expires and once on a 401; x-api-key; or a pasted bearer token), and automatic
// retries with exponential backoff for GET only (a 5xx to a POST or PUT is an unknown
// outcome, OutcomeUnknown, not a failure). POST and PUT are never retried and
// never share a kept-alive connection (see httpexchange.cpp), so no layer re-sends them.
class SessionClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionClient)

public:
    enum class Include {
        EventRequestHeaders = 0x1, // includes=events.request_headers
        InitiatingSystemRequestHeaders = 0x2, // includes=initiating_system_request_headers
    };
    Q_DECLARE_FLAGS(Includes, Include)

    struct RetryPolicy
    {
        int maxRetries = 3; // GET only
        std::chrono::milliseconds initialDelay { 500 }; // doubled per retry
        std::chrono::milliseconds maxDelay { 30000 }; // also caps Retry-After
    };

    static constexpr std::chrono::milliseconds DefaultTransferTimeout { 30000 };
    static constexpr qint64 DefaultMaxBodySize = 32 * 1024 * 1024;

    SessionClient(ConnectionSettings settings, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SessionClient() override;

    const ConnectionSettings &settings() const;
    // Replaces the settings and forgets the cached token; requests in flight go on.
    void setSettings(const ConnectionSettings &settings);

    std::chrono::milliseconds transferTimeout() const;
    void setTransferTimeout(std::chrono::milliseconds timeout);
    qint64 maxBodySize() const;
    void setMaxBodySize(qint64 bytes);
    RetryPolicy retryPolicy() const;
    void setRetryPolicy(const RetryPolicy &policy);
    // The time used for token expiry (tests move it). Defaults to the system clock.
    void setClock(Core::Clock clock);
    // Forgets the cached access token; the next request fetches a new one.
    void clearToken();
    // Sent as Dintero-Feature-Toggles on every write (e.g. "strict-session-amounts": the
    // server then refuses an order whose amount is not its items plus shipping). Empty: none.
    QStringList featureToggles() const;
    void setFeatureToggles(const QStringList &toggles);
    // The `scope` claim of the access token in use (the last one obtained, or a pasted
    // one); empty when there is none or it carries none. Read, not verified: a hint of
    // what to offer, never a permission.
    QStringList tokenScopes() const;
    static QStringList scopesOfToken(const QByteArray &token);

    ListReply *listSessions(const Core::SessionFilter &filter, const QString &startingAfter = {});
    SessionReply *getSession(const QString &id, Includes includes = {});
    CreatedReply *createSession(const QJsonObject &body, bool includeSession = false);
    CreatedReply *createSessionFromProfile(const QJsonObject &body, bool includeSession = false);
    SessionReply *updateSession(const QString &id, const QJsonObject &body, bool updateWithoutLock = false);
    CancelReply *cancelSession(const QString &id);
    CreatedReply *createPaymentTokenSession(const QJsonObject &body, bool includeSession = false);
    CreatedReply *createPaymentTokenSession(const PaymentTokenRequest &request, bool includeSession = false);
    // GET /v1/transactions/{id}; each of `includes` ("card.payment_token", "session", …)
    // is sent as its own includes= parameter.
    TransactionReply *getTransaction(const QString &transactionId, const QStringList &includes = {});

Q_SIGNALS:
    // A token was obtained (count for diagnostics); never carries the token itself.
    void tokenRenewed();

private:
    friend class SessionRequest;
    friend class SessionClientPrivate;
    std::unique_ptr<SessionClientPrivate> d;
};

} // namespace Dintero::Api

Q_DECLARE_OPERATORS_FOR_FLAGS(Dintero::Api::SessionClient::Includes)
