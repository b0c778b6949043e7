#pragma once

#include <QObject>

class QMenu;

namespace Dintero::Ui {

// Keeps a menu open while the agent ticks its checkable entries (statuses to show,
// columns to show): a click or Space toggles the entry under the pointer or the
// keyboard; other entries, Enter and Escape close the menu as usual.
class ToggleMenuKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToggleMenuKeeper)

public:
    // Installs itself on `menu`, which owns it.
    static void install(QMenu *menu);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ToggleMenuKeeper(QMenu *menu);
};

} // namespace Dintero::Ui
