// Prints how fast the sandbox answers filtered list requests with 100,000 sessions,
// against a trivial request to the same server measured in the same run.

#include "benchmarkfigures.h"
#include "sandbox/sandboxstore.h"
#include "sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>

using Dintero::Testing::SandboxFixture;

namespace {

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096 / (1024 * 1024) : 0;
}

struct Figures
{
    double median = 0;
    double worst = 0;
};

Figures measure(
    SandboxFixture &fixture, const QByteArray &token, const QString &pathAndQuery, int rounds, int *status = nullptr)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto result = fixture.authorized("GET", pathAndQuery, token);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (status)
            *status = result.status;
    }
    std::sort(times.begin(), times.end());
    return { times.at(times.size() / 2), times.last() };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int sessions = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int rounds = 25;

    const double before = residentMegabytes();
    QElapsedTimer seeding;
    seeding.start();
    Dintero::Sandbox::SandboxOptions options;
    options.sessionCount = sessions;
    SandboxFixture fixture(options);
    const double seedSeconds = double(seeding.elapsed()) / 1000;
    const double after = residentMegabytes();
    if (!fixture.isListening())
        return 1;
    const QByteArray token = fixture.token();

    // A deep cursor: the id of a session in the middle of the data set.
    const auto middle = fixture.authorized("GET",
        QStringLiteral("/sessions?limit=1&created_at.lte=%1")
            .arg(QDateTime::currentDateTimeUtc().addDays(-60).toString(Qt::ISODate)),
        token);
    const QString middleId = middle.json().array().first().toObject().value(QLatin1String("id")).toString();

    std::printf("sandbox with %d sessions: seeded in %.2f s, %.0f MB resident (%.2f KB a session)\n", sessions,
        seedSeconds, after - before, (after - before) * 1024 / std::max(sessions, 1));

    const Figures baseline = measure(fixture, token, QStringLiteral("/sessions?limit=1"), rounds);
    std::printf(
        "%-58s median %7.2f ms  worst %7.2f ms\n", "baseline: first page of 1", baseline.median, baseline.worst);
    const QList<std::pair<const char *, QString>> cases {
        { "first page of 100", QStringLiteral("/sessions?limit=100") },
        { "search, few matches (\"nordmann\")", QStringLiteral("/sessions?limit=100&search=nordmann") },
        { "search, no match (scans every session)", QStringLiteral("/sessions?limit=100&search=no-such-customer") },
        { "two stores + 30-day range",
            QStringLiteral("/sessions?limit=100&store_id=oslo-sentrum&store_id="
                           "bergen-bryggen&created_at.gte=%1")
                .arg(QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODate)) },
        { "cursor in the middle of the data set", QStringLiteral("/sessions?limit=100&starting_after=") + middleId },
        { "three session ids", QStringLiteral("/sessions?limit=100&id=%1&id=x&id=y").arg(middleId) },
    };
    bool allOk = true;
    for (const auto &[name, path] : cases) {
        int status = 0;
        const Figures figures = measure(fixture, token, path, rounds, &status);
        allOk = allOk && status == 200;
        std::printf("%-58s median %7.2f ms  worst %7.2f ms  (%.1fx baseline)\n", name, figures.median, figures.worst,
            figures.median / std::max(baseline.median, 0.001));
        // The issue asks for a filtered list that "stays fast"; 10 ms is the number that means here.
        if (QByteArray(name).startsWith("two stores"))
            Dintero::Testing::printFigure(
                "sandbox: filtered list of 100 at 100,000 sessions", figures.median, "ms", "<", 10);
    }
    return allOk ? 0 : 1;
}
