#include "sandboxfaults.h"

#include <QRandomGenerator>

namespace Dintero::Sandbox {

namespace {

struct KindName
{
    FaultKind kind;
    QLatin1String name;
};

constexpr KindName kindNames[] = {
    { FaultKind::Malformed, QLatin1String("malformed") },
    { FaultKind::Truncated, QLatin1String("truncated") },
    { FaultKind::Reset, QLatin1String("reset") },
    { FaultKind::Slow, QLatin1String("slow") },
    { FaultKind::Status500, QLatin1String("500") },
    { FaultKind::Status503, QLatin1String("503") },
    { FaultKind::Status429, QLatin1String("429") },
};

} // namespace

bool Fault::runsOperation() const
{
    return kind == FaultKind::Malformed || kind == FaultKind::Truncated || kind == FaultKind::Reset
        || kind == FaultKind::Slow;
}

std::optional<FaultKind> faultKindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == entry.name)
            return entry.kind;
    }
    return std::nullopt;
}

QString faultKindName(FaultKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

void FaultPlan::queue(const Fault &fault, int count, const QString &operation)
{
    if (count > 0)
        m_queue.append({ fault, count, operation });
}

void FaultPlan::clear()
{
    m_queue.clear();
}

int FaultPlan::pending() const
{
    int total = 0;
    for (const Queued &queued : m_queue)
        total += queued.remaining;
    return total;
}

std::optional<Fault> FaultPlan::take(const QString &operation)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (!it->operation.isEmpty() && it->operation != operation)
            continue;
        const Fault fault = it->fault;
        if (--it->remaining <= 0)
            m_queue.erase(it);
        return fault;
    }
    if (m_randomRate > 0.0 && QRandomGenerator::global()->generateDouble() < m_randomRate) {
        // Slow is left out: with a random rate it would only look like a hang.
        static constexpr FaultKind randomKinds[] = { FaultKind::Malformed, FaultKind::Truncated, FaultKind::Reset,
            FaultKind::Status500, FaultKind::Status503, FaultKind::Status429 };
        Fault fault;
        fault.kind = randomKinds[QRandomGenerator::global()->bounded(int(std::size(randomKinds)))];
        return fault;
    }
    return std::nullopt;
}

void RequestStats::record(const QString &operation, const QString &sessionId)
{
    ++m_total;
    ++m_operations[operation];
    if (!sessionId.isEmpty())
        ++m_sessions[sessionId][operation];
}

void RequestStats::reset()
{
    m_total = 0;
    m_operations.clear();
    m_sessions.clear();
}

QJsonObject RequestStats::toJson() const
{
    QJsonObject operations;
    for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it)
        operations.insert(it.key(), it.value());
    QJsonObject sessions;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        QJsonObject counts;
        for (auto count = it->cbegin(); count != it->cend(); ++count)
            counts.insert(count.key(), count.value());
        sessions.insert(it.key(), counts);
    }
    return {
        { QStringLiteral("total"), m_total },
        { QStringLiteral("operations"), operations },
        { QStringLiteral("sessions"), sessions },
    };
}

} // namespace Dintero::Sandbox
