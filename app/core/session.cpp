#include "core/session.h"

#include "core/isodatetime.h"
#include "core/jsontape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSharedData>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace Dintero::Core {

namespace {

// The raw object of a session: either the QJsonObject it was read from, or its bytes in
// a list page (shared with the other sessions of that page), parsed on first use.
class LazyObject
{
public:
    LazyObject() = default;
    explicit LazyObject(QJsonObject object) : m_object(std::move(object)), m_ready(true) { }
    LazyObject(QByteArray page, qsizetype begin, qsizetype length)
        : m_page(std::move(page)), m_begin(begin), m_length(length)
    { }
    LazyObject(const LazyObject &other) : m_page(other.m_page), m_begin(other.m_begin), m_length(other.m_length)
    {
        std::lock_guard lock(other.m_mutex);
        m_object = other.m_object;
        m_ready = other.m_ready;
    }
    LazyObject &operator=(const LazyObject &) = delete;

    void reset(QJsonObject object)
    {
        m_page.clear();
        m_object = std::move(object);
        m_ready = true;
    }
    void reset(QByteArray page, qsizetype begin, qsizetype length)
    {
        m_page = std::move(page);
        m_begin = begin;
        m_length = length;
        m_object = {};
        m_ready = false;
    }

    const QJsonObject &get() const
    {
        std::lock_guard lock(m_mutex);
        if (!m_ready) {
            m_object = QJsonDocument::fromJson(QByteArray(m_page.constData() + m_begin, m_length)).object();
            m_page.clear(); // the page can go once every session of it was looked at
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
        return QByteArray(m_page.constData() + m_begin, m_length);
    }

private:
    mutable QByteArray m_page;
    qsizetype m_begin = 0;
    qsizetype m_length = 0;
    mutable QJsonObject m_object;
    mutable bool m_ready = false;
    mutable std::mutex m_mutex;
};

} // namespace

class Session::Data : public QSharedData
{
public:
    LazyObject json;
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

namespace {

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

// The two JSON sources a session is read from, behind one small interface, so that the
// field mapping below exists once.
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

class TapeSource
{
public:
    TapeSource(const JsonTape *tape, int index) : m_tape(tape), m_index(index) { }
    bool isAbsent() const { return m_index < 0 || m_tape->type(m_index) == JsonTape::Type::Null; }
    bool isString() const { return is(JsonTape::Type::String); }
    bool isNumber() const { return is(JsonTape::Type::Number); }
    bool isObject() const { return is(JsonTape::Type::Object); }
    bool isArray() const { return is(JsonTape::Type::Array); }
    QString toString() const { return isString() ? m_tape->string(m_index) : QString(); }
    double toDouble() const { return isNumber() ? m_tape->number(m_index) : 0; }
    QJsonObject toObject() const
    {
        if (!isObject())
            return {};
        const QByteArrayView raw = m_tape->raw(m_index);
        return QJsonDocument::fromJson(QByteArray(raw.data(), raw.size())).object();
    }
    TapeSource absent() const { return TapeSource(m_tape, -1); }
    QDateTime toDateTime() const
    {
        if (m_tape->node(m_index).escaped)
            return parseIsoDateTime(m_tape->string(m_index));
        const QByteArrayView raw = m_tape->raw(m_index);
        return parseIsoDateTime(raw.sliced(1, raw.size() - 2)); // without the quotes
    }
    // One of `known` (shared, static text: no allocation) when the value is one of them.
    QString toKnownString(const QList<QString> &known) const
    {
        if (!m_tape->node(m_index).escaped) {
            const QByteArrayView raw = m_tape->raw(m_index);
            const QLatin1StringView text(raw.data() + 1, raw.size() - 2);
            for (const QString &candidate : known) {
                if (candidate.size() == text.size() && candidate == text)
                    return candidate;
            }
        }
        return toString();
    }
    TapeSource member(QLatin1StringView key) const
    {
        return TapeSource(m_tape, isObject() ? m_tape->member(m_index, key, &m_hint) : -1);
    }
    QByteArrayView raw() const { return m_tape->raw(m_index); }
    template <typename F> void forEach(F f) const
    {
        if (!isArray())
            return;
        qsizetype i = 0;
        for (int element = m_tape->firstChild(m_index); element >= 0; element = m_tape->nextElement(m_index, element))
            f(i++, TapeSource(m_tape, element));
    }

private:
    bool is(JsonTape::Type type) const { return m_index >= 0 && m_tape->type(m_index) == type; }

    const JsonTape *m_tape;
    int m_index;
    mutable int m_hint = -1; // where the last member was found: lookups in document order are O(1)
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
const QList<QString> &knownEventNames()
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

const QList<QString> &knownCurrencies()
{
    static const QList<QString> codes { QStringLiteral("NOK"), QStringLiteral("SEK"), QStringLiteral("DKK"),
        QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP") };
    return codes;
}

const QList<QString> &knownItemTypes()
{
    static const QList<QString> types { QStringLiteral("physical"), QStringLiteral("digital"),
        QStringLiteral("service"), QStringLiteral("gift_card"), QStringLiteral("shipping"),
        QStringLiteral("surcharge") };
    return types;
}

const QList<QString> &knownPaymentOperations()
{
    static const QList<QString> operations { QStringLiteral("unscheduled_purchase"),
        QStringLiteral("recurring_purchase"), QStringLiteral("generate_payment_token") };
    return operations;
}

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

} // namespace

Session::Session() : d(new Data) { }

Session::Session(const Session &other) = default;
Session::Session(Session &&other) noexcept = default;
Session &Session::operator=(const Session &other) = default;
Session &Session::operator=(Session &&other) noexcept = default;
Session::~Session() = default;

std::optional<Session> Session::fromJson(const QJsonObject &object, QString *error)
{
    const QtSource top { QJsonValue(object) };
    std::optional<QString> id = idOf(top, error);
    if (!id)
        return std::nullopt;
    Session session;
    Data &data = *session.d;
    data.json.reset(object);
    fill(data, top, std::move(*id));
    return session;
}

Session::Page Session::pageFromJson(const QByteArray &utf8)
{
    Page page;
    JsonTape tape;
    QString syntax;
    if (!tape.parse(utf8, &syntax)) {
        page.problem = Page::Problem::Syntax;
        page.error = QStringLiteral("session list: invalid JSON: ") + syntax;
        return page;
    }
    if (tape.type(0) != JsonTape::Type::Array) {
        page.problem = Page::Problem::NotAnArray;
        page.error = QStringLiteral("session list: the top level must be an array");
        return page;
    }
    QStringList problems;
    const TapeSource array(&tape, 0);
    page.sessions.reserve(tape.node(0).next > 1 ? 128 : 0);
    array.forEach([&](qsizetype i, const TapeSource &value) {
        ++page.elementCount;
        if (!value.isObject()) {
            problems.append(QStringLiteral("[%1]: expected an object").arg(i));
            return;
        }
        QString problem;
        std::optional<QString> id = idOf(value, &problem);
        if (!id) {
            problems.append(QStringLiteral("[%1] %2").arg(i).arg(problem));
            return;
        }
        Session session;
        Data &data = *session.d;
        // The session's own bytes, within the page the sessions share.
        const QByteArrayView raw = value.raw();
        data.json.reset(utf8, raw.data() - utf8.constData(), raw.size());
        fill(data, value, std::move(*id));
        page.sessions.append(std::move(session));
    });
    if (!problems.isEmpty())
        page.error = QStringLiteral("session list: skipped %1 element(s): ").arg(problems.size())
            + problems.join(QLatin1String("; "));
    return page;
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
