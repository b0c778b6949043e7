#include "models/sessiontimeline.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace Dintero::Models {

namespace {

// The error of a session event's details: a string, or an object with code/message.
QString errorText(const QJsonValue &error)
{
    if (error.isString())
        return error.toString();
    if (!error.isObject())
        return {};
    const QJsonObject object = error.toObject();
    const QString code = object.value(QLatin1String("code")).toString();
    const QString message = object.value(QLatin1String("message")).toString();
    if (!code.isEmpty() && !message.isEmpty())
        return code + QLatin1String(": ") + message;
    return code.isEmpty() ? message : code;
}

bool isFailureName(const QString &name)
{
    return name == QLatin1String("DECLINED") || name == QLatin1String("FAILED") || name == QLatin1String("PAY_FAILED")
        || name == QLatin1String("UNKNOWN");
}

} // namespace

QString SessionTimeline::sessionDetails(const QJsonObject &details, const QString &currency, const QLocale &locale)
{
    QStringList parts;
    const QJsonValue amount = details.value(QLatin1String("amount"));
    if (amount.isDouble())
        parts << tr("Amount %1").arg(Core::formatMoney({ qint64(amount.toDouble()), currency }, locale));
    const QString productType = details.value(QLatin1String("payment_product_type")).toString();
    if (!productType.isEmpty())
        parts << tr("Payment product %1").arg(productType);
    const QString error = errorText(details.value(QLatin1String("error")));
    if (!error.isEmpty())
        parts << tr("Error %1").arg(error);
    return parts.join(QLatin1String("; "));
}

QString SessionTimeline::transactionDetails(
    const Core::TransactionEvent &event, const QString &currency, const QLocale &locale)
{
    QStringList parts;
    if (event.amount)
        parts << tr("Amount %1").arg(Core::formatMoney({ *event.amount, currency }, locale));
    if (!event.transactionStatus.isEmpty())
        parts << tr("Status after: %1").arg(event.transactionStatus);
    if (!event.success) {
        QString error = event.errorCode;
        if (!event.errorMessage.isEmpty())
            error = error.isEmpty() ? event.errorMessage : error + QLatin1String(": ") + event.errorMessage;
        if (!error.isEmpty())
            parts << tr("Error %1").arg(error);
    }
    if (!event.createdBy.isEmpty())
        parts << tr("By %1").arg(event.createdBy);
    return parts.join(QLatin1String("; "));
}

QString SessionTimeline::sessionEventTitle(const QString &name)
{
    static const QHash<QString, const char *> titles {
        { QStringLiteral("INITIATED"), QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Session created") },
        { QStringLiteral("VISITED"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Customer opened the payment page") },
        { QStringLiteral("COMPLETED"), QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Payment completed") },
        { QStringLiteral("AUTHORIZED"), QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Payment authorized") },
        { QStringLiteral("DECLINED"), QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Payment declined") },
        { QStringLiteral("PAY_LOCK_START"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Customer on the payment page") },
        { QStringLiteral("PAY_LOCK_META"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Payment attempt details") },
        { QStringLiteral("PAY_LOCK_END"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Customer left the payment page") },
        { QStringLiteral("PAY_FAILED"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Payment attempt failed") },
        { QStringLiteral("ON_HOLD_CALLBACK_SENT"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "On-hold notice sent to the merchant") },
        { QStringLiteral("AUTH_CALLBACK_SENT"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Authorization notice sent to the merchant") },
        { QStringLiteral("FAILED"), QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Payment failed") },
        { QStringLiteral("UNKNOWN"), QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Payment outcome unknown") },
        { QStringLiteral("PAYMENT_TOKEN_FLOW_START"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Card saving started") },
        { QStringLiteral("UPDATE_SESSION"), QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Session updated") },
        { QStringLiteral("CANCELLED"), QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Session cancelled") },
        { QStringLiteral("SET_BILLING_ADDRESS"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Billing address entered") },
        { QStringLiteral("SET_DISCOUNT_CODES"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Discount codes entered") },
        { QStringLiteral("SET_SHIPPING_ADDRESS"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Shipping address entered") },
        { QStringLiteral("SET_SHIPPING_OPTION"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Shipping option chosen") },
        { QStringLiteral("SET_GIFT_CARD"), QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Gift card added") },
        { QStringLiteral("PUSH_NOTIFICATION_SENT"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Push notification sent") },
        { QStringLiteral("SECRET_CONFIRMATION_CODE_SENT"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Confirmation code sent") },
        { QStringLiteral("SET_MY_DINTERO"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "My Dintero chosen") },
        { QStringLiteral("ADD_PAYMENT_INFORMATION"),
            QT_TRANSLATE_NOOP("Dintero::Models::SessionTimeline", "Payment information added") },
    };
    const auto it = titles.constFind(name);
    return it == titles.constEnd() ? name : tr(it.value());
}

QString SessionTimeline::transactionEventTitle(const QString &name, bool success)
{
    if (name == QLatin1String("INITIALIZE"))
        return success ? tr("Transaction started") : tr("Transaction start failed");
    if (name == QLatin1String("AUTHORIZE"))
        return success ? tr("Amount reserved (authorized)") : tr("Authorization failed");
    if (name == QLatin1String("CAPTURE"))
        return success ? tr("Amount captured") : tr("Capture failed");
    if (name == QLatin1String("REFUND"))
        return success ? tr("Amount refunded") : tr("Refund failed");
    if (name == QLatin1String("VOID"))
        return success ? tr("Reservation released (voided)") : tr("Void failed");
    if (name == QLatin1String("INITIATE_REFUND"))
        return success ? tr("Refund requested") : tr("Refund request failed");
    if (name == QLatin1String("INITIATE_VOID"))
        return success ? tr("Void requested") : tr("Void request failed");
    if (name == QLatin1String("INITIATE_CAPTURE"))
        return success ? tr("Capture requested") : tr("Capture request failed");
    if (name == QLatin1String("SETTLEMENT"))
        return success ? tr("Settled to the merchant") : tr("Settlement failed");
    return success ? name : tr("%1 (failed)").arg(name);
}

QString SessionTimeline::durationText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const int hours = int(seconds / 3600);
    const int minutes = int(seconds % 3600 / 60);
    const int rest = int(seconds % 60);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(rest);
    return tr("%1 s").arg(rest);
}

QList<TimelineEntry> SessionTimeline::build(
    const Core::Session &session, const std::optional<Core::Transaction> &transaction, const QLocale &locale)
{
    QList<TimelineEntry> entries;
    const QString currency = session.amount().currency;
    const QList<Core::SessionEvent> events = session.events(); // sorted by time
    entries.reserve(events.size() + (transaction ? transaction->events.size() : 0));

    qsizetype openSpan = -1; // index in entries of the span waiting for its PAY_LOCK_END
    for (const Core::SessionEvent &event : events) {
        if (event.name == QLatin1String("PAY_LOCK_END") && openSpan >= 0) {
            TimelineEntry &span = entries[openSpan];
            span.end = event.createdAt;
            const QString extra = sessionDetails(event.details, currency, locale);
            if (!extra.isEmpty())
                span.details = span.details.isEmpty() ? extra : span.details + QLatin1String("; ") + extra;
            openSpan = -1;
            continue;
        }
        TimelineEntry entry;
        entry.time = event.createdAt;
        entry.name = event.name;
        entry.title = sessionEventTitle(event.name);
        entry.details = sessionDetails(event.details, currency, locale);
        entry.failure = isFailureName(event.name);
        if (event.name == QLatin1String("PAY_LOCK_START")) {
            // A second start before an end leaves the first one open: the page was left
            // without the end being recorded.
            entry.kind = TimelineEntry::Kind::PaymentPageSpan;
            openSpan = entries.size();
        }
        entries.append(std::move(entry));
    }

    if (transaction) {
        const QString transactionCurrency
            = transaction->amount.currency.isEmpty() ? currency : transaction->amount.currency;
        for (const Core::TransactionEvent &event : transaction->events) {
            TimelineEntry entry;
            entry.time = event.createdAt;
            entry.source = TimelineEntry::Source::Transaction;
            entry.name = event.event;
            entry.title = transactionEventTitle(event.event, event.success);
            entry.details = transactionDetails(event, transactionCurrency, locale);
            entry.failure = !event.success;
            entries.append(std::move(entry));
        }
    }

    // Oldest first; session before transaction at the same moment; undated last.
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.time.isValid() != b.time.isValid())
            return a.time.isValid();
        return a.time < b.time;
    });
    return entries;
}

SessionTimelineModel::SessionTimelineModel(QObject *parent) : QAbstractTableModel(parent) { }

SessionTimelineModel::~SessionTimelineModel() = default;

void SessionTimelineModel::setEntries(QList<TimelineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const QList<TimelineEntry> &SessionTimelineModel::entries() const
{
    return m_entries;
}

int SessionTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SessionTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.isValid() ? locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat) : QString();
        case SourceColumn:
            return entry.source == TimelineEntry::Source::Session ? tr("Session") : tr("Transaction");
        case EventColumn:
            return entry.title;
        case DetailsColumn: {
            if (entry.kind != TimelineEntry::Kind::PaymentPageSpan)
                return entry.details;
            QString span;
            if (entry.isOpenSpan()) {
                span = tr("Still open (no end recorded)");
            } else {
                const qint64 seconds = entry.time.isValid() ? entry.time.secsTo(entry.end) : 0;
                span = tr("Until %1 (%2)")
                           .arg(locale.toString(entry.end.toLocalTime().time(), QLocale::LongFormat),
                               SessionTimeline::durationText(seconds));
            }
            return entry.details.isEmpty() ? span : span + QLatin1String("; ") + entry.details;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && entry.time.isValid())
            return entry.time.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == EventColumn)
            return entry.name;
        return {};
    case TimeRole:
        return entry.time;
    case FailureRole:
        return entry.failure;
    case NameRole:
        return entry.name;
    default:
        return {};
    }
}

QVariant SessionTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        return tr("Source");
    case EventColumn:
        return tr("Event");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Dintero::Models
