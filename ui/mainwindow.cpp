#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "api/sessionclient.h"
#include "connection/environmentstrip.h"
#include "connection/profileswitcher.h"
#include "connection/welcomeview.h"
#include "export/sessionexport.h"
#include "filters/filterpanel.h"
#include "filters/savedfiltersmenu.h"
#include "models/itemdatarole.h"
#include "models/sessionfilterproxymodel.h"
#include "sessions/autorefreshmenu.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionsstatusbar.h"
#include "sessions/sessionsview.h"
#include "settings/connectionprofile.h"
#include "settings/consolesettings.h"
#include "widgets/stateoverlay.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QRegularExpression>
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
    // The profile: a strip right under the toolbar, a combo box on it, a File submenu;
    // the welcome view stands in for filters and table while there is no profile.
    m_strip = new EnvironmentStrip(m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_strip);
    m_welcome = new WelcomeView(m_ui->centralWidget);
    m_ui->centralLayout->addWidget(m_welcome, 1);
    m_welcome->hide();
    connect(m_welcome, &WelcomeView::tryDemoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomeView::connectRequested, this, &MainWindow::newProfileRequested);
    m_profileSwitcher = new ProfileSwitcher(this);
    m_ui->mainToolBar->insertWidget(m_ui->actionRefresh, m_profileSwitcher->comboBox());
    m_ui->mainToolBar->insertSeparator(m_ui->actionRefresh);
    m_ui->menuFile->insertMenu(m_ui->actionConnection, m_profileSwitcher->menu());
    m_profileSwitcher->menu()->setParent(m_ui->menuFile, m_profileSwitcher->menu()->windowFlags());
    connect(m_profileSwitcher, &ProfileSwitcher::profileChosen, this, &MainWindow::profileChosen);
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
    connect(m_model, &SessionTableModel::loadFinished, this, &MainWindow::updateViewState);
    connect(m_model, &SessionTableModel::searchFellBack, this, &MainWindow::handleSearchFellBack);
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
    connect(m_ui->actionJournal, &QAction::triggered, this, &MainWindow::journalRequested);
    connect(m_ui->actionLinks, &QAction::triggered, this, &MainWindow::linksRequested);
    connect(m_ui->actionOpenSessionById, &QAction::triggered, this, &MainWindow::askSessionId);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcuts({ QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R) });
    m_ui->actionFind->setShortcut(QKeySequence::Find);

    m_newSessionAction = new QAction(tr("New &Session\u2026"), this);
    m_newSessionAction->setObjectName(QStringLiteral("actionNewSession"));
    m_newSessionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newSessionAction->setToolTip(tr("Create a checkout session and its payment link (Ctrl+Shift+N)"));
    m_newSessionAction->setEnabled(false);
    connect(m_newSessionAction, &QAction::triggered, this, &MainWindow::newSessionRequested);

    // One set of session actions: the Session menu, the toolbar and the row menu.
    m_sessionActions->addTo(m_ui->menuSession);
    m_ui->menuSession->insertAction(m_ui->menuSession->actions().value(0), m_ui->actionOpenSessionById);
    m_ui->menuSession->insertSeparator(m_ui->actionOpenSessionById);
    m_ui->menuSession->insertAction(m_ui->menuSession->actions().value(0), m_newSessionAction);
    // Not about the selected rows: it makes a new session, so it heads the menu.
    m_newPaymentLink = new QAction(tr("New Payment Link\u2026"), this);
    m_newPaymentLink->setObjectName(QStringLiteral("actionNewPaymentLink"));
    m_newPaymentLink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newPaymentLink->setStatusTip(tr("Make a link where a customer saves a card"));
    m_newPaymentLink->setEnabled(m_client != nullptr);
    connect(m_newPaymentLink, &QAction::triggered, this, &MainWindow::newPaymentLinkRequested);
    m_ui->menuSession->insertAction(m_newSessionAction, m_newPaymentLink);
    // Writes are offered only while the credential may write (SessionActions says why not).
    m_sessionActions->addWriteAction(m_newPaymentLink);
    m_sessionActions->addWriteAction(m_newSessionAction);
    m_ui->menuEdit->insertAction(m_ui->actionFind, m_sessionActions->copySessionIdAction());
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_sessionActions->openDetailsAction());
    m_ui->mainToolBar->addAction(m_sessionActions->cancelSessionAction());
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_newPaymentLink);
    m_ui->mainToolBar->addAction(m_newSessionAction);

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

void MainWindow::updateSession(const Core::Session &session)
{
    m_model->updateSession(session);
    m_sessionActions->update();
}

void MainWindow::prependSession(const Core::Session &session)
{
    m_model->prependSession(session);
    m_sessionActions->update();
}

QAction *MainWindow::newSessionAction() const
{
    return m_newSessionAction;
}

QStringList MainWindow::loadedCurrencies() const
{
    return m_model->currencies();
}

QStringList MainWindow::loadedStoreIds() const
{
    return m_model->storeIds();
}

QAction *MainWindow::newPaymentLinkAction() const
{
    return m_newPaymentLink;
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    m_ui->statusBar->showMessage(text, timeoutMs);
}

void MainWindow::askSessionId()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("openSessionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open Session by ID"));
    dialog->setLabelText(tr("Session ID:"));
    // A session id on the clipboard is what the agent most likely came with.
    const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
    static const QRegularExpression sessionId(QStringLiteral("^[TP]\\d{8}\\.[A-Za-z0-9]{10,}$"));
    if (sessionId.match(clipboard).hasMatch())
        dialog->setTextValue(clipboard);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString id = text.trimmed();
        if (!id.isEmpty())
            Q_EMIT openSessionRequested(id);
    });
    dialog->open();
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
    // A read-only credential keeps them disabled with its reason (SessionActions).
    if (m_sessionActions->isWriteAllowed()) {
        m_newPaymentLink->setEnabled(client != nullptr);
        m_newSessionAction->setEnabled(client != nullptr);
    }
    if (client) {
        m_model->setCheckoutBaseUrl(client->settings().baseUrl);
        startLoad(m_criteria);
    } else {
        m_model->clear();
    }
    updateWindowTitle();
    updateViewState();
}

void MainWindow::setCurrentProfile(const std::optional<Settings::ConnectionProfile> &profile)
{
    m_hasProfile = profile.has_value();
    if (profile) {
        m_profileName = profile->name;
        m_profileAccount = profile->accountId;
        m_profileProduction = profile->isProduction();
        m_strip->showProfile(profile->name, profile->accountId, profile->isProduction(), profile->colour);
    } else {
        m_profileName.clear();
        m_profileProduction = false;
        m_strip->clearProfile();
    }
    m_welcome->setVisible(!m_hasProfile);
    m_ui->filterPanel->setVisible(m_hasProfile);
    m_ui->sessionsView->setVisible(m_hasProfile);
    updateWindowTitle();
}

void MainWindow::setProfiles(const QList<Settings::ConnectionProfile> &profiles, const QUuid &currentId)
{
    m_profileSwitcher->setProfiles(profiles, currentId);
}

EnvironmentStrip *MainWindow::environmentStrip() const
{
    return m_strip;
}

WelcomeView *MainWindow::welcomeView() const
{
    return m_welcome;
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
    m_reselectIds.clear();
    m_currentSessionId.clear();
    m_topSessionId.clear();
    m_model->setCriteria(criteria);
}

void MainWindow::handleSearchFellBack(const QString &id)
{
    m_ui->statusBar->showMessage(
        tr("No session has the ID %1; looking for it as a transaction ID.").arg(id), StatusMessageMs);
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
    using Action = Models::SessionsViewState::Action;
    switch (m_overlayAction) {
    case Action::None:
        break;
    case Action::Connect:
        openConnectionDialog();
        break;
    case Action::ClearFilters:
        m_ui->filterPanel->clearAll();
        break;
    case Action::Retry:
        retry();
        break;
    case Action::StopLoading:
        m_model->cancelLoading();
        break;
    case Action::LoadMore:
        m_model->fetchMore(QModelIndex());
        break;
    }
}

void MainWindow::updateViewState()
{
    Models::SessionsViewInput input;
    input.connected = !m_client.isNull();
    input.problemTitle = m_problemTitle;
    input.problemText = m_problemText;
    input.problemBusy = m_problemBusy;
    input.loadState = m_model->loadState();
    input.shown = m_proxy->rowCount();
    input.loaded = m_model->rowCount();
    input.hasStarted = m_model->hasStarted();
    input.hasMore = m_model->hasMore();
    input.refreshing = m_model->isRefreshing();
    input.refreshedCount = m_model->refreshedCount();
    input.refreshTarget = m_model->refreshTarget();
    input.criteriaEmpty = m_criteria.isEmpty();
    input.lastErrorMessage = m_model->lastError().message();
    const Models::SessionsViewState decided = Models::sessionsViewState(input);

    m_overlayAction = decided.action;
    StateOverlay *overlay = m_ui->sessionsView->overlay();
    if (decided.visible) {
        StateOverlay::State state;
        state.title = decided.title;
        state.text = decided.text;
        state.busy = decided.busy;
        state.tone = decided.tone == Models::SessionsViewState::Tone::Error ? StateOverlay::Tone::Error
                                                                            : StateOverlay::Tone::Neutral;
        state.placement = decided.placement == Models::SessionsViewState::Placement::Bottom
            ? StateOverlay::Placement::Bottom
            : StateOverlay::Placement::Cover;
        state.buttonText = decided.buttonText;
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
    if (!m_profileName.isEmpty()) {
        // Never a secret: the profile's name and the environment its account id decides.
        title = tr("%1 (%2) \u2014 %3 \u2014 %4")
                    .arg(m_profileName, m_profileAccount, m_profileProduction ? tr("PRODUCTION") : tr("TEST"), title);
    } else if (m_client) {
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
        m_newPaymentLink->setText(tr("New Payment Link\u2026"));
        m_newPaymentLink->setStatusTip(tr("Make a link where a customer saves a card"));
        m_sessionActions->update();
        updateWindowTitle();
        updateViewState();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Dintero::Ui
