// Renders the session details window to PNG files so that a person can look at them:
// details_screenshots OUTPUT_DIR. Not a test; run it under xvfb-run at 1280x800. Writes
// the window as seen and its whole scrolled content, for a rich seeded session, a
// minimal one and one with a long customer name and many items.

#include "api/sessionclient.h"
#include "details/sessiondetailswindow.h"
#include "sandbox/sandboxstore.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

using namespace Dintero;

namespace {

void shoot(Api::SessionClient *client, const QString &id, const QString &directory, const QString &name)
{
    Ui::SessionDetailsWindow window(client, id, {});
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&window, &Ui::SessionDetailsWindow::loaded);
    QSignalSpy failed(&window, &Ui::SessionDetailsWindow::loadFailed);
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000))
        qWarning("%s did not load", qPrintable(id));
    QTest::qWait(300); // let the transaction and the layout settle
    window.grab().save(QDir(directory).filePath(name + QStringLiteral("-window.png")));
    if (QWidget *content = window.findChild<QScrollArea *>()->widget())
        content->grab().save(QDir(directory).filePath(name + QStringLiteral("-content.png")));
    qInfo("wrote %s", qPrintable(name));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/details-shots");
    QDir().mkpath(directory);

    Testing::SandboxFixture fixture;
    QNetworkAccessManager network;
    Api::ConnectionSettings connection;
    connection.baseUrl = fixture.baseUrl();
    connection.accountId = QStringLiteral("T12345678");
    connection.clientId = QStringLiteral("demo");
    connection.clientSecret = QStringLiteral("demo-secret");
    Api::SessionClient client(connection, &network);
    const QByteArray token = fixture.token();

    // Rich: a seeded session with a transaction, items and a customer.
    const QJsonArray page = fixture.authorized("GET", QStringLiteral("/sessions?limit=100"), token).json().array();
    for (const QJsonValue &value : page) {
        const QJsonObject session = value.toObject();
        if (session.contains(QLatin1String("transaction_id"))
            && session.value(QLatin1String("events")).toArray().size() >= 4) {
            shoot(&client, session.value(QLatin1String("id")).toString(), directory, QStringLiteral("rich"));
            break;
        }
    }

    // Minimal: the fewest fields the API takes.
    const QJsonObject minimal = fixture.server().store().createSession(
        QJsonDocument::fromJson(R"({"url":{"return_url":"https://shop.example/r"},
            "order":{"amount":1000,"currency":"NOK","merchant_reference":"MIN-1"}})")
            .object(),
        QDateTime::currentDateTimeUtc());
    shoot(&client, minimal.value(QLatin1String("id")).toString(), directory, QStringLiteral("minimal"));

    // A long customer name, many items, amounts that do not add up.
    QJsonArray items;
    for (int i = 0; i < 40; ++i) {
        items.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("SKU-%1").arg(i) },
            { QStringLiteral("description"),
                QStringLiteral("Handmade stoneware mug with a glazed finish, item %1 of a long series").arg(i) },
            { QStringLiteral("quantity"), 1 + i % 4 }, { QStringLiteral("amount"), 12900 * (1 + i % 4) },
            { QStringLiteral("vat_amount"), 2580 * (1 + i % 4) }, { QStringLiteral("vat"), 25 } });
    }
    QJsonObject order { { QStringLiteral("amount"), 999999 }, { QStringLiteral("currency"), QStringLiteral("NOK") },
        { QStringLiteral("merchant_reference"), QStringLiteral("LONG-1") }, { QStringLiteral("items"), items },
        { QStringLiteral("billing_address"),
            QJsonObject { { QStringLiteral("first_name"), QStringLiteral("Kari-Anne Margrethe Elisabeth") },
                { QStringLiteral("last_name"), QStringLiteral("Nordmann-Østerbø-Fjellheim von Hohenzollern") },
                { QStringLiteral("address_line"), QStringLiteral("Storgata 1") },
                { QStringLiteral("postal_code"), QStringLiteral("0155") },
                { QStringLiteral("postal_place"), QStringLiteral("Oslo") },
                { QStringLiteral("country"), QStringLiteral("NO") } } } };
    const QJsonObject many = fixture.server().store().createSession(
        QJsonObject { { QStringLiteral("order"), order },
            { QStringLiteral("url"),
                QJsonObject { { QStringLiteral("return_url"),
                    QStringLiteral("https://shop.example/a/very/long/return/path/that/goes/on/and/on?with=query&"
                                   "and=more&parameters=true") } } } },
        QDateTime::currentDateTimeUtc());
    shoot(&client, many.value(QLatin1String("id")).toString(), directory, QStringLiteral("long-many"));
    return 0;
}
