#include "orderdraft.h"

#include "core/money.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Dintero::Orders {
namespace {

qint64 roundHalfAway(double value)
{
    return qint64(std::llround(value));
}

// VAT inside an amount that includes it.
qint64 includedVat(qint64 amount, double vatPercent)
{
    if (vatPercent <= 0)
        return 0;
    return roundHalfAway(double(amount) * vatPercent / (100.0 + vatPercent));
}

QJsonValue numberValue(double value)
{
    // 2 stays 2 in the JSON, not 2.0: some servers read quantity as an integer.
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QJsonValue(qint64(value));
    return QJsonValue(value);
}

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        object.insert(key, value.trimmed());
}

QJsonObject urlObject(const OrderDraft &draft)
{
    QJsonObject url { { QStringLiteral("return_url"), draft.returnUrl.toString(QUrl::FullyEncoded) } };
    if (!draft.callbackUrl.isEmpty())
        url.insert(QStringLiteral("callback_url"), draft.callbackUrl.toString(QUrl::FullyEncoded));
    return url;
}

QJsonObject customerObject(const OrderDraft &draft)
{
    QJsonObject customer;
    insertIfNotEmpty(customer, QStringLiteral("customer_id"), draft.customerId);
    insertIfNotEmpty(customer, QStringLiteral("email"), draft.customerEmail);
    insertIfNotEmpty(customer, QStringLiteral("phone_number"), draft.customerPhone);
    return customer;
}

QJsonArray publishArray()
{
    return { QJsonObject { { QStringLiteral("channel"), QStringLiteral("sms") },
        { QStringLiteral("type"), QStringLiteral("checkout-link") } } };
}

QJsonObject itemObject(const OrderLine &line, int index)
{
    QJsonObject item;
    item.insert(QStringLiteral("id"), line.id.isEmpty() ? QStringLiteral("item-%1").arg(index + 1) : line.id);
    item.insert(QStringLiteral("line_id"), line.lineId.isEmpty() ? QString::number(index + 1) : line.lineId);
    item.insert(QStringLiteral("description"), line.description.trimmed());
    item.insert(QStringLiteral("quantity"), numberValue(line.quantity));
    item.insert(QStringLiteral("amount"), line.amount());
    item.insert(QStringLiteral("vat_amount"), line.vatAmount());
    item.insert(QStringLiteral("vat"), numberValue(line.vatPercent));
    if (!line.type.isEmpty())
        item.insert(QStringLiteral("type"), line.type);
    return item;
}

// Order fields every write carries: amount, the VAT of the lines, the references.
QJsonObject orderBasics(const OrderDraft &draft, bool withLines)
{
    QJsonObject order { { QStringLiteral("amount"), draft.amount } };
    insertIfNotEmpty(order, QStringLiteral("merchant_reference_2"), draft.merchantReference2);
    // An update sends its lines even when none are left, or the old ones would stay.
    if (withLines) {
        QJsonArray items;
        for (int i = 0; i < draft.lines.size(); ++i)
            items.append(itemObject(draft.lines.at(i), i));
        order.insert(QStringLiteral("items"), items);
        qint64 vat = draft.itemsVatTotal();
        if (!draft.shipping.isEmpty()) {
            order.insert(QStringLiteral("shipping_option"),
                QJsonObject { { QStringLiteral("id"), QStringLiteral("shipping") },
                    { QStringLiteral("line_id"), QStringLiteral("shipping") },
                    { QStringLiteral("title"), draft.shipping.title.trimmed() },
                    { QStringLiteral("operator"), QString() }, { QStringLiteral("amount"), draft.shipping.amount },
                    { QStringLiteral("vat_amount"), draft.shipping.vatAmount() },
                    { QStringLiteral("vat"), numberValue(draft.shipping.vatPercent) } });
            vat += draft.shipping.vatAmount();
        }
        order.insert(QStringLiteral("vat_amount"), vat);
    }
    return order;
}

QJsonObject createBody(const OrderDraft &draft, bool withLines)
{
    QJsonObject order = orderBasics(draft, withLines);
    order.insert(QStringLiteral("currency"), draft.currency.trimmed().toUpper());
    order.insert(QStringLiteral("merchant_reference"), draft.merchantReference.trimmed());
    if (withLines && !draft.storeId.trimmed().isEmpty())
        order.insert(QStringLiteral("store"), QJsonObject { { QStringLiteral("id"), draft.storeId.trimmed() } });
    QJsonObject body { { QStringLiteral("url"), urlObject(draft) }, { QStringLiteral("order"), order } };
    const QJsonObject customer = customerObject(draft);
    if (!customer.isEmpty())
        body.insert(QStringLiteral("customer"), customer);
    if (draft.expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), draft.expiresAt.toUTC().toString(Qt::ISODate));
    return body;
}

} // namespace

qint64 OrderLine::amount() const
{
    if (receivedAmount)
        return *receivedAmount;
    return roundHalfAway(quantity * double(unitPrice));
}

qint64 OrderLine::vatAmount() const
{
    return includedVat(amount(), vatPercent);
}

qint64 ShippingOption::vatAmount() const
{
    return includedVat(amount, vatPercent);
}

qint64 OrderDraft::itemsTotal() const
{
    qint64 total = 0;
    for (const OrderLine &line : lines)
        total += line.amount();
    return total;
}

qint64 OrderDraft::itemsVatTotal() const
{
    qint64 total = 0;
    for (const OrderLine &line : lines)
        total += line.vatAmount();
    return total;
}

qint64 OrderDraft::linesAndShippingTotal() const
{
    return itemsTotal() + shipping.amount;
}

bool OrderDraft::amountMatchesLines() const
{
    return amount == linesAndShippingTotal();
}

QList<FieldProblem> OrderDraft::validate(WriteKind kind, const QDateTime &now) const
{
    QList<FieldProblem> problems;
    const auto add = [&problems](OrderField field, const QString &reason, int line = -1) {
        problems.append({ field, reason, line });
    };
    const bool create = kind != WriteKind::Update;
    const bool withLines = kind != WriteKind::CreateFromProfile;

    if (kind == WriteKind::CreateFromProfile && profileId.trimmed().isEmpty())
        add(OrderField::ProfileId, tr("Choose the payment profile the session is made from."));
    if (amount <= 0)
        add(OrderField::Amount, tr("The amount must be more than zero."));
    else if (amount > std::numeric_limits<qint32>::max())
        add(OrderField::Amount, tr("The amount is larger than Dintero accepts."));
    if (create) {
        if (const auto problem = currencyProblem(currency))
            add(OrderField::Currency, *problem);
        if (merchantReference.trimmed().isEmpty())
            add(OrderField::MerchantReference, tr("Enter the merchant reference (the shop's order number)."));
        if (const auto problem = emailProblem(customerEmail))
            add(OrderField::CustomerEmail, *problem);
        if (const auto problem = phoneProblem(customerPhone))
            add(OrderField::CustomerPhone, *problem);
        if (const auto problem = urlProblem(returnUrl, true))
            add(OrderField::ReturnUrl, *problem);
        if (withLines) {
            if (const auto problem = urlProblem(callbackUrl, false))
                add(OrderField::CallbackUrl, *problem);
        }
        if (expiresAt.isValid() && expiresAt <= now)
            add(OrderField::ExpiresAt, tr("The expiry is in the past; the link would not work."));
        if (sendLinkBySms && customerPhone.trimmed().isEmpty())
            add(OrderField::Publish, tr("Sending the link by SMS needs the customer's phone number."));
    } else if (merchantReference.trimmed().isEmpty()) {
        add(OrderField::MerchantReference, tr("The merchant reference cannot be emptied."));
    }

    if (withLines) {
        for (int i = 0; i < lines.size(); ++i) {
            const OrderLine &line = lines.at(i);
            if (line.description.trimmed().isEmpty())
                add(OrderField::Items, tr("Line %1: enter a description.").arg(i + 1), i);
            if (!(line.quantity > 0))
                add(OrderField::Items, tr("Line %1: the quantity must be more than zero.").arg(i + 1), i);
            if (line.unitPrice < 0)
                add(OrderField::Items, tr("Line %1: the unit price cannot be negative.").arg(i + 1), i);
            if (line.vatPercent < 0 || line.vatPercent > 100)
                add(OrderField::Items, tr("Line %1: VAT must be between 0 and 100 %.").arg(i + 1), i);
        }
        if (!shipping.isEmpty() && shipping.title.trimmed().isEmpty())
            add(OrderField::Shipping, tr("Name the shipping option."));
        const bool ruleApplies = kind == WriteKind::Create || !lines.isEmpty() || !shipping.isEmpty();
        if (ruleApplies && amount > 0 && !amountMatchesLines()) {
            const QLocale locale;
            add(OrderField::Items,
                tr("The lines and shipping add up to %1, but the order amount is %2: they must be equal.")
                    .arg(Core::formatMoney({ linesAndShippingTotal(), currency }, locale),
                        Core::formatMoney({ amount, currency }, locale)));
        }
        if (kind == WriteKind::Create && lines.isEmpty())
            add(OrderField::Items, tr("Add at least one order line."));
    }
    return problems;
}

QJsonObject OrderDraft::profileBody() const
{
    QJsonObject body = createBody(*this, false);
    body.insert(QStringLiteral("profile_id"), profileId.trimmed());
    if (sendLinkBySms)
        body.insert(QStringLiteral("configuration"), QJsonObject { { QStringLiteral("publish"), publishArray() } });
    return body;
}

QJsonObject OrderDraft::sessionBody() const
{
    QJsonObject body = createBody(*this, true);
    // POST /sessions has no profile to fall back on: configuration is required (§4.3).
    QJsonObject configuration { { QStringLiteral("channel"), QStringLiteral("ecommerce") } };
    if (sendLinkBySms)
        configuration.insert(QStringLiteral("publish"), publishArray());
    body.insert(QStringLiteral("configuration"), configuration);
    return body;
}

QJsonObject OrderDraft::updateBody() const
{
    QJsonObject order = orderBasics(*this, true);
    insertIfNotEmpty(order, QStringLiteral("merchant_reference"), merchantReference);
    return { { QStringLiteral("order"), order } };
}

QJsonObject OrderDraft::body(WriteKind kind) const
{
    switch (kind) {
    case WriteKind::CreateFromProfile:
        return profileBody();
    case WriteKind::Create:
        return sessionBody();
    case WriteKind::Update:
        return updateBody();
    }
    return {};
}

OrderDraft OrderDraft::fromSession(const Core::Session &session)
{
    OrderDraft draft;
    draft.profileId.clear();
    draft.amount = session.amount().minorUnits;
    draft.currency = session.amount().currency;
    draft.merchantReference = session.merchantReference();
    draft.merchantReference2 = session.merchantReference2();
    draft.storeId = session.storeId();
    draft.customerId = session.customerId();
    draft.customerEmail = session.customerEmail();
    draft.customerPhone = session.customerPhone();
    draft.returnUrl = session.returnUrl();
    draft.callbackUrl = session.callbackUrl();
    for (const Core::SessionItem &item : session.items()) {
        OrderLine line;
        line.description = item.description;
        line.quantity = item.quantity > 0 ? item.quantity : 1;
        line.vatPercent = item.vat;
        line.id = item.id;
        line.lineId = item.lineId;
        line.type = item.type;
        line.unitPrice = roundHalfAway(double(item.amount) / line.quantity);
        if (line.amount() != item.amount)
            line.receivedAmount = item.amount;
        draft.lines.append(line);
    }
    const QJsonObject shipping
        = session.json().value(QLatin1String("order")).toObject().value(QLatin1String("shipping_option")).toObject();
    if (!shipping.isEmpty()) {
        draft.shipping.title = shipping.value(QLatin1String("title")).toString();
        draft.shipping.amount = shipping.value(QLatin1String("amount")).toInteger();
        draft.shipping.vatPercent = shipping.value(QLatin1String("vat")).toDouble();
    }
    return draft;
}

std::optional<QString> emailProblem(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$)"));
    if (email.trimmed().isEmpty() || pattern.match(email.trimmed()).hasMatch())
        return std::nullopt;
    return OrderDraft::tr("This is not an e-mail address (name@example.com).");
}

std::optional<QString> phoneProblem(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+[1-9][0-9]{6,14}$)"));
    if (phone.trimmed().isEmpty() || pattern.match(phone.trimmed()).hasMatch())
        return std::nullopt;
    return OrderDraft::tr("Write the number with its country code and digits only, e.g. +4791234567.");
}

std::optional<QString> currencyProblem(const QString &currency)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    if (pattern.match(currency.trimmed()).hasMatch())
        return std::nullopt;
    return OrderDraft::tr("The currency is a three-letter ISO 4217 code, e.g. NOK.");
}

std::optional<QString> urlProblem(const QUrl &url, bool required)
{
    if (url.isEmpty())
        return required ? std::optional<QString>(OrderDraft::tr("Enter the address the customer returns to."))
                        : std::nullopt;
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return OrderDraft::tr("This is not a web address (https://shop.example/return).");
    return std::nullopt;
}

std::optional<qint64> parseAmount(const QString &text, const QString &currency)
{
    QString plain;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x00a0) && c != QChar(0x202f))
            plain.append(c == u',' ? u'.' : c);
    }
    if (plain.isEmpty() || plain.count(u'.') > 1)
        return std::nullopt;
    const qsizetype point = plain.indexOf(u'.');
    const QString whole = point < 0 ? plain : plain.left(point);
    const QString fraction = point < 0 ? QString() : plain.mid(point + 1);
    const int digits = Core::minorUnitDigits(currency);
    if (whole.isEmpty() || fraction.size() > digits || whole.size() > 12)
        return std::nullopt;
    const QString digitsOnly = whole + fraction;
    for (const QChar c : digitsOnly) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    qint64 value = whole.toLongLong();
    for (int i = 0; i < digits; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return value;
}

QString amountText(qint64 minorUnits, const QString &currency)
{
    const int digits = Core::minorUnitDigits(currency);
    if (digits == 0)
        return QString::number(minorUnits);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = minorUnits < 0 ? -minorUnits : minorUnits;
    return QString(minorUnits < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / scale) + u'.'
        + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
}

std::optional<double> parseDecimal(const QString &text)
{
    QString plain = text.trimmed();
    plain.replace(u',', u'.');
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

OrderField fieldForPath(const QString &path, int *line)
{
    static const QRegularExpression itemPattern(QStringLiteral(R"(^order\.items\[(\d+)\])"));
    if (line)
        *line = -1;
    if (const QRegularExpressionMatch match = itemPattern.match(path); match.hasMatch()) {
        if (line)
            *line = match.captured(1).toInt();
        return OrderField::Items;
    }
    struct Prefix
    {
        const char *path;
        OrderField field;
    };
    static const Prefix prefixes[] = {
        { "profile_id", OrderField::ProfileId },
        { "order.amount", OrderField::Amount },
        { "order.vat_amount", OrderField::Items },
        { "order.currency", OrderField::Currency },
        { "order.merchant_reference_2", OrderField::MerchantReference2 },
        { "order.merchant_reference", OrderField::MerchantReference },
        { "order.store", OrderField::StoreId },
        { "order.items", OrderField::Items },
        { "order.shipping_option", OrderField::Shipping },
        { "customer.customer_id", OrderField::CustomerId },
        { "customer.email", OrderField::CustomerEmail },
        { "customer.phone_number", OrderField::CustomerPhone },
        { "url.return_url", OrderField::ReturnUrl },
        { "url.callback_url", OrderField::CallbackUrl },
        { "expires_at", OrderField::ExpiresAt },
        { "configuration.publish", OrderField::Publish },
    };
    for (const Prefix &prefix : prefixes) {
        const QLatin1String start(prefix.path);
        if (path == start || path.startsWith(start + u'.') || path.startsWith(start + u'['))
            return prefix.field;
    }
    return OrderField::Other;
}

QList<FieldProblem> problemsFromServerMessage(const QString &message)
{
    QList<FieldProblem> problems;
    bool anyField = false;
    for (const QString &part : message.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const QString path = part.section(u' ', 0, 0);
        int line = -1;
        const OrderField field = fieldForPath(path, &line);
        // A part that names no field goes on with the reason before it ("…; known profiles: default").
        if (field == OrderField::Other && !problems.isEmpty()) {
            problems.last().reason += QStringLiteral("; ") + part.trimmed();
            continue;
        }
        anyField = anyField || field != OrderField::Other;
        problems.append({ field, part.trimmed(), line });
    }
    if (!anyField)
        return { { OrderField::Other, message.trimmed(), -1 } };
    return problems;
}

} // namespace Dintero::Orders
