// The Norwegian catalogue as the programs load it: the .qm files that console_translations
// embeds under :/i18n in dintero-console and dintero-sessions, checked against the .ts.

#include "api/apierror.h"
#include "api/connectionsettings.h"
#include "cli/argumentparser.h"
#include "cli/command.h"
#include "cli/sessionformatter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct CatalogueMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per numerus form
};

// Every message of a .ts file, or an empty list (and *error) when it cannot be read.
QList<CatalogueMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<CatalogueMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("TS"))
            continue;
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
                continue;
            }
            if (xml.name() != QLatin1String("message")) {
                xml.skipCurrentElement();
                continue;
            }
            CatalogueMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations.append(xml.readElementText());
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%99 and %L1…, sorted; %n is checked apart (a singular form may spell the number out).
QStringList argumentMarkers(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?\\d+"));
    QStringList markers;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        markers.append(match.captured());
    markers.sort();
    return markers;
}

QString describe(const CatalogueMessage &message)
{
    return message.context + QStringLiteral(" | ") + message.source;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void catalogue_everyMessageFinished();
    void catalogue_keepsPlaceholdersAndMnemonics();
    void embeddedQm_matchesTsFile();
    void runtimeContexts_translate_data();
    void runtimeContexts_translate();
    void numerus_twoNorwegianForms();
    void commandContext_translates();

private:
    QTranslator m_translator;
    QList<CatalogueMessage> m_messages;
};

void TranslationsTest::initTestCase()
{
    QString error;
    m_messages = readTsFile(QStringLiteral(CONSOLE_NB_TS), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_messages.size() > 400);
    // The file name and folder that both programs' main() ask QTranslator for.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dintero-console_nb.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dintero-console_en.qm")));
    QVERIFY(m_translator.load(QLocale(QLocale::NorwegianBokmal, QLocale::Norway), QStringLiteral("dintero-console"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(m_translator.language(), QStringLiteral("nb_NO"));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TranslationsTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TranslationsTest::catalogue_everyMessageFinished()
{
    QStringList unfinished;
    for (const CatalogueMessage &message : std::as_const(m_messages)) {
        const bool empty = message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                [](const QString &translation) { return translation.isEmpty(); });
        if (message.unfinished || empty)
            unfinished.append(describe(message));
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
}

void TranslationsTest::catalogue_keepsPlaceholdersAndMnemonics()
{
    QStringList problems;
    for (const CatalogueMessage &message : std::as_const(m_messages)) {
        for (qsizetype form = 0; form < message.translations.size(); ++form) {
            const QString &translation = message.translations.at(form);
            if (argumentMarkers(translation) != argumentMarkers(message.source))
                problems.append(QStringLiteral("placeholders: ") + describe(message));
            // The plural form (the last) must show the number.
            const bool lastForm = form == message.translations.size() - 1;
            if (message.source.contains(QLatin1String("%n")) && lastForm && !translation.contains(QLatin1String("%n")))
                problems.append(QStringLiteral("%n: ") + describe(message));
            const bool sourceHasMnemonic = message.source.contains(QRegularExpression(QStringLiteral("&[^&\\s]")));
            const bool translationHasMnemonic = translation.contains(QRegularExpression(QStringLiteral("&[^&\\s]")));
            if (sourceHasMnemonic != translationHasMnemonic)
                problems.append(QStringLiteral("mnemonic: ") + describe(message));
            if (message.source.endsWith(u' ') != translation.endsWith(u' ')
                || message.source.endsWith(u':') != translation.endsWith(u':')
                || message.source.count(u'\n') != translation.count(u'\n'))
                problems.append(QStringLiteral("ending or lines: ") + describe(message));
            // Option and variable names are part of the interface, never translated.
            static const QRegularExpression literal(QStringLiteral("--[a-z][a-z0-9-]*|DINTERO_[A-Z_]+|https?://\\S+"));
            for (const QRegularExpressionMatch &match : literal.globalMatch(message.source)) {
                if (!translation.contains(match.captured()))
                    problems.append(QStringLiteral("literal %1: ").arg(match.captured()) + describe(message));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::embeddedQm_matchesTsFile()
{
    // A stale or partial .qm in the resource would show here: every finished message of
    // the .ts must come back from the embedded catalogue as written.
    QStringList mismatches;
    for (const CatalogueMessage &message : std::as_const(m_messages)) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        if (message.numerus) {
            const QString one = m_translator.translate(
                context.constData(), source.constData(), message.comment.isEmpty() ? nullptr : comment.constData(), 1);
            const QString many = m_translator.translate(
                context.constData(), source.constData(), message.comment.isEmpty() ? nullptr : comment.constData(), 5);
            if (message.translations.size() != 2 || one != message.translations.at(0)
                || many != message.translations.at(1))
                mismatches.append(describe(message));
        } else {
            const QString translated = m_translator.translate(
                context.constData(), source.constData(), message.comment.isEmpty() ? nullptr : comment.constData());
            if (translated != message.translations.value(0))
                mismatches.append(describe(message));
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

void TranslationsTest::runtimeContexts_translate_data()
{
    QTest::addColumn<QString>("translated");
    QTest::addColumn<QString>("expected");

    // Through each class's own tr(), so that the context lupdate wrote is the one the
    // program asks for.
    QTest::newRow("ApiError timeout") << Dintero::Api::ApiError::tr("The server did not answer in time.")
                                      << QStringLiteral("Serveren svarte ikke i tide.");
    QTest::newRow("ApiError HTTP") << Dintero::Api::ApiError::tr("Dintero had a problem (HTTP %1): %2")
                                   << QStringLiteral("Dintero fikk et problem (HTTP %1): %2");
    QTest::newRow("ConnectionSettings production") << QCoreApplication::translate("Dintero::Api::ConnectionSettings",
        "Production") << QStringLiteral("Produksjon");
    QTest::newRow("ConnectionSettings account id")
        << Dintero::Api::ConnectionSettings::tr("The account id must be T or P followed by 8 digits, e.g. T12345678.")
        << QStringLiteral("Konto-ID-en må være T eller P etterfulgt av 8 sifre, f.eks. T12345678.");
    QTest::newRow("ArgumentParser usage") << Dintero::Cli::ArgumentParser::tr("Usage: %1 [options] COMMAND [options]")
                                          << QStringLiteral("Bruk: %1 [valg] KOMMANDO [valg]");
    QTest::newRow("SessionFormatter column")
        << Dintero::Cli::SessionFormatter::tr("Merchant ref") << QStringLiteral("Ordrereferanse");
}

void TranslationsTest::runtimeContexts_translate()
{
    QFETCH(QString, translated);
    QFETCH(QString, expected);
    QCOMPARE(translated, expected);
}

void TranslationsTest::numerus_twoNorwegianForms()
{
    QCOMPARE(QCoreApplication::translate(
                 "Dintero::Cli::ListCommand", "Loading stopped after %n session(s) before the last page.", nullptr, 1),
        QStringLiteral("Innlastingen stoppet etter 1 økt, før den siste siden."));
    QCOMPARE(QCoreApplication::translate(
                 "Dintero::Cli::ListCommand", "Loading stopped after %n session(s) before the last page.", nullptr, 3),
        QStringLiteral("Innlastingen stoppet etter 3 økter, før den siste siden."));
}

void TranslationsTest::commandContext_translates()
{
    QCOMPARE(Dintero::Cli::Command::tr("No connection to Dintero was set up."),
        QStringLiteral("Ingen tilkobling til Dintero er satt opp."));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
