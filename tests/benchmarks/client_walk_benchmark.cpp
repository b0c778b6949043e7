// Walks 10,000 sandbox sessions in pages of 100 over the same QNetworkAccessManager:
// as the console does (SessionPager::loadAll(): headers, credentials, error handling,
// every session read into a Session, the next page asked for as soon as its cursor is
// known), one page after the other through SessionClient, and raw (the same GETs,
// reading the bytes and finding the last id with a string search). The sandbox runs
// on a thread of its own, as --demo runs it and as a real server is elsewhere. Prints
// the times, the ratio of the console's walk to the raw one and the median time the
// client spends on a page after its bytes arrived. Goals: ratio at most 1.2, under
// 1000 µs per page. Prints figures; never fails on timing.

#include "api/sessionclient.h"
#include "api/sessionpager.h"
#include "benchmarkfigures.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <simdjson.h>

using namespace Dintero::Api;
using namespace Dintero::Core;
using Dintero::Testing::SandboxFixture;

namespace {

constexpr int SessionCount = 10000;
constexpr int PageSize = 100;
constexpr int Rounds = 9;

struct Walk
{
    double milliseconds = 0;
    int pages = 0;
    int sessions = 0;
    QStringList lastIds;
    QList<qint64> clientMicroseconds; // client walk only
    bool ok = true;
};

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(values.size() / 2));
}

Walk clientWalk(SessionClient &client)
{
    Walk walk;
    SessionFilter filter;
    filter.setLimit(PageSize);
    QString cursor;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        ListReply *reply = client.listSessions(filter, cursor);
        bool done = false;
        bool more = false;
        QObject::connect(reply, &SessionRequest::finished, reply, [&] {
            done = true;
            if (reply->hasError()) {
                std::fprintf(stderr, "client walk failed: %s\n", qPrintable(reply->error().detail()));
                walk.ok = false;
                return;
            }
            walk.sessions += int(reply->sessions().size());
            if (!reply->sessions().isEmpty()) // the final empty page says little
                walk.clientMicroseconds.append(reply->processingTime().count());
            more = reply->hasMore();
            cursor = reply->nextCursor();
            if (!reply->sessions().isEmpty())
                walk.lastIds.append(cursor);
        });
        if (!Dintero::Testing::waitUntil([&done] { return done; }, 30000) || !walk.ok) {
            walk.ok = false;
            break;
        }
        ++walk.pages;
        if (!more)
            break;
    }
    walk.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return walk;
}

// The walk as the console makes it (table model, exports, the command line's list
// --all).
Walk pagerWalk(SessionClient &client)
{
    Walk walk;
    SessionFilter filter;
    filter.setLimit(PageSize);
    SessionPager pager(&client);
    bool done = false;
    QObject::connect(&pager, &SessionPager::pageLoaded, [&walk](const QList<Session> &page, bool) {
        ++walk.pages;
        walk.sessions += int(page.size());
        if (!page.isEmpty())
            walk.lastIds.append(page.last().id());
    });
    QObject::connect(&pager, &SessionPager::failed, [&walk](const ApiError &error) {
        std::fprintf(stderr, "pager walk failed: %s\n", qPrintable(error.detail()));
        walk.ok = false;
    });
    QObject::connect(&pager, &SessionPager::finished, [&done] { done = true; });
    QElapsedTimer timer;
    timer.start();
    pager.start(filter);
    pager.loadAll();
    if (!Dintero::Testing::waitUntil([&done] { return done; }, 60000))
        walk.ok = false;
    walk.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return walk;
}

// A sandbox on a thread of its own, made and deleted there (as ConsoleApp's --demo).
class ThreadedSandbox
{
public:
    explicit ThreadedSandbox(Dintero::Sandbox::SandboxOptions options)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, options] {
                auto *server = new Dintero::Sandbox::SandboxServer(options, &m_context);
                if (server->listen(QHostAddress::LocalHost, 0))
                    m_baseUrl = server->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ThreadedSandbox()
    {
        QThread *home = QThread::currentThread();
        QMetaObject::invokeMethod(
            &m_context,
            [this, home] {
                qDeleteAll(m_context.children());
                m_context.moveToThread(home);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(ThreadedSandbox)

    QUrl baseUrl() const { return m_baseUrl; }

private:
    QThread m_thread;
    QObject m_context;
    QUrl m_baseUrl;
};

// The same requests without the client: only the bytes and the last id.
Walk rawWalk(QNetworkAccessManager &network, const QUrl &baseUrl)
{
    Walk walk;
    QString cursor;
    const QByteArray idKey = QByteArrayLiteral("\"id\":\"") + SandboxFixture::AccountId + '.';
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QUrl url = baseUrl;
        url.setPath(url.path() + QStringLiteral("/sessions"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("starting_after"), cursor);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("x-api-key", SandboxFixture::ApiKey);
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = network.get(request);
        bool done = false;
        QByteArray body;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
            done = true;
            body = reply->readAll();
            reply->deleteLater();
        });
        if (!Dintero::Testing::waitUntil([&done] { return done; }, 30000)) {
            walk.ok = false;
            break;
        }
        ++walk.pages;
        const qsizetype at = body.lastIndexOf(idKey);
        if (at < 0)
            break; // an empty page: the end
        const qsizetype start = at + 6;
        cursor = QString::fromLatin1(body.mid(start, body.indexOf('"', start) - start));
        walk.lastIds.append(cursor);
        walk.sessions += int(body.count(idKey));
        if (body.count(idKey) < PageSize)
            break;
    }
    walk.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return walk;
}

// Session::pageFromJson() (simdjson's DOM, then every field) against Qt's own reader
// (QJsonDocument, then Session::listFromJson()) on the same 100 pages of the sandbox,
// the median of several rounds. simdjson's index alone is printed beside them for scale.
bool compareListPageReaders(SandboxFixture &fixture)
{
    const QByteArray token = fixture.token();
    QList<QByteArray> pages;
    QString cursor;
    while (pages.size() < SessionCount / PageSize) {
        const QString path = QStringLiteral("/sessions?limit=%1").arg(PageSize)
            + (cursor.isEmpty() ? QString() : QStringLiteral("&starting_after=") + cursor);
        const QByteArray body = fixture.authorized("GET", path, token).body;
        const Session::Page page = Session::pageFromJson(body);
        if (page.sessions.isEmpty())
            break;
        pages.append(body);
        cursor = page.sessions.last().id();
    }
    std::vector<simdjson::padded_string> padded;
    qint64 bytes = 0;
    for (const QByteArray &page : pages) {
        padded.emplace_back(page.constData(), size_t(page.size()));
        bytes += page.size();
    }
    simdjson::dom::parser parser;

    constexpr int ReaderRounds = 7;
    QList<qint64> pageFromJsonTimes;
    QList<qint64> qtTimes;
    QList<qint64> indexTimes;
    bool same = true;
    for (int round = 0; round < ReaderRounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        QStringList viaPage;
        for (const QByteArray &page : pages) {
            for (const Session &session : Session::pageFromJson(page).sessions)
                viaPage.append(session.id());
        }
        pageFromJsonTimes.append(timer.nsecsElapsed() / 1000);
        timer.restart();
        QStringList viaQt;
        for (const QByteArray &page : pages) {
            for (const Session &session : Session::listFromJson(QJsonDocument::fromJson(page)))
                viaQt.append(session.id());
        }
        qtTimes.append(timer.nsecsElapsed() / 1000);
        timer.restart();
        size_t elements = 0;
        for (const simdjson::padded_string &page : padded) {
            simdjson::dom::array array;
            if (parser.parse(page).get_array().get(array) == simdjson::SUCCESS)
                elements += array.size();
        }
        indexTimes.append(timer.nsecsElapsed() / 1000);
        same = same && viaPage == viaQt && viaPage.size() == SessionCount && elements == size_t(SessionCount);
    }
    const double pageUs = median(pageFromJsonTimes);
    const double qtUs = median(qtTimes);
    const double indexUs = median(indexTimes);
    const double megabytes = double(bytes) / 1e6;
    std::printf("list page readers: %lld pages, %.1f MB, %d sessions, median of %d rounds\n",
        static_cast<long long>(pages.size()), megabytes, SessionCount, ReaderRounds);
    std::printf("  Session::pageFromJson     : %8.0f us  (simdjson DOM, every field)\n", pageUs);
    std::printf("  QJsonDocument+listFromJson: %8.0f us  (Qt's reader, every field)\n", qtUs);
    std::printf("  simdjson index alone      : %8.0f us  (%.0f MB/s)\n", indexUs, megabytes / (indexUs / 1e6));
    std::printf("  both readers agree        : %s\n", same ? "yes" : "NO");
    std::printf("FIGURE\tlist page reading: Session::pageFromJson time / Qt reader time\t%.2f\tratio\t<=\t0.5\n",
        qtUs > 0 ? pageUs / qtUs : 0.0);
    std::printf("FIGURE\tlist page reading: Session::pageFromJson per page\t%.0f\tus\t<\t1000\n",
        pageUs / double(pages.size()));
    std::fflush(stdout);
    return same;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    auto options = SandboxFixture::smallOptions();
    options.sessionCount = SessionCount;
    SandboxFixture fixture(options);
    if (!fixture.isListening())
        return 1;

    ThreadedSandbox sandbox(options);
    if (sandbox.baseUrl().isEmpty())
        return 1;
    QNetworkAccessManager network;
    ConnectionSettings settings;
    settings.baseUrl = sandbox.baseUrl();
    settings.accountId = QLatin1String(SandboxFixture::AccountId);
    settings.credentialKind = ConnectionSettings::CredentialKind::ApiKey;
    settings.apiKey = QLatin1String(SandboxFixture::ApiKey);
    SessionClient client(settings, &network);

    // Warm up every path (connection, caches).
    clientWalk(client);
    pagerWalk(client);
    rawWalk(network, sandbox.baseUrl());

    QList<double> pagerTimes;
    QList<double> clientTimes;
    QList<double> rawTimes;
    QList<qint64> perPage;
    Walk lastPager;
    Walk lastClient;
    Walk lastRaw;
    for (int round = 0; round < Rounds; ++round) {
        // Alternate the order so that no walk always runs on a warmer process.
        if (round % 2 == 0) {
            lastRaw = rawWalk(network, sandbox.baseUrl());
            lastPager = pagerWalk(client);
            lastClient = clientWalk(client);
        } else {
            lastClient = clientWalk(client);
            lastPager = pagerWalk(client);
            lastRaw = rawWalk(network, sandbox.baseUrl());
        }
        pagerTimes.append(lastPager.milliseconds);
        clientTimes.append(lastClient.milliseconds);
        rawTimes.append(lastRaw.milliseconds);
        perPage.append(lastClient.clientMicroseconds);
    }
    const auto middle = [](QList<double> times) {
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    };
    const double pager_ms = middle(pagerTimes);
    const double client_ms = middle(clientTimes);
    const double raw_ms = middle(rawTimes);

    std::printf(
        "client walk benchmark: %d sessions, pages of %d, median of %d rounds\n", SessionCount, PageSize, Rounds);
    std::printf("  SessionPager::loadAll     : %8.1f ms  (%d pages, %d sessions)\n", pager_ms, lastPager.pages,
        lastPager.sessions);
    std::printf("  SessionClient, one by one : %8.1f ms  (%d pages, %d sessions)\n", client_ms, lastClient.pages,
        lastClient.sessions);
    std::printf(
        "  raw QNAM walk             : %8.1f ms  (%d pages, %d sessions)\n", raw_ms, lastRaw.pages, lastRaw.sessions);
    std::printf("  ratio console walk/raw    : %8.2fx   (goal <= 1.2x; one by one %.2fx)\n",
        raw_ms > 0 ? pager_ms / raw_ms : 0.0, raw_ms > 0 ? client_ms / raw_ms : 0.0);
    const long long best = perPage.isEmpty() ? 0 : *std::min_element(perPage.cbegin(), perPage.cend());
    const long long worst = perPage.isEmpty() ? 0 : *std::max_element(perPage.cbegin(), perPage.cend());
    std::printf("  client-side per page      : %8.0f us median, %lld us best, %lld us worst  (goal < 1000 us)\n",
        median(perPage), best, worst);
    // Timings on a shared machine mean little without its load.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly)) {
        std::printf("  load average           : %s (%d CPUs)\n", loadavg.readLine().trimmed().constData(),
            QThread::idealThreadCount());
    }
    Dintero::Testing::printFigure(
        "client walk of 10,000 sessions / raw QNAM walk", raw_ms > 0 ? pager_ms / raw_ms : 0.0, "x", "<=", 1.2);
    Dintero::Testing::printFigure("client work per page of 100", median(perPage), "us", "<", 1000);
    const bool sameIds = lastClient.lastIds == lastRaw.lastIds && lastPager.lastIds == lastRaw.lastIds;
    std::printf("  all three walks saw the same cursors: %s\n", sameIds ? "yes" : "NO");
    std::fflush(stdout);
    const bool readersAgree = compareListPageReaders(fixture);
    const bool complete = lastClient.sessions == SessionCount && lastPager.sessions == SessionCount;
    return (lastClient.ok && lastPager.ok && lastRaw.ok && sameIds && complete && readersAgree) ? 0 : 1;
}
