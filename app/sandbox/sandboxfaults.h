#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Dintero::Sandbox {

enum class FaultKind {
    Malformed, // status 200, a body that is not JSON
    Truncated, // fewer body bytes than Content-Length, then the connection closes
    Reset, // the connection closes with no response
    Slow, // the real response, late
    Status500,
    Status503,
    Status429, // with Retry-After
};

struct Fault
{
    FaultKind kind = FaultKind::Status500;
    int retryAfterSeconds = 1;
    int delayMs = 3000;

    // 429, 503 and 500 stand in for the operation; the others run it and then spoil
    // the answer, so that a client cannot tell whether its request took effect.
    bool runsOperation() const;
};

std::optional<FaultKind> faultKindFromName(const QString &name);
QString faultKindName(FaultKind kind);

// Faults queued through the admin API for the next responses (optionally of one
// operation), plus a share of random ones from --fault-rate.
class FaultPlan final
{
public:
    void setRandomRate(double rate) { m_randomRate = rate; }
    void queue(const Fault &fault, int count, const QString &operation);
    void clear();
    int pending() const;
    std::optional<Fault> take(const QString &operation);

private:
    struct Queued
    {
        Fault fault;
        int remaining = 0;
        QString operation; // empty: any operation
    };
    QList<Queued> m_queue;
    double m_randomRate = 0.0;
};

// Requests the sandbox received, per operation and per session: tests use it to prove
// what a client really sent (a cancel exactly once, a GET retried at most N times).
class RequestStats final
{
public:
    void record(const QString &operation, const QString &sessionId);
    void reset();
    QJsonObject toJson() const;

private:
    int m_total = 0;
    QHash<QString, int> m_operations;
    QHash<QString, QHash<QString, int>> m_sessions;
};

} // namespace Dintero::Sandbox
