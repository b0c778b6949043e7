#include "togglemenu.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace Dintero::Ui {

ToggleMenuKeeper::ToggleMenuKeeper(QMenu *menu) : QObject(menu)
{
    menu->installEventFilter(this);
}

void ToggleMenuKeeper::install(QMenu *menu)
{
    new ToggleMenuKeeper(menu);
}

bool ToggleMenuKeeper::eventFilter(QObject *watched, QEvent *event)
{
    auto *menu = qobject_cast<QMenu *>(watched);
    if (!menu)
        return false;
    QAction *action = nullptr;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            action = menu->actionAt(mouse->position().toPoint());
    } else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        action = menu->activeAction();
    }
    if (!action || !action->isCheckable() || !action->isEnabled() || action->menu())
        return false;
    // QAction::trigger() toggles and emits triggered() and toggled(), as a click would,
    // without the menu closing.
    action->trigger();
    return true;
}

} // namespace Dintero::Ui
