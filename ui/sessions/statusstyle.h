#pragma once

#include "core/sessionstatus.h"

#include <QColor>
#include <QIcon>

namespace Dintero::Ui {

// How a derived status looks: a colour and an icon whose shape differs per status (a
// check, a cross, a clock, ...), always shown next to the status text, never alone.
namespace StatusStyle {

QColor color(Core::SessionStatus status);
// Drawn once per status and size, then cached.
QIcon icon(Core::SessionStatus status);

} // namespace StatusStyle

} // namespace Dintero::Ui
