#pragma once

#include "sandbox/sandboxserver.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace Dintero::Sandbox {

// The command-line options that shape a sandbox (its data set, latency, faults, token
// lifetime), defined, read and checked in one place for every program that runs one:
// checkout-sandbox offers all of them, dintero-console two under a --demo- prefix. A
// value out of range is a usage error naming the option and what it accepts; nothing
// is clamped.
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Dintero::Sandbox::SandboxCommandLine)

public:
    enum class Setting {
        SessionCount,
        Seed,
        LatencyMs,
        FaultRate,
        TokenLifetime,
    };

    static constexpr int MaxSessionCount = 1000000;
    static constexpr int MaxLatencyMs = 3600000; // an hour
    static constexpr int MaxTokenLifetimeSeconds = 31536000; // a year

    // checkout-sandbox: --sessions, --seed, --latency-ms, --fault-rate, --token-lifetime.
    static SandboxCommandLine standalone();
    // dintero-console: --demo-sessions and --demo-latency (milliseconds).
    static SandboxCommandLine demo();

    // For QCommandLineParser::addOptions(); the help lists them.
    QList<QCommandLineOption> options() const;

    // `defaults` with the settings given in `parser` (which accepted options()).
    // nullopt and *error (translated, naming the option and the values it accepts) when
    // a value is no number or out of range.
    std::optional<SandboxOptions> read(
        const QCommandLineParser &parser, QString *error, const SandboxOptions &defaults = {}) const;

private:
    struct Entry
    {
        Setting setting;
        QCommandLineOption option;
    };

    explicit SandboxCommandLine(QList<Entry> entries);

    // Applies one option's text to *options; false and *error when it is not acceptable.
    static bool apply(
        Setting setting, const QString &option, const QString &text, SandboxOptions *options, QString *error);

    QList<Entry> m_entries;
};

} // namespace Dintero::Sandbox
