#include "core/transaction.h"

#include "core/isodatetime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Dintero::Core {

namespace {

struct StatusKey
{
    TransactionStatus status;
    QLatin1StringView key;
};

// The keys of reference §4.9. "UNKNOWN" is the API saying it does not know either.
constexpr StatusKey statusKeys[] = {
    { TransactionStatus::Initiated, "INITIATED"_L1 },
    { TransactionStatus::Authorized, "AUTHORIZED"_L1 },
    { TransactionStatus::AuthorizationVoided, "AUTHORIZATION_VOIDED"_L1 },
    { TransactionStatus::Captured, "CAPTURED"_L1 },
    { TransactionStatus::PartiallyCaptured, "PARTIALLY_CAPTURED"_L1 },
    { TransactionStatus::PartiallyCapturedRefunded, "PARTIALLY_CAPTURED_REFUNDED"_L1 },
    { TransactionStatus::Refunded, "REFUNDED"_L1 },
    { TransactionStatus::PartiallyRefunded, "PARTIALLY_REFUNDED"_L1 },
    { TransactionStatus::Declined, "DECLINED"_L1 },
    { TransactionStatus::Failed, "FAILED"_L1 },
    { TransactionStatus::OnHold, "ON_HOLD"_L1 },
};

// Reads the optional fields of one JSON object; a wrongly typed one keeps its default
// and is noted as "path.key: expected …" (null counts as absent, as in Session).
class Fields
{
public:
    Fields(QJsonObject object, QString path, QStringList *warnings)
        : m_object(std::move(object)), m_path(std::move(path)), m_warnings(warnings)
    { }

    QString string(QLatin1StringView key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString())
            return value.toString();
        warnUnlessAbsent(value, key, "a string");
        return {};
    }

    std::optional<qint64> integer(QLatin1StringView key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isDouble()) {
            const double number = value.toDouble();
            // Only where a double holds every integer exactly (below 2^53).
            if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
                return qint64(number);
        }
        warnUnlessAbsent(value, key, "an integer");
        return std::nullopt;
    }

    std::optional<bool> boolean(QLatin1StringView key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isBool())
            return value.toBool();
        warnUnlessAbsent(value, key, "a boolean");
        return std::nullopt;
    }

    QDateTime dateTime(QLatin1StringView key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString()) {
            QDateTime result = parseIsoDateTime(value.toString());
            if (!result.isValid())
                warn(key, "an ISO-8601 date-time");
            return result;
        }
        warnUnlessAbsent(value, key, "an ISO-8601 date-time");
        return {};
    }

    std::optional<QJsonObject> object(QLatin1StringView key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isObject())
            return value.toObject();
        warnUnlessAbsent(value, key, "an object");
        return std::nullopt;
    }

    QJsonArray array(QLatin1StringView key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isArray())
            return value.toArray();
        warnUnlessAbsent(value, key, "an array");
        return {};
    }

    QString pathOf(QLatin1StringView key) const { return m_path.isEmpty() ? QString(key) : m_path + u'.' + key; }

private:
    void warnUnlessAbsent(const QJsonValue &value, QLatin1StringView key, const char *expected) const
    {
        if (!value.isUndefined() && !value.isNull())
            warn(key, expected);
    }

    void warn(QLatin1StringView key, const char *expected) const
    {
        m_warnings->append(pathOf(key) + QLatin1String(": expected ") + QLatin1String(expected));
    }

    QJsonObject m_object;
    QString m_path;
    QStringList *m_warnings;
};

TransactionEvent readEvent(const Fields &event)
{
    TransactionEvent entry;
    entry.id = event.string("id"_L1);
    entry.event = event.string("event"_L1);
    entry.transactionStatus = event.string("transaction_status"_L1);
    entry.success = event.boolean("success"_L1).value_or(true);
    entry.amount = event.integer("amount"_L1);
    entry.createdAt = event.dateTime("created_at"_L1);
    entry.createdBy = event.string("created_by"_L1);
    entry.requestId = event.string("request_id"_L1);
    return entry;
}

QList<TransactionEvent> readEvents(const QJsonArray &array, QStringList *warnings)
{
    QList<TransactionEvent> events;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("events[%1]").arg(i);
        if (!array.at(i).isObject()) {
            warnings->append(path + QLatin1String(": expected an object"));
            continue;
        }
        const Fields event(array.at(i).toObject(), path, warnings);
        TransactionEvent entry = readEvent(event);
        if (!entry.success) {
            if (const std::optional<QJsonObject> error = event.object("error"_L1)) {
                const Fields errorFields(*error, event.pathOf("error"_L1), warnings);
                entry.errorCode = errorFields.string("code"_L1);
                entry.errorMessage = errorFields.string("message"_L1);
                entry.errorType = errorFields.string("type"_L1);
            }
        }
        events.append(std::move(entry));
    }
    // Latest last; undated events keep their order among themselves and go last.
    std::stable_sort(events.begin(), events.end(), [](const TransactionEvent &a, const TransactionEvent &b) {
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        return a.createdAt.isValid() && a.createdAt < b.createdAt;
    });
    return events;
}

TransactionCard readCard(const Fields &card)
{
    TransactionCard result;
    result.brand = card.string("brand"_L1);
    result.maskedPan = card.string("masked_pan"_L1);
    result.expiryDate = card.string("expiry_date"_L1);
    result.type = card.string("type"_L1);
    result.country = card.string("country"_L1);
    result.issuingBank = card.string("issuing_bank"_L1);
    result.paymentToken = card.string("payment_token"_L1);
    result.paymentTokenId = card.string("payment_token_id"_L1);
    result.recurrenceToken = card.string("recurrence_token"_L1);
    return result;
}

} // namespace

TransactionStatus transactionStatusFromKey(const QString &key)
{
    if (key.isEmpty() || key == "UNKNOWN"_L1)
        return TransactionStatus::Unknown;
    for (const StatusKey &entry : statusKeys) {
        if (key == entry.key)
            return entry.status;
    }
    return TransactionStatus::Other;
}

QString transactionStatusKey(TransactionStatus status)
{
    for (const StatusKey &entry : statusKeys) {
        if (entry.status == status)
            return QString(entry.key);
    }
    return {};
}

QString transactionStatusText(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Unknown:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Unknown");
    case TransactionStatus::Initiated:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Initiated");
    case TransactionStatus::Authorized:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Authorized");
    case TransactionStatus::AuthorizationVoided:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Authorization voided");
    case TransactionStatus::Captured:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Captured");
    case TransactionStatus::PartiallyCaptured:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Partially captured");
    case TransactionStatus::PartiallyCapturedRefunded:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Partially captured and refunded");
    case TransactionStatus::Refunded:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Refunded");
    case TransactionStatus::PartiallyRefunded:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Partially refunded");
    case TransactionStatus::Declined:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Declined");
    case TransactionStatus::Failed:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Failed");
    case TransactionStatus::OnHold:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "On hold");
    case TransactionStatus::Other:
        return QCoreApplication::translate("Dintero::Core::TransactionStatus", "Other");
    }
    return {};
}

std::optional<Transaction> Transaction::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue idValue = object.value("id"_L1);
    if (!idValue.isString() || idValue.toString().isEmpty()) {
        if (error) {
            *error = idValue.isUndefined() || idValue.isNull()
                ? QStringLiteral("transaction: required field \"id\" is missing or null")
                : QStringLiteral("transaction: field \"id\" must be a non-empty string");
        }
        return std::nullopt;
    }

    Transaction t;
    t.id = idValue.toString();
    t.json = object;
    const Fields top(object, {}, &t.warnings);
    t.paymentProduct = top.string("payment_product"_L1);
    t.paymentProductType = top.string("payment_product_type"_L1);
    t.amount.minorUnits = top.integer("amount"_L1).value_or(0);
    t.amount.currency = top.string("currency"_L1).trimmed().toUpper();
    t.statusText = top.string("status"_L1);
    t.status = transactionStatusFromKey(t.statusText);
    t.sessionId = top.string("session_id"_L1);
    t.merchantReference = top.string("merchant_reference"_L1);
    t.merchantReference2 = top.string("merchant_reference_2"_L1);
    if (const std::optional<QJsonObject> store = top.object("store"_L1))
        t.storeId = Fields(*store, QStringLiteral("store"), &t.warnings).string("id"_L1);
    t.createdAt = top.dateTime("created_at"_L1);
    t.updatedAt = top.dateTime("updated_at"_L1);
    t.events = readEvents(top.array("events"_L1), &t.warnings);
    if (const std::optional<QJsonObject> card = top.object("card"_L1))
        t.card = readCard(Fields(*card, QStringLiteral("card"), &t.warnings));
    t.metadata = top.object("metadata"_L1).value_or(QJsonObject());
    return t;
}

} // namespace Dintero::Core
