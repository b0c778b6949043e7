#include "core/session.h"

#include "core/session_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Dintero::Core {

namespace {

bool isFailureEvent(const QString &name)
{
    return name == QLatin1String("FAILED") || name == QLatin1String("DECLINED") || name == QLatin1String("UNKNOWN");
}

// Customer-side activity that means somebody is working on the checkout (§6 "In progress").
bool isProgressEvent(const QString &name)
{
    static const QLatin1StringView names[] = {
        QLatin1StringView("VISITED"),
        QLatin1StringView("PAY_LOCK_START"),
        QLatin1StringView("PAY_LOCK_META"),
        QLatin1StringView("PAY_LOCK_END"),
        QLatin1StringView("PAY_FAILED"),
        QLatin1StringView("SET_BILLING_ADDRESS"),
        QLatin1StringView("SET_SHIPPING_ADDRESS"),
        QLatin1StringView("SET_SHIPPING_OPTION"),
        QLatin1StringView("SET_DISCOUNT_CODES"),
        QLatin1StringView("SET_GIFT_CARD"),
        QLatin1StringView("ADD_PAYMENT_INFORMATION"),
        QLatin1StringView("PAYMENT_TOKEN_FLOW_START"),
    };
    return std::any_of(std::begin(names), std::end(names), [&name](QLatin1StringView n) { return name == n; });
}

} // namespace

Session::Session() : d(new Data) { }

Session::Session(const Session &other) = default;
Session::Session(Session &&other) noexcept = default;
Session &Session::operator=(const Session &other) = default;
Session &Session::operator=(Session &&other) noexcept = default;
Session::~Session() = default;

std::optional<Session> Session::fromJson(const QJsonObject &object, QString *error)
{
    const Internal::QtSource top { QJsonValue(object) };
    std::optional<QString> id = Internal::idOf(top, error);
    if (!id)
        return std::nullopt;
    Session session;
    Data &data = *session.d;
    data.json.reset(object);
    Internal::fill(data, top, std::move(*id));
    return session;
}

QList<Session> Session::listFromJson(const QJsonDocument &document, QString *error)
{
    if (error)
        error->clear();
    if (!document.isArray()) {
        if (error)
            *error = QStringLiteral("session list: the top level must be an array");
        return {};
    }
    const QJsonArray array = document.array();
    QList<Session> sessions;
    sessions.reserve(array.size());
    QStringList problems;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            problems.append(QStringLiteral("[%1]: expected an object").arg(i));
            continue;
        }
        QString problem;
        if (std::optional<Session> session = fromJson(value.toObject(), &problem))
            sessions.append(std::move(*session));
        else
            problems.append(QStringLiteral("[%1] %2").arg(i).arg(problem));
    }
    if (error && !problems.isEmpty())
        *error = QStringLiteral("session list: skipped %1 element(s): ").arg(problems.size())
            + problems.join(QLatin1String("; "));
    return sessions;
}

QString Session::id() const
{
    return d->id;
}
QDateTime Session::createdAt() const
{
    return d->createdAt;
}
QDateTime Session::updatedAt() const
{
    return d->updatedAt;
}
QDateTime Session::expiresAt() const
{
    return d->expiresAt;
}
QDateTime Session::cancelledAt() const
{
    return d->cancelledAt;
}
QString Session::cancelledBy() const
{
    return d->cancelledBy;
}
QString Session::transactionId() const
{
    return d->transactionId;
}
QString Session::merchantReference() const
{
    return d->merchantReference;
}
QString Session::merchantReference2() const
{
    return d->merchantReference2;
}
bool Session::hasAmount() const
{
    return d->amount.has_value();
}
Money Session::amount() const
{
    return Money { d->amount.value_or(0), d->currency };
}
bool Session::hasVatAmount() const
{
    return d->vatAmount.has_value();
}
Money Session::vatAmount() const
{
    return Money { d->vatAmount.value_or(0), d->currency };
}
QString Session::customerId() const
{
    return d->customerId;
}
QString Session::customerEmail() const
{
    return d->customerEmail;
}
QString Session::customerPhone() const
{
    return d->customerPhone;
}
QString Session::customerName() const
{
    return d->customerName;
}
QString Session::storeId() const
{
    return d->storeId;
}
QString Session::storeName() const
{
    return d->storeName;
}
QList<SessionItem> Session::items() const
{
    return d->items;
}
QList<SessionEvent> Session::events() const
{
    return d->events;
}
namespace {
QUrl toUrl(const QString &text)
{
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}
} // namespace

QUrl Session::returnUrl() const
{
    return toUrl(d->returnUrl);
}
QUrl Session::callbackUrl() const
{
    return toUrl(d->callbackUrl);
}
QUrl Session::merchantTermsUrl() const
{
    return toUrl(d->merchantTermsUrl);
}
QString Session::paymentOperation() const
{
    return d->paymentOperation;
}
QJsonObject Session::metadata() const
{
    return json().value(QLatin1String("metadata")).toObject();
}
QStringList Session::warnings() const
{
    return d->warnings;
}
QByteArray Session::rawJson() const
{
    if (std::optional<QByteArray> raw = d->json.raw())
        return *std::move(raw);
    return QJsonDocument(d->json.get()).toJson(QJsonDocument::Compact);
}

const QJsonObject &Session::json() const
{
    return d->json.get();
}

bool Session::isPaymentTokenSession() const
{
    return d->paymentOperation == QLatin1String("generate_payment_token");
}

SessionStatus Session::status(const QDateTime &now) const
{
    const QList<SessionEvent> &events = d->events;
    const auto has = [&events](QLatin1StringView name) {
        return std::any_of(events.cbegin(), events.cend(), [name](const SessionEvent &e) { return e.name == name; });
    };

    // 1. Cancelled
    if (d->cancelledAt.isValid() || has(QLatin1String("CANCELLED")))
        return SessionStatus::Cancelled;

    // 2. On hold: the latest ON_HOLD_CALLBACK_SENT has no AUTHORIZED/FAILED/DECLINED after it.
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (events.at(i).name != QLatin1String("ON_HOLD_CALLBACK_SENT"))
            continue;
        const bool settled = std::any_of(events.cbegin() + i + 1, events.cend(), [](const SessionEvent &e) {
            return e.name == QLatin1String("AUTHORIZED") || e.name == QLatin1String("FAILED")
                || e.name == QLatin1String("DECLINED");
        });
        if (!settled)
            return SessionStatus::OnHold;
        break;
    }

    // 3. Paid / authorized. With no AUTHORIZED/COMPLETED event the only terminal events
    // left are failures, so "no failure after the transaction" means no failure event.
    const bool anyFailure
        = std::any_of(events.cbegin(), events.cend(), [](const SessionEvent &e) { return isFailureEvent(e.name); });
    if (has(QLatin1String("AUTHORIZED")) || has(QLatin1String("COMPLETED")))
        return SessionStatus::Authorized;
    if (!d->transactionId.isEmpty() && !anyFailure)
        return SessionStatus::Authorized;

    // 4. Failed: the last terminal event is a failure (no success events remain here).
    if (anyFailure)
        return SessionStatus::Failed;

    // 5. Expired
    if (d->expiresAt.isValid() && now.isValid() && d->expiresAt < now)
        return SessionStatus::Expired;

    // 6. In progress
    if (std::any_of(events.cbegin(), events.cend(), [](const SessionEvent &e) { return isProgressEvent(e.name); }))
        return SessionStatus::InProgress;

    // 7. Open
    return SessionStatus::Open;
}

bool Session::canOfferCancel() const
{
    // §6: enabled while cancelled_at is absent. Whether the transaction still allows a
    // cancel is only known to the transactions API; the server answers 400 if not.
    if (d->cancelledAt.isValid())
        return false;
    return std::none_of(d->events.cbegin(), d->events.cend(),
        [](const SessionEvent &e) { return e.name == QLatin1String("CANCELLED"); });
}

} // namespace Dintero::Core
