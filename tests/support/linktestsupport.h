#pragma once

#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "sandboxfixture.h"

#include <QDateTime>
#include <QUrl>

#include <optional>

// Payment-token links for the link watch's tests and benchmark: made through the
// client, completed on the sandbox's hosted page over HTTP as a customer would.
namespace Dintero::Testing {

struct CreatedLink
{
    Core::Session session;
    QUrl url;
};

inline std::optional<CreatedLink> createPaymentTokenLink(
    Api::SessionClient &client, const QString &reference, const QDateTime &expiresAt = {})
{
    Api::PaymentTokenRequest request;
    request.currency = QStringLiteral("NOK");
    request.merchantReference = reference;
    request.returnUrl = QUrl(QStringLiteral("https://shop.example.no/card/saved"));
    request.customerEmail = QStringLiteral("kari.nordmann@example.no");
    request.expiresAt = expiresAt;
    std::optional<CreatedLink> created;
    await<Api::CreatedReply>(client.createPaymentTokenSession(request, true), [&created](Api::CreatedReply *reply) {
        if (!reply->hasError() && reply->session())
            created = CreatedLink { *reply->session(), reply->url() };
    });
    return created;
}

// Opens the hosted page of `sessionId` and pays with the approved test card, as a
// browser would, on the sandbox at `baseUrl` (http://HOST:PORT/v1). Returns the HTTP
// status of the form's answer (303, a redirect to the return URL, when it worked).
inline int completeHostedPage(HttpClient &http, const QUrl &baseUrl, const QString &sessionId)
{
    const QString view = baseUrl.toString() + QStringLiteral("/view/") + sessionId;
    http.send("GET", QUrl(view));
    const HttpResult paid = http.send("POST", QUrl(view + QStringLiteral("/pay")),
        "payment_product_type=dintero_psp.creditcard&card_number=4111+1111+1111+1111&expiry=12%2F30&cvc=123"
        "&action=pay",
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    return paid.status;
}

inline int completeHostedPage(SandboxFixture &fixture, const QString &sessionId)
{
    HttpClient http;
    return completeHostedPage(http, fixture.baseUrl(), sessionId);
}

} // namespace Dintero::Testing
