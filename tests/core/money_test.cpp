#include "core/money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using Dintero::Core::Money;

class MoneyTest : public QObject
{
    Q_OBJECT

private slots:
    void minorUnitDigits_data();
    void minorUnitDigits();
    void format_data();
    void format();
    void format_isExactForLargeValues();
};

void MoneyTest::minorUnitDigits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::newRow("NOK") << QStringLiteral("NOK") << 2;
    QTest::newRow("lower case") << QStringLiteral("sek") << 2;
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
    QTest::newRow("ISK") << QStringLiteral("ISK") << 0;
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
    QTest::newRow("CLF") << QStringLiteral("CLF") << 4;
    QTest::newRow("unknown") << QStringLiteral("XYZ") << 2;
    QTest::newRow("empty") << QString() << 2;
}

void MoneyTest::minorUnitDigits()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QCOMPARE(Dintero::Core::minorUnitDigits(currency), digits);
}

void MoneyTest::format_data()
{
    QTest::addColumn<Money>("money");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    const QString nbsp = QString(QChar(0x00A0));
    const QString minus = QString(QChar(0x2212));
    QTest::newRow("en NOK") << Money { 29990, QStringLiteral("NOK") } << QStringLiteral("en_US")
                            << QStringLiteral("NOK") + nbsp + QStringLiteral("299.90");
    QTest::newRow("en grouping") << Money { 123456789, QStringLiteral("NOK") } << QStringLiteral("en_US")
                                 << QStringLiteral("NOK") + nbsp + QStringLiteral("1,234,567.89");
    QTest::newRow("en negative") << Money { -5, QStringLiteral("EUR") } << QStringLiteral("en_US")
                                 << QStringLiteral("-EUR") + nbsp + QStringLiteral("0.05");
    QTest::newRow("en JPY") << Money { 1500, QStringLiteral("JPY") } << QStringLiteral("en_US")
                            << QStringLiteral("JPY") + nbsp + QStringLiteral("1,500");
    QTest::newRow("en KWD") << Money { 1234, QStringLiteral("KWD") } << QStringLiteral("en_US")
                            << QStringLiteral("KWD") + nbsp + QStringLiteral("1.234");
    QTest::newRow("nb NOK") << Money { 29990, QStringLiteral("NOK") } << QStringLiteral("nb_NO")
                            << QStringLiteral("NOK") + nbsp + QStringLiteral("299,90");
    QTest::newRow("nb grouping") << Money { 123456789, QStringLiteral("NOK") } << QStringLiteral("nb_NO")
                                 << QStringLiteral("NOK") + nbsp + QStringLiteral("1") + nbsp + QStringLiteral("234")
            + nbsp + QStringLiteral("567,89");
    QTest::newRow("nb negative") << Money { -29990, QStringLiteral("NOK") } << QStringLiteral("nb_NO")
                                 << minus + QStringLiteral("NOK") + nbsp + QStringLiteral("299,90");
    QTest::newRow("de EUR") << Money { 100, QStringLiteral("EUR") } << QStringLiteral("de_DE")
                            << QStringLiteral("1,00") + nbsp + QStringLiteral("EUR");
    QTest::newRow("C EUR") << Money { 4580, QStringLiteral("EUR") } << QStringLiteral("C")
                           << QStringLiteral("45.80") + nbsp + QStringLiteral("EUR");
    QTest::newRow("no currency") << Money { 4200, QString() } << QStringLiteral("en_US") << QStringLiteral("42.00");
    QTest::newRow("zero") << Money { 0, QStringLiteral("NOK") } << QStringLiteral("en_US")
                          << QStringLiteral("NOK") + nbsp + QStringLiteral("0.00");
}

void MoneyTest::format()
{
    QFETCH(Money, money);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Dintero::Core::formatMoney(money, QLocale(locale)), expected);
}

void MoneyTest::format_isExactForLargeValues()
{
    const QLocale c = QLocale::c();
    QLocale plain(QLocale::English, QLocale::UnitedStates);
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    QCOMPARE(Dintero::Core::formatMoney(Money { std::numeric_limits<qint64>::max(), QString() }, plain),
        QStringLiteral("92233720368547758.07"));
    QCOMPARE(Dintero::Core::formatMoney(Money { std::numeric_limits<qint64>::min(), QString() }, plain),
        QStringLiteral("-92233720368547758.08"));
    QCOMPARE(Dintero::Core::formatMoney(Money { 9007199254740993, QString() }, plain),
        QStringLiteral("90071992547409.93")); // 2^53 + 1: a double would round it
    Q_UNUSED(c);
}

QTEST_GUILESS_MAIN(MoneyTest)
#include "money_test.moc"
