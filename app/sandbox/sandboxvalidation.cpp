#include "sandboxvalidation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Dintero::Sandbox {

namespace {

// Walks one request body and collects every problem instead of stopping at the first,
// so that a caller can fix them all in one go.
class BodyCheck
{
public:
    QList<FieldProblem> problems;

    void fail(const QString &field, const QString &message)
    {
        problems.append({ field, field + QLatin1Char(' ') + message });
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    // Returns the object at parent[key], or an empty one (after noting why) when it is absent or not an object.
    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &key, bool required)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(join(path, key), QStringLiteral("is required"));
            return {};
        }
        if (!value.isObject()) {
            fail(join(path, key), QStringLiteral("must be an object"));
            return {};
        }
        return value.toObject();
    }

    bool string(const QJsonObject &parent, const QString &path, const QString &key, bool required, int minLength = 0)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(join(path, key), QStringLiteral("is required"));
            return false;
        }
        if (!value.isString()) {
            fail(join(path, key), QStringLiteral("must be a string"));
            return false;
        }
        if (value.toString().size() < minLength) {
            fail(join(path, key),
                minLength == 1 ? QStringLiteral("must not be empty")
                               : QStringLiteral("must be at least %1 characters").arg(minLength));
            return false;
        }
        return true;
    }

    void int32(const QJsonObject &parent, const QString &path, const QString &key, bool required)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(join(path, key), QStringLiteral("is required"));
            return;
        }
        const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!value.isDouble() || std::floor(number) != number)
            fail(join(path, key), QStringLiteral("must be an integer amount in minor units (e.g. 29990 for 299.90)"));
        else if (number < 0 || number > std::numeric_limits<qint32>::max())
            fail(join(path, key), QStringLiteral("must be between 0 and 2147483647"));
    }

    void number(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isUndefined() && !value.isDouble())
            fail(join(path, key), QStringLiteral("must be a number"));
    }

    void boolean(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isUndefined() && !value.isBool())
            fail(join(path, key), QStringLiteral("must be true or false"));
    }

    void currency(const QJsonObject &parent, const QString &path, bool required)
    {
        static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
        if (string(parent, path, QStringLiteral("currency"), required)
            && !iso4217.match(parent.value(QLatin1String("currency")).toString()).hasMatch())
            fail(join(path, QStringLiteral("currency")),
                QStringLiteral("must be a three-letter ISO 4217 code such as NOK"));
    }

    void uri(const QJsonObject &parent, const QString &path, const QString &key, bool required)
    {
        if (!string(parent, path, key, required))
            return;
        const QUrl url(parent.value(key).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty())
            fail(join(path, key), QStringLiteral("must be an absolute URL such as https://shop.example/return"));
    }

    void dateTime(const QJsonObject &parent, const QString &path, const QString &key)
    {
        if (!string(parent, path, key, false))
            return;
        const QString text = parent.value(key).toString();
        static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
        if (!QDateTime::fromString(text, Qt::ISODateWithMs).isValid() || !zoned.match(text).hasMatch())
            fail(join(path, key),
                QStringLiteral("must be an ISO 8601 date-time with a zone, e.g. 2025-03-05T09:00:00Z"));
    }

    void urls(const QJsonObject &parent, const QString &path)
    {
        const QJsonObject url = object(parent, path, QStringLiteral("url"), true);
        if (!parent.value(QLatin1String("url")).isObject())
            return;
        const QString urlPath = join(path, QStringLiteral("url"));
        uri(url, urlPath, QStringLiteral("return_url"), true);
        string(url, urlPath, QStringLiteral("callback_url"), false);
        uri(url, urlPath, QStringLiteral("merchant_terms_url"), false);
    }

    void customer(const QJsonObject &parent, const QString &path)
    {
        const QJsonObject customer = object(parent, path, QStringLiteral("customer"), false);
        const QString customerPath = join(path, QStringLiteral("customer"));
        for (const auto &key :
            { QStringLiteral("customer_id"), QStringLiteral("email"), QStringLiteral("phone_number") })
            string(customer, customerPath, key, false);
        static const QRegularExpression e123(QStringLiteral("^\\+\\d{6,15}$"));
        if (customer.value(QLatin1String("phone_number")).isString()
            && !e123.match(customer.value(QLatin1String("phone_number")).toString()).hasMatch())
            fail(join(customerPath, QStringLiteral("phone_number")),
                QStringLiteral("must be written with the international prefix, e.g. +4791234567"));
    }

    void metadata(const QJsonObject &parent, const QString &path)
    {
        const QJsonObject metadata = object(parent, path, QStringLiteral("metadata"), false);
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            if (!it->isString() && !it->isDouble())
                fail(join(join(path, QStringLiteral("metadata")), it.key()),
                    QStringLiteral("must be a string or a number"));
        }
    }

    void store(const QJsonObject &parent, const QString &path)
    {
        const QJsonObject store = object(parent, path, QStringLiteral("store"), false);
        if (parent.value(QLatin1String("store")).isObject())
            string(store, join(path, QStringLiteral("store")), QStringLiteral("id"), true, 1);
    }

    // The order of a create request (required fields on) or of an update (all optional).
    void order(const QJsonObject &order, const QString &path, bool create, bool strictAmounts)
    {
        int32(order, path, QStringLiteral("amount"), create);
        int32(order, path, QStringLiteral("vat_amount"), false);
        currency(order, path, create);
        string(order, path, QStringLiteral("merchant_reference"), create, create ? 1 : 0);
        string(order, path, QStringLiteral("merchant_reference_2"), false);
        boolean(order, path, QStringLiteral("partial_payment"));
        store(order, path);
        const QJsonValue itemsValue = order.value(QLatin1String("items"));
        qint64 itemSum = 0;
        if (!itemsValue.isUndefined() && !itemsValue.isArray()) {
            fail(join(path, QStringLiteral("items")), QStringLiteral("must be an array"));
        } else {
            const QJsonArray items = itemsValue.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString itemPath = join(path, QStringLiteral("items[%1]").arg(i));
                if (!items.at(i).isObject()) {
                    fail(itemPath, QStringLiteral("must be an object"));
                    continue;
                }
                const QJsonObject item = items.at(i).toObject();
                string(item, itemPath, QStringLiteral("id"), false);
                string(item, itemPath, QStringLiteral("line_id"), false);
                string(item, itemPath, QStringLiteral("description"), false);
                number(item, itemPath, QStringLiteral("quantity"));
                int32(item, itemPath, QStringLiteral("amount"), false);
                int32(item, itemPath, QStringLiteral("vat_amount"), false);
                number(item, itemPath, QStringLiteral("vat"));
                itemSum += item.value(QLatin1String("amount")).toInteger();
            }
        }
        const QJsonObject shipping = object(order, path, QStringLiteral("shipping_option"), false);
        int32(shipping, join(path, QStringLiteral("shipping_option")), QStringLiteral("amount"), false);
        if (strictAmounts && order.value(QLatin1String("amount")).isDouble()) {
            const qint64 expected = itemSum + shipping.value(QLatin1String("amount")).toInteger();
            if (order.value(QLatin1String("amount")).toInteger() != expected)
                fail(join(path, QStringLiteral("amount")),
                    QStringLiteral("must equal the sum of the item amounts plus shipping (%1) when "
                                   "strict-session-amounts is on")
                        .arg(expected));
        }
    }

    void sessionOptions(const QJsonObject &body, bool strictAmounts, bool configurationRequired)
    {
        urls(body, {});
        order(object(body, {}, QStringLiteral("order"), true), QStringLiteral("order"), true, strictAmounts);
        object(body, {}, QStringLiteral("configuration"), configurationRequired);
        customer(body, {});
        dateTime(body, {}, QStringLiteral("expires_at"));
        metadata(body, {});
    }
};

} // namespace

QList<FieldProblem> validateCreateSession(const QJsonObject &body, bool strictAmounts)
{
    BodyCheck check;
    check.sessionOptions(body, strictAmounts, true);
    return check.problems;
}

QList<FieldProblem> validateCreateSessionFromProfile(
    const QJsonObject &body, const QStringList &profileIds, bool strictAmounts)
{
    BodyCheck check;
    if (check.string(body, {}, QStringLiteral("profile_id"), true, 1)
        && !profileIds.contains(body.value(QLatin1String("profile_id")).toString()))
        check.fail(QStringLiteral("profile_id"),
            QStringLiteral("names no payment profile of this account; known profiles: %1")
                .arg(profileIds.join(QStringLiteral(", "))));
    check.sessionOptions(body, strictAmounts, false);
    return check.problems;
}

QList<FieldProblem> validatePaymentTokenSession(const QJsonObject &body)
{
    BodyCheck check;
    const QJsonObject session = check.object(body, {}, QStringLiteral("session"), true);
    if (body.value(QLatin1String("session")).isObject()) {
        const QString path = QStringLiteral("session");
        const QJsonObject order = check.object(session, path, QStringLiteral("order"), true);
        if (session.value(QLatin1String("order")).isObject()) {
            check.currency(order, QStringLiteral("session.order"), true);
            check.string(order, QStringLiteral("session.order"), QStringLiteral("merchant_reference"), true, 1);
            check.string(order, QStringLiteral("session.order"), QStringLiteral("merchant_reference_2"), false);
            check.store(order, QStringLiteral("session.order"));
        }
        check.urls(session, path);
        check.string(session, path, QStringLiteral("profile_id"), false);
        check.customer(session, path);
        check.dateTime(session, path, QStringLiteral("expires_at"));
        check.metadata(session, path);
        const QJsonObject configuration = check.object(session, path, QStringLiteral("configuration"), false);
        if (check.string(configuration, QStringLiteral("session.configuration"), QStringLiteral("channel"), false)) {
            const QString channel = configuration.value(QLatin1String("channel")).toString();
            if (channel != QLatin1String("ecommerce") && channel != QLatin1String("in_app"))
                check.fail(
                    QStringLiteral("session.configuration.channel"), QStringLiteral("must be ecommerce or in_app"));
        }
    }

    const QJsonObject provider = check.object(body, {}, QStringLiteral("token_provider"), true);
    if (!body.value(QLatin1String("token_provider")).isObject())
        return check.problems;
    const QString path = QStringLiteral("token_provider");
    QString product;
    if (check.string(provider, path, QStringLiteral("payment_product_type"), true, 1)) {
        product = provider.value(QLatin1String("payment_product_type")).toString();
        static const QStringList products { QStringLiteral("payex.creditcard"), QStringLiteral("bambora.creditcard"),
            QStringLiteral("dintero_psp.creditcard") };
        if (!products.contains(product))
            check.fail(QStringLiteral("token_provider.payment_product_type"),
                QStringLiteral("must be one of %1").arg(products.join(QStringLiteral(", "))));
    }
    const QJsonValue types = provider.value(QLatin1String("token_types"));
    if (types.isUndefined()) {
        check.fail(QStringLiteral("token_provider.token_types"), QStringLiteral("is required"));
    } else if (!types.isArray() || types.toArray().isEmpty()) {
        check.fail(QStringLiteral("token_provider.token_types"),
            QStringLiteral("must be a non-empty array of payment_token or recurrence_token"));
    } else {
        QStringList seen;
        for (const QJsonValue &type : types.toArray()) {
            const QString name = type.toString();
            if (name != QLatin1String("payment_token") && name != QLatin1String("recurrence_token"))
                check.fail(QStringLiteral("token_provider.token_types"),
                    QStringLiteral("may only hold payment_token and recurrence_token"));
            else if (seen.contains(name))
                check.fail(
                    QStringLiteral("token_provider.token_types"), QStringLiteral("must not repeat %1").arg(name));
            else if (name == QLatin1String("recurrence_token") && !product.isEmpty()
                && product != QLatin1String("payex.creditcard"))
                check.fail(QStringLiteral("token_provider.token_types"),
                    QStringLiteral("recurrence_token is only available with payex.creditcard"));
            seen.append(name);
        }
    }
    return check.problems;
}

QList<FieldProblem> validateUpdateSession(const QJsonObject &body)
{
    BodyCheck check;
    const QJsonObject order = check.object(body, {}, QStringLiteral("order"), true);
    check.order(order, QStringLiteral("order"), false, false);
    check.boolean(body, {}, QStringLiteral("remove_lock"));
    const QJsonObject express = check.object(body, {}, QStringLiteral("express"), false);
    if (check.string(express, QStringLiteral("express"), QStringLiteral("shipping_mode"), false)) {
        const QString mode = express.value(QLatin1String("shipping_mode")).toString();
        if (mode != QLatin1String("shipping_required") && mode != QLatin1String("shipping_not_required"))
            check.fail(QStringLiteral("express.shipping_mode"),
                QStringLiteral("must be shipping_required or shipping_not_required"));
    }
    return check.problems;
}

QList<FieldProblem> withSchemaProblems(QList<FieldProblem> problems, const QList<SchemaViolation> &violations)
{
    for (const SchemaViolation &violation : violations) {
        // "/order/items/1/type" -> "order.items[1].type"
        QString field;
        for (const QString &part : violation.pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            bool index = false;
            part.toUInt(&index);
            if (index)
                field += QLatin1Char('[') + part + QLatin1Char(']');
            else
                field += (field.isEmpty() ? QString() : QStringLiteral("."))
                    + QString(part)
                          .replace(QLatin1String("~1"), QLatin1String("/"))
                          .replace(QLatin1String("~0"), QLatin1String("~"));
        }
        const bool named = std::any_of(problems.cbegin(), problems.cend(),
            [&field](const FieldProblem &problem) { return problem.field == field; });
        if (!named)
            problems.append({ field,
                (field.isEmpty() ? QStringLiteral("the body") : field) + QStringLiteral(": ") + violation.message });
    }
    return problems;
}

QString describeProblems(const QList<FieldProblem> &problems)
{
    QStringList messages;
    for (const FieldProblem &problem : problems)
        messages.append(problem.message);
    return messages.join(QStringLiteral("; "));
}

} // namespace Dintero::Sandbox
