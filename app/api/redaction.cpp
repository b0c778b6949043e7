#include "api/redaction.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Dintero::Api::Redaction {
namespace {

bool isSensitiveKey(const QString &key)
{
    static const QLatin1StringView keys[] = {
        QLatin1StringView("access_token"),
        QLatin1StringView("refresh_token"),
        QLatin1StringView("id_token"),
        QLatin1StringView("client_secret"),
        QLatin1StringView("api_key"),
        QLatin1StringView("apikey"),
        QLatin1StringView("x-api-key"),
        QLatin1StringView("password"),
        QLatin1StringView("secret"),
        QLatin1StringView("token"),
        QLatin1StringView("authorization"),
        QLatin1StringView("mfa_token"),
        QLatin1StringView("payment_token"), // a transaction's card (GET /v1/transactions/{id})
        QLatin1StringView("recurrence_token"),
    };
    for (const QLatin1StringView candidate : keys) {
        if (key.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonValue redactValue(const QJsonValue &value);

QJsonArray redactArray(const QJsonArray &array)
{
    QJsonArray result;
    for (const QJsonValue &element : array)
        result.append(redactValue(element));
    return result;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return json(value.toObject());
    if (value.isArray())
        return redactArray(value.toArray());
    return value;
}

} // namespace

bool isSensitiveHeader(const QByteArray &name)
{
    static const char *const names[] = { "authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie" };
    for (const char *candidate : names) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value)
{
    if (!isSensitiveHeader(name))
        return value;
    const QByteArray mask(Mask.data(), Mask.size());
    if (name.compare("authorization", Qt::CaseInsensitive) == 0
        || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0) {
        // Keep the scheme ("Bearer", "Basic"): it helps and is not secret.
        const qsizetype space = value.indexOf(' ');
        if (space > 0)
            return value.left(space + 1) + mask;
    }
    return mask;
}

QString headers(const QList<QPair<QByteArray, QByteArray>> &list)
{
    QStringList parts;
    parts.reserve(list.size());
    for (const auto &[name, value] : list)
        parts.append(QString::fromLatin1(name) + QLatin1String(": ") + QString::fromLatin1(headerValue(name, value)));
    return parts.join(QLatin1String(", "));
}

QString url(const QUrl &input)
{
    QUrl copy = input;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery cleaned;
        for (const auto &[key, value] : items) {
            const QString decodedKey = QUrl::fromPercentEncoding(key.toLatin1());
            cleaned.addQueryItem(key, isSensitiveKey(decodedKey) ? QString(Mask) : value);
        }
        copy.setQuery(cleaned);
    }
    return copy.toString(QUrl::FullyEncoded);
}

QJsonObject json(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSensitiveKey(it.key()) && !it.value().isNull() && !it.value().isUndefined())
            result.insert(it.key(), QString(Mask));
        else
            result.insert(it.key(), redactValue(it.value()));
    }
    return result;
}

QString text(QString input, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= 3)
            input.replace(secret, Mask);
    }
    return input;
}

} // namespace Dintero::Api::Redaction
