#include "filters/savedfiltersmenu.h"

#include "settings/consolesettings.h"

#include <QCoreApplication>
#include <QEvent>
#include <QInputDialog>

namespace Dintero::Ui {
namespace {

constexpr int StatusMessageMs = 6000;

} // namespace

// The texts were MainWindow's and keep its translation context.
SavedFiltersMenu::SavedFiltersMenu(Settings::ConsoleSettings &settings, QAction *saveAction, QWidget *parent)
    : QMenu(parent), m_settings(settings), m_saveAction(saveAction)
{
    setObjectName(QStringLiteral("savedFiltersMenu"));
    setTitle(QCoreApplication::translate("Dintero::Ui::MainWindow", "Saved &Filters"));
    rebuild();
}

SavedFiltersMenu::~SavedFiltersMenu() = default;

void SavedFiltersMenu::rebuild()
{
    clear();
    addAction(m_saveAction);
    const QList<Settings::SavedFilter> saved = m_settings.savedFilters();
    if (saved.isEmpty()) {
        QAction *none = addAction(QCoreApplication::translate("Dintero::Ui::MainWindow", "No saved filters yet"));
        none->setEnabled(false);
        return;
    }
    addSeparator();
    for (const Settings::SavedFilter &filter : saved) {
        QAction *action = addAction(filter.name);
        action->setObjectName(QStringLiteral("savedFilter_") + filter.name);
        const Models::FilterCriteria criteria = filter.criteria;
        connect(action, &QAction::triggered, this, [this, criteria] { Q_EMIT criteriaPicked(criteria); });
    }
    addSeparator();
    QMenu *remove = addMenu(QCoreApplication::translate("Dintero::Ui::MainWindow", "&Delete Saved Filter"));
    remove->setObjectName(QStringLiteral("deleteSavedFilterMenu"));
    for (const Settings::SavedFilter &filter : saved) {
        const QString name = filter.name;
        remove->addAction(name, this, [this, name] {
            m_settings.removeSavedFilter(name);
            rebuild();
            Q_EMIT statusMessage(
                QCoreApplication::translate("Dintero::Ui::MainWindow", "Deleted the saved filter \u201c%1\u201d.")
                    .arg(name),
                StatusMessageMs);
        });
    }
}

void SavedFiltersMenu::askSave(const Models::FilterCriteria &criteria)
{
    auto *dialog = new QInputDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("saveFilterDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("Dintero::Ui::MainWindow", "Save Filters"));
    dialog->setLabelText(QCoreApplication::translate("Dintero::Ui::MainWindow", "Save the current filters as:"));
    dialog->setOkButtonText(QCoreApplication::translate("Dintero::Ui::MainWindow", "Save"));
    dialog->setTextValue(criteria.searchText);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, criteria](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return;
        m_settings.saveFilter(Settings::SavedFilter { name, criteria });
        rebuild();
        Q_EMIT statusMessage(
            QCoreApplication::translate("Dintero::Ui::MainWindow", "Saved the filters as \u201c%1\u201d.").arg(name),
            StatusMessageMs);
    });
    dialog->open();
}

void SavedFiltersMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitle(QCoreApplication::translate("Dintero::Ui::MainWindow", "Saved &Filters"));
        rebuild();
    }
    QMenu::changeEvent(event);
}

} // namespace Dintero::Ui
