#pragma once

#include "api/apierror.h"
#include "sandboxfixture.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

#include <chrono>

// What the fault soaks share: the sandbox's spoiled answers, drawn reproducibly, and
// what the client must make of each (fault_soak tests in tests/api and tests/models).
namespace Dintero::Testing {

// Short enough that a soak with dozens of late answers stays fast, long enough that an
// unspoiled answer under AddressSanitizer on two busy cores is never late.
inline constexpr std::chrono::milliseconds SoakTransferTimeout { 500 };
inline constexpr int SoakSlowDelayMs = 700;

struct SoakFault
{
    QString name; // as POST /_sandbox/faults takes it
    bool retried = false; // a GET gets it again (network-level and 429/5xx answers)
    QList<Api::ApiError::Kind> kinds; // what the client may report when it gives up
};

inline const QList<SoakFault> &soakFaults()
{
    using Kind = Api::ApiError::Kind;
    static const QList<SoakFault> faults {
        { QStringLiteral("malformed"), false, { Kind::MalformedBody } },
        { QStringLiteral("truncated"), true, { Kind::Network, Kind::MalformedBody } },
        { QStringLiteral("reset"), true, { Kind::Network } },
        { QStringLiteral("slow"), false, { Kind::Timeout } },
        { QStringLiteral("500"), true, { Kind::Server } },
        { QStringLiteral("503"), true, { Kind::Server } },
        { QStringLiteral("429"), true, { Kind::RateLimited } },
    };
    return faults;
}

// Queues `fault` for the next `count` answers of `operation`.
inline void spoil(SandboxFixture &sandbox, const SoakFault &fault, int count, const QString &operation)
{
    sandbox.queueFault(fault.name, count, operation,
        { { QStringLiteral("retry_after"), 1 }, { QStringLiteral("delay_ms"), SoakSlowDelayMs } });
}

// Runs the event loop until `done` holds or `timeoutMs` passes (no 10 ms naps: the soak
// sends thousands of requests).
template <typename Predicate> bool spinUntil(Predicate done, int timeoutMs = 30000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace Dintero::Testing
