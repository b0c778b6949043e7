// Walks 10,000 sandbox sessions in pages of 100 twice over the same
// QNetworkAccessManager: once through SessionClient (headers, token, error handling,
// JSON parse into Session values) and once raw (the same GETs, reading the bytes and
// finding the last id with a string search). Prints both times, their ratio and the
// median time the client spends on a page after its bytes arrived. Goals: ratio at most
// 1.2, under 1000 µs per page. Prints figures; never fails on timing.

#include "api/sessionclient.h"
#include "benchmarkfigures.h"
#include "core/jsontape.h"
#include "sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
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
constexpr int Rounds = 3;

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

// The same requests without the client: only the bytes and the last id.
Walk rawWalk(QNetworkAccessManager &network, const QUrl &baseUrl, const QByteArray &token)
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
        request.setRawHeader("Authorization", "Bearer " + token);
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

// The fields both list-page readers below take from every session.
struct PageDigest
{
    QStringList ids;
    QStringList createdAt;
    QStringList merchantReferences;
    QStringList currencies;
    qint64 amountSum = 0;
    friend bool operator==(const PageDigest &, const PageDigest &) = default;
};

// The hand-written reader: JsonTape's index, then the fields from it.
PageDigest readWithTape(const QList<QByteArray> &pages)
{
    PageDigest digest;
    for (const QByteArray &page : pages) {
        JsonTape tape;
        if (!tape.parse(page))
            return {};
        const auto text = [&tape](int node) {
            return node >= 0 && tape.type(node) == JsonTape::Type::String ? tape.string(node) : QString();
        };
        for (int element = tape.firstChild(0); element >= 0; element = tape.nextElement(0, element)) {
            // In document order with a hint, as Session::pageFromJson() reads.
            int hint = -1;
            digest.createdAt.append(text(tape.member(element, QLatin1StringView("created_at"), &hint)));
            digest.ids.append(text(tape.member(element, QLatin1StringView("id"), &hint)));
            digest.merchantReferences.append(
                text(tape.member(element, QLatin1StringView("merchant_reference"), &hint)));
            const int order = tape.member(element, QLatin1StringView("order"), &hint);
            if (order < 0 || tape.type(order) != JsonTape::Type::Object) {
                digest.currencies.append(QString());
                continue;
            }
            digest.currencies.append(text(tape.member(order, QLatin1StringView("currency"))));
            const int amount = tape.member(order, QLatin1StringView("amount"));
            if (amount >= 0 && tape.type(amount) == JsonTape::Type::Number)
                digest.amountSum += qint64(tape.number(amount));
        }
    }
    return digest;
}

// simdjson (DOM API): its index, then the same fields.
PageDigest readWithSimdjson(simdjson::dom::parser &parser, const std::vector<simdjson::padded_string> &pages)
{
    const auto text = [](simdjson::simdjson_result<simdjson::dom::element> field) {
        std::string_view view;
        return field.get_string().get(view) ? QString() : QString::fromUtf8(view.data(), qsizetype(view.size()));
    };
    PageDigest digest;
    for (const simdjson::padded_string &page : pages) {
        simdjson::dom::array array;
        if (parser.parse(page).get_array().get(array))
            return {};
        for (simdjson::dom::element element : array) {
            simdjson::dom::object session;
            if (element.get_object().get(session))
                continue;
            digest.createdAt.append(text(session["created_at"]));
            digest.ids.append(text(session["id"]));
            digest.merchantReferences.append(text(session["merchant_reference"]));
            simdjson::dom::object order;
            if (session["order"].get_object().get(order)) {
                digest.currencies.append(QString());
                continue;
            }
            digest.currencies.append(text(order["currency"]));
            double amount = 0;
            if (!order["amount"].get_double().get(amount))
                digest.amountSum += qint64(amount);
        }
    }
    return digest;
}

// Weighs simdjson against the hand-written JsonTape for reading list pages: both read
// the same 100 pages of the sandbox to the same fields; the median of several rounds.
// The full Session::pageFromJson() (every field) is printed beside them for scale.
bool compareListPageReaders(SandboxFixture &fixture)
{
    const QByteArray token = fixture.token();
    QList<QByteArray> pages;
    QString cursor;
    while (pages.size() < SessionCount / PageSize) {
        const QString path = QStringLiteral("/sessions?limit=%1").arg(PageSize)
            + (cursor.isEmpty() ? QString() : QStringLiteral("&starting_after=") + cursor);
        const QByteArray body = fixture.authorized("GET", path, token).body;
        JsonTape tape;
        if (!tape.parse(body) || tape.firstChild(0) < 0)
            break;
        pages.append(body);
        int last = tape.firstChild(0);
        for (int next = last; next >= 0; next = tape.nextElement(0, next))
            last = next;
        cursor = tape.string(tape.member(last, QLatin1StringView("id")));
    }
    std::vector<simdjson::padded_string> padded;
    qint64 bytes = 0;
    for (const QByteArray &page : pages) {
        padded.emplace_back(page.constData(), size_t(page.size()));
        bytes += page.size();
    }
    simdjson::dom::parser parser;

    constexpr int ReaderRounds = 7;
    QList<qint64> tapeTimes;
    QList<qint64> simdTimes;
    QList<qint64> pageFromJsonTimes;
    bool same = true;
    for (int round = 0; round < ReaderRounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const PageDigest byTape = readWithTape(pages);
        tapeTimes.append(timer.nsecsElapsed() / 1000);
        timer.restart();
        const PageDigest bySimdjson = readWithSimdjson(parser, padded);
        simdTimes.append(timer.nsecsElapsed() / 1000);
        timer.restart();
        qsizetype sessions = 0;
        for (const QByteArray &page : pages)
            sessions += Session::pageFromJson(page).sessions.size();
        pageFromJsonTimes.append(timer.nsecsElapsed() / 1000);
        same = same && byTape == bySimdjson && byTape.ids.size() == SessionCount && sessions == SessionCount;
    }
    const double tapeUs = median(tapeTimes);
    const double simdUs = median(simdTimes);
    const double fullUs = median(pageFromJsonTimes);
    const double megabytes = double(bytes) / 1e6;
    std::printf("list page readers: %lld pages, %.1f MB, the same fields of %d sessions, median of %d rounds\n",
        static_cast<long long>(pages.size()), megabytes, SessionCount, ReaderRounds);
    std::printf("  JsonTape (hand-written): %8.0f us  (%.0f MB/s)\n", tapeUs, megabytes / (tapeUs / 1e6));
    std::printf("  simdjson (DOM)         : %8.0f us  (%.0f MB/s)\n", simdUs, megabytes / (simdUs / 1e6));
    std::printf("  Session::pageFromJson  : %8.0f us  (every field, for scale)\n", fullUs);
    std::printf("  both readers agree     : %s\n", same ? "yes" : "NO");
    std::printf("FIGURE\tlist page reading: JsonTape time / simdjson time\t%.2f\tratio\t<=\t1\n",
        simdUs > 0 ? tapeUs / simdUs : 0.0);
    std::printf("FIGURE\tlist page reading: JsonTape per page\t%.0f\tus\t<\t1000\n", tapeUs / double(pages.size()));
    std::printf("FIGURE\tlist page reading: simdjson per page\t%.0f\tus\t<\t1000\n", simdUs / double(pages.size()));
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

    QNetworkAccessManager network;
    ConnectionSettings settings;
    settings.baseUrl = fixture.baseUrl();
    settings.accountId = QLatin1String(SandboxFixture::AccountId);
    settings.clientId = QLatin1String(SandboxFixture::AdminClientId);
    settings.clientSecret = QLatin1String(SandboxFixture::ClientSecret);
    SessionClient client(settings, &network);
    const QByteArray token = fixture.token();

    // Warm up both paths (token, connection, caches).
    clientWalk(client);
    rawWalk(network, fixture.baseUrl(), token);

    QList<double> clientTimes;
    QList<double> rawTimes;
    QList<qint64> perPage;
    Walk lastClient;
    Walk lastRaw;
    for (int round = 0; round < Rounds; ++round) {
        // Alternate the order so that neither walk always runs on a warmer process.
        if (round % 2 == 0) {
            lastRaw = rawWalk(network, fixture.baseUrl(), token);
            lastClient = clientWalk(client);
        } else {
            lastClient = clientWalk(client);
            lastRaw = rawWalk(network, fixture.baseUrl(), token);
        }
        clientTimes.append(lastClient.milliseconds);
        rawTimes.append(lastRaw.milliseconds);
        perPage.append(lastClient.clientMicroseconds);
    }
    std::sort(clientTimes.begin(), clientTimes.end());
    std::sort(rawTimes.begin(), rawTimes.end());
    const double client_ms = clientTimes.at(clientTimes.size() / 2);
    const double raw_ms = rawTimes.at(rawTimes.size() / 2);

    std::printf(
        "client walk benchmark: %d sessions, pages of %d, median of %d rounds\n", SessionCount, PageSize, Rounds);
    std::printf("  SessionClient + parser : %8.1f ms  (%d pages, %d sessions)\n", client_ms, lastClient.pages,
        lastClient.sessions);
    std::printf(
        "  raw QNAM walk          : %8.1f ms  (%d pages, %d sessions)\n", raw_ms, lastRaw.pages, lastRaw.sessions);
    std::printf("  ratio client/raw       : %8.2fx   (goal <= 1.2x)\n", raw_ms > 0 ? client_ms / raw_ms : 0.0);
    const long long best = perPage.isEmpty() ? 0 : *std::min_element(perPage.cbegin(), perPage.cend());
    const long long worst = perPage.isEmpty() ? 0 : *std::max_element(perPage.cbegin(), perPage.cend());
    std::printf("  client-side per page   : %8.0f us median, %lld us best, %lld us worst  (goal < 1000 us)\n",
        median(perPage), best, worst);
    // Timings on a shared machine mean little without its load.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly)) {
        std::printf("  load average           : %s (%d CPUs)\n", loadavg.readLine().trimmed().constData(),
            QThread::idealThreadCount());
    }
    Dintero::Testing::printFigure(
        "client walk of 10,000 sessions / raw QNAM walk", raw_ms > 0 ? client_ms / raw_ms : 0.0, "x", "<=", 1.2);
    Dintero::Testing::printFigure("client work per page of 100", median(perPage), "us", "<", 1000);
    const bool sameIds = lastClient.lastIds == lastRaw.lastIds;
    std::printf("  both walks saw the same cursors: %s\n", sameIds ? "yes" : "NO");
    std::fflush(stdout);
    const bool readersAgree = compareListPageReaders(fixture);
    return (lastClient.ok && lastRaw.ok && sameIds && lastClient.sessions == SessionCount && readersAgree) ? 0 : 1;
}
