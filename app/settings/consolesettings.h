#pragma once

#include "api/connectionsettings.h"
#include "settings/connectionprofile.h"
#include "settings/savedfilter.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace Dintero::Settings {

// Every preference and piece of window state the console keeps, as one typed class over
// QSettings. The key names and defaults live in one table (consolesettings.cpp), so a
// key is spelled once. Header state and geometry sit under "ViewName/..." keys.
// Secrets never pass through here: ConnectionSettings' secret fields are neither read
// nor written (they go through Api::CredentialStore).
class ConsoleSettings final
{
    Q_DISABLE_COPY_MOVE(ConsoleSettings)

public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        SessionsHeaderState,
        LastFilter,
        SavedFilters,
        KnownStoreIds,
        AutoRefreshSeconds,
        ExportDirectory,
        ConnectionBaseUrl,
        ConnectionAccountId,
        ConnectionCredentialKind,
        ConnectionClientId,
        ConnectionDialogGeometry,
        ConnectionProfiles,
        LastProfileId,
        KeyCount,
    };

    // The application's own settings (organisation and application name decide where).
    ConsoleSettings();
    // Settings kept in one file, for tests and tools.
    explicit ConsoleSettings(const QString &fileName);
    ~ConsoleSettings();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void remove(Key key);
    bool contains(Key key) const;
    void sync();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray sessionsHeaderState() const;
    void setSessionsHeaderState(const QByteArray &state);
    QByteArray connectionDialogGeometry() const;
    void setConnectionDialogGeometry(const QByteArray &geometry);

    // The filter form as the agent left it (API criteria, search text and statuses).
    SavedFilter lastFilter() const;
    void setLastFilter(const SavedFilter &filter);

    QList<SavedFilter> savedFilters() const;
    void setSavedFilters(const QList<SavedFilter> &filters);
    // Adds or replaces the filter with that name; keeps the list sorted by name.
    void saveFilter(const SavedFilter &filter);
    bool removeSavedFilter(const QString &name);

    QStringList knownStoreIds() const;
    // Adds ids (most recent first, at most MaxKnownStoreIds); true when the list changed.
    bool addKnownStoreIds(const QStringList &ids);
    static constexpr int MaxKnownStoreIds = 200;

    // 0 means off.
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);

    // The return URL of the last payment link made for an account (empty: none yet).
    QString paymentLinkReturnUrl(const QString &accountId) const;
    void setPaymentLinkReturnUrl(const QString &accountId, const QString &url);

    QString exportDirectory() const;
    void setExportDirectory(const QString &directory);

    // The non-secret part of the connection; secrets stay empty.
    Api::ConnectionSettings connection() const;
    void setConnection(const Api::ConnectionSettings &connection);
    bool hasConnection() const;

    // The connection profiles, without secrets, in the order the agent sees them.
    QList<ConnectionProfile> profiles() const;
    void setProfiles(const QList<ConnectionProfile> &profiles);
    // The profile used last (opened at start); null when none.
    QUuid lastProfileId() const;
    void setLastProfileId(const QUuid &id);
    // Once: the single connection of earlier versions becomes a profile named after its
    // account, and is removed. Returns that profile (its secret still sits under the old
    // keychain key, Api::CredentialStore::keyFor(account, kind)), or nullopt.
    std::optional<ConnectionProfile> migrateConnectionToProfile();

    static QString credentialKindName(Api::ConnectionSettings::CredentialKind kind);
    static Api::ConnectionSettings::CredentialKind credentialKindFromName(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Dintero::Settings
