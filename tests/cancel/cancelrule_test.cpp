// §6's cancel rule as the console applies it before asking the agent.
#include "cancel/cancelrule.h"

#include <QJsonObject>
#include <QTest>

using namespace Dintero;
using Cancel::CancelAssessment;
using Core::TransactionStatus;
using Verdict = CancelAssessment::Verdict;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

Core::Session session(const QJsonObject &extra = {})
{
    QJsonObject object {
        { QStringLiteral("id"), QStringLiteral("T12345678.abc") },
        { QStringLiteral("created_at"), QStringLiteral("2026-12-03T10:00:00Z") },
        { QStringLiteral("expires_at"), QStringLiteral("2026-12-04T10:00:00Z") },
        { QStringLiteral("order"),
            QJsonObject { { QStringLiteral("amount"), 29800 }, { QStringLiteral("currency"), QStringLiteral("NOK") },
                { QStringLiteral("merchant_reference"), QStringLiteral("SO-1") } } },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return *Core::Session::fromJson(object);
}

Core::Transaction transaction(TransactionStatus status)
{
    Core::Transaction t;
    t.id = QStringLiteral("T12345678.tx");
    t.status = status;
    t.statusText = Core::transactionStatusKey(status);
    t.amount = { 29800, QStringLiteral("NOK") };
    return t;
}

} // namespace

class CancelRuleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void noTransaction_isAllowed_andSaysTheLinkStops()
    {
        const CancelAssessment a = Cancel::assessCancel(session(), std::nullopt, false, Now);
        QCOMPARE(a.verdict, Verdict::Allowed);
        QVERIFY2(a.consequence.contains(QStringLiteral("cannot be undone")), qPrintable(a.consequence));
        QVERIFY(a.reason.isEmpty());
    }

    void authorized_isAllowed_andNamesTheReservedAmount()
    {
        const Core::Session s = session({ { QStringLiteral("transaction_id"), QStringLiteral("T12345678.tx") } });
        const CancelAssessment a = Cancel::assessCancel(s, transaction(TransactionStatus::Authorized), false, Now);
        QCOMPARE(a.verdict, Verdict::Allowed);
        QVERIFY2(a.consequence.contains(Core::formatMoney({ 29800, QStringLiteral("NOK") }, QLocale())),
            qPrintable(a.consequence));
        QVERIFY2(a.consequence.contains(QStringLiteral("released")), qPrintable(a.consequence));
    }

    void initiated_isAllowed()
    {
        const Core::Session s = session({ { QStringLiteral("transaction_id"), QStringLiteral("T12345678.tx") } });
        QCOMPARE(
            Cancel::assessCancel(s, transaction(TransactionStatus::Initiated), false, Now).verdict, Verdict::Allowed);
    }

    void otherStatuses_areRefused_withAReason_data()
    {
        QTest::addColumn<TransactionStatus>("status");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("captured") << TransactionStatus::Captured << QStringLiteral("refund it instead");
        QTest::newRow("partially captured")
            << TransactionStatus::PartiallyCaptured << QStringLiteral("refund it instead");
        QTest::newRow("refunded") << TransactionStatus::Refunded << QStringLiteral("refunded");
        QTest::newRow("voided") << TransactionStatus::AuthorizationVoided << QStringLiteral("already released");
        QTest::newRow("failed") << TransactionStatus::Failed << QStringLiteral("did not go through");
        QTest::newRow("declined") << TransactionStatus::Declined << QStringLiteral("did not go through");
        QTest::newRow("on hold") << TransactionStatus::OnHold << QStringLiteral("under review");
    }

    void otherStatuses_areRefused_withAReason()
    {
        QFETCH(TransactionStatus, status);
        QFETCH(QString, reasonPart);
        const Core::Session s = session({ { QStringLiteral("transaction_id"), QStringLiteral("T12345678.tx") } });
        const CancelAssessment a = Cancel::assessCancel(s, transaction(status), false, Now);
        QCOMPARE(a.verdict, Verdict::NotAllowed);
        QVERIFY(!a.mayTry());
        QVERIFY2(a.reason.contains(reasonPart), qPrintable(a.reason));
        QVERIFY(!a.state.isEmpty());
    }

    void unreadableTransaction_letsTheServerDecide()
    {
        const Core::Session s = session({ { QStringLiteral("transaction_id"), QStringLiteral("T12345678.tx") } });
        const CancelAssessment a = Cancel::assessCancel(s, std::nullopt, true, Now);
        QCOMPARE(a.verdict, Verdict::ServerDecides);
        QVERIFY(a.mayTry());
        QVERIFY2(a.consequence.contains(QStringLiteral("Dintero decides")), qPrintable(a.consequence));
    }

    void cancelledSession_isRefused_evenWithoutTransaction()
    {
        const Core::Session s = session({ { QStringLiteral("cancelled_at"), QStringLiteral("2026-12-03T11:00:00Z") } });
        const CancelAssessment a = Cancel::assessCancel(s, std::nullopt, false, Now);
        QCOMPARE(a.verdict, Verdict::NotAllowed);
        QVERIFY2(a.reason.startsWith(QStringLiteral("Already cancelled")), qPrintable(a.reason));
    }

    void cancelledSession_isRefused_evenIfTheTransactionLooksAuthorized()
    {
        const Core::Session s = session({ { QStringLiteral("transaction_id"), QStringLiteral("T12345678.tx") },
            { QStringLiteral("cancelled_at"), QStringLiteral("2026-12-03T11:00:00Z") } });
        QCOMPARE(Cancel::assessCancel(s, transaction(TransactionStatus::Authorized), false, Now).verdict,
            Verdict::NotAllowed);
    }
};

QTEST_GUILESS_MAIN(CancelRuleTest)
#include "cancelrule_test.moc"
