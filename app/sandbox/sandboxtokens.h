#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dintero::Sandbox {

// What a valid access token says about its holder.
struct TokenClaims
{
    QString clientId;
    QString accountId;
    QStringList scopes;
    QDateTime expiresAt;
};

// Issues and checks the sandbox's access tokens: real JWTs (HS256) signed with a
// key that lives and dies with one sandbox, so a token from another run is refused.
class TokenIssuer final
{
public:
    TokenIssuer();

    QByteArray issue(const TokenClaims &claims, const QDateTime &now) const;

    enum class Problem { None, Malformed, BadSignature, Expired };
    std::optional<TokenClaims> verify(const QByteArray &token, const QDateTime &now, Problem *problem) const;

private:
    QByteArray sign(const QByteArray &headerAndPayload) const;

    QByteArray m_key;
};

} // namespace Dintero::Sandbox
