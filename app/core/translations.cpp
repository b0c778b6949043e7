#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Dintero::Core {

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *consoleTranslator = new QTranslator(&app);
    // A language without a catalogue (or the C locale of a bare shell) gets the English
    // one, whose plural forms say "1 session" and "2 sessions", not "session(s)".
    if (!consoleTranslator->load(
            locale, QStringLiteral("dintero-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !consoleTranslator->load(QStringLiteral("dintero-console_en"), QStringLiteral(":/i18n"))) {
        delete consoleTranslator;
        return false;
    }
    QCoreApplication::installTranslator(consoleTranslator);
    return true;
}

} // namespace Dintero::Core
