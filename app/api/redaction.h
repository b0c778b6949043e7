#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// Helpers that keep credentials out of log lines. Every log line of console.api and
// console.auth that could carry request data goes through them.
namespace Dintero::Api::Redaction {

inline constexpr QLatin1StringView Mask { "***" };

// Authorization, Proxy-Authorization, x-api-key, Cookie, Set-Cookie.
bool isSensitiveHeader(const QByteArray &name);
// "Bearer ***" / "Basic ***" for Authorization (the scheme stays), "***" for other
// sensitive headers, the value itself otherwise.
QByteArray headerValue(const QByteArray &name, const QByteArray &value);
// "Name: value" lines joined with ", ", sensitive values masked.
QString headers(const QList<QPair<QByteArray, QByteArray>> &headers);
// The URL without user info, and with sensitive query values (access_token, api_key,
// client_secret, token, ...) masked.
QString url(const QUrl &url);
// A copy with the values of sensitive keys (access_token, refresh_token, client_secret,
// api_key, password, token, authorization, payment_token, recurrence_token) masked, at
// any depth.
QJsonObject json(const QJsonObject &object);
// text with every occurrence of each non-trivial secret (3+ characters) masked.
QString text(QString text, const QStringList &secrets);

} // namespace Dintero::Api::Redaction
