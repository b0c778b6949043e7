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

    // A language without a catalogue (or a bare C locale) reads English with real plural
    // forms, never "1 session(s)".
    void unknownLanguage_fallsBackToEnglish_withItsPluralForms()
    {
        QVERIFY(Dintero::Core::installTranslators(
            *QCoreApplication::instance(), QLocale(QLocale::Japanese, QLocale::Japan)));
        QCOMPARE(QCoreApplication::translate("Dintero::Cli::Command", "No connection to Dintero was set up."),
            QStringLiteral("No connection to Dintero was set up."));
        QCOMPARE(QCoreApplication::translate("Dintero::Ui::MainWindow", "%n session(s) loaded", nullptr, 1),
            QStringLiteral("1 session loaded"));
        QCOMPARE(QCoreApplication::translate("Dintero::Ui::MainWindow", "%n session(s) loaded", nullptr, 3),
            QStringLiteral("3 sessions loaded"));
        QVERIFY(Dintero::Core::installTranslators(*QCoreApplication::instance(), QLocale::c()));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
