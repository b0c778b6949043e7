#pragma once

#include "connection/writeaccess.h"
#include "settings/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

class QNetworkAccessManager;

namespace Dintero::Api {
class CredentialStore;
class SessionClient;
} // namespace Dintero::Api

namespace Dintero::Settings {
class ConsoleSettings;
}

namespace Dintero::Connection {

// Owns the current connection: the profile list (in the settings, without secrets), the
// current profile, its secret (from the keychain, asynchronously) and the SessionClient
// built from them. Says when the client changes or fails. Switching profiles replaces the
// client at once: the old one is deleted right after clientChanged(), which aborts its
// requests, so nothing more is sent for the old account.
class ConnectionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionService)

public:
    ConnectionService(Settings::ConsoleSettings &settings, Api::CredentialStore &credentials,
        QNetworkAccessManager &network, QObject *parent = nullptr);
    ~ConnectionService() override;

    QList<Settings::ConnectionProfile> profiles() const;
    std::optional<Settings::ConnectionProfile> profile(const QUuid &id) const;
    // By name: exactly, else ignoring case.
    std::optional<Settings::ConnectionProfile> profileNamed(const QString &name) const;
    std::optional<Settings::ConnectionProfile> currentProfile() const;
    Api::SessionClient *client() const;
    // What the current credential may do; see WriteAccess.
    WriteAccess writeAccess() const;

    // The embedded sandbox's URL once it listens; a switch waiting for it goes on.
    void setSandboxBaseUrl(const QUrl &baseUrl);
    QUrl sandboxBaseUrl() const;
    void setSandboxFailed(const QString &error);

    // At start: turns the single connection of earlier versions into a profile (its
    // secret moves to the profile's key), then opens `preferred`, else the profile
    // named `preferredName`, else the last used one, else none (the welcome view).
    void start(const QUuid &preferred = {}, const QString &preferredName = {});
    // Connects with a profile: reads its secret, builds the client.
    void switchTo(const QUuid &id);
    // Adds (an id not known yet) or replaces a profile. A non-empty `secret` goes to the
    // keychain (in memory when there is none); an empty one keeps what is stored. The
    // current profile reconnects; with none current, this one becomes it.
    void saveProfile(const Settings::ConnectionProfile &profile, const QString &secret);
    // A copy named "NAME (copy)" with a new id and a copy of the secret; returns it.
    std::optional<Settings::ConnectionProfile> duplicateProfile(const QUuid &id);
    // Removes the profile and its secret; the current one disconnects.
    void removeProfile(const QUuid &id);
    // The profile "Demo sandbox" on the embedded sandbox, added when missing.
    Settings::ConnectionProfile ensureDemoProfile();

    // A write was answered with 403: writes are not offered for this profile any more.
    void noteWriteRefused();

Q_SIGNALS:
    void profilesChanged();
    void currentProfileChanged();
    // Reading the secret or waiting for the sandbox: what to show meanwhile.
    void connecting(const QString &title, const QString &text);
    // The new client, or nullptr; the old client is deleted right after this signal.
    void clientChanged(Dintero::Api::SessionClient *client);
    void connectionFailed(const QString &title, const QString &text);
    // The current profile is on the embedded sandbox, which is not running yet.
    void sandboxNeeded();
    void writeAccessChanged(const Dintero::Connection::WriteAccess &access);
    // Something the agent should know once (no keychain, a secret not stored).
    void notice(const QString &text);

private:
    void storeProfiles(const QList<Settings::ConnectionProfile> &profiles);
    void connectWithSecret(const Settings::ConnectionProfile &profile, const QString &secret);
    void replaceClient(Api::SessionClient *client);
    void updateWriteAccess();
    void migrateSecret(const Settings::ConnectionProfile &profile);

    Settings::ConsoleSettings &m_settings;
    Api::CredentialStore &m_credentials;
    QNetworkAccessManager &m_network;
    QUuid m_currentId;
    QPointer<Api::SessionClient> m_client;
    QUrl m_sandboxBaseUrl;
    QString m_pendingSecret; // the embedded sandbox profile's, until the sandbox listens
    bool m_waitingForSandbox = false;
    quint64 m_generation = 0; // a keychain answer for an older switch is ignored
    WriteAccess m_writeAccess;
};

} // namespace Dintero::Connection
