// Watching 500 open payment links against the in-process sandbox (on a thread of its
// own, so that the GUI thread's stalls are the console's): the requests per minute the
// watch sends, against the most its schedule allows, and the GUI thread's longest stall
// while their answers arrive (with the Links window showing the 500 rows), beside an
// idle window's longest stall measured in the same run.
//
// The schedule is scaled down (every interval divided by `scale`, 50 by default) so that
// the run takes seconds: a "scaled minute" is 60 s / scale, and the figures are per
// scaled minute. Usage: linkwatch_benchmark [links] [scale]
#include "api/sessionclient.h"
#include "benchmarkfigures.h"
#include "links/linksmodel.h"
#include "links/linkswindow.h"
#include "links/linkwatch.h"
#include "linktestsupport.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Dintero;
using namespace std::chrono;

namespace {

using Testing::waitUntil;

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Stall
{
    double wallMs = 0; // the longest gap between two ticks
    double cpuMs = 0; // the most CPU time the GUI thread spent within one gap
};

// The longest gap between the ticks of a 1 ms timer while the event loop runs for `ms`,
// and the GUI thread's own CPU time within a gap: on a shared machine a gap can be the
// scheduler running other processes, which no code of ours can shorten.
Stall longestGap(int ms)
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastCpu = threadCpuNs();
    Stall worst;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 at = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        worst.wallMs = std::max(worst.wallMs, (at - last) / 1e6);
        worst.cpuMs = std::max(worst.cpuMs, (cpu - lastCpu) / 1e6);
        last = at;
        lastCpu = cpu;
    });
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    clock.start();
    ticker.start();
    loop.exec();
    ticker.stop();
    return worst;
}

int getSessionCount(Testing::HttpClient &http, const QUrl &root)
{
    QUrl stats = root;
    stats.setPath(QStringLiteral("/_sandbox/stats"));
    return http.send("GET", stats)
        .object()
        .value(QStringLiteral("operations"))
        .toObject()
        .value(QStringLiteral("get_session"))
        .toInt();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int links = arguments.size() > 1 ? arguments.at(1).toInt() : 500;
    const int scale = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 50;

    // The sandbox on a thread of its own.
    QThread thread;
    thread.start();
    QObject context;
    context.moveToThread(&thread);
    Sandbox::SandboxServer *server = nullptr;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            Sandbox::SandboxOptions options;
            options.sessionCount = 20;
            server = new Sandbox::SandboxServer(options);
            server->listen(QHostAddress::LocalHost, 0);
        },
        Qt::BlockingQueuedConnection);
    const QUrl baseUrl = server->baseUrl();
    const QUrl rootUrl = server->rootUrl();

    QNetworkAccessManager network;
    Api::ConnectionSettings connection;
    connection.baseUrl = baseUrl;
    connection.accountId = QStringLiteral("T12345678");
    connection.clientId = QStringLiteral("demo");
    connection.clientSecret = QStringLiteral("demo-secret");
    Api::SessionClient client(connection, &network);
    Api::SessionClient watchClient(connection, &network);
    Api::SessionClient::RetryPolicy noRetries;
    noRetries.maxRetries = 0;
    watchClient.setRetryPolicy(noRetries);

    Links::LinksModel model;
    for (int i = 0; i < links; ++i) {
        const std::optional<Testing::CreatedLink> link
            = Testing::createPaymentTokenLink(client, QStringLiteral("SO-BENCH-%1").arg(i));
        if (!link) {
            std::printf("could not make link %d\n", i);
            return 1;
        }
        model.addLink(link->session, link->url, true);
    }

    Ui::LinksWindow window(model);
    window.resize(1000, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::printf("the window was not exposed\n");

    // The same window idle, for the timer's own resolution on this machine.
    const Stall idleStall = longestGap(2000);

    const Links::WatchSchedule real;
    Links::WatchSchedule scaled { real.fastInterval / scale, real.fastPeriod / scale, real.slowInterval / scale,
        real.spacing / scale };
    const double scaledMinuteMs = 60000.0 / scale;
    Links::LinkWatch watch(scaled);
    model.attach(&watch);
    watch.setClient(&watchClient);
    // The token first, so that it does not count as a watch request.
    Testing::await<Api::SessionReply>(watchClient.getSession(model.linkAt(0).session.id()));
    Testing::HttpClient http;
    const int before = getSessionCount(http, rootUrl);

    // Ten scaled minutes: past the fast period (five) into the slow one.
    const int runMs = int(10 * scaledMinuteMs);
    QElapsedTimer elapsed;
    elapsed.start();
    for (int row = 0; row < model.rowCount(); ++row)
        watch.watch(model.linkAt(row).session.id());
    const Stall watchStall = longestGap(runMs);
    const double runSeconds = elapsed.elapsed() / 1000.0;
    const int requests = getSessionCount(http, rootUrl) - before;
    const double perScaledMinute = requests / (elapsed.elapsed() / scaledMinuteMs);
    // The schedule's most: each link every fast interval, but one request per spacing overall.
    const double perLinkMax = 60000.0 / double(real.fastInterval.count());
    const double pacedMax = 60000.0 / double(real.spacing.count());
    const double scheduleMax = std::min(links * perLinkMax, pacedMax);

    std::printf("%d links, schedule scaled 1/%d (fast %lld ms for %lld ms, then %lld ms; %lld ms between "
                "requests); a scaled minute is %.0f ms\n",
        links, scale, qint64(scaled.fastInterval.count()), qint64(scaled.fastPeriod.count()),
        qint64(scaled.slowInterval.count()), qint64(scaled.spacing.count()), scaledMinuteMs);
    std::printf("%d session reads in %.1f s = %.1f per scaled minute; the schedule allows %.0f (%.2fx)\n", requests,
        runSeconds, perScaledMinute, scheduleMax, perScaledMinute / scheduleMax);
    std::printf("longest GUI-thread stall: %.1f ms while the answers arrive, %.1f ms in the idle window (%.2fx)\n",
        watchStall.wallMs, idleStall.wallMs, idleStall.wallMs > 0 ? watchStall.wallMs / idleStall.wallMs : 0.0);
    std::printf("most GUI-thread CPU time within one gap: %.1f ms while the answers arrive, %.1f ms idle\n",
        watchStall.cpuMs, idleStall.cpuMs);
    const QByteArray requestsName = "link watch: requests per minute for " + QByteArray::number(links) + " links";
    Testing::printFigure(requestsName.constData(), perScaledMinute, "requests/min", "<=", scheduleMax);
    Testing::printFigure("link watch: longest GUI-thread stall while answers arrive", watchStall.wallMs, "ms", "<", 16);
    Testing::printFigure(
        "link watch: idle window's longest GUI-thread stall (baseline)", idleStall.wallMs, "ms", "<", 16);
    Testing::printFigure("link watch: GUI-thread CPU time in the longest busy gap while answers arrive",
        watchStall.cpuMs, "ms", "<", 16);

    watch.setClient(nullptr);
    QThread *gui = QThread::currentThread();
    QMetaObject::invokeMethod(
        &context,
        [&] {
            delete server;
            context.moveToThread(gui);
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return 0;
}
