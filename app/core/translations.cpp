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
    if (!consoleTranslator->load(
            locale, QStringLiteral("dintero-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete consoleTranslator;
        return false;
    }
    QCoreApplication::installTranslator(consoleTranslator);
    return true;
}

} // namespace Dintero::Core
