#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>

namespace QKeychain {
class Job;
}

namespace Dintero::Api {

// One asynchronous keychain operation. Owned by the CredentialStore, which deletes it
// (deleteLater) right after finished(); read the result in the finished() slot.
class CredentialRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialRequest)

public:
    enum class Status {
        Pending,
        Ok,
        NotFound, // load/remove: nothing stored for this account
        AccessDenied, // the user refused the keychain prompt
        NoKeychain, // no secret service / keychain available
        Failed,
    };
    Q_ENUM(Status)

    explicit CredentialRequest(QObject *parent = nullptr);
    ~CredentialRequest() override;

    Status status() const;
    bool isOk() const;
    // The secret (load only). Never log it.
    QString value() const;
    // Translated text for the user; empty when ok.
    QString errorString() const;
    // Ok, but there is no keychain: the secret is held in memory for this run only.
    bool keptInMemory() const;

Q_SIGNALS:
    void finished();

private:
    friend class CredentialStore;
    void complete(Status status, const QString &value, const QString &errorString);

    Status m_status = Status::Pending;
    QString m_value;
    QString m_errorString;
    bool m_keptInMemory = false;
};

// Keeps the console's secrets (client secret, API key, bearer token) in the system
// keychain through QtKeychain: one entry per connection profile (keyed by its id, so
// two profiles of one account keep theirs apart); the account-keyed entries of earlier
// versions are still read for the migration. Never QSettings, never the log, never a
// file. Everything is asynchronous: a locked keychain's prompt is waited for in the
// event loop. A profile's secret that finds no keychain at all is kept in memory for
// this run only (keychainUnavailable() says so once).
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Secret {
        ClientSecret,
        ApiKey,
        BearerToken,
    };
    Q_ENUM(Secret)

    explicit CredentialStore(const QString &service = QStringLiteral("dintero-console"), QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const;

    CredentialRequest *save(const QString &accountId, Secret secret, const QString &value);
    CredentialRequest *load(const QString &accountId, Secret secret);
    CredentialRequest *remove(const QString &accountId, Secret secret);

    // The keychain entry name, "T12345678/client_secret".
    static QString keyFor(const QString &accountId, Secret secret);

    // A profile's one secret (whichever its credential kind needs).
    CredentialRequest *saveProfileSecret(const QUuid &profileId, const QString &value);
    CredentialRequest *loadProfileSecret(const QUuid &profileId);
    CredentialRequest *removeProfileSecret(const QUuid &profileId);
    // "profile/1b4e28ba-2fa1-11d2-883f-0016d3cca427".
    static QString keyForProfile(const QUuid &profileId);

    // True once a keychain operation found no keychain.
    bool keychainMissing() const;
    // The text keychainUnavailable() carried.
    static QString noKeychainMessage();

Q_SIGNALS:
    // Emitted once per run, the first time a profile's secret finds no keychain.
    void keychainUnavailable(const QString &message);

private:
    enum class Operation { Save, Load, Remove };
    // Sets up `job` (the key, no insecure fallback), starts it and returns the request
    // it completes. Profile secrets (`memoryFallback`) fall back to m_memory.
    CredentialRequest *startJob(
        QKeychain::Job *job, const QString &key, Operation operation, bool memoryFallback, const QString &value = {});
    void completeFromMemory(CredentialRequest *request, const QString &key, Operation operation, const QString &value);

    QString m_service;
    // Profile secrets that found no keychain, by key; this run only.
    QHash<QString, QString> m_memory;
    bool m_keychainMissing = false;
};

} // namespace Dintero::Api
