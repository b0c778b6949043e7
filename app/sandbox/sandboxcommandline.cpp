#include "sandbox/sandboxcommandline.h"

#include <QCommandLineParser>

#include <limits>

namespace Dintero::Sandbox {
namespace {

// The descriptions keep the "main" context of the programs they came from, whose
// catalogue entries they are.
QCommandLineOption option(const char *name, const char *description, const char *valueName)
{
    return QCommandLineOption(
        QLatin1String(name), QCoreApplication::translate("main", description), QLatin1String(valueName));
}

std::optional<qint64> wholeNumber(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

SandboxCommandLine::SandboxCommandLine(QList<Entry> entries) : m_entries(std::move(entries)) { }

SandboxCommandLine SandboxCommandLine::standalone()
{
    return SandboxCommandLine({
        { Setting::SessionCount, option("sessions", QT_TRANSLATE_NOOP("main", "Number of seeded sessions."), "count") },
        { Setting::Seed, option("seed", QT_TRANSLATE_NOOP("main", "Seed of the data set."), "seed") },
        { Setting::LatencyMs,
            option("latency-ms", QT_TRANSLATE_NOOP("main", "Delay added to every API response."), "ms") },
        { Setting::FaultRate,
            option("fault-rate", QT_TRANSLATE_NOOP("main", "Share of API responses (0 to 1) that get a random fault."),
                "rate") },
        { Setting::TokenLifetime,
            option("token-lifetime", QT_TRANSLATE_NOOP("main", "Access token lifetime in seconds."), "seconds") },
    });
}

SandboxCommandLine SandboxCommandLine::demo()
{
    return SandboxCommandLine({
        { Setting::SessionCount,
            option("demo-sessions", QT_TRANSLATE_NOOP("main", "Number of sessions in the demo sandbox."), "count") },
        { Setting::LatencyMs,
            option("demo-latency", QT_TRANSLATE_NOOP("main", "Delay of every demo sandbox answer."), "ms") },
    });
}

QList<QCommandLineOption> SandboxCommandLine::options() const
{
    QList<QCommandLineOption> options;
    for (const Entry &entry : m_entries)
        options.append(entry.option);
    return options;
}

std::optional<SandboxOptions> SandboxCommandLine::read(
    const QCommandLineParser &parser, QString *error, const SandboxOptions &defaults) const
{
    SandboxOptions options = defaults;
    for (const Entry &entry : m_entries) {
        const QString name = entry.option.names().constFirst();
        if (!parser.isSet(name))
            continue;
        if (!apply(entry.setting, QStringLiteral("--") + name, parser.value(name), &options, error))
            return std::nullopt;
    }
    return options;
}

bool SandboxCommandLine::apply(
    Setting setting, const QString &option, const QString &text, SandboxOptions *options, QString *error)
{
    auto wholeNumberIn = [&](qint64 minimum, qint64 maximum) {
        const std::optional<qint64> value = wholeNumber(text, minimum, maximum);
        if (!value) {
            *error = tr("%1 must be a whole number from %2 to %3, not '%4'.")
                         .arg(option, QString::number(minimum), QString::number(maximum), text);
        }
        return value;
    };
    switch (setting) {
    case Setting::SessionCount:
        if (const auto count = wholeNumberIn(0, MaxSessionCount)) {
            options->sessionCount = int(*count);
            return true;
        }
        return false;
    case Setting::Seed: {
        bool ok = false;
        const quint64 seed = text.trimmed().toULongLong(&ok);
        // A seed has no sign; refuse one rather than rely on how the conversion reads it.
        if (!ok || text.trimmed().startsWith(u'-')) {
            *error = tr("%1 must be a whole number from %2 to %3, not '%4'.")
                         .arg(option, QString::number(0), QString::number(std::numeric_limits<quint64>::max()), text);
            return false;
        }
        options->seed = seed;
        return true;
    }
    case Setting::LatencyMs:
        if (const auto latency = wholeNumberIn(0, MaxLatencyMs)) {
            options->latencyMs = int(*latency);
            return true;
        }
        return false;
    case Setting::FaultRate: {
        bool ok = false;
        const double rate = text.trimmed().toDouble(&ok);
        if (!ok || !(rate >= 0.0 && rate <= 1.0)) {
            *error = tr("%1 must be a number from %2 to %3, not '%4'.")
                         .arg(option, QString::number(0), QString::number(1), text);
            return false;
        }
        options->faultRate = rate;
        return true;
    }
    case Setting::TokenLifetime:
        if (const auto seconds = wholeNumberIn(1, MaxTokenLifetimeSeconds)) {
            options->tokenLifetimeSeconds = int(*seconds);
            return true;
        }
        return false;
    }
    return false;
}

} // namespace Dintero::Sandbox
