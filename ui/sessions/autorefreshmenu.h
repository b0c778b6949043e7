#pragma once

#include <QMenu>

class QActionGroup;
class QTimer;

namespace Dintero::Settings {
class ConsoleSettings;
}

namespace Dintero::Ui {

// View → Auto-refresh: Off or every 1, 5 or 15 minutes, kept in the settings it is given
// (not owned). Owns the timer; says when a refresh is due and leaves the decision to
// refresh (not while loading or exporting) to its owner.
class AutoRefreshMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoRefreshMenu)

public:
    AutoRefreshMenu(Settings::ConsoleSettings &settings, QWidget *parent);
    ~AutoRefreshMenu() override;

    // 0 while off.
    int intervalMinutes() const;

Q_SIGNALS:
    void refreshDue();
    void intervalChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply(int seconds);
    void retranslate();

    Settings::ConsoleSettings &m_settings;
    QActionGroup *m_group;
    QTimer *m_timer;
};

} // namespace Dintero::Ui
