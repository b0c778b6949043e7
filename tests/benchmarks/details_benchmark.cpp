// The session details window. Prints figures and never fails on timing:
//   - a session with 200 items and 200 events: from the answer's bytes to the painted
//     window (JSON parse, Session, sections, models, layout and one paint)   (goal < 50 ms)
//   - the same for a minimal session (only an id), for comparison
// Each figure is the median of several runs on one window, as after F5.

#include "benchmarkfigures.h"
#include "core/session.h"
#include "details/sessiondetailswindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Dintero;

namespace {

QByteArray richSessionBytes(int items, int events)
{
    QJsonArray itemArray;
    qint64 total = 0;
    for (int i = 0; i < items; ++i) {
        const qint64 amount = 1000 + i * 10;
        total += amount;
        itemArray.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("SKU-%1").arg(i) },
            { QStringLiteral("line_id"), QString::number(i) },
            { QStringLiteral("description"), QStringLiteral("Article number %1 with a longer name").arg(i) },
            { QStringLiteral("quantity"), 1 + i % 3 }, { QStringLiteral("amount"), amount },
            { QStringLiteral("vat_amount"), amount / 5 }, { QStringLiteral("vat"), 25 } });
    }
    static const char *const names[]
        = { "VISITED", "PAY_LOCK_START", "PAY_LOCK_META", "PAY_LOCK_END", "SET_SHIPPING_ADDRESS", "PAY_FAILED" };
    QJsonArray eventArray;
    const QDateTime start(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < events; ++i) {
        eventArray.append(QJsonObject { { QStringLiteral("name"), QLatin1String(names[i % 6]) },
            { QStringLiteral("created_at"), start.addSecs(i * 7).toString(Qt::ISODateWithMs) },
            { QStringLiteral("details"), QJsonObject { { QStringLiteral("amount"), total } } } });
    }
    const QJsonObject session {
        { QStringLiteral("id"), QStringLiteral("T12345678.bench") },
        { QStringLiteral("created_at"), start.toString(Qt::ISODateWithMs) },
        { QStringLiteral("expires_at"), start.addDays(1).toString(Qt::ISODateWithMs) },
        { QStringLiteral("transaction_id"), QStringLiteral("T12345678.benchtx") },
        { QStringLiteral("customer"), QJsonObject { { QStringLiteral("email"), QStringLiteral("kari@example.no") } } },
        { QStringLiteral("order"),
            QJsonObject { { QStringLiteral("amount"), total }, { QStringLiteral("currency"), QStringLiteral("NOK") },
                { QStringLiteral("merchant_reference"), QStringLiteral("BENCH-1") },
                { QStringLiteral("items"), itemArray },
                { QStringLiteral("billing_address"),
                    QJsonObject { { QStringLiteral("first_name"), QStringLiteral("Kari") },
                        { QStringLiteral("last_name"), QStringLiteral("Nordmann") } } } } },
        { QStringLiteral("events"), eventArray },
    };
    return QJsonDocument(session).toJson(QJsonDocument::Compact);
}

double millisecondsToPaint(Ui::SessionDetailsWindow &window, const QByteArray &bytes)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<Core::Session> session = Core::Session::fromJson(QJsonDocument::fromJson(bytes).object());
    window.showSession(*session);
    // Lay out what the new sections asked for, then paint once.
    QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    window.repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    const QByteArray rich = richSessionBytes(200, 200);
    const QByteArray minimal = R"({"id":"T12345678.bench"})";

    const auto measure = [&now](const QByteArray &bytes) {
        Ui::SessionDetailsWindow window(nullptr, QStringLiteral("T12345678.bench"), [now] { return now; });
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        std::vector<double> runs;
        for (int i = 0; i < 7; ++i) {
            runs.push_back(millisecondsToPaint(window, bytes));
            QApplication::processEvents();
        }
        return median(runs);
    };
    const double richMs = measure(rich);
    const double minimalMs = measure(minimal);
    std::printf("details window, answer to painted (median of 7):\n");
    std::printf("  200 items, 200 events (%lld bytes): %.1f ms (goal < 50 ms)\n", qint64(rich.size()), richMs);
    std::printf("  minimal session (only an id):      %.1f ms\n", minimalMs);
    Dintero::Testing::printFigure("details window: 200 items and 200 events, answer to painted", richMs, "ms", "<", 50);
    return 0;
}
