#pragma once

#include "api/sessionclient.h"
#include "sandboxfixture.h"

#include <QTest>

#include <functional>
#include <memory>

// Helpers shared by the client and pager tests: a SessionClient aimed at a sandbox
// with short timeouts, and a way to wait for a reply handle and read it inside its
// finished() slot (the handle is deleted right after).
namespace Dintero::Testing {

inline Api::ConnectionSettings sandboxSettings(const SandboxFixture &fixture,
    Api::ConnectionSettings::CredentialKind kind = Api::ConnectionSettings::CredentialKind::ClientCredentials,
    const char *clientId = SandboxFixture::AdminClientId)
{
    Api::ConnectionSettings settings;
    settings.baseUrl = fixture.baseUrl();
    settings.accountId = QLatin1String(SandboxFixture::AccountId);
    settings.credentialKind = kind;
    settings.clientId = QLatin1String(clientId);
    settings.clientSecret = QLatin1String(SandboxFixture::ClientSecret);
    settings.apiKey = QLatin1String(SandboxFixture::ApiKey);
    return settings;
}

// Fast, bounded policies so that a failing test fails in seconds.
inline void useTestTimings(Api::SessionClient &client)
{
    client.setTransferTimeout(std::chrono::milliseconds(3000));
    Api::SessionClient::RetryPolicy policy;
    policy.maxRetries = 3;
    policy.initialDelay = std::chrono::milliseconds(10);
    policy.maxDelay = std::chrono::milliseconds(200);
    client.setRetryPolicy(policy);
}

// Waits until `reply` finishes and calls `read` from its finished() slot. Returns
// false on timeout.
template <typename Reply> bool await(Reply *reply, std::function<void(Reply *)> read = {}, int timeoutMs = 20000)
{
    auto done = std::make_shared<int>(0);
    QObject::connect(reply, &Api::SessionRequest::finished, reply, [reply, read, done] {
        if (read)
            read(reply);
        ++*done;
    });
    const bool finished = QTest::qWaitFor([&done] { return *done > 0; }, timeoutMs);
    // finished() must come exactly once.
    QTest::qWait(0);
    return finished && *done == 1;
}

} // namespace Dintero::Testing
