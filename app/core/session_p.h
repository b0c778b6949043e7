#pragma once

// Internal to the core library: a session's data and the field mapping of §5, written
// once for both readers (a QJsonObject in session.cpp, a list page in sessionpage.cpp).

#include "core/isodatetime.h"
#include "core/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSharedData>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Dintero::Core {

namespace Internal {

// The bytes of each element of the top-level array of `json`, a text simdjson accepted
// (sessionpage.cpp).
std::vector<QByteArrayView> arrayElementTexts(QByteArrayView json);

// A list page's bytes, shared by its sessions. Where each element lies is found once,
// when the first session asks for its bytes: reading a page for the table never does.
class PageText
{
public:
    explicit PageText(QByteArray bytes) : m_bytes(std::move(bytes)) { }

    QByteArray element(qsizetype index) const
    {
        std::call_once(m_split, [this] { m_elements = arrayElementTexts(m_bytes); });
        if (index < 0 || size_t(index) >= m_elements.size())
            return {};
        const QByteArrayView text = m_elements[size_t(index)];
        return QByteArray(text.data(), text.size());
    }

private:
    const QByteArray m_bytes;
    mutable std::once_flag m_split;
    mutable std::vector<QByteArrayView> m_elements;
};

// The raw object of a session: either the QJsonObject it was read from, or its element
// of a list page, parsed on first use.
class LazyObject
{
public:
    LazyObject() = default;
    LazyObject(const LazyObject &other) : m_index(other.m_index)
    {
        std::lock_guard lock(other.m_mutex);
        m_page = other.m_page;
        m_object = other.m_object;
        m_ready = other.m_ready;
    }
    LazyObject &operator=(const LazyObject &) = delete;

    void reset(QJsonObject object)
    {
        m_page.reset();
        m_object = std::move(object);
        m_ready = true;
    }
    void reset(std::shared_ptr<const PageText> page, qsizetype index)
    {
        m_page = std::move(page);
        m_index = index;
        m_object = {};
        m_ready = false;
    }

    const QJsonObject &get() const
    {
        std::lock_guard lock(m_mutex);
        if (!m_ready) {
            m_object = QJsonDocument::fromJson(m_page->element(m_index)).object();
            m_page.reset(); // the page can go once every session of it was looked at
            m_ready = true;
        }
        return m_object;
    }

    // The bytes of a session read from a list page, while json() has not been asked for.
    std::optional<QByteArray> raw() const
    {
        std::lock_guard lock(m_mutex);
        if (m_ready)
            return std::nullopt;
        return m_page->element(m_index);
    }

private:
    mutable std::shared_ptr<const PageText> m_page;
    qsizetype m_index = 0;
    mutable QJsonObject m_object;
    mutable bool m_ready = false;
    mutable std::mutex m_mutex;
};

} // namespace Internal

class Session::Data : public QSharedData
{
public:
    Internal::LazyObject json;
    QStringList warnings;

    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
    QDateTime cancelledAt;
    QString cancelledBy;
    QString transactionId;
    QString paymentOperation;

    QString merchantReference;
    QString merchantReference2;
    QString currency;
    std::optional<qint64> amount;
    std::optional<qint64> vatAmount;

    QString customerId;
    QString customerEmail;
    QString customerPhone;
    QString customerName;

    QString storeId;
    QString storeName;

    QList<SessionItem> items;
    QList<SessionEvent> events;

    // Kept as text: a QUrl is built when asked for (parsing three per session would
    // be a large part of reading a page).
    QString returnUrl;
    QString callbackUrl;
    QString merchantTermsUrl;
};

namespace Internal {

using namespace Qt::Literals::StringLiterals;

// Where a field is, for warnings; only turned into text when a warning is written.
struct Path
{
    const Path *parent = nullptr;
    QLatin1StringView name; // member name; empty for an array element
    qsizetype index = -1;

    QString toString() const
    {
        QString prefix = parent ? parent->toString() : QString();
        if (name.isEmpty())
            return prefix + u'[' + QString::number(index) + u']';
        return prefix.isEmpty() ? QString(name) : prefix + u'.' + name;
    }
};

// A QJsonValue as a source of the field mapping below. The list-page reader has its own
// source with the same interface (sessionpage.cpp).
class QtSource
{
public:
    explicit QtSource(QJsonValue value) : m_value(std::move(value)) { }
    bool isAbsent() const { return m_value.isUndefined() || m_value.isNull(); }
    bool isString() const { return m_value.isString(); }
    bool isNumber() const { return m_value.isDouble(); }
    bool isObject() const { return m_value.isObject(); }
    bool isArray() const { return m_value.isArray(); }
    QString toString() const { return m_value.toString(); }
    double toDouble() const { return m_value.toDouble(); }
    QJsonObject toObject() const { return m_value.toObject(); }
    QtSource absent() const { return QtSource(QJsonValue(QJsonValue::Undefined)); }
    QDateTime toDateTime() const { return parseIsoDateTime(m_value.toString()); }
    QString toKnownString(const QList<QString> &) const { return m_value.toString(); }
    QtSource member(QLatin1StringView key) const { return QtSource(m_value.toObject().value(key)); }
    template <typename F> void forEach(F f) const
    {
        const QJsonArray array = m_value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            f(i, QtSource(array.at(i)));
    }

private:
    QJsonValue m_value;
};

// Reads the optional fields of one object and notes wrongly typed ones.
template <typename Source> class FieldReader
{
public:
    FieldReader(Source object, const Path *path, QStringList *warnings)
        : m_object(std::move(object)), m_path(path), m_warnings(warnings)
    { }

    Source value(QLatin1StringView key) const { return m_object.member(key); }

    QString string(QLatin1StringView key) const
    {
        const Source value = m_object.member(key);
        if (value.isString())
            return value.toString();
        if (!value.isAbsent())
            warn(key, "a string");
        return {};
    }

    // A string that is usually one of a few known values (event names, currencies).
    QString knownString(QLatin1StringView key, const QList<QString> &known) const
    {
        const Source value = m_object.member(key);
        if (value.isString())
            return value.toKnownString(known);
        if (!value.isAbsent())
            warn(key, "a string");
        return {};
    }

    QDateTime dateTime(QLatin1StringView key) const
    {
        const Source value = m_object.member(key);
        if (value.isString()) {
            QDateTime result = value.toDateTime();
            if (!result.isValid())
                warn(key, "an ISO-8601 date-time");
            return result;
        }
        if (!value.isAbsent())
            warn(key, "an ISO-8601 date-time");
        return {};
    }

    std::optional<qint64> integer(QLatin1StringView key) const
    {
        const Source value = m_object.member(key);
        if (value.isNumber()) {
            const double number = value.toDouble();
            // Below 2^53 in magnitude, where a double holds every integer exactly: 2^53
            // itself is also what 2^53 + 1 rounds to, so it cannot be trusted.
            if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
                return qint64(number);
        }
        if (!value.isAbsent())
            warn(key, "an integer");
        return std::nullopt;
    }

    double number(QLatin1StringView key) const
    {
        const Source value = m_object.member(key);
        if (value.isNumber())
            return value.toDouble();
        if (!value.isAbsent())
            warn(key, "a number");
        return 0;
    }

    // The member if it is an object (absent otherwise, with a warning when wrongly typed).
    Source object(QLatin1StringView key) const { return typed(key, &Source::isObject, "an object"); }
    Source array(QLatin1StringView key) const { return typed(key, &Source::isArray, "an array"); }

    void warn(QLatin1StringView key, const char *expected) const
    {
        if (m_warnings) {
            const Path field { m_path, key };
            m_warnings->append(field.toString() + QLatin1String(": expected ") + QLatin1String(expected));
        }
    }

private:
    Source typed(QLatin1StringView key, bool (Source::*check)() const, const char *expected) const
    {
        Source value = m_object.member(key);
        if ((value.*check)())
            return value;
        if (!value.isAbsent())
            warn(key, expected);
        return m_object.absent();
    }

    Source m_object;
    const Path *m_path;
    QStringList *m_warnings;
};

template <typename Source> QString fullName(const Source &address)
{
    const QString first = address.member("first_name"_L1).toString().trimmed();
    const QString last = address.member("last_name"_L1).toString().trimmed();
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    return first + u' ' + last;
}

// Values that repeat in every page; reading them as shared static strings saves an
// allocation each.
inline const QList<QString> &knownEventNames()
{
    static const QList<QString> names {
        QStringLiteral("INITIATED"),
        QStringLiteral("VISITED"),
        QStringLiteral("COMPLETED"),
        QStringLiteral("AUTHORIZED"),
        QStringLiteral("DECLINED"),
        QStringLiteral("PAY_LOCK_START"),
        QStringLiteral("PAY_LOCK_META"),
        QStringLiteral("PAY_LOCK_END"),
        QStringLiteral("PAY_FAILED"),
        QStringLiteral("ON_HOLD_CALLBACK_SENT"),
        QStringLiteral("AUTH_CALLBACK_SENT"),
        QStringLiteral("FAILED"),
        QStringLiteral("UNKNOWN"),
        QStringLiteral("PAYMENT_TOKEN_FLOW_START"),
        QStringLiteral("UPDATE_SESSION"),
        QStringLiteral("CANCELLED"),
        QStringLiteral("SET_BILLING_ADDRESS"),
        QStringLiteral("SET_DISCOUNT_CODES"),
        QStringLiteral("SET_SHIPPING_ADDRESS"),
        QStringLiteral("SET_SHIPPING_OPTION"),
        QStringLiteral("SET_GIFT_CARD"),
        QStringLiteral("PUSH_NOTIFICATION_SENT"),
        QStringLiteral("SECRET_CONFIRMATION_CODE_SENT"),
        QStringLiteral("SET_MY_DINTERO"),
        QStringLiteral("ADD_PAYMENT_INFORMATION"),
    };
    return names;
}

inline const QList<QString> &knownCurrencies()
{
    static const QList<QString> codes { QStringLiteral("NOK"), QStringLiteral("SEK"), QStringLiteral("DKK"),
        QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP") };
    return codes;
}

inline const QList<QString> &knownItemTypes()
{
    static const QList<QString> types { QStringLiteral("physical"), QStringLiteral("digital"),
        QStringLiteral("service"), QStringLiteral("gift_card"), QStringLiteral("shipping"),
        QStringLiteral("surcharge") };
    return types;
}

inline const QList<QString> &knownPaymentOperations()
{
    static const QList<QString> operations { QStringLiteral("unscheduled_purchase"),
        QStringLiteral("recurring_purchase"), QStringLiteral("generate_payment_token") };
    return operations;
}

// The field mapping of §5, for either source. Members are read in alphabetical order,
// the order Dintero's (and the sandbox's) serializer writes them, so that the tape's
// lookups hit on the first comparison.
template <typename Source> void fill(Session::Data &s, const Source &topValue, QString id)
{
    QStringList *warnings = &s.warnings;
    s.id = std::move(id);

    const FieldReader<Source> top(topValue, nullptr, warnings);
    s.cancelledAt = top.dateTime("cancelled_at"_L1);
    s.cancelledBy = top.string("cancelled_by"_L1);
    s.createdAt = top.dateTime("created_at"_L1);
    const Source customerValue = top.object("customer"_L1);
    const Source eventsValue = top.array("events"_L1);
    s.expiresAt = top.dateTime("expires_at"_L1);
    top.object("metadata"_L1); // type check only; metadata() reads json() when asked
    const Source orderValue = top.object("order"_L1);
    s.paymentOperation = top.knownString("payment_operation"_L1, knownPaymentOperations());
    s.transactionId = top.string("transaction_id"_L1);
    s.updatedAt = top.dateTime("updated_at"_L1);
    const Source urlValue = top.object("url"_L1);

    const Path customerPath { nullptr, "customer"_L1 };
    const FieldReader<Source> customer(customerValue, &customerPath, warnings);
    s.customerId = customer.string("customer_id"_L1);
    s.customerEmail = customer.string("email"_L1);
    s.customerPhone = customer.string("phone_number"_L1);

    const Path eventsPath { nullptr, "events"_L1 };
    eventsValue.forEach([&](qsizetype i, const Source &value) {
        const Path path { &eventsPath, {}, i };
        if (!value.isObject()) {
            warnings->append(path.toString() + QLatin1String(": expected an object"));
            return;
        }
        const FieldReader<Source> event(value, &path, warnings);
        SessionEvent entry;
        entry.createdAt = event.dateTime("created_at"_L1);
        entry.details = event.object("details"_L1).toObject();
        entry.id = event.string("id"_L1);
        entry.name = event.knownString("name"_L1, knownEventNames());
        s.events.append(std::move(entry));
    });
    // "Last" means latest (§6): order by created_at; undated events keep their place
    // among themselves and go last.
    std::stable_sort(s.events.begin(), s.events.end(), [](const SessionEvent &a, const SessionEvent &b) {
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        return a.createdAt.isValid() && a.createdAt < b.createdAt;
    });

    const Path orderPath { nullptr, "order"_L1 };
    const FieldReader<Source> order(orderValue, &orderPath, warnings);
    s.amount = order.integer("amount"_L1);
    const Source billing = order.object("billing_address"_L1);
    s.currency = order.knownString("currency"_L1, knownCurrencies());
    if (!knownCurrencies().contains(s.currency))
        s.currency = s.currency.trimmed().toUpper();
    const Source itemsValue = order.array("items"_L1);
    s.merchantReference = order.string("merchant_reference"_L1);
    s.merchantReference2 = order.string("merchant_reference_2"_L1);
    const Source shipping = order.object("shipping_address"_L1);
    const Source storeValue = order.object("store"_L1);
    s.vatAmount = order.integer("vat_amount"_L1);

    s.customerName = fullName(billing);
    if (s.customerName.isEmpty())
        s.customerName = fullName(shipping);

    const Path itemsPath { &orderPath, "items"_L1 };
    itemsValue.forEach([&](qsizetype i, const Source &value) {
        const Path path { &itemsPath, {}, i };
        if (!value.isObject()) {
            warnings->append(path.toString() + QLatin1String(": expected an object"));
            return;
        }
        const FieldReader<Source> item(value, &path, warnings);
        SessionItem line;
        line.amount = item.integer("amount"_L1).value_or(0);
        line.description = item.string("description"_L1);
        line.id = item.string("id"_L1);
        line.lineId = item.string("line_id"_L1);
        line.quantity = item.number("quantity"_L1);
        line.type = item.knownString("type"_L1, knownItemTypes());
        line.vat = item.number("vat"_L1);
        line.vatAmount = item.integer("vat_amount"_L1).value_or(0);
        s.items.append(std::move(line));
    });

    const Path storePath { &orderPath, "store"_L1 };
    const FieldReader<Source> store(storeValue, &storePath, warnings);
    s.storeId = store.string("id"_L1);
    s.storeName = store.string("name"_L1);

    const Path urlPath { nullptr, "url"_L1 };
    const FieldReader<Source> urls(urlValue, &urlPath, warnings);
    s.callbackUrl = urls.string("callback_url"_L1);
    s.merchantTermsUrl = urls.string("merchant_terms_url"_L1);
    s.returnUrl = urls.string("return_url"_L1);
}

template <typename Source> std::optional<QString> idOf(const Source &object, QString *error)
{
    const Source value = object.member("id"_L1);
    if (value.isString()) {
        QString id = value.toString();
        if (!id.isEmpty())
            return id;
    }
    if (error) {
        *error = value.isAbsent() ? QStringLiteral("session: required field \"id\" is missing or null")
                                  : QStringLiteral("session: field \"id\" must be a non-empty string");
    }
    return std::nullopt;
}

} // namespace Internal

} // namespace Dintero::Core
