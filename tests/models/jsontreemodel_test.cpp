#include "models/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Dintero::Models::JsonTreeModel;

class JsonTreeModelTest : public QObject
{
    Q_OBJECT

private:
    static QJsonObject sample()
    {
        return QJsonDocument::fromJson("{\"id\":\"T1.a\",\"order\":{\"amount\":29800,\"currency\":\"NOK\","
                                       "\"items\":[{\"description\":\"Mug \\\"blue\\\"\",\"quantity\":2},"
                                       "{\"description\":\"Tea\"}]},"
                                       "\"flag\":true,\"nothing\":null,\"ratio\":0.25,\"events\":[]}")
            .object();
    }

    static QModelIndex child(const JsonTreeModel &model, const QString &key, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, JsonTreeModel::KeyColumn, parent);
            if (index.data().toString() == key)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void modelTester_walksTheWholeTree()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(sample());
        // The tester walks what it is given; expand everything by asking for every index.
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model.rowCount(parent); ++row)
                walk(model.index(row, 0, parent));
        };
        walk({});
        model.setJson(QJsonArray { 1, 2 });
        model.setJson(QJsonValue(QStringLiteral("scalar")));
        QCOMPARE(model.rowCount(), 1);
        model.setJson(QJsonValue(QJsonValue::Undefined));
        QCOMPARE(model.rowCount(), 0);
    }

    void columns_showKeyValueAndType()
    {
        JsonTreeModel model;
        model.setJson(sample());
        QCOMPARE(model.columnCount(), 3);
        const QModelIndex order = child(model, QStringLiteral("order"));
        QVERIFY(order.isValid());
        // "3 field(s)" untranslated; the English catalogue makes it "3 fields".
        QVERIFY(
            order.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString().startsWith(QStringLiteral("3 field")));
        QCOMPARE(order.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("object"));
        const QModelIndex amount = child(model, QStringLiteral("amount"), order);
        QCOMPARE(amount.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("29800"));
        QCOMPARE(amount.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("number"));
        const QModelIndex items = child(model, QStringLiteral("items"), order);
        QCOMPARE(model.rowCount(items), 2);
        QVERIFY(items.siblingAtColumn(JsonTreeModel::ValueColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("2 element")));
        const QModelIndex first = model.index(0, 0, items);
        QCOMPARE(first.data().toString(), QStringLiteral("[0]"));
        QCOMPARE(model.parent(first), items);
        QCOMPARE(model.path(child(model, QStringLiteral("description"), first)),
            QStringLiteral("order.items[0].description"));
        QCOMPARE(child(model, QStringLiteral("flag")).siblingAtColumn(1).data().toString(), QStringLiteral("true"));
        QCOMPARE(child(model, QStringLiteral("nothing")).siblingAtColumn(2).data().toString(), QStringLiteral("null"));
        QCOMPARE(child(model, QStringLiteral("ratio")).siblingAtColumn(1).data().toString(), QStringLiteral("0.25"));
        QVERIFY(!model.hasChildren(child(model, QStringLiteral("events"))));
    }

    void copy_givesCompactJsonOrPlainValue()
    {
        JsonTreeModel model;
        model.setJson(sample());
        const QModelIndex order = child(model, QStringLiteral("order"));
        const QModelIndex items = child(model, QStringLiteral("items"), order);
        const QModelIndex description = child(model, QStringLiteral("description"), model.index(0, 0, items));
        QCOMPARE(model.jsonText(description), QStringLiteral("\"Mug \\\"blue\\\"\""));
        QCOMPARE(model.valueText(description), QStringLiteral("Mug \"blue\""));
        QCOMPARE(model.jsonText(model.index(1, 0, items)), QStringLiteral(R"({"description":"Tea"})"));
        QCOMPARE(model.valueText(child(model, QStringLiteral("amount"), order)), QStringLiteral("29800"));
        // The whole document, compact, and it parses back to what was given.
        QCOMPARE(QJsonDocument::fromJson(model.jsonText({}).toUtf8()).object(), sample());
    }

    void thousandEvents_openWithoutWalkingTheTree()
    {
        QJsonArray events;
        for (int i = 0; i < 1000; ++i) {
            events.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("VISITED") },
                { QStringLiteral("created_at"), QStringLiteral("2026-12-03T10:00:00Z") },
                { QStringLiteral("details"), QJsonObject { { QStringLiteral("amount"), i } } } });
        }
        QJsonObject session = sample();
        session.insert(QStringLiteral("events"), events);

        // Timed without the tester: it walks every node on purpose.
        JsonTreeModel model;
        QElapsedTimer timer;
        timer.start();
        model.setJson(session);
        const QModelIndex eventsIndex = child(model, QStringLiteral("events"));
        const qint64 openNs = timer.nsecsElapsed();
        QCOMPARE(model.rowCount(eventsIndex), 1000);
        QVERIFY(eventsIndex.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("1000 element")));
        timer.restart();
        const QModelIndex last = model.index(999, 0, eventsIndex);
        const qint64 expandNs = timer.nsecsElapsed();
        QCOMPARE(model.valueText(child(model, QStringLiteral("amount"), child(model, QStringLiteral("details"), last))),
            QStringLiteral("999"));
        JsonTreeModel checked;
        QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
        checked.setJson(session);
        qInfo("1,000 events: top level %.3f ms, events expanded %.3f ms", double(openNs) / 1e6, double(expandNs) / 1e6);
    }
};

QTEST_GUILESS_MAIN(JsonTreeModelTest)
#include "jsontreemodel_test.moc"
