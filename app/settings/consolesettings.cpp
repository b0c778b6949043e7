#include "settings/consolesettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>

#include <array>

Q_LOGGING_CATEGORY(lcSettings, "console.settings", QtInfoMsg)

namespace Dintero::Settings {
namespace {

using Key = ConsoleSettings::Key;

struct KeyInfo
{
    Key key;
    QLatin1StringView name;
    QVariant defaultValue;
};

// The one table of keys: name and default of every setting. Names are snake_case in
// groups; window and view state sit under the view's name.
const std::array<KeyInfo, size_t(Key::KeyCount)> &keyTable()
{
    static const std::array<KeyInfo, size_t(Key::KeyCount)> table { {
        { Key::MainWindowGeometry, QLatin1StringView("MainWindow/geometry"), QByteArray() },
        { Key::MainWindowState, QLatin1StringView("MainWindow/state"), QByteArray() },
        { Key::SessionsHeaderState, QLatin1StringView("SessionsView/header_state"), QByteArray() },
        { Key::LastFilter, QLatin1StringView("Filters/last"), QByteArray() },
        { Key::SavedFilters, QLatin1StringView("Filters/saved"), QByteArray() },
        { Key::KnownStoreIds, QLatin1StringView("Filters/known_store_ids"), QStringList() },
        { Key::AutoRefreshSeconds, QLatin1StringView("Refresh/auto_interval_seconds"), 0 },
        { Key::ExportDirectory, QLatin1StringView("Export/directory"), QString() },
        { Key::ConnectionBaseUrl, QLatin1StringView("Connection/base_url"),
            Api::ConnectionSettings::defaultBaseUrl().toString() },
        { Key::ConnectionAccountId, QLatin1StringView("Connection/account_id"), QString() },
        { Key::ConnectionCredentialKind, QLatin1StringView("Connection/credential_kind"),
            QStringLiteral("client_credentials") },
        { Key::ConnectionClientId, QLatin1StringView("Connection/client_id"), QString() },
        { Key::ConnectionDialogGeometry, QLatin1StringView("ConnectionDialog/geometry"), QByteArray() },
        { Key::ConnectionProfiles, QLatin1StringView("Connections/profiles"), QByteArray() },
        { Key::LastProfileId, QLatin1StringView("Connections/last_profile"), QString() },
    } };
    return table;
}

const KeyInfo &info(Key key)
{
    const KeyInfo &entry = keyTable().at(size_t(key));
    Q_ASSERT(entry.key == key);
    return entry;
}

} // namespace

ConsoleSettings::ConsoleSettings() : m_settings(std::make_unique<QSettings>()) { }

ConsoleSettings::ConsoleSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

ConsoleSettings::~ConsoleSettings() = default;

QString ConsoleSettings::keyName(Key key)
{
    return QString(info(key).name);
}

QVariant ConsoleSettings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant ConsoleSettings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void ConsoleSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void ConsoleSettings::remove(Key key)
{
    m_settings->remove(keyName(key));
}

bool ConsoleSettings::contains(Key key) const
{
    return m_settings->contains(keyName(key));
}

void ConsoleSettings::sync()
{
    m_settings->sync();
}

QByteArray ConsoleSettings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void ConsoleSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray ConsoleSettings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void ConsoleSettings::setMainWindowState(const QByteArray &state)
{
    setValue(Key::MainWindowState, state);
}

QByteArray ConsoleSettings::sessionsHeaderState() const
{
    return value(Key::SessionsHeaderState).toByteArray();
}

void ConsoleSettings::setSessionsHeaderState(const QByteArray &state)
{
    setValue(Key::SessionsHeaderState, state);
}

QByteArray ConsoleSettings::connectionDialogGeometry() const
{
    return value(Key::ConnectionDialogGeometry).toByteArray();
}

void ConsoleSettings::setConnectionDialogGeometry(const QByteArray &geometry)
{
    setValue(Key::ConnectionDialogGeometry, geometry);
}

SavedFilter ConsoleSettings::lastFilter() const
{
    const QByteArray json = value(Key::LastFilter).toByteArray();
    SavedFilter filter;
    if (!json.isEmpty())
        filter.criteria = Models::FilterCriteria::fromJson(QJsonDocument::fromJson(json).object());
    return filter;
}

void ConsoleSettings::setLastFilter(const SavedFilter &filter)
{
    setValue(Key::LastFilter, QJsonDocument(filter.criteria.toJson()).toJson(QJsonDocument::Compact));
}

QList<SavedFilter> ConsoleSettings::savedFilters() const
{
    return SavedFilter::listFromJson(value(Key::SavedFilters).toByteArray());
}

void ConsoleSettings::setSavedFilters(const QList<SavedFilter> &filters)
{
    setValue(Key::SavedFilters, SavedFilter::listToJson(filters));
}

void ConsoleSettings::saveFilter(const SavedFilter &filter)
{
    QList<SavedFilter> filters = savedFilters();
    const auto existing = std::find_if(
        filters.begin(), filters.end(), [&filter](const SavedFilter &f) { return f.name == filter.name; });
    if (existing != filters.end())
        *existing = filter;
    else
        filters.append(filter);
    std::sort(filters.begin(), filters.end(),
        [](const SavedFilter &a, const SavedFilter &b) { return a.name.localeAwareCompare(b.name) < 0; });
    setSavedFilters(filters);
}

bool ConsoleSettings::removeSavedFilter(const QString &name)
{
    QList<SavedFilter> filters = savedFilters();
    const auto removed = filters.removeIf([&name](const SavedFilter &f) { return f.name == name; });
    if (removed == 0)
        return false;
    setSavedFilters(filters);
    return true;
}

QStringList ConsoleSettings::knownStoreIds() const
{
    return value(Key::KnownStoreIds).toStringList();
}

bool ConsoleSettings::addKnownStoreIds(const QStringList &ids)
{
    const QStringList before = knownStoreIds();
    QStringList after;
    for (const QString &id : ids) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !after.contains(trimmed))
            after.append(trimmed);
    }
    for (const QString &id : before) {
        if (!after.contains(id))
            after.append(id);
    }
    while (after.size() > MaxKnownStoreIds)
        after.removeLast();
    if (after == before)
        return false;
    setValue(Key::KnownStoreIds, after);
    return true;
}

int ConsoleSettings::autoRefreshSeconds() const
{
    return std::max(0, value(Key::AutoRefreshSeconds).toInt());
}

void ConsoleSettings::setAutoRefreshSeconds(int seconds)
{
    setValue(Key::AutoRefreshSeconds, std::max(0, seconds));
}

namespace {
// One key per account; the id is percent-encoded so that no "/" makes a group of it.
QString paymentLinkReturnUrlKey(const QString &accountId)
{
    return QStringLiteral("PaymentLink/return_url/") + QString::fromLatin1(QUrl::toPercentEncoding(accountId));
}
} // namespace

QString ConsoleSettings::paymentLinkReturnUrl(const QString &accountId) const
{
    return m_settings->value(paymentLinkReturnUrlKey(accountId)).toString();
}

void ConsoleSettings::setPaymentLinkReturnUrl(const QString &accountId, const QString &url)
{
    m_settings->setValue(paymentLinkReturnUrlKey(accountId), url);
}

QString ConsoleSettings::exportDirectory() const
{
    return value(Key::ExportDirectory).toString();
}

void ConsoleSettings::setExportDirectory(const QString &directory)
{
    setValue(Key::ExportDirectory, directory);
}

QString ConsoleSettings::credentialKindName(Api::ConnectionSettings::CredentialKind kind)
{
    using Kind = Api::ConnectionSettings::CredentialKind;
    switch (kind) {
    case Kind::ClientCredentials:
        return QStringLiteral("client_credentials");
    case Kind::ApiKey:
        return QStringLiteral("api_key");
    case Kind::BearerToken:
        return QStringLiteral("bearer_token");
    }
    return {};
}

Api::ConnectionSettings::CredentialKind ConsoleSettings::credentialKindFromName(const QString &name)
{
    using Kind = Api::ConnectionSettings::CredentialKind;
    if (name == QLatin1String("api_key"))
        return Kind::ApiKey;
    if (name == QLatin1String("bearer_token"))
        return Kind::BearerToken;
    return Kind::ClientCredentials;
}

Api::ConnectionSettings ConsoleSettings::connection() const
{
    Api::ConnectionSettings connection;
    const QUrl url(value(Key::ConnectionBaseUrl).toString(), QUrl::StrictMode);
    if (url.isValid() && !url.isEmpty())
        connection.baseUrl = url;
    connection.accountId = value(Key::ConnectionAccountId).toString();
    connection.credentialKind = credentialKindFromName(value(Key::ConnectionCredentialKind).toString());
    connection.clientId = value(Key::ConnectionClientId).toString();
    return connection;
}

void ConsoleSettings::setConnection(const Api::ConnectionSettings &connection)
{
    setValue(Key::ConnectionBaseUrl, connection.baseUrl.toString());
    setValue(Key::ConnectionAccountId, connection.accountId);
    setValue(Key::ConnectionCredentialKind, credentialKindName(connection.credentialKind));
    setValue(Key::ConnectionClientId, connection.clientId);
    qCDebug(lcSettings) << "connection saved for account" << connection.accountId;
}

bool ConsoleSettings::hasConnection() const
{
    return !value(Key::ConnectionAccountId).toString().isEmpty();
}

QList<ConnectionProfile> ConsoleSettings::profiles() const
{
    QList<ConnectionProfile> list;
    const QJsonArray array = QJsonDocument::fromJson(value(Key::ConnectionProfiles).toByteArray()).array();
    for (const QJsonValue &entry : array) {
        if (std::optional<ConnectionProfile> profile = ConnectionProfile::fromJson(entry.toObject()))
            list.append(*profile);
        else
            qCWarning(lcSettings) << "a connection profile in the settings could not be read and is skipped";
    }
    return list;
}

void ConsoleSettings::setProfiles(const QList<ConnectionProfile> &profiles)
{
    QJsonArray array;
    for (const ConnectionProfile &profile : profiles)
        array.append(profile.toJson());
    setValue(Key::ConnectionProfiles, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QUuid ConsoleSettings::lastProfileId() const
{
    return QUuid::fromString(value(Key::LastProfileId).toString());
}

void ConsoleSettings::setLastProfileId(const QUuid &id)
{
    setValue(Key::LastProfileId, id.toString(QUuid::WithoutBraces));
}

std::optional<ConnectionProfile> ConsoleSettings::migrateConnectionToProfile()
{
    if (!hasConnection())
        return std::nullopt;
    const Api::ConnectionSettings old = connection();
    ConnectionProfile profile = ConnectionProfile::create(old.accountId);
    profile.accountId = old.accountId;
    profile.credentialKind = old.credentialKind;
    profile.clientId = old.clientId;
    if (old.baseUrl != Api::ConnectionSettings::defaultBaseUrl()) {
        profile.environment = ConnectionProfile::Environment::Custom;
        profile.customBaseUrl = old.baseUrl;
    }
    QList<ConnectionProfile> list = profiles();
    list.append(profile);
    setProfiles(list);
    setLastProfileId(profile.id);
    for (const Key key :
        { Key::ConnectionBaseUrl, Key::ConnectionAccountId, Key::ConnectionCredentialKind, Key::ConnectionClientId })
        remove(key);
    qCInfo(lcSettings) << "the connection of account" << old.accountId << "became a profile";
    return profile;
}

} // namespace Dintero::Settings
