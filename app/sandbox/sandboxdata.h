#pragma once

#include "sandboxstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <random>

namespace Dintero::Sandbox {

// A deterministic source of ids and choices: the same seed gives the same data set
// on every machine (no std:: distributions, whose output differs between libraries).
class SeededRandom final
{
public:
    explicit SeededRandom(quint64 seed) : m_engine(seed) { }

    quint64 next() { return m_engine(); }
    int bounded(int upperExclusive) { return int(next() % quint64(upperExclusive)); }
    int between(int low, int highInclusive) { return low + bounded(highInclusive - low + 1); }
    bool chance(int percent) { return bounded(100) < percent; }
    template <typename T> const T &pick(const QList<T> &values) { return values.at(bounded(int(values.size()))); }
    // A 22-character base62 string, the shape of Dintero's random id parts.
    QString base62(int length = 22);
    // The same, written into `text` (for ids that are only ever written out).
    void base62(char *text, int length);

private:
    std::mt19937_64 m_engine;
};

// The stores, customers and products the seeded data set is made of.
struct SandboxProfile
{
    QString id;
    QString name;
};
QList<SandboxProfile> sandboxProfiles(const QString &accountId);

// A generated session as the store keeps it: its compact JSON, exactly what
// QJsonDocument(session).toJson(QJsonDocument::Compact) would write, and the fields the
// store indexes, so that seeding neither builds nor parses a QJsonObject.
struct SeededSession
{
    QByteArray json;
    QString id;
    qint64 createdMs = 0; // created_at
    QString storeId; // order.store.id
    QString transactionId; // empty without a transaction
    QString merchantReference; // order.merchant_reference
    QString merchantReference2; // order.merchant_reference_2, empty without one
    QString customerName; // "first_name last_name" of order.billing_address
};

// `count` realistic sessions created over the 120 days before `now`, in every state
// the console distinguishes, with the transactions behind them. Each session is handed
// over as it is made (in no particular order), so that a large set never exists twice.
// The same inputs give the same bytes on every run.
void generateSeedData(const QString &accountId, int count, quint64 seed, const QDateTime &now,
    const std::function<void(SeededSession &&session)> &onSession,
    const std::function<void(const TransactionRecord &transaction)> &onTransaction);

// Dintero's timestamp form: UTC with milliseconds, e.g. 2025-03-04T09:12:31.412Z.
QString isoTimestamp(const QDateTime &time);
// Milliseconds since the epoch of an ISO 8601 date-time (any zone form).
qint64 parseTimestamp(const QString &text);

} // namespace Dintero::Sandbox
