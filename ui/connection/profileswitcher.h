#pragma once

#include "settings/connectionprofile.h"

#include <QComboBox>
#include <QList>
#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QUuid>

class QActionGroup;

namespace Dintero::Ui {

// Switching the current connection profile: a combo box for the toolbar and a submenu
// for the File menu, kept in step. Says which profile was chosen; the application
// switches.
class ProfileSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)

public:
    explicit ProfileSwitcher(QObject *parent = nullptr);
    ~ProfileSwitcher() override;

    // Not owned: the toolbar and the File menu take them.
    QComboBox *comboBox() const;
    QMenu *menu() const;

    void setProfiles(const QList<Settings::ConnectionProfile> &profiles, const QUuid &currentId);

Q_SIGNALS:
    void profileChosen(const QUuid &id);

private:
    QPointer<QComboBox> m_combo;
    QPointer<QMenu> m_menu;
    QActionGroup *m_group;
    bool m_updating = false;
};

} // namespace Dintero::Ui
