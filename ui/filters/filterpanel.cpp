#include "filters/filterpanel.h"

#include "ui_filterpanel.h"

#include "sessions/statusstyle.h"
#include "widgets/multivaluecompleter.h"
#include "widgets/togglemenu.h"

#include <QActionGroup>
#include <QDateTimeEdit>
#include <QMenu>
#include <QTimer>

namespace Dintero::Ui {
namespace {

using Models::DatePreset;
using Models::FilterCriteria;
using Models::StatusSet;

// The editors' "any time" value: their minimum, shown as the special value text.
const QDate UnboundedDate(2000, 1, 1);
// The "to" editor shows minutes and means the whole minute, so its unbounded value sits
// at 23:59: picking a day from the calendar then covers that whole day.
const QTime EndOfDay(23, 59);

QDateTime fromMinimum()
{
    return QDateTime(UnboundedDate, QTime(0, 0));
}

QDateTime toMinimum()
{
    return QDateTime(UnboundedDate, EndOfDay);
}

// The editors show local time to the minute.
QDateTime truncatedToMinute(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()));
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::FilterPanel>())
    , m_dateTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_ui->setupUi(this);
    m_storeCompleter = new MultiValueCompleter(m_ui->storesEdit);

    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    for (QDateTimeEdit *edit : { m_ui->fromEdit, m_ui->toEdit }) {
        edit->setDisplayFormat(format);
        edit->setSpecialValueText(tr("Any time"));
        edit->setTimeSpec(Qt::LocalTime);
    }
    m_ui->fromEdit->setMinimumDateTime(fromMinimum());
    m_ui->toEdit->setMinimumDateTime(toMinimum());
    m_ui->fromEdit->setDateTime(fromMinimum());
    m_ui->toEdit->setDateTime(toMinimum());

    // Editing a date with the keyboard changes it digit by digit; wait for a pause.
    m_dateTimer->setSingleShot(true);
    m_dateTimer->setInterval(700);
    connect(m_dateTimer, &QTimer::timeout, this, &FilterPanel::readDateEditors);
    for (QDateTimeEdit *edit : { m_ui->fromEdit, m_ui->toEdit }) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_updating)
                m_dateTimer->start();
        });
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            if (m_dateTimer->isActive())
                readDateEditors();
        });
    }

    connect(m_ui->searchEdit, &LineEdit::textUpdated, this, [this](const QString &text) {
        m_criteria.searchText = text.trimmed();
        report();
    });
    connect(m_ui->storesEdit, &LineEdit::textUpdated, this, [this](const QString &text) {
        m_criteria.storeIds = Models::parseIdList(text);
        report();
    });
    connect(m_ui->transactionIdsEdit, &LineEdit::textUpdated, this, [this](const QString &text) {
        m_criteria.transactionIds = Models::parseIdList(text);
        // A pasted column of ids reads better as one line.
        if (text.contains(u'\n'))
            m_ui->transactionIdsEdit->setTextQuietly(idListText(m_criteria.transactionIds));
        report();
    });
    connect(m_ui->sessionIdsEdit, &LineEdit::textUpdated, this, [this](const QString &text) {
        m_criteria.sessionIds = Models::parseIdList(text);
        if (text.contains(u'\n'))
            m_ui->sessionIdsEdit->setTextQuietly(idListText(m_criteria.sessionIds));
        report();
    });
    connect(m_ui->clearButton, &QPushButton::clicked, this, &FilterPanel::clearAll);

    buildPresetMenu();
    buildStatusMenu();
    updateStatusButton();
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::setClock(Core::Clock clock)
{
    m_clock = std::move(clock);
}

void FilterPanel::buildPresetMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("presetMenu"));
    for (const DatePreset preset : { DatePreset::Today, DatePreset::Yesterday, DatePreset::Last7Days,
             DatePreset::Last30Days, DatePreset::ThisMonth }) {
        QAction *action = menu->addAction(Models::presetText(preset));
        action->setObjectName(QStringLiteral("preset_") + Models::presetKey(preset));
        connect(action, &QAction::triggered, this, [this, preset] { applyPreset(preset); });
    }
    menu->addSeparator();
    QAction *any = menu->addAction(tr("Any Time"));
    any->setObjectName(QStringLiteral("preset_any"));
    connect(any, &QAction::triggered, this, [this] { applyPreset(DatePreset::None); });
    m_ui->presetButton->setMenu(menu);
}

void FilterPanel::buildStatusMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("statusMenu"));
    // Several statuses can be picked: the menu stays open while the agent ticks them.
    ToggleMenuKeeper::install(menu);
    menu->setToolTipsVisible(true);
    m_allStatusesAction = menu->addAction(tr("All Statuses"));
    m_allStatusesAction->setObjectName(QStringLiteral("status_all"));
    connect(m_allStatusesAction, &QAction::triggered, this, [this] { setStatuses(StatusSet::all()); });
    menu->addSeparator();
    for (const Core::SessionStatus status : StatusSet::allStatuses()) {
        QAction *action = menu->addAction(StatusStyle::icon(status), Core::statusText(status));
        action->setObjectName(QStringLiteral("status_") + Core::statusKey(status));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(status));
        connect(action, &QAction::triggered, this, [this, status](bool on) {
            StatusSet statuses = m_criteria.statuses;
            statuses.set(status, on);
            setStatuses(statuses);
        });
        m_statusActions.append(action);
    }
    m_ui->statusButton->setMenu(menu);
}

void FilterPanel::setStatuses(const StatusSet &statuses)
{
    const bool changed = m_criteria.statuses != statuses;
    m_criteria.statuses = statuses;
    updateStatusButton();
    if (changed)
        report();
}

void FilterPanel::updateStatusButton()
{
    const StatusSet &statuses = m_criteria.statuses;
    for (QAction *action : std::as_const(m_statusActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(statuses.contains(Core::SessionStatus(action->data().toInt())));
    }
    QString text;
    QIcon icon;
    if (statuses.isAll()) {
        text = tr("Status: All");
    } else if (statuses.isEmpty()) {
        text = tr("Status: None");
    } else if (statuses.count() == 1) {
        for (const Core::SessionStatus status : StatusSet::allStatuses()) {
            if (statuses.contains(status)) {
                text = tr("Status: %1").arg(Core::statusText(status));
                icon = StatusStyle::icon(status);
            }
        }
    } else {
        text = tr("Status: %n selected", nullptr, statuses.count());
    }
    m_ui->statusButton->setText(text);
    m_ui->statusButton->setIcon(icon);
    m_ui->statusButton->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
}

void FilterPanel::applyPreset(DatePreset preset)
{
    const Models::DateRange range = Models::presetRange(preset, m_clock ? m_clock() : QDateTime::currentDateTime());
    m_criteria.datePreset = preset;
    m_criteria.createdFrom = range.from;
    m_criteria.createdTo = range.to;
    updateDateEditors();
    report();
}

void FilterPanel::updateDateEditors()
{
    m_updating = true;
    m_dateTimer->stop();
    m_ui->fromEdit->setDateTime(
        m_criteria.createdFrom.isValid() ? truncatedToMinute(m_criteria.createdFrom) : fromMinimum());
    m_ui->toEdit->setDateTime(m_criteria.createdTo.isValid() ? truncatedToMinute(m_criteria.createdTo) : toMinimum());
    const QString presetName
        = m_criteria.datePreset == DatePreset::None ? tr("Range") : Models::presetText(m_criteria.datePreset);
    m_ui->presetButton->setText(presetName);
    m_updating = false;
}

void FilterPanel::readDateEditors()
{
    m_dateTimer->stop();
    const QDateTime from = m_ui->fromEdit->dateTime();
    const QDateTime to = m_ui->toEdit->dateTime();
    const QDateTime newFrom = from == fromMinimum() ? QDateTime() : from;
    // The editor's minute is inclusive: up to its last millisecond.
    const QDateTime newTo = to == toMinimum() ? QDateTime() : to.addMSecs(59999);
    const auto same = [](const QDateTime &a, const QDateTime &b) {
        return a.isValid() == b.isValid() && (!a.isValid() || a == b);
    };
    if (same(newFrom, m_criteria.createdFrom) && same(newTo, m_criteria.createdTo))
        return;
    m_criteria.createdFrom = newFrom;
    m_criteria.createdTo = newTo;
    m_criteria.datePreset = DatePreset::None;
    m_ui->presetButton->setText(tr("Range"));
    report();
}

Models::FilterCriteria FilterPanel::criteria() const
{
    return m_criteria;
}

void FilterPanel::setCriteria(const FilterCriteria &criteria)
{
    m_criteria = criteria.resolvedAt(m_clock ? m_clock() : QDateTime::currentDateTime());
    m_ui->searchEdit->setTextQuietly(m_criteria.searchText);
    m_ui->storesEdit->setTextQuietly(idListText(m_criteria.storeIds));
    m_ui->transactionIdsEdit->setTextQuietly(idListText(m_criteria.transactionIds));
    m_ui->sessionIdsEdit->setTextQuietly(idListText(m_criteria.sessionIds));
    updateDateEditors();
    updateStatusButton();
}

void FilterPanel::clearAll()
{
    const bool changed = !(m_criteria == FilterCriteria());
    setCriteria(FilterCriteria());
    if (changed)
        report();
}

void FilterPanel::setKnownStoreIds(const QStringList &ids)
{
    m_storeCompleter->setValues(ids);
}

QStringList FilterPanel::knownStoreIds() const
{
    return m_storeCompleter->values();
}

void FilterPanel::setSavedFiltersMenu(QMenu *menu)
{
    m_ui->savedFiltersButton->setMenu(menu);
}

void FilterPanel::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

QString FilterPanel::idListText(const QStringList &ids) const
{
    return ids.join(QLatin1String(", "));
}

void FilterPanel::report()
{
    Q_EMIT criteriaChanged(m_criteria);
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        updateDateEditors();
        updateStatusButton();
    }
    QWidget::changeEvent(event);
}

} // namespace Dintero::Ui
