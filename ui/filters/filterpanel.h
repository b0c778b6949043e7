#pragma once

#include "core/clock.h"
#include "models/filtercriteria.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QTimer;

namespace Ui {
class FilterPanel;
}

namespace Dintero::Ui {

class MultiValueCompleter;

// The filter form above the sessions table. Maps each field onto the API's own filters
// (search, created from/to, store, transaction and session ids) plus the status filter
// on loaded rows, and reports the whole FilterCriteria when the agent changes something:
// text fields once typing pauses, editors and menus at once. Does not load anything.
class FilterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    // The clock presets are computed from (tests inject one).
    void setClock(Core::Clock clock);

    Models::FilterCriteria criteria() const;
    // Shows `criteria` (a preset is recomputed for today) without reporting a change.
    void setCriteria(const Models::FilterCriteria &criteria);
    // Resets every field and reports the change.
    void clearAll();

    void setKnownStoreIds(const QStringList &ids);
    QStringList knownStoreIds() const;
    // The menu behind the "Saved" button (owned by the caller).
    void setSavedFiltersMenu(QMenu *menu);
    void focusSearch();
    // Applies a preset and reports the change.
    void applyPreset(Models::DatePreset preset);
    void setStatuses(const Models::StatusSet &statuses);

Q_SIGNALS:
    void criteriaChanged(const Dintero::Models::FilterCriteria &criteria);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildPresetMenu();
    void buildStatusMenu();
    void updateStatusButton();
    void updateDateEditors();
    void readDateEditors();
    void report();
    QString idListText(const QStringList &ids) const;

    std::unique_ptr<::Ui::FilterPanel> m_ui;
    MultiValueCompleter *m_storeCompleter;
    QTimer *m_dateTimer;
    QList<QAction *> m_statusActions;
    QAction *m_allStatusesAction = nullptr;
    Core::Clock m_clock;
    Models::FilterCriteria m_criteria;
    bool m_updating = false;
};

} // namespace Dintero::Ui
