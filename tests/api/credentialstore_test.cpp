#include "api/credentialstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using Dintero::Api::CredentialRequest;
using Dintero::Api::CredentialStore;

// Runs against whatever keychain the machine has. Without one (CI, containers) every
// operation must still finish, asynchronously, with a clear status, and never fall back
// to a plain file.
class CredentialStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyFor_isPerAccountAndKind();
    void saveLoadRemove_roundTripOrReportNoKeychain();

private:
    struct Done
    {
        CredentialRequest::Status status = CredentialRequest::Status::Pending;
        QString value;
        QString error;
    };
    Done wait(CredentialRequest *request);
};

void CredentialStoreTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void CredentialStoreTest::keyFor_isPerAccountAndKind()
{
    QCOMPARE(CredentialStore::keyFor(QStringLiteral("T12345678"), CredentialStore::Secret::ClientSecret),
        QStringLiteral("T12345678/client_secret"));
    QCOMPARE(CredentialStore::keyFor(QStringLiteral("P12345678"), CredentialStore::Secret::ApiKey),
        QStringLiteral("P12345678/api_key"));
    QCOMPARE(CredentialStore::keyFor(QStringLiteral("T12345678"), CredentialStore::Secret::BearerToken),
        QStringLiteral("T12345678/bearer_token"));
}

CredentialStoreTest::Done CredentialStoreTest::wait(CredentialRequest *request)
{
    Done done;
    bool finished = false;
    connect(request, &CredentialRequest::finished, request, [&] {
        done.status = request->status();
        done.value = request->value();
        done.error = request->errorString();
        finished = true;
    });
    if (!QTest::qWaitFor([&finished] { return finished; }, 60000))
        qWarning("keychain operation did not finish");
    return done;
}

void CredentialStoreTest::saveLoadRemove_roundTripOrReportNoKeychain()
{
    // A service name of its own so that a developer's real entries are never touched.
    CredentialStore store(QStringLiteral("dintero-console-test-") + QUuid::createUuid().toString(QUuid::Id128));
    const QString account = QStringLiteral("T12345678");
    const QString secret = QStringLiteral("s3cr3t-") + QUuid::createUuid().toString(QUuid::Id128);

    const Done saved = wait(store.save(account, CredentialStore::Secret::ClientSecret, secret));
    QVERIFY(saved.status != CredentialRequest::Status::Pending);
    if (saved.status != CredentialRequest::Status::Ok) {
        QVERIFY(!saved.error.isEmpty());
        const Done loaded = wait(store.load(account, CredentialStore::Secret::ClientSecret));
        QVERIFY(loaded.status != CredentialRequest::Status::Ok);
        QVERIFY(loaded.value.isEmpty());
        QSKIP(qPrintable(QStringLiteral("no usable keychain here: ") + saved.error));
    }
    const Done loaded = wait(store.load(account, CredentialStore::Secret::ClientSecret));
    QCOMPARE(loaded.status, CredentialRequest::Status::Ok);
    QCOMPARE(loaded.value, secret);
    const Done other = wait(store.load(account, CredentialStore::Secret::ApiKey));
    QCOMPARE(other.status, CredentialRequest::Status::NotFound);
    const Done removed = wait(store.remove(account, CredentialStore::Secret::ClientSecret));
    QCOMPARE(removed.status, CredentialRequest::Status::Ok);
    const Done gone = wait(store.load(account, CredentialStore::Secret::ClientSecret));
    QCOMPARE(gone.status, CredentialRequest::Status::NotFound);
}

QTEST_GUILESS_MAIN(CredentialStoreTest)
#include "credentialstore_test.moc"
