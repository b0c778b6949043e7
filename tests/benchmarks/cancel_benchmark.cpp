// Bulk cancel of 100 sessions through CancelRun (one POST at a time, each answer
// parsed, each result reported) against 100 sequential raw POSTs through the same
// QNetworkAccessManager, on disjoint sets of cancellable sandbox sessions. Prints the
// wall times and their ratio (goal: at most 1.2x), the preflight's time apart (it
// re-reads each session and transaction before the agent confirms), and, to show where
// a margin lies, 100 SessionClient::cancelSession() calls one after the other without
// CancelRun. Prints figures; never fails on timing.

#include "api/sessionclient.h"
#include "benchmarkfigures.h"
#include "cancel/cancelrun.h"
#include "sandbox/sandboxstore.h"
#include "sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Dintero;
using Testing::SandboxFixture;

namespace {

constexpr int Batch = 100;

// The event-loop wait of benchmarkfigures.h: QTest::qWaitFor sleeps 10 ms between its
// rounds of events, which would be most of what is measured here.
using Testing::waitUntil;

constexpr int Rounds = 3;

// Sessions a cancel may succeed on: not cancelled, no transaction or an authorized one.
QStringList cancellableSessions(const Sandbox::SandboxStore &store, int count)
{
    QStringList found;
    QString cursor;
    while (found.size() < count) {
        Sandbox::ListQuery query;
        query.limit = 100;
        query.startingAfter = cursor;
        QString error;
        const QJsonArray page = QJsonDocument::fromJson(store.listPage(query, &error).value_or(QByteArray())).array();
        if (page.isEmpty())
            break;
        for (const QJsonValue &value : page) {
            const QJsonObject s = value.toObject();
            cursor = s.value(QStringLiteral("id")).toString();
            if (s.contains(QStringLiteral("cancelled_at")))
                continue;
            const QString transactionId = s.value(QStringLiteral("transaction_id")).toString();
            const QString status = transactionId.isEmpty() ? QString() : store.transaction(transactionId)->status;
            if ((status.isEmpty() || status == QLatin1String("AUTHORIZED")) && found.size() < count)
                found.append(cursor);
        }
    }
    return found;
}

double rawPosts(QNetworkAccessManager &network, const QUrl &baseUrl, const QByteArray &token, const QStringList &ids)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &id : ids) {
        QNetworkRequest request(QUrl(baseUrl.toString() + QStringLiteral("/sessions/%1/cancel").arg(id)));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QByteArray());
        bool done = false;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&done, reply] {
            done = true;
            reply->readAll();
            reply->deleteLater();
        });
        if (!waitUntil([&done] { return done; }, 30000))
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// The client's cancels alone, one after the other: what CancelRun adds is the rest.
double clientCancels(Api::SessionClient &client, const QStringList &ids)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &id : ids) {
        Api::CancelReply *reply = client.cancelSession(id);
        bool done = false;
        bool cancelled = false;
        QObject::connect(reply, &Api::SessionRequest::finished, reply, [&done, &cancelled, reply] {
            done = true;
            cancelled = reply->outcome() == Api::CancelReply::Outcome::Cancelled;
        });
        if (!waitUntil([&done] { return done; }, 30000) || !cancelled)
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

struct RunTimes
{
    double preflightMs = -1;
    double executeMs = -1;
    int cancelled = 0;
};

RunTimes clientRun(Api::SessionClient &client, const QStringList &ids)
{
    RunTimes times;
    Cancel::CancelRun run(&client, ids, {});
    QElapsedTimer timer;
    timer.start();
    QSignalSpy checked(&run, &Cancel::CancelRun::preflightFinished);
    run.preflight();
    if (!waitUntil([&checked] { return checked.count() > 0; }, 60000))
        return times;
    times.preflightMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    QSignalSpy finished(&run, &Cancel::CancelRun::finished);
    run.execute();
    if (!waitUntil([&finished] { return finished.count() > 0; }, 60000))
        return times;
    times.executeMs = double(timer.nsecsElapsed()) / 1e6;
    times.cancelled = run.count(Cancel::CancelResult::Kind::Cancelled);
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto options = SandboxFixture::smallOptions();
    options.sessionCount = 9000;
    SandboxFixture fixture(options);
    if (!fixture.isListening())
        return 1;
    const QStringList ids = cancellableSessions(fixture.server().store(), Batch * Rounds * 3);
    if (ids.size() < Batch * Rounds * 3) {
        std::fprintf(stderr, "only %d cancellable sessions seeded\n", int(ids.size()));
        return 1;
    }

    QNetworkAccessManager network;
    Api::ConnectionSettings settings;
    settings.baseUrl = fixture.baseUrl();
    settings.accountId = QLatin1String(SandboxFixture::AccountId);
    settings.clientId = QLatin1String(SandboxFixture::AdminClientId);
    settings.clientSecret = QLatin1String(SandboxFixture::ClientSecret);
    Api::SessionClient client(settings, &network);
    const QByteArray token = fixture.token();

    std::printf("bulk cancel of %d sessions, %d rounds (ms)\n", Batch, Rounds);
    std::printf(
        "%-6s %10s %10s %10s %8s %14s\n", "round", "raw POSTs", "CancelRun", "preflight", "ratio", "SessionClient");
    QList<double> ratios;
    for (int round = 0; round < Rounds; ++round) {
        const QStringList rawIds = ids.mid(round * 3 * Batch, Batch);
        const QStringList runIds = ids.mid(round * 3 * Batch + Batch, Batch);
        const QStringList clientIds = ids.mid(round * 3 * Batch + 2 * Batch, Batch);
        const double raw = rawPosts(network, fixture.baseUrl(), token, rawIds);
        const RunTimes run = clientRun(client, runIds);
        const double alone = clientCancels(client, clientIds);
        if (raw <= 0 || alone <= 0 || run.executeMs <= 0 || run.cancelled != Batch) {
            std::fprintf(stderr, "round %d failed (cancelled %d)\n", round, run.cancelled);
            return 1;
        }
        ratios.append(run.executeMs / raw);
        std::printf("%-6d %10.1f %10.1f %10.1f %7.2fx %14.1f\n", round + 1, raw, run.executeMs, run.preflightMs,
            run.executeMs / raw, alone);
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("median ratio CancelRun / raw: %.2fx (goal <= 1.2x)\n", ratios.at(ratios.size() / 2));
    Testing::printFigure("bulk cancel of 100 sessions / raw POSTs", ratios.at(ratios.size() / 2), "x", "<=", 1.2);
    return 0;
}
