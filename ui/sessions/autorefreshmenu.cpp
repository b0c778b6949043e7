#include "sessions/autorefreshmenu.h"

#include "settings/consolesettings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace Dintero::Ui {
namespace {

constexpr int Choices[] = { 0, 60, 5 * 60, 15 * 60 };

} // namespace

AutoRefreshMenu::AutoRefreshMenu(Settings::ConsoleSettings &settings, QWidget *parent)
    : QMenu(parent), m_settings(settings), m_group(new QActionGroup(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("autoRefreshMenu"));
    m_group->setExclusive(true);
    const int current = m_settings.autoRefreshSeconds();
    for (const int seconds : Choices) {
        QAction *action = addAction(QString());
        action->setObjectName(QStringLiteral("autoRefresh%1").arg(seconds));
        action->setCheckable(true);
        action->setData(seconds);
        action->setChecked(seconds == current);
        m_group->addAction(action);
    }
    if (!m_group->checkedAction())
        m_group->actions().constFirst()->setChecked(true);
    retranslate();

    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        m_settings.setAutoRefreshSeconds(action->data().toInt());
        apply(action->data().toInt());
    });
    connect(m_timer, &QTimer::timeout, this, &AutoRefreshMenu::refreshDue);
    apply(m_group->checkedAction()->data().toInt());
}

AutoRefreshMenu::~AutoRefreshMenu() = default;

int AutoRefreshMenu::intervalMinutes() const
{
    return m_timer->isActive() ? m_timer->interval() / 60000 : 0;
}

void AutoRefreshMenu::apply(int seconds)
{
    if (seconds > 0)
        m_timer->start(seconds * 1000);
    else
        m_timer->stop();
    Q_EMIT intervalChanged();
}

// The texts were MainWindow's and keep its translation context.
void AutoRefreshMenu::retranslate()
{
    setTitle(QCoreApplication::translate("Dintero::Ui::MainWindow", "A&uto-refresh"));
    const QList<QAction *> choices = m_group->actions();
    choices.at(0)->setText(QCoreApplication::translate("Dintero::Ui::MainWindow", "Off"));
    choices.at(1)->setText(QCoreApplication::translate("Dintero::Ui::MainWindow", "Every Minute"));
    choices.at(2)->setText(QCoreApplication::translate("Dintero::Ui::MainWindow", "Every 5 Minutes"));
    choices.at(3)->setText(QCoreApplication::translate("Dintero::Ui::MainWindow", "Every 15 Minutes"));
}

void AutoRefreshMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace Dintero::Ui
