#pragma once

#include "core/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dintero::Testing {

// Sessions made up for model tests: session i was created i minutes before `base`,
// expires 4 hours after creation, and cycles through the statuses of §6.
struct SessionSpec
{
    QString id;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString merchantReference;
    QString customerFirst = QStringLiteral("Kari");
    QString customerLast = QStringLiteral("Nordmann");
    QString email;
    QString storeId = QStringLiteral("oslo-sentrum");
    qint64 amount = 10000;
    QString currency = QStringLiteral("NOK");
    QString transactionId;
    QStringList events { QStringLiteral("INITIATED") };
    bool cancelled = false;
};

inline Core::Session makeSession(const SessionSpec &spec)
{
    QJsonArray events;
    QDateTime at = spec.createdAt;
    for (const QString &name : spec.events) {
        events.append(QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("created_at"), at.toUTC().toString(Qt::ISODateWithMs) } });
        at = at.addSecs(30);
    }
    QJsonObject order {
        { QStringLiteral("amount"), spec.amount },
        { QStringLiteral("currency"), spec.currency },
        { QStringLiteral("merchant_reference"), spec.merchantReference },
        { QStringLiteral("store"), QJsonObject { { QStringLiteral("id"), spec.storeId } } },
        { QStringLiteral("billing_address"),
            QJsonObject { { QStringLiteral("first_name"), spec.customerFirst },
                { QStringLiteral("last_name"), spec.customerLast } } },
    };
    QJsonObject object {
        { QStringLiteral("id"), spec.id },
        { QStringLiteral("created_at"), spec.createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("expires_at"), spec.expiresAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("order"), order },
        { QStringLiteral("customer"), QJsonObject { { QStringLiteral("email"), spec.email } } },
        { QStringLiteral("events"), events },
    };
    if (!spec.transactionId.isEmpty())
        object.insert(QStringLiteral("transaction_id"), spec.transactionId);
    if (spec.cancelled)
        object.insert(QStringLiteral("cancelled_at"), spec.createdAt.addSecs(60).toUTC().toString(Qt::ISODateWithMs));
    return *Core::Session::fromJson(object);
}

// Session i of a made-up list. The status follows i % 5: open, in progress, paid,
// failed, cancelled.
inline SessionSpec specAt(int i, const QDateTime &base)
{
    SessionSpec spec;
    spec.id = QStringLiteral("T12345678.session%1").arg(i, 6, 10, QLatin1Char('0'));
    spec.createdAt = base.addSecs(-60 * i);
    spec.expiresAt = spec.createdAt.addSecs(4 * 3600);
    spec.merchantReference = QStringLiteral("SO-%1").arg(100000 + (i * 7919) % 90000);
    spec.email = QStringLiteral("customer%1@example.no").arg(i);
    spec.amount = 1000 + (i * 104729) % 500000;
    spec.storeId = (i % 3 == 0) ? QStringLiteral("oslo-sentrum") : QStringLiteral("bergen-bryggen");
    switch (i % 5) {
    case 0:
        break;
    case 1:
        spec.events << QStringLiteral("VISITED");
        break;
    case 2:
        spec.events << QStringLiteral("VISITED") << QStringLiteral("AUTHORIZED");
        spec.transactionId = QStringLiteral("T12345678.tx%1").arg(i);
        break;
    case 3:
        spec.events << QStringLiteral("VISITED") << QStringLiteral("FAILED");
        break;
    case 4:
        spec.cancelled = true;
        spec.events << QStringLiteral("CANCELLED");
        break;
    }
    return spec;
}

inline QList<Core::Session> makeSessions(int first, int count, const QDateTime &base)
{
    QList<Core::Session> sessions;
    sessions.reserve(count);
    for (int i = first; i < first + count; ++i)
        sessions.append(makeSession(specAt(i, base)));
    return sessions;
}

} // namespace Dintero::Testing
