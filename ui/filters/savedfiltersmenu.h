#pragma once

#include "models/filtercriteria.h"

#include <QMenu>

namespace Dintero::Settings {
class ConsoleSettings;
}

namespace Dintero::Ui {

// Filters → Saved Filters (also behind the filter panel's "Saved" button): "Save Filters
// As…", one entry per saved filter and a submenu to delete them. Kept in the settings it
// is given (not owned); asks for a name with a window-modal QInputDialog, opened and never exec'd.
class SavedFiltersMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedFiltersMenu)

public:
    // `saveAction` starts "Save Filters As…"; its owner connects it to askSave().
    SavedFiltersMenu(Settings::ConsoleSettings &settings, QAction *saveAction, QWidget *parent);
    ~SavedFiltersMenu() override;

    // Asks for a name (the search text is suggested) and saves `criteria` under it.
    void askSave(const Models::FilterCriteria &criteria);
    void rebuild();

Q_SIGNALS:
    void criteriaPicked(const Dintero::Models::FilterCriteria &criteria);
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    Settings::ConsoleSettings &m_settings;
    QAction *m_saveAction;
};

} // namespace Dintero::Ui
