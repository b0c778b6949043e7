#include "connection/connectionservice.h"

#include "api/credentialstore.h"
#include "api/sessionclient.h"
#include "settings/consolesettings.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcConnection, "console.connection", QtInfoMsg)

namespace Dintero::Connection {
namespace {

using Settings::ConnectionProfile;
using Kind = Api::ConnectionSettings::CredentialKind;

// The embedded sandbox's API clients share one published secret (README, "Credentials").
const QString SandboxClientSecret = QStringLiteral("demo-secret");

Api::CredentialStore::Secret legacySecretFor(Kind kind)
{
    switch (kind) {
    case Kind::ClientCredentials:
        return Api::CredentialStore::Secret::ClientSecret;
    case Kind::ApiKey:
        return Api::CredentialStore::Secret::ApiKey;
    case Kind::BearerToken:
        return Api::CredentialStore::Secret::BearerToken;
    }
    return Api::CredentialStore::Secret::ClientSecret;
}

} // namespace

ConnectionService::ConnectionService(Settings::ConsoleSettings &settings, Api::CredentialStore &credentials,
    QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_settings(settings), m_credentials(credentials), m_network(network)
{
    connect(&m_credentials, &Api::CredentialStore::keychainUnavailable, this, &ConnectionService::notice);
}

ConnectionService::~ConnectionService()
{
    delete m_client;
}

QList<ConnectionProfile> ConnectionService::profiles() const
{
    return m_settings.profiles();
}

std::optional<ConnectionProfile> ConnectionService::profile(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    for (const ConnectionProfile &candidate : profiles()) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ConnectionService::profileNamed(const QString &name) const
{
    const QList<ConnectionProfile> list = profiles();
    for (const Qt::CaseSensitivity sensitivity : { Qt::CaseSensitive, Qt::CaseInsensitive }) {
        for (const ConnectionProfile &candidate : list) {
            if (candidate.name.compare(name.trimmed(), sensitivity) == 0)
                return candidate;
        }
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ConnectionService::currentProfile() const
{
    return profile(m_currentId);
}

Api::SessionClient *ConnectionService::client() const
{
    return m_client;
}

WriteAccess ConnectionService::writeAccess() const
{
    return m_writeAccess;
}

QUrl ConnectionService::sandboxBaseUrl() const
{
    return m_sandboxBaseUrl;
}

void ConnectionService::setSandboxBaseUrl(const QUrl &baseUrl)
{
    m_sandboxBaseUrl = baseUrl;
    if (!std::exchange(m_waitingForSandbox, false))
        return;
    if (const std::optional<ConnectionProfile> current = currentProfile())
        connectWithSecret(*current, std::exchange(m_pendingSecret, QString()));
}

void ConnectionService::setSandboxFailed(const QString &error)
{
    if (!std::exchange(m_waitingForSandbox, false))
        return;
    replaceClient(nullptr);
    Q_EMIT connectionFailed(tr("The demo sandbox did not start"), error);
}

void ConnectionService::start(const QUuid &preferred, const QString &preferredName)
{
    QUuid id = preferred;
    if (const std::optional<ConnectionProfile> migrated = m_settings.migrateConnectionToProfile()) {
        m_settings.sync();
        Q_EMIT profilesChanged();
        const std::optional<ConnectionProfile> named = profileNamed(preferredName);
        if (id.isNull() && (preferredName.isEmpty() || (named && named->id == migrated->id))) {
            migrateSecret(*migrated);
            return;
        }
    }
    if (id.isNull() && !preferredName.isEmpty()) {
        if (const std::optional<ConnectionProfile> named = profileNamed(preferredName))
            id = named->id;
    }
    if (id.isNull())
        id = m_settings.lastProfileId();
    if (profile(id)) {
        switchTo(id);
        return;
    }
    m_currentId = QUuid();
    Q_EMIT currentProfileChanged();
    replaceClient(nullptr);
}

// The old connection's secret sits under its account's key: it moves to the profile's
// key, and the profile connects with it.
void ConnectionService::migrateSecret(const ConnectionProfile &profile)
{
    m_currentId = profile.id;
    const quint64 generation = ++m_generation;
    Q_EMIT currentProfileChanged();
    Q_EMIT connecting(tr("Connecting\u2026"),
        tr("Reading the secret for account %1 from the system keychain.").arg(profile.accountId));
    const Api::CredentialStore::Secret secret = legacySecretFor(profile.credentialKind);
    Api::CredentialRequest *request = m_credentials.load(profile.accountId, secret);
    connect(request, &Api::CredentialRequest::finished, this, [this, request, profile, secret, generation] {
        if (!request->isOk()) {
            if (generation == m_generation) {
                replaceClient(nullptr);
                Q_EMIT connectionFailed(tr("Could not read the secret for %1").arg(profile.name),
                    request->errorString() + QLatin1String("\n\n")
                        + tr("Enter it again under File \u2192 Connections\u2026"));
            }
            return;
        }
        const QString value = request->value();
        Api::CredentialRequest *saved = m_credentials.saveProfileSecret(profile.id, value);
        const QString account = profile.accountId;
        connect(saved, &Api::CredentialRequest::finished, this, [this, saved, account, secret] {
            // Only once it is under the profile's key does the old entry go.
            if (saved->isOk() && !saved->keptInMemory())
                m_credentials.remove(account, secret);
        });
        if (generation == m_generation)
            connectWithSecret(profile, value);
    });
}

void ConnectionService::switchTo(const QUuid &id)
{
    const std::optional<ConnectionProfile> target = profile(id);
    if (!target)
        return;
    m_currentId = id;
    m_settings.setLastProfileId(id);
    m_settings.sync();
    const quint64 generation = ++m_generation;
    m_waitingForSandbox = false;
    // Nothing more goes to the old account, also while the secret is being read.
    replaceClient(nullptr);
    Q_EMIT currentProfileChanged();
    if (target->environment == ConnectionProfile::Environment::EmbeddedSandbox) {
        // Its API clients share one published secret: nothing to read from a keychain.
        connectWithSecret(*target, SandboxClientSecret);
        return;
    }
    Q_EMIT connecting(tr("Connecting to %1\u2026").arg(target->name),
        tr("Reading the secret for %1 from the system keychain.").arg(target->name));
    Api::CredentialRequest *request = m_credentials.loadProfileSecret(id);
    connect(request, &Api::CredentialRequest::finished, this, [this, request, generation] {
        if (generation != m_generation)
            return; // another profile was chosen meanwhile
        const std::optional<ConnectionProfile> current = currentProfile();
        if (!current)
            return;
        if (request->isOk()) {
            connectWithSecret(*current, request->value());
        } else {
            Q_EMIT connectionFailed(tr("Could not read the secret for %1").arg(current->name),
                request->errorString() + QLatin1String("\n\n")
                    + tr("Enter it again under File \u2192 Connections\u2026 (Edit)."));
        }
    });
}

void ConnectionService::connectWithSecret(const ConnectionProfile &profile, const QString &secret)
{
    if (profile.environment == ConnectionProfile::Environment::EmbeddedSandbox && m_sandboxBaseUrl.isEmpty()) {
        m_waitingForSandbox = true;
        m_pendingSecret = secret;
        Q_EMIT sandboxNeeded();
        return;
    }
    const Api::ConnectionSettings settings = profile.connectionSettings(secret, m_sandboxBaseUrl);
    if (const std::optional<QString> problem = settings.validationError()) {
        replaceClient(nullptr);
        Q_EMIT connectionFailed(tr("The profile %1 cannot be used").arg(profile.name), *problem);
        return;
    }
    qCInfo(lcConnection) << "connecting to account" << settings.accountId << "at" << settings.baseUrl.host();
    auto *client = new Api::SessionClient(settings, &m_network, this);
    connect(client, &Api::SessionClient::tokenRenewed, this, &ConnectionService::updateWriteAccess);
    replaceClient(client);
}

void ConnectionService::replaceClient(Api::SessionClient *client)
{
    Api::SessionClient *previous = m_client;
    if (previous == client && client)
        return;
    m_client = client;
    updateWriteAccess();
    if (client || previous)
        Q_EMIT clientChanged(client);
    // Deleting it aborts every request still running (each finishes with Aborted).
    delete previous;
}

void ConnectionService::updateWriteAccess()
{
    const std::optional<ConnectionProfile> current = currentProfile();
    WriteAccess access;
    if (current && current->writeRefused)
        access = WriteAccess::refused();
    else if (m_client)
        access = WriteAccess::fromScopes(m_client->tokenScopes());
    if (access == m_writeAccess)
        return;
    m_writeAccess = access;
    Q_EMIT writeAccessChanged(m_writeAccess);
}

void ConnectionService::noteWriteRefused()
{
    QList<ConnectionProfile> list = profiles();
    for (ConnectionProfile &entry : list) {
        if (entry.id == m_currentId && !entry.writeRefused) {
            entry.writeRefused = true;
            storeProfiles(list);
            break;
        }
    }
    updateWriteAccess();
}

void ConnectionService::storeProfiles(const QList<ConnectionProfile> &profiles)
{
    m_settings.setProfiles(profiles);
    m_settings.sync();
    Q_EMIT profilesChanged();
}

void ConnectionService::saveProfile(const ConnectionProfile &edited, const QString &secret)
{
    QList<ConnectionProfile> list = profiles();
    ConnectionProfile profile = edited;
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    const auto existing
        = std::find_if(list.begin(), list.end(), [&](const ConnectionProfile &p) { return p.id == profile.id; });
    if (existing != list.end()) {
        // Another credential may do more (or less) than the one refused before.
        if (existing->clientId != profile.clientId || existing->credentialKind != profile.credentialKind
            || existing->accountId != profile.accountId || !secret.isEmpty())
            profile.writeRefused = false;
        *existing = profile;
    } else {
        list.append(profile);
    }
    // With no current profile, the one just saved becomes it.
    const bool current = profile.id == m_currentId || m_currentId.isNull();
    if (current) {
        m_currentId = profile.id;
        m_settings.setLastProfileId(profile.id);
    }
    storeProfiles(list);
    if (secret.isEmpty() || profile.environment == ConnectionProfile::Environment::EmbeddedSandbox) {
        if (current)
            switchTo(profile.id);
        return;
    }
    Api::CredentialRequest *request = m_credentials.saveProfileSecret(profile.id, secret);
    const QString name = profile.name;
    connect(request, &Api::CredentialRequest::finished, this, [this, request, name] {
        if (!request->isOk())
            Q_EMIT notice(
                tr("The secret of %1 could not be stored in the keychain (%2); it is used until the console closes.")
                    .arg(name, request->errorString()));
    });
    if (current) {
        // Not waiting for the keychain (a locked one may be prompting): the secret is
        // the one just typed.
        ++m_generation;
        m_waitingForSandbox = false;
        replaceClient(nullptr);
        Q_EMIT currentProfileChanged();
        connectWithSecret(profile, secret);
    }
}

std::optional<ConnectionProfile> ConnectionService::duplicateProfile(const QUuid &id)
{
    const std::optional<ConnectionProfile> original = profile(id);
    if (!original)
        return std::nullopt;
    ConnectionProfile copy = *original;
    copy.id = QUuid::createUuid();
    copy.name = tr("%1 (copy)").arg(original->name);
    QList<ConnectionProfile> list = profiles();
    list.append(copy);
    storeProfiles(list);
    Api::CredentialRequest *request = m_credentials.loadProfileSecret(id);
    const QUuid copyId = copy.id;
    connect(request, &Api::CredentialRequest::finished, this, [this, request, copyId] {
        if (request->isOk() && profile(copyId))
            m_credentials.saveProfileSecret(copyId, request->value());
    });
    return copy;
}

void ConnectionService::removeProfile(const QUuid &id)
{
    QList<ConnectionProfile> list = profiles();
    const auto removed
        = std::remove_if(list.begin(), list.end(), [&](const ConnectionProfile &p) { return p.id == id; });
    if (removed == list.end())
        return;
    list.erase(removed, list.end());
    storeProfiles(list);
    Api::CredentialRequest *request = m_credentials.removeProfileSecret(id);
    connect(request, &Api::CredentialRequest::finished, this, [this, request] {
        if (!request->isOk() && request->status() != Api::CredentialRequest::Status::NotFound)
            Q_EMIT notice(tr("The profile is removed, but its secret could not be deleted from the keychain (%1).")
                              .arg(request->errorString()));
    });
    if (id == m_currentId) {
        m_currentId = QUuid();
        m_settings.setLastProfileId(QUuid());
        ++m_generation;
        replaceClient(nullptr);
        Q_EMIT currentProfileChanged();
    }
}

ConnectionProfile ConnectionService::ensureDemoProfile()
{
    QList<ConnectionProfile> list = profiles();
    for (const ConnectionProfile &candidate : list) {
        if (candidate.environment == ConnectionProfile::Environment::EmbeddedSandbox
            && candidate.clientId == QLatin1String("demo"))
            return candidate;
    }
    const ConnectionProfile demo = ConnectionProfile::demo();
    list.append(demo);
    storeProfiles(list);
    return demo;
}

} // namespace Dintero::Connection
