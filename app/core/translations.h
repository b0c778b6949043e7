#pragma once

#include <QLocale>

class QCoreApplication;

namespace Dintero::Core {

// Installs Qt's own catalogue (qtbase, from Qt's translations folder: dialog buttons,
// command-line parser messages) and the console's (dintero-console_<language>.qm under
// :/i18n, embedded by console_translations in dintero-console and dintero-sessions) for
// `locale` on `app`, which owns the translators. A missing catalogue leaves the English
// source texts. Returns whether the console's catalogue was found.
bool installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Dintero::Core
