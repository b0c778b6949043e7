#pragma once

#include "core/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>

#include <optional>

namespace Dintero::Orders {

// One order line as an agent types it. The unit price includes VAT (Dintero's amounts
// do), in the currency's minor unit; amount() and vatAmount() are what the API calls
// items[].amount (line total incl. VAT, §5.3) and items[].vat_amount.
struct OrderLine
{
    QString description;
    double quantity = 1;
    qint64 unitPrice = 0; // minor units, incl. VAT
    double vatPercent = 25;
    // Kept from the session an order was read from, so that a PUT changes only what was edited.
    QString id;
    QString lineId;
    QString type;
    // The amount as the session had it, when quantity × unit price cannot give it back
    // (1000 for 3 pieces); dropped as soon as the quantity or the price is edited.
    std::optional<qint64> receivedAmount;

    // round(quantity × unit price), half away from zero.
    qint64 amount() const;
    // The VAT inside amount(): round(amount × vat / (100 + vat)).
    qint64 vatAmount() const;

    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

// order.shipping_option; absent when amount is 0 and the title empty.
struct ShippingOption
{
    QString title;
    qint64 amount = 0; // minor units, incl. VAT
    double vatPercent = 25;

    bool isEmpty() const { return title.trimmed().isEmpty() && amount == 0; }
    qint64 vatAmount() const;

    friend bool operator==(const ShippingOption &, const ShippingOption &) = default;
};

// The fields of the create and update forms, to mark the one a problem belongs to.
enum class OrderField {
    ProfileId,
    Amount,
    Currency,
    MerchantReference,
    MerchantReference2,
    StoreId,
    CustomerId,
    CustomerEmail,
    CustomerPhone,
    ReturnUrl,
    CallbackUrl,
    ExpiresAt,
    Items, // line says which; -1 for the lines as a whole (the totals)
    Shipping,
    Publish,
    Other, // a problem the server did not tie to a field
};

struct FieldProblem
{
    OrderField field = OrderField::Other;
    QString reason; // translated, for the agent
    int line = -1;

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

// The three writes an order goes into.
enum class WriteKind {
    CreateFromProfile, // POST /v1/sessions-profile (§4.4)
    Create, // POST /v1/sessions (§4.3)
    Update, // PUT /v1/sessions/{id} (§4.5)
};

// What the New Session and Edit Order dialogs edit: the order, its lines, the customer
// and the URLs, with the rules they must keep before anything is sent and the JSON
// body of each write. A value type.
struct OrderDraft
{
    Q_DECLARE_TR_FUNCTIONS(Dintero::Orders::OrderDraft)

public:
    QString profileId = QStringLiteral("default");
    qint64 amount = 0; // order.amount, minor units
    QString currency = QStringLiteral("NOK");
    QString merchantReference;
    QString merchantReference2;
    QString storeId;
    QList<OrderLine> lines;
    ShippingOption shipping;
    QString customerId;
    QString customerEmail;
    QString customerPhone; // E.164, +4791234567
    QUrl returnUrl;
    QUrl callbackUrl;
    QDateTime expiresAt; // invalid: the server's default
    bool sendLinkBySms = false; // configuration.publish = [{sms, checkout-link}] (§4.4 tip)

    // Σ items[].amount, Σ items[].vat_amount; with shipping: the total the order amount must equal.
    qint64 itemsTotal() const;
    qint64 itemsVatTotal() const;
    qint64 linesAndShippingTotal() const;
    // The amount rule of §4.5 and of the strict-session-amounts toggle: order.amount ==
    // Σ items[].amount + shipping_option.amount.
    bool amountMatchesLines() const;

    // Every problem that keeps the write from being sent, each at its field. The
    // amount rule holds for a Create always (the console asks the server to enforce it
    // too) and for an Update with lines. `now` judges the expiry.
    QList<FieldProblem> validate(WriteKind kind, const QDateTime &now) const;

    // The bodies (empty optional fields left out).
    QJsonObject profileBody() const; // {profile_id, url, order (basics), customer, expires_at, configuration.publish}
    QJsonObject sessionBody() const; // {url, order (lines, shipping, store), customer, expires_at, configuration}
    QJsonObject updateBody() const; // {order: {amount, vat_amount, references, items, shipping_option}}
    QJsonObject body(WriteKind kind) const;

    // The order of a session, to edit it (Edit Order…).
    static OrderDraft fromSession(const Core::Session &session);
};

// Field checks shared with the dialogs (each nullopt when fine, else the reason).
std::optional<QString> emailProblem(const QString &email); // empty is fine
std::optional<QString> phoneProblem(const QString &phone); // empty is fine; else E.164
std::optional<QString> currencyProblem(const QString &currency);
std::optional<QString> urlProblem(const QUrl &url, bool required);

// "299.90", "299,90", "1 299" → minor units for the currency (2 decimals for NOK); nullopt
// when it is not a non-negative amount with at most the currency's decimals.
std::optional<qint64> parseAmount(const QString &text, const QString &currency);
// Minor units as a plain major-unit number for editing ("299.90"; "-" never appears).
QString amountText(qint64 minorUnits, const QString &currency);
// A decimal typed with a point or a comma ("1,5"); nullopt when it is not a number.
std::optional<double> parseDecimal(const QString &text);

// The field a path of a 400 names ("order.amount", "customer.phone_number",
// "order.items[2].amount") and the line for items.
OrderField fieldForPath(const QString &path, int *line = nullptr);
// The problems a 400's message lists: the sandbox and Dintero write "PATH reason" joined
// by "; ". A message that names no known field becomes one OrderField::Other problem.
QList<FieldProblem> problemsFromServerMessage(const QString &message);

} // namespace Dintero::Orders
