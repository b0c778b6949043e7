#include "connection/profileswitcher.h"

#include <QActionGroup>
#include <QComboBox>
#include <QMenu>

namespace Dintero::Ui {

ProfileSwitcher::ProfileSwitcher(QObject *parent)
    : QObject(parent), m_combo(new QComboBox), m_menu(new QMenu), m_group(new QActionGroup(this))
{
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Connection profile"));
    m_combo->setToolTip(tr("The connection profile the console works on"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_menu->setObjectName(QStringLiteral("profileMenu"));
    m_menu->setTitle(tr("S&witch Profile"));
    m_group->setExclusive(true);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (!m_updating)
            Q_EMIT profileChosen(m_combo->itemData(index).toUuid());
    });
}

ProfileSwitcher::~ProfileSwitcher()
{
    // Parentless until the toolbar and the menu bar take them; then theirs to delete.
    if (m_combo && !m_combo->parent())
        delete m_combo;
    if (m_menu && !m_menu->parent())
        delete m_menu;
}

QComboBox *ProfileSwitcher::comboBox() const
{
    return m_combo;
}

QMenu *ProfileSwitcher::menu() const
{
    return m_menu;
}

void ProfileSwitcher::setProfiles(const QList<Settings::ConnectionProfile> &profiles, const QUuid &currentId)
{
    m_updating = true;
    m_combo->clear();
    m_menu->clear();
    for (QAction *action : m_group->actions())
        m_group->removeAction(action);
    for (const Settings::ConnectionProfile &profile : profiles) {
        const QString label = profile.environmentLabel().isEmpty()
            ? profile.name
            : tr("%1 (%2)").arg(profile.name, profile.environmentLabel());
        m_combo->addItem(label, profile.id);
        QAction *action = m_menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(profile.id == currentId);
        m_group->addAction(action);
        const QUuid id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT profileChosen(id); });
    }
    m_combo->setCurrentIndex(m_combo->findData(currentId));
    m_combo->setEnabled(!profiles.isEmpty());
    m_menu->setEnabled(!profiles.isEmpty());
    m_updating = false;
}

} // namespace Dintero::Ui
