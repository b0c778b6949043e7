#pragma once

#include "core/clock.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Dintero::Sandbox {

class SandboxStore;
class SandboxFrontEnd;

// Everything that shapes one sandbox: its data set, its credentials' lifetime and
// the faults it injects on its own. The defaults are what `--demo` runs.
struct SandboxOptions
{
    QString accountId = QStringLiteral("T12345678");
    int sessionCount = 2000;
    quint64 seed = 1;
    int tokenLifetimeSeconds = 14400;
    int latencyMs = 0; // added to every /v1 response
    double faultRate = 0.0; // share of /v1 responses (0..1) that get a random fault
    // The sandbox's notion of "now": seeded data is spread over the 120 days before it,
    // tokens expire against it. Tests replace it to move time.
    Core::Clock clock;
};

// A faithful local stand-in for Dintero's Checkout API (the seven session operations,
// the transaction read, the token endpoint, a hosted payment page and an admin API for
// fault injection and request statistics), served over real HTTP. Owns its store and
// its TCP listener.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on address:port (0 picks a free port). Returns false and fills
    // errorString() when the port cannot be bound.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString errorString() const;

    // http://HOST:PORT/v1, the base URL a client is configured with.
    QUrl baseUrl() const;
    // http://HOST:PORT, where the /_sandbox admin endpoints live.
    QUrl rootUrl() const;

    const SandboxOptions &options() const;
    SandboxStore &store();

private:
    friend class SandboxFrontEnd;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dintero::Sandbox
