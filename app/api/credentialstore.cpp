#include "api/credentialstore.h"

#include "api/logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <utility>

namespace Dintero::Api {
namespace {

QString secretName(CredentialStore::Secret secret)
{
    switch (secret) {
    case CredentialStore::Secret::ClientSecret:
        return QStringLiteral("client_secret");
    case CredentialStore::Secret::ApiKey:
        return QStringLiteral("api_key");
    case CredentialStore::Secret::BearerToken:
        return QStringLiteral("bearer_token");
    }
    return QStringLiteral("unknown");
}

CredentialRequest::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialRequest::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialRequest::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialRequest::Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialRequest::Status::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return CredentialRequest::Status::Failed;
    }
    return CredentialRequest::Status::Failed;
}

QString messageFor(CredentialRequest::Status status)
{
    switch (status) {
    case CredentialRequest::Status::Pending:
    case CredentialRequest::Status::Ok:
        return {};
    case CredentialRequest::Status::NotFound:
        return CredentialStore::tr("No secret is stored for this account.");
    case CredentialRequest::Status::AccessDenied:
        return CredentialStore::tr("Access to the system keychain was denied.");
    case CredentialRequest::Status::NoKeychain:
        return CredentialStore::tr("No system keychain is available, so secrets cannot be stored. "
                                   "Enter them each time instead.");
    case CredentialRequest::Status::Failed:
        return CredentialStore::tr("The system keychain reported an error.");
    }
    return {};
}

} // namespace

CredentialRequest::CredentialRequest(QObject *parent) : QObject(parent) { }

CredentialRequest::~CredentialRequest() = default;
CredentialRequest::Status CredentialRequest::status() const
{
    return m_status;
}
bool CredentialRequest::isOk() const
{
    return m_status == Status::Ok;
}
bool CredentialRequest::keptInMemory() const
{
    return m_keptInMemory;
}
QString CredentialRequest::value() const
{
    return m_value;
}
QString CredentialRequest::errorString() const
{
    return m_errorString;
}

void CredentialRequest::complete(Status status, const QString &value, const QString &errorString)
{
    m_status = status;
    m_value = value;
    m_errorString = errorString;
    Q_EMIT finished();
    deleteLater();
}

CredentialStore::CredentialStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) { }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::service() const
{
    return m_service;
}

QString CredentialStore::keyFor(const QString &accountId, Secret secret)
{
    return accountId.trimmed() + u'/' + secretName(secret);
}

QString CredentialStore::keyForProfile(const QUuid &profileId)
{
    return QStringLiteral("profile/") + profileId.toString(QUuid::WithoutBraces);
}

bool CredentialStore::keychainMissing() const
{
    return m_keychainMissing;
}

QString CredentialStore::noKeychainMessage()
{
    return tr("No system keychain is available: secrets are kept in memory until the console closes, and "
              "never written to disk. Enter them again next time, or start a keychain (e.g. GNOME Keyring).");
}

CredentialRequest *CredentialStore::save(const QString &accountId, Secret secret, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(value);
    return startJob(job, keyFor(accountId, secret), Operation::Save, false);
}

CredentialRequest *CredentialStore::load(const QString &accountId, Secret secret)
{
    return startJob(new QKeychain::ReadPasswordJob(m_service, this), keyFor(accountId, secret), Operation::Load, false);
}

CredentialRequest *CredentialStore::remove(const QString &accountId, Secret secret)
{
    return startJob(
        new QKeychain::DeletePasswordJob(m_service, this), keyFor(accountId, secret), Operation::Remove, false);
}

CredentialRequest *CredentialStore::saveProfileSecret(const QUuid &profileId, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(value);
    return startJob(job, keyForProfile(profileId), Operation::Save, true, value);
}

CredentialRequest *CredentialStore::loadProfileSecret(const QUuid &profileId)
{
    return startJob(new QKeychain::ReadPasswordJob(m_service, this), keyForProfile(profileId), Operation::Load, true);
}

CredentialRequest *CredentialStore::removeProfileSecret(const QUuid &profileId)
{
    m_memory.remove(keyForProfile(profileId));
    return startJob(
        new QKeychain::DeletePasswordJob(m_service, this), keyForProfile(profileId), Operation::Remove, true);
}

void CredentialStore::completeFromMemory(
    CredentialRequest *request, const QString &key, Operation operation, const QString &value)
{
    request->m_keptInMemory = true;
    switch (operation) {
    case Operation::Save:
        m_memory.insert(key, value);
        request->complete(CredentialRequest::Status::Ok, {}, {});
        return;
    case Operation::Load:
        if (m_memory.contains(key))
            request->complete(CredentialRequest::Status::Ok, m_memory.value(key), {});
        else
            request->complete(CredentialRequest::Status::NotFound, {}, messageFor(CredentialRequest::Status::NotFound));
        return;
    case Operation::Remove:
        m_memory.remove(key);
        request->complete(CredentialRequest::Status::Ok, {}, {});
        return;
    }
}

// Each operation runs one QKeychain job; the job deletes itself (autoDelete) after
// finished, and the request handle is completed from it (with the secret for a read).
CredentialRequest *CredentialStore::startJob(
    QKeychain::Job *job, const QString &key, Operation operation, bool memoryFallback, const QString &value)
{
    auto *request = new CredentialRequest(this);
    if (memoryFallback && m_keychainMissing) {
        // Known to be missing: no second wait for a keychain that is not there.
        delete job;
        QTimer::singleShot(
            0, request, [this, request, key, operation, value] { completeFromMemory(request, key, operation, value); });
        return request;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, request,
        [this, request, key, operation, memoryFallback, value](QKeychain::Job *finishedJob) {
            CredentialRequest::Status status = statusOf(finishedJob->error());
            static const char *const names[] = { "save", "load", "remove" };
            qCDebug(lcConsoleAuth).noquote()
                << "keychain" << names[int(operation)] << key << "status" << int(status) << finishedJob->errorString();
            const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob);
            QString secret = read && status == CredentialRequest::Status::Ok ? read->textData() : QString();
            // A keychain that cannot be reached at all (no Secret Service, no D-Bus) is
            // reported as NoBackendAvailable or as an OtherError: neither can keep a secret.
            if (memoryFallback
                && (status == CredentialRequest::Status::NoKeychain || status == CredentialRequest::Status::Failed)) {
                qCInfo(lcConsoleAuth).noquote() << "no usable keychain:" << finishedJob->errorString();
                if (!std::exchange(m_keychainMissing, true))
                    Q_EMIT keychainUnavailable(noKeychainMessage());
                completeFromMemory(request, key, operation, value);
                return;
            }
            request->complete(status, secret, messageFor(status));
        });
    job->start();
    return request;
}

} // namespace Dintero::Api
