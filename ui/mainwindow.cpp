#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "api/sessionclient.h"
#include "export/sessionexport.h"
#include "filters/filterpanel.h"
#include "filters/savedfiltersmenu.h"
#include "models/itemdatarole.h"
#include "models/sessionfilterproxymodel.h"
#include "sessions/autorefreshmenu.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionsstatusbar.h"
#include "sessions/sessionsview.h"
#include "settings/consolesettings.h"
#include "widgets/stateoverlay.h"

#include <QCloseEvent>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScreen>
#include <QTimer>

#include <limits>

namespace Dintero::Ui {
namespace {

using Models::FilterCriteria;
using Models::SessionTableModel;
using LoadState = Models::SessionTableModel::LoadState;

constexpr int StatusMessageMs = 6000;

} // namespace

MainWindow::MainWindow(Settings::ConsoleSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<::Ui::MainWindow>())
    , m_settings(settings)
    , m_model(new SessionTableModel(this))
    , m_proxy(new Models::SessionFilterProxyModel(this))
    , m_clockTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    SessionsView *view = m_ui->sessionsView;
    view->setModel(m_proxy);
    view->resetColumns();
    m_sessionActions = new SessionActions(view, this);
    m_export = new SessionExport(m_settings, m_ui->statusBar, this);
    m_savedFiltersMenu = new SavedFiltersMenu(m_settings, m_ui->actionSaveFilter, this);
    m_autoRefreshMenu = new AutoRefreshMenu(m_settings, this);
    m_ui->filterPanel->setSavedFiltersMenu(m_savedFiltersMenu);
    m_ui->menuFilters->addMenu(m_savedFiltersMenu);

    connect(m_ui->filterPanel, &FilterPanel::criteriaChanged, this, &MainWindow::handleCriteriaChanged);
    connect(m_savedFiltersMenu, &SavedFiltersMenu::criteriaPicked, this, &MainWindow::applyCriteria);
    connect(m_savedFiltersMenu, &SavedFiltersMenu::statusMessage, m_ui->statusBar, &QStatusBar::showMessage);
    connect(m_sessionActions, &SessionActions::statusMessage, m_ui->statusBar, &QStatusBar::showMessage);
    connect(m_export, &SessionExport::runningChanged, this, &MainWindow::updateStatusBar);

    connect(m_model, &SessionTableModel::loadStateChanged, this, &MainWindow::updateViewState);
    connect(m_model, &SessionTableModel::loadProgress, this, &MainWindow::updateViewState);
    // After a refresh the rows are new: the same sessions, where the agent left them.
    connect(m_model, &SessionTableModel::refreshed, this, &MainWindow::restorePlace);
    connect(m_model, &SessionTableModel::loadFinished, this, &MainWindow::handleLoadFinished);
    connect(m_model, &SessionTableModel::knownStoreIdsChanged, this, [this] {
        if (m_settings.addKnownStoreIds(m_model->knownStoreIds()))
            m_ui->filterPanel->setKnownStoreIds(m_settings.knownStoreIds());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateViewState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateViewState);

    connect(view->overlay(), &StateOverlay::buttonClicked, this, &MainWindow::handleOverlayButton);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateStatusBar);

    connect(view, &SessionsView::headerStateChanged, this,
        [this] { m_settings.setSessionsHeaderState(m_ui->sessionsView->saveHeaderState()); });

    // Sessions expire as time passes: move the status reference once a minute.
    m_clockTimer->setInterval(60 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_model->updateNow();
        updateStatusBar();
    });
    m_clockTimer->start();

    setupActions();
    restoreSettings();
    updateWindowTitle();
    updateViewState();
}

MainWindow::~MainWindow()
{
    saveState();
    m_export->cancel();
}

void MainWindow::setupActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionConnection, &QAction::triggered, this, &MainWindow::connectionDialogRequested);
    connect(m_ui->actionExport, &QAction::triggered, this,
        [this] { m_export->askFileAndStart(m_client, m_model->filter(), m_proxy->statusFilter()); });
    connect(m_ui->actionFind, &QAction::triggered, m_ui->filterPanel, &FilterPanel::focusSearch);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionLoadAll, &QAction::triggered, m_model, &SessionTableModel::loadAll);
    connect(m_ui->actionStopLoading, &QAction::triggered, m_model, &SessionTableModel::cancelLoading);
    connect(m_ui->actionResetColumns, &QAction::triggered, m_ui->sessionsView, &SessionsView::resetColumns);
    connect(m_ui->actionSaveFilter, &QAction::triggered, this, [this] { m_savedFiltersMenu->askSave(m_criteria); });
    connect(m_ui->actionClearFilters, &QAction::triggered, m_ui->filterPanel, &FilterPanel::clearAll);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::aboutRequested);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcuts({ QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R) });
    m_ui->actionFind->setShortcut(QKeySequence::Find);

    // One set of session actions: the Session menu, the toolbar and the row menu.
    m_sessionActions->addTo(m_ui->menuSession);
    m_ui->menuEdit->insertAction(m_ui->actionFind, m_sessionActions->copySessionIdAction());
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_sessionActions->openDetailsAction());
    m_ui->mainToolBar->addAction(m_sessionActions->cancelSessionAction());

    m_ui->menuView->insertMenu(m_ui->actionResetColumns, m_autoRefreshMenu);
    m_ui->menuView->insertSeparator(m_ui->actionResetColumns);
    connect(m_autoRefreshMenu, &AutoRefreshMenu::intervalChanged, this, &MainWindow::updateStatusBar);
    connect(m_autoRefreshMenu, &AutoRefreshMenu::refreshDue, this, [this] {
        // Never under the agent's feet: not while loading or exporting.
        if (m_client && !m_model->isLoading() && !m_export->isRunning())
            refresh();
    });
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size().boundedTo(QSize(1400, 860)));
    }
    restoreState(m_settings.mainWindowState());
    m_ui->sessionsView->restoreHeaderState(m_settings.sessionsHeaderState());
    m_ui->filterPanel->setKnownStoreIds(m_settings.knownStoreIds());
    m_ui->filterPanel->setCriteria(m_settings.lastFilter().criteria);
    m_criteria = m_ui->filterPanel->criteria();
    m_proxy->setStatusFilter(m_criteria.statuses);
}

void MainWindow::saveState()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(QMainWindow::saveState());
    m_settings.setSessionsHeaderState(m_ui->sessionsView->saveHeaderState());
    m_settings.setLastFilter(Settings::SavedFilter { QString(), m_criteria });
    m_settings.sync();
}

void MainWindow::setClock(Core::Clock clock)
{
    m_clock = clock;
    m_model->setClock(clock);
    m_ui->filterPanel->setClock(clock);
    m_export->setClock(clock);
}

void MainWindow::setClient(Api::SessionClient *client, const QString &note)
{
    m_client = client;
    m_connectionNote = note;
    m_problemTitle.clear();
    m_problemText.clear();
    m_problemBusy = false;
    m_model->setClient(client);
    if (client) {
        m_model->setCheckoutBaseUrl(client->settings().baseUrl);
        startLoad(m_criteria);
    } else {
        m_model->clear();
    }
    updateWindowTitle();
    updateViewState();
}

void MainWindow::setConnectionProblem(const QString &title, const QString &text, bool busy)
{
    m_problemTitle = title;
    m_problemText = text;
    m_problemBusy = busy;
    updateViewState();
}

SessionActions *MainWindow::sessionActions() const
{
    return m_sessionActions;
}

void MainWindow::applyCriteria(const FilterCriteria &criteria)
{
    m_ui->filterPanel->setCriteria(criteria);
    handleCriteriaChanged(m_ui->filterPanel->criteria());
}

void MainWindow::handleCriteriaChanged(const FilterCriteria &criteria)
{
    const bool apiChanged = criteria.toSessionFilter() != m_criteria.toSessionFilter();
    m_criteria = criteria;
    m_settings.setLastFilter(Settings::SavedFilter { QString(), criteria });
    m_proxy->setStatusFilter(criteria.statuses);
    if (m_client && (apiChanged || !m_model->hasStarted()))
        startLoad(criteria);
    updateViewState();
}

void MainWindow::startLoad(const FilterCriteria &criteria)
{
    if (!m_client)
        return;
    m_searchStage = Models::SearchStage::AsSessionId;
    m_reselectIds.clear();
    m_currentSessionId.clear();
    m_topSessionId.clear();
    m_model->setFilter(criteria.toSessionFilter(m_searchStage));
}

void MainWindow::handleLoadFinished()
{
    // "Paste anything": an id that is no session id may be a transaction id.
    if (m_criteria.searchIsId() && m_searchStage == Models::SearchStage::AsSessionId
        && m_model->loadState() == LoadState::Idle && m_model->rowCount() == 0 && !m_model->hasMore()) {
        m_searchStage = Models::SearchStage::AsTransactionId;
        m_ui->statusBar->showMessage(
            tr("No session has the ID %1; looking for it as a transaction ID.").arg(m_criteria.searchText.trimmed()),
            StatusMessageMs);
        m_model->setFilter(m_criteria.toSessionFilter(m_searchStage));
        return;
    }
    updateViewState();
}

void MainWindow::rememberPlace()
{
    const SessionsView::Place place = m_ui->sessionsView->place();
    m_reselectIds = place.selectedIds;
    m_currentSessionId = place.currentId;
    m_topSessionId = place.topId;
}

void MainWindow::restorePlace()
{
    m_ui->sessionsView->restorePlace({ m_reselectIds, m_currentSessionId, m_topSessionId });
    m_reselectIds.clear();
    m_currentSessionId.clear();
    m_topSessionId.clear();
}

void MainWindow::refresh()
{
    if (!m_client)
        return;
    rememberPlace();
    m_model->refresh();
}

void MainWindow::retry()
{
    m_model->retry();
}

void MainWindow::handleOverlayButton()
{
    switch (m_overlayAction) {
    case OverlayAction::None:
        break;
    case OverlayAction::Connect:
        openConnectionDialog();
        break;
    case OverlayAction::ClearFilters:
        m_ui->filterPanel->clearAll();
        break;
    case OverlayAction::Retry:
        retry();
        break;
    case OverlayAction::StopLoading:
        m_model->cancelLoading();
        break;
    case OverlayAction::LoadMore:
        m_model->fetchMore(QModelIndex());
        break;
    }
}

void MainWindow::updateViewState()
{
    StateOverlay *overlay = m_ui->sessionsView->overlay();
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    StateOverlay::State state;
    m_overlayAction = OverlayAction::None;
    bool visible = true;

    if (!m_client) {
        if (!m_problemTitle.isEmpty()) {
            state.title = m_problemTitle;
            state.text = m_problemText;
            state.busy = m_problemBusy;
            state.tone = m_problemBusy ? StateOverlay::Tone::Neutral : StateOverlay::Tone::Error;
        } else {
            state.title = tr("No connection set up");
            state.text = tr("To browse checkout sessions, enter your Dintero account ID and API client under "
                            "File \u2192 Connection\u2026\n\nTo look around first, start the console with --demo: "
                            "it runs a local sandbox with made-up sessions.");
        }
        if (!state.busy) {
            state.buttonText = tr("Set Up Connection\u2026");
            m_overlayAction = OverlayAction::Connect;
        }
    } else {
        switch (m_model->loadState()) {
        case LoadState::Loading:
        case LoadState::LoadingAll:
            state.busy = true;
            state.buttonText = tr("Stop");
            m_overlayAction = OverlayAction::StopLoading;
            if (shown == 0) {
                state.title = tr("Loading sessions\u2026");
                state.text = loaded > 0 ? tr("%n session(s) loaded so far", nullptr, loaded)
                                        : tr("Waiting for the first page of sessions.");
            } else if (m_model->isRefreshing()) {
                // The rows shown stay until the refresh has reloaded as many.
                state.placement = StateOverlay::Placement::Bottom;
                state.title = tr("Refreshing\u2026");
                const int reloaded = m_model->refreshedCount();
                state.text = m_model->refreshTarget() < std::numeric_limits<int>::max()
                    ? tr("%1 of %n session(s) reloaded", nullptr, m_model->refreshTarget())
                          .arg(QLocale().toString(reloaded))
                    : tr("%n session(s) reloaded so far", nullptr, reloaded);
            } else {
                state.placement = StateOverlay::Placement::Bottom;
                state.title = m_model->loadState() == LoadState::LoadingAll ? tr("Loading all sessions\u2026")
                                                                            : tr("Loading more sessions\u2026");
                state.text = tr("%n loaded so far", nullptr, loaded);
            }
            break;
        case LoadState::Failed:
            state.tone = StateOverlay::Tone::Error;
            state.text = m_model->lastError().message();
            state.buttonText = tr("Retry");
            m_overlayAction = OverlayAction::Retry;
            if (shown == 0) {
                state.title = tr("Could not load sessions");
            } else {
                state.placement = StateOverlay::Placement::Bottom;
                state.title = m_model->isRefreshing() ? tr("Could not refresh the sessions")
                                                      : tr("Could not load more sessions");
            }
            break;
        case LoadState::Idle:
            if (!m_model->hasStarted() || shown > 0) {
                visible = false;
                break;
            }
            if (m_model->hasMore()) {
                // Every loaded row has a status the filter hides; more pages may have some.
                state.title = tr("No loaded sessions have the selected statuses");
                state.text = tr("%n session(s) loaded; the server has more.", nullptr, loaded);
                state.buttonText = tr("Load More");
                m_overlayAction = OverlayAction::LoadMore;
                break;
            }
            state.title = tr("No sessions match these filters");
            if (m_criteria.isEmpty()) {
                state.text = tr("This account has no checkout sessions yet.");
            } else {
                state.text = loaded > 0 ? tr("%n loaded session(s) have other statuses.", nullptr, loaded)
                                        : tr("Try a wider date range or fewer filters.");
                state.buttonText = tr("Clear Filters");
                m_overlayAction = OverlayAction::ClearFilters;
            }
            break;
        }
    }

    if (visible) {
        overlay->showState(state);
    } else {
        overlay->hideState();
    }
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    const bool connected = !m_client.isNull();
    const bool loading = m_model->isLoading();
    SessionsStatusBar *bar = m_ui->statusBar;
    bar->showRows(*m_model, m_proxy->rowCount(), int(m_ui->sessionsView->selectedRowIndexes().size()), connected);
    bar->showAccount(connected ? &m_client->settings() : nullptr, m_connectionNote);
    bar->showRefresh(m_model->lastRefresh(), m_autoRefreshMenu->intervalMinutes());

    m_ui->actionRefresh->setEnabled(connected);
    m_ui->actionLoadAll->setEnabled(connected && m_model->hasMore() && !loading);
    // A refresh that failed can be given up too: the rows shown stay, and scrolling on
    // continues after them.
    m_ui->actionStopLoading->setEnabled(loading || m_model->isRefreshing());
    m_ui->actionExport->setEnabled(connected && !m_export->isRunning());
}

void MainWindow::updateWindowTitle()
{
    QString title = tr("Dintero Checkout Sessions");
    if (m_client) {
        const Api::ConnectionSettings &connection = m_client->settings();
        const QString environment = connection.environmentName();
        title = environment.isEmpty() ? tr("%1 \u2014 %2").arg(connection.accountId, title)
                                      : tr("%1 (%2) \u2014 %3").arg(connection.accountId, environment, title);
    }
    setWindowTitle(title);
}

void MainWindow::openConnectionDialog()
{
    Q_EMIT connectionDialogRequested();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    m_export->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        m_sessionActions->update();
        updateWindowTitle();
        updateViewState();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Dintero::Ui
