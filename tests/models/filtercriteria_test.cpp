#include "models/datepresets.h"
#include "models/filtercriteria.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Dintero;
using Models::DatePreset;
using Models::FilterCriteria;
using Models::SearchStage;

class FilterCriteriaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isIdShaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("id");
        QTest::newRow("session id") << QStringLiteral("T12345678.5cyWnV68vzJ1kYjZPrKWWm") << true;
        QTest::newRow("production id") << QStringLiteral("P87654321.3YkJXSdSnUBXcmQSzn7uJj") << true;
        QTest::newRow("padded") << QStringLiteral("  T12345678.abc_123 \n") << true;
        QTest::newRow("seven digits") << QStringLiteral("T1234567.abc") << false;
        QTest::newRow("no dot") << QStringLiteral("T12345678abc") << false;
        QTest::newRow("lower-case prefix") << QStringLiteral("t12345678.abc") << false;
        QTest::newRow("merchant reference") << QStringLiteral("SO-100482") << false;
        QTest::newRow("name") << QStringLiteral("Kari Nordmann") << false;
        QTest::newRow("two ids") << QStringLiteral("T12345678.a T12345678.b") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isIdShaped()
    {
        QFETCH(QString, text);
        QFETCH(bool, id);
        QCOMPARE(Models::isIdShaped(text), id);
    }

    void parseIdList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("commas") << QStringLiteral("a,b, c")
                                << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
        QTest::newRow("new lines") << QStringLiteral("a\nb\r\nc\n")
                                   << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
        QTest::newRow("spaces and tabs") << QStringLiteral(
            " a\tb  c ") << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
        QTest::newRow("duplicates") << QStringLiteral("a;b;a")
                                    << QStringList { QStringLiteral("a"), QStringLiteral("b") };
        QTest::newRow("empty") << QStringLiteral(" , \n") << QStringList {};
    }

    void parseIdList()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QCOMPARE(Models::parseIdList(text), ids);
    }

    void toSessionFilter_searchOrId()
    {
        FilterCriteria criteria;
        criteria.searchText = QStringLiteral("  Kari Nordmann ");
        criteria.storeIds = { QStringLiteral("oslo-sentrum"), QStringLiteral("bergen-bryggen") };
        Core::SessionFilter filter = criteria.toSessionFilter();
        QCOMPARE(filter.search(), QStringLiteral("Kari Nordmann"));
        QCOMPARE(filter.storeIds(), criteria.storeIds);
        QVERIFY(filter.sessionIds().isEmpty());

        const QString id = QStringLiteral("T12345678.5cyWnV68vzJ1kYjZPrKWWm");
        criteria.searchText = id;
        criteria.sessionIds = { QStringLiteral("T12345678.other") };
        filter = criteria.toSessionFilter(SearchStage::AsSessionId);
        QVERIFY(filter.search().isEmpty());
        QCOMPARE(filter.sessionIds(), (QStringList { QStringLiteral("T12345678.other"), id }));
        QVERIFY(filter.transactionIds().isEmpty());

        filter = criteria.toSessionFilter(SearchStage::AsTransactionId);
        QVERIFY(filter.search().isEmpty());
        QCOMPARE(filter.sessionIds(), QStringList { QStringLiteral("T12345678.other") });
        QCOMPARE(filter.transactionIds(), QStringList { id });
    }

    void presets_areLocalDaysWithAnExplicitOffset_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        // "Now" is Tuesday 2025-03-04 09:30 in Oslo (+01:00).
        QTest::newRow("today") << int(DatePreset::Today) << QStringLiteral("2025-03-04T00:00:00+01:00")
                               << QStringLiteral("2025-03-04T23:59:59.999+01:00");
        QTest::newRow("yesterday") << int(DatePreset::Yesterday) << QStringLiteral("2025-03-03T00:00:00+01:00")
                                   << QStringLiteral("2025-03-03T23:59:59.999+01:00");
        QTest::newRow("last 7 days") << int(DatePreset::Last7Days) << QStringLiteral("2025-02-26T00:00:00+01:00")
                                     << QStringLiteral("2025-03-04T23:59:59.999+01:00");
        QTest::newRow("last 30 days") << int(DatePreset::Last30Days) << QStringLiteral("2025-02-03T00:00:00+01:00")
                                      << QStringLiteral("2025-03-04T23:59:59.999+01:00");
        QTest::newRow("this month") << int(DatePreset::ThisMonth) << QStringLiteral("2025-03-01T00:00:00+01:00")
                                    << QStringLiteral("2025-03-04T23:59:59.999+01:00");
    }

    void presets_areLocalDaysWithAnExplicitOffset()
    {
        QFETCH(int, preset);
        QFETCH(QString, from);
        QFETCH(QString, to);
        // The test runs with TZ=Europe/Oslo: local time is what the agent sees.
        const QDateTime now(QDate(2025, 3, 4), QTime(9, 30), Qt::LocalTime);
        QCOMPARE(now.offsetFromUtc(), 3600);
        const Models::DateRange range = Models::presetRange(DatePreset(preset), now);
        QCOMPARE(Core::SessionFilter::formatTimestamp(range.from), from);
        QCOMPARE(Core::SessionFilter::formatTimestamp(range.to), to);

        FilterCriteria criteria;
        criteria.datePreset = DatePreset(preset);
        const Core::SessionFilter filter = criteria.resolvedAt(now).toSessionFilter();
        const QString query = filter.toQuery().toString(QUrl::FullyDecoded);
        QVERIFY2(query.contains(QStringLiteral("created_at.gte=") + from), qPrintable(query));
        QVERIFY2(query.contains(QStringLiteral("created_at.lte=") + to), qPrintable(query));
    }

    void presets_followTheClocksZone()
    {
        // Same instant, another zone: the day boundaries move with it.
        const QDateTime now(QDate(2025, 7, 1), QTime(1, 0), QTimeZone("America/New_York"));
        const Models::DateRange range = Models::presetRange(DatePreset::Today, now);
        QCOMPARE(Core::SessionFilter::formatTimestamp(range.from), QStringLiteral("2025-07-01T00:00:00-04:00"));
        QVERIFY(!Models::presetRange(DatePreset::None, now).from.isValid());
    }

    void json_roundTrips()
    {
        FilterCriteria criteria;
        criteria.searchText = QStringLiteral("SO-100482");
        criteria.createdFrom = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::OffsetFromUTC, 3600);
        criteria.createdTo = QDateTime(QDate(2025, 3, 4), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, 3600);
        criteria.storeIds = { QStringLiteral("oslo-sentrum") };
        criteria.transactionIds = { QStringLiteral("T12345678.t1") };
        criteria.sessionIds = { QStringLiteral("T12345678.s1"), QStringLiteral("T12345678.s2") };
        criteria.statuses = Models::StatusSet::none();
        criteria.statuses.insert(Core::SessionStatus::Failed);
        const FilterCriteria back = FilterCriteria::fromJson(criteria.toJson());
        QCOMPARE(back, criteria);
        QCOMPARE(back.createdFrom.offsetFromUtc(), 3600);

        FilterCriteria preset;
        preset.datePreset = DatePreset::Last7Days;
        QCOMPARE(FilterCriteria::fromJson(preset.toJson()).datePreset, DatePreset::Last7Days);
        QVERIFY(FilterCriteria().isEmpty());
        QVERIFY(FilterCriteria::fromJson({}).statuses.isAll());
        QVERIFY(!criteria.isEmpty());
    }

    void statusSet_keys()
    {
        Models::StatusSet set = Models::StatusSet::none();
        set.insert(Core::SessionStatus::OnHold);
        set.insert(Core::SessionStatus::Cancelled);
        QCOMPARE(set.keys(), (QStringList { QStringLiteral("on_hold"), QStringLiteral("cancelled") }));
        QCOMPARE(Models::StatusSet::fromKeys(set.keys() << QStringLiteral("bogus")), set);
        QCOMPARE(set.count(), 2);
        QVERIFY(Models::StatusSet::all().isAll());
        QCOMPARE(Models::StatusSet::all().count(), 7);
    }
};

QTEST_GUILESS_MAIN(FilterCriteriaTest)
#include "filtercriteria_test.moc"
