#pragma once

#include "core/money.h"
#include "core/sessionstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QJsonDocument;

namespace Dintero::Core {

// One line of order.items[]. Fields the API did not send (or sent with the wrong
// type) keep their defaults; everything else of the line is in Session::json().
struct SessionItem
{
    QString id; // SKU
    QString lineId;
    QString description;
    double quantity = 0;
    qint64 amount = 0; // line total incl. VAT, minor units
    qint64 vatAmount = 0; // minor units
    double vat = 0; // percent
    QString type; // physical, digital, service, ...
};

// One entry of events[]. Unknown event names are kept as they are.
struct SessionEvent
{
    QString name; // INITIATED, VISITED, AUTHORIZED, ... (not validated)
    QDateTime createdAt; // UTC; invalid when missing or unparsable
    QJsonObject details;
    QString id;
};

// A checkout session as read from the API, parsed defensively: only `id` is
// required. Wrongly typed optional fields are ignored and listed in warnings();
// unknown fields are kept in json(). An implicitly shared value type (cheap to copy).
class Session
{
public:
    Session();
    Session(const Session &other);
    Session(Session &&other) noexcept;
    Session &operator=(const Session &other);
    Session &operator=(Session &&other) noexcept;
    ~Session();

    // nullopt (and *error naming the field) when `id` is missing or not a string.
    static std::optional<Session> fromJson(const QJsonObject &object, QString *error = nullptr);
    // A list page: the top level must be an array of objects. Elements without a
    // valid id are skipped and reported in *error; a wrong top level gives an empty
    // list and *error. *error stays empty when everything parsed.
    static QList<Session> listFromJson(const QJsonDocument &document, QString *error = nullptr);

    // The same, straight from the bytes of an answer (what SessionClient uses: several
    // times faster than going through QJsonDocument; json() is then built on first use).
    struct Page
    {
        enum class Problem {
            None,
            Syntax, // not valid JSON (truncated, garbage)
            NotAnArray, // valid JSON, wrong top level
        };
        QList<Session> sessions;
        qsizetype elementCount = 0; // elements of the array, usable or not
        Problem problem = Problem::None;
        QString error; // the syntax error, wrong top level or skipped elements
    };
    static Page pageFromJson(const QByteArray &utf8);
    // Only what a walk needs to ask for the next page: the page's element count and the
    // id of its last usable session (empty when there is none), no other field read.
    // nullopt when pageFromJson() would report a syntax error or a wrong top level.
    struct PageIndex
    {
        qsizetype elementCount = 0;
        QString lastId;
    };
    static std::optional<PageIndex> indexPage(const QByteArray &utf8);

    QString id() const;
    QDateTime createdAt() const; // all times UTC, invalid when absent
    QDateTime updatedAt() const;
    QDateTime expiresAt() const;
    QDateTime cancelledAt() const;
    QString cancelledBy() const;
    QString transactionId() const;
    QString merchantReference() const;
    QString merchantReference2() const;

    bool hasAmount() const; // order.amount present
    Money amount() const; // order.amount + order.currency
    bool hasVatAmount() const;
    Money vatAmount() const; // order.vat_amount + order.currency

    QString customerId() const;
    QString customerEmail() const;
    QString customerPhone() const;
    // "first last" from order.billing_address, else order.shipping_address; empty if neither.
    QString customerName() const;

    QString storeId() const; // order.store.id
    QString storeName() const; // order.store.name

    QList<SessionItem> items() const;
    QList<SessionEvent> events() const; // sorted by createdAt (stable; undated last)

    QUrl returnUrl() const;
    QUrl callbackUrl() const;
    QUrl merchantTermsUrl() const;

    QString paymentOperation() const; // unscheduled_purchase, recurring_purchase, generate_payment_token
    bool isPaymentTokenSession() const; // payment_operation == generate_payment_token

    QJsonObject metadata() const;

    // The derived status (§6 of the API reference, first match wins).
    SessionStatus status(const QDateTime &now) const;
    // §6's cancel button rule as far as the session alone tells: not cancelled yet.
    // (With a transaction the server decides; a refused cancel comes back as 400.)
    bool canOfferCancel() const;

    // Problems found while parsing (wrongly typed optional fields), for the log.
    QStringList warnings() const;
    // The object exactly as received, unknown fields included. For sessions read with
    // pageFromJson() it is parsed on first use (thread-safe).
    const QJsonObject &json() const;
    // The object's bytes exactly as the API sent them when it came in a list page and
    // json() was never asked for (no parse, no re-serialisation); otherwise json() in
    // compact form.
    QByteArray rawJson() const;

    class Data; // defined in session.cpp

private:
    QSharedDataPointer<Data> d;
};

} // namespace Dintero::Core
