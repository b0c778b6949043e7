#pragma once

#include <QObject>
#include <QString>

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

Q_SIGNALS:
    void finished();

private:
    friend class CredentialStore;
    void complete(Status status, const QString &value, const QString &errorString);

    Status m_status = Status::Pending;
    QString m_value;
    QString m_errorString;
};

// Keeps the console's secrets (client secret, API key, bearer token) in the system
// keychain through QtKeychain, one entry per account id and kind. Never QSettings,
// never the log; no insecure fallback. Everything is asynchronous.
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

private:
    // Sets up `job` (the key, no insecure fallback), starts it and returns the request
    // it completes. `operation` names it in the log.
    CredentialRequest *startJob(QKeychain::Job *job, const QString &accountId, Secret secret, const char *operation);

    QString m_service;
};

} // namespace Dintero::Api
