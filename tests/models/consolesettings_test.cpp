#include "settings/consolesettings.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dintero;
using Settings::ConsoleSettings;
using Settings::SavedFilter;

class ConsoleSettingsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void keyTable_namesEveryKeyOnce()
    {
        QSet<QString> names;
        for (int key = 0; key < int(ConsoleSettings::Key::KeyCount); ++key) {
            const QString name = ConsoleSettings::keyName(ConsoleSettings::Key(key));
            QVERIFY2(name.contains(u'/'), qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(ConsoleSettings::keyName(ConsoleSettings::Key::SessionsHeaderState),
            QStringLiteral("SessionsView/header_state"));
        QCOMPARE(
            ConsoleSettings::keyName(ConsoleSettings::Key::MainWindowGeometry), QStringLiteral("MainWindow/geometry"));
    }

    void emptyFile_givesDefaults()
    {
        ConsoleSettings settings(file());
        QVERIFY(settings.mainWindowGeometry().isEmpty());
        QVERIFY(settings.lastFilter().criteria.isEmpty());
        QVERIFY(settings.savedFilters().isEmpty());
        QCOMPARE(settings.autoRefreshSeconds(), 0);
        QVERIFY(!settings.hasConnection());
        QCOMPARE(settings.connection().baseUrl, Api::ConnectionSettings::defaultBaseUrl());
    }

    void savedFilters_persistSortedAndReplaceByName()
    {
        {
            ConsoleSettings settings(file());
            SavedFilter oslo { QStringLiteral("Oslo today"), {} };
            oslo.criteria.storeIds = { QStringLiteral("oslo-sentrum") };
            oslo.criteria.datePreset = Models::DatePreset::Today;
            SavedFilter failed { QStringLiteral("Failed"), {} };
            failed.criteria.statuses = Models::StatusSet::none();
            failed.criteria.statuses.insert(Core::SessionStatus::Failed);
            settings.saveFilter(oslo);
            settings.saveFilter(failed);
            oslo.criteria.searchText = QStringLiteral("Nordmann");
            settings.saveFilter(oslo);
            settings.sync();
        }
        ConsoleSettings settings(file());
        const QList<SavedFilter> saved = settings.savedFilters();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).name, QStringLiteral("Failed"));
        QCOMPARE(saved.at(1).name, QStringLiteral("Oslo today"));
        QCOMPARE(saved.at(1).criteria.searchText, QStringLiteral("Nordmann"));
        QCOMPARE(saved.at(1).criteria.datePreset, Models::DatePreset::Today);
        QVERIFY(settings.removeSavedFilter(QStringLiteral("Failed")));
        QVERIFY(!settings.removeSavedFilter(QStringLiteral("Failed")));
        QCOMPARE(settings.savedFilters().size(), 1);
    }

    void corruptSavedFilters_giveAnEmptyList()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("Filters/saved"), QByteArray("{not json"));
        }
        ConsoleSettings settings(file());
        QVERIFY(settings.savedFilters().isEmpty());
    }

    void knownStoreIds_mostRecentFirstAndCapped()
    {
        ConsoleSettings settings(file());
        QVERIFY(settings.addKnownStoreIds({ QStringLiteral("a"), QStringLiteral("b") }));
        QVERIFY(!settings.addKnownStoreIds({ QStringLiteral("a"), QStringLiteral("b") }));
        QVERIFY(settings.addKnownStoreIds({ QStringLiteral("c") }));
        QCOMPARE(
            settings.knownStoreIds(), (QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b") }));
        QStringList many;
        for (int i = 0; i < 300; ++i)
            many.append(QStringLiteral("store-%1").arg(i));
        settings.addKnownStoreIds(many);
        QCOMPARE(settings.knownStoreIds().size(), ConsoleSettings::MaxKnownStoreIds);
    }

    void connection_neverWritesSecrets()
    {
        Api::ConnectionSettings connection;
        connection.baseUrl = QUrl(QStringLiteral("https://checkout.dintero.com/v1"));
        connection.accountId = QStringLiteral("P12345678");
        connection.clientId = QStringLiteral("client-id");
        connection.clientSecret = QStringLiteral("very-secret-value");
        connection.apiKey = QStringLiteral("api-key-value");
        connection.bearerToken = QStringLiteral("token-value");
        {
            ConsoleSettings settings(file());
            settings.setConnection(connection);
            settings.sync();
        }
        QFile raw(file());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY(!text.contains("very-secret-value"));
        QVERIFY(!text.contains("api-key-value"));
        QVERIFY(!text.contains("token-value"));

        ConsoleSettings settings(file());
        const Api::ConnectionSettings back = settings.connection();
        QVERIFY(settings.hasConnection());
        QCOMPARE(back.accountId, connection.accountId);
        QCOMPARE(back.clientId, connection.clientId);
        QCOMPARE(back.baseUrl, connection.baseUrl);
        QVERIFY(back.clientSecret.isEmpty());
    }

    void lastFilter_roundTrips()
    {
        SavedFilter last;
        last.criteria.searchText = QStringLiteral("SO-1");
        last.criteria.sessionIds = { QStringLiteral("T12345678.x") };
        {
            ConsoleSettings settings(file());
            settings.setLastFilter(last);
        }
        ConsoleSettings settings(file());
        QCOMPARE(settings.lastFilter().criteria, last.criteria);
    }
};

QTEST_GUILESS_MAIN(ConsoleSettingsTest)
#include "consolesettings_test.moc"
