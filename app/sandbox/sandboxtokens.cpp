#include "sandboxtokens.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

namespace Dintero::Sandbox {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(base64Url);
}

} // namespace

TokenIssuer::TokenIssuer()
{
    m_key.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), m_key.size() / 4);
}

QByteArray TokenIssuer::sign(const QByteArray &headerAndPayload) const
{
    return QMessageAuthenticationCode::hash(headerAndPayload, m_key, QCryptographicHash::Sha256).toBase64(base64Url);
}

QByteArray TokenIssuer::issue(const TokenClaims &claims, const QDateTime &now) const
{
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("HS256") },
        { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QJsonObject payload {
        { QStringLiteral("iss"), QStringLiteral("https://checkout-sandbox.local/") },
        { QStringLiteral("sub"), claims.clientId },
        { QStringLiteral("aud"), QString(QStringLiteral("https://api.dintero.com/v1/accounts/") + claims.accountId) },
        { QStringLiteral("scope"), claims.scopes.join(QLatin1Char(' ')) },
        { QStringLiteral("iat"), now.toSecsSinceEpoch() },
        { QStringLiteral("exp"), claims.expiresAt.toSecsSinceEpoch() },
        { QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
    };
    const QByteArray unsignedPart = encodePart(header) + '.' + encodePart(payload);
    return unsignedPart + '.' + sign(unsignedPart);
}

std::optional<TokenClaims> TokenIssuer::verify(const QByteArray &token, const QDateTime &now, Problem *problem) const
{
    auto fail = [problem](Problem reason) -> std::optional<TokenClaims> {
        if (problem)
            *problem = reason;
        return std::nullopt;
    };
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return fail(Problem::Malformed);
    if (sign(parts[0] + '.' + parts[1]) != parts[2])
        return fail(Problem::BadSignature);
    const auto decoded = QByteArray::fromBase64Encoding(parts[1], base64Url);
    if (!decoded)
        return fail(Problem::Malformed);
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    TokenClaims claims;
    claims.clientId = payload.value(QLatin1String("sub")).toString();
    claims.accountId = payload.value(QLatin1String("aud")).toString().section(QLatin1Char('/'), -1);
    claims.scopes = payload.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(payload.value(QLatin1String("exp")).toInteger(), Qt::UTC);
    if (claims.expiresAt <= now)
        return fail(Problem::Expired);
    if (problem)
        *problem = Problem::None;
    return claims;
}

} // namespace Dintero::Sandbox
