// The translators both programs install at start-up (Core::installTranslators), against
// the catalogue that console_translations embeds under :/i18n.

#include "core/translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        // The translators are children of the application; remove them between tests.
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
    }

    void norwegian_translatesConsoleAndCommandLineTexts()
    {
        QVERIFY(Dintero::Core::installTranslators(
            *QCoreApplication::instance(), QLocale(QLocale::NorwegianBokmal, QLocale::Norway)));
        QCOMPARE(QCoreApplication::translate("Dintero::Cli::Command", "No connection to Dintero was set up."),
            QStringLiteral("Ingen tilkobling til Dintero er satt opp."));
        QCOMPARE(QCoreApplication::translate("Dintero::Cli::ArgumentParser", "Usage: %1 [options] COMMAND [options]"),
            QStringLiteral("Bruk: %1 [valg] KOMMANDO [valg]"));
    }

    void unknownLanguage_keepsTheSourceTexts()
    {
        QVERIFY(!Dintero::Core::installTranslators(
            *QCoreApplication::instance(), QLocale(QLocale::Japanese, QLocale::Japan)));
        QCOMPARE(QCoreApplication::translate("Dintero::Cli::Command", "No connection to Dintero was set up."),
            QStringLiteral("No connection to Dintero was set up."));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
