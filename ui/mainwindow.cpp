#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "api/sessionclient.h"
#include "connectiondialog.h"
#include "filterpanel.h"
#include "models/itemdatarole.h"
#include "models/sessioncsvexporter.h"
#include "models/sessionfilterproxymodel.h"
#include "sessiondetailsplaceholder.h"
#include "sessionsview.h"
#include "settings/consolesettings.h"
#include "widgets/stateoverlay.h"

#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <limits>

Q_LOGGING_CATEGORY(lcMainWindow, "console.ui", QtInfoMsg)

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
    , m_savedFiltersMenu(new QMenu(this))
    , m_autoRefreshGroup(new QActionGroup(this))
    , m_autoRefreshTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
    , m_headerSaveTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->sessionsView->setModel(m_proxy);
    m_ui->sessionsView->resetColumns();
    m_savedFiltersMenu->setObjectName(QStringLiteral("savedFiltersMenu"));
    m_savedFiltersMenu->setTitle(tr("Saved &Filters"));
    m_ui->filterPanel->setSavedFiltersMenu(m_savedFiltersMenu);
    m_ui->menuFilters->addMenu(m_savedFiltersMenu);

    connect(m_ui->filterPanel, &FilterPanel::criteriaChanged, this, &MainWindow::handleCriteriaChanged);

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

    SessionsView *view = m_ui->sessionsView;
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(Models::SessionIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT sessionActivated(id);
    });
    connect(view, &SessionsView::copyRequested, this, &MainWindow::copySessionIds);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showRowContextMenu);
    connect(view->overlay(), &StateOverlay::buttonClicked, this, &MainWindow::handleOverlayButton);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateStatusBar);

    // Header changes come in bursts while a section is dragged; write them once it stops.
    m_headerSaveTimer->setSingleShot(true);
    m_headerSaveTimer->setInterval(500);
    connect(view, &SessionsView::headerStateChanged, m_headerSaveTimer, qOverload<>(&QTimer::start));
    connect(m_headerSaveTimer, &QTimer::timeout, this,
        [this] { m_settings.setSessionsHeaderState(m_ui->sessionsView->saveHeaderState()); });

    // Sessions expire as time passes: move the status reference once a minute.
    m_clockTimer->setInterval(60 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_model->updateNow();
        updateStatusBar();
    });
    m_clockTimer->start();

    connect(this, &MainWindow::sessionActivated, this, &MainWindow::openDetailsPlaceholder);

    setupActions();
    setupStatusBar();
    setupAutoRefresh();
    restoreSettings();
    updateWindowTitle();
    updateViewState();
}

MainWindow::~MainWindow()
{
    saveState();
    if (m_export)
        m_export->cancel();
}

void MainWindow::setupActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionConnection, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::askExportFile);
    connect(m_ui->actionFind, &QAction::triggered, m_ui->filterPanel, &FilterPanel::focusSearch);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionLoadAll, &QAction::triggered, m_model, &SessionTableModel::loadAll);
    connect(m_ui->actionStopLoading, &QAction::triggered, m_model, &SessionTableModel::cancelLoading);
    connect(m_ui->actionResetColumns, &QAction::triggered, m_ui->sessionsView, &SessionsView::resetColumns);
    connect(m_ui->actionSaveFilter, &QAction::triggered, this, &MainWindow::askSaveFilter);
    connect(m_ui->actionClearFilters, &QAction::triggered, m_ui->filterPanel, &FilterPanel::clearAll);
    connect(m_ui->actionOpenDetails, &QAction::triggered, this, &MainWindow::activateCurrent);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    // Ctrl+C copies session ids while the table has focus; elsewhere (a line edit) it
    // keeps its usual meaning.
    m_ui->actionCopySessionIds->setShortcut(QKeySequence::Copy);
    m_ui->actionCopySessionIds->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->sessionsView->addAction(m_ui->actionCopySessionIds);
    connect(m_ui->actionCopySessionIds, &QAction::triggered, this, &MainWindow::copySessionIds);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcuts({ QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R) });
    m_ui->actionFind->setShortcut(QKeySequence::Find);
}

void MainWindow::setupStatusBar()
{
    QStatusBar *bar = m_ui->statusBar;
    m_rowsLabel = new QLabel(bar);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_accountLabel = new QLabel(bar);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_refreshLabel = new QLabel(bar);
    m_refreshLabel->setObjectName(QStringLiteral("refreshLabel"));

    m_exportBox = new QWidget(bar);
    m_exportBox->setObjectName(QStringLiteral("exportBox"));
    auto *layout = new QHBoxLayout(m_exportBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_exportLabel = new QLabel(m_exportBox);
    m_exportLabel->setObjectName(QStringLiteral("exportLabel"));
    m_exportProgress = new QProgressBar(m_exportBox);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setMaximumWidth(120);
    m_exportProgress->setMaximumHeight(14);
    m_exportProgress->setTextVisible(false);
    m_exportCancel = new QPushButton(tr("Cancel Export"), m_exportBox);
    m_exportCancel->setObjectName(QStringLiteral("exportCancelButton"));
    layout->addWidget(m_exportLabel);
    layout->addWidget(m_exportProgress);
    layout->addWidget(m_exportCancel);
    m_exportBox->hide();
    connect(m_exportCancel, &QPushButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
    });

    bar->addWidget(m_rowsLabel, 1);
    bar->addPermanentWidget(m_exportBox);
    bar->addPermanentWidget(m_accountLabel);
    bar->addPermanentWidget(m_refreshLabel);
}

void MainWindow::setupAutoRefresh()
{
    auto *menu = new QMenu(tr("A&uto-refresh"), this);
    menu->setObjectName(QStringLiteral("autoRefreshMenu"));
    const QList<QPair<int, QString>> choices {
        { 0, tr("Off") },
        { 60, tr("Every Minute") },
        { 5 * 60, tr("Every 5 Minutes") },
        { 15 * 60, tr("Every 15 Minutes") },
    };
    m_autoRefreshGroup->setExclusive(true);
    const int current = m_settings.autoRefreshSeconds();
    for (const auto &[seconds, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("autoRefresh%1").arg(seconds));
        action->setCheckable(true);
        action->setData(seconds);
        action->setChecked(seconds == current);
        m_autoRefreshGroup->addAction(action);
    }
    if (!m_autoRefreshGroup->checkedAction())
        m_autoRefreshGroup->actions().constFirst()->setChecked(true);
    m_ui->menuView->insertMenu(m_ui->actionResetColumns, menu);
    m_ui->menuView->insertSeparator(m_ui->actionResetColumns);

    const auto apply = [this](int seconds) {
        if (seconds > 0)
            m_autoRefreshTimer->start(seconds * 1000);
        else
            m_autoRefreshTimer->stop();
        updateStatusBar();
    };
    connect(m_autoRefreshGroup, &QActionGroup::triggered, this, [this, apply](QAction *action) {
        m_settings.setAutoRefreshSeconds(action->data().toInt());
        apply(action->data().toInt());
    });
    connect(m_autoRefreshTimer, &QTimer::timeout, this, [this] {
        // Never under the agent's feet: not while loading or exporting.
        if (m_client && !m_model->isLoading() && !m_export)
            refresh();
    });
    apply(m_autoRefreshGroup->checkedAction()->data().toInt());
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
    rebuildSavedFiltersMenu();
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

Api::SessionClient *MainWindow::client() const
{
    return m_client;
}

void MainWindow::setConnectionProblem(const QString &title, const QString &text, bool busy)
{
    m_problemTitle = title;
    m_problemText = text;
    m_problemBusy = busy;
    updateViewState();
}

Models::SessionTableModel *MainWindow::sessionModel() const
{
    return m_model;
}

Models::SessionFilterProxyModel *MainWindow::proxyModel() const
{
    return m_proxy;
}

SessionsView *MainWindow::sessionsView() const
{
    return m_ui->sessionsView;
}

FilterPanel *MainWindow::filterPanel() const
{
    return m_ui->filterPanel;
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
    SessionsView *view = m_ui->sessionsView;
    const auto sessionIdAt = [this](const QModelIndex &index) {
        return index.isValid() ? m_model->sessionId(m_proxy->mapToSource(index).row()) : QString();
    };
    m_reselectIds = selectedSessionIds();
    m_currentSessionId = sessionIdAt(view->currentIndex());
    m_topSessionId = sessionIdAt(view->indexAt(QPoint(1, 1)));
}

void MainWindow::restorePlace()
{
    SessionsView *view = m_ui->sessionsView;
    const auto indexOf = [this](const QString &id) {
        const int row = id.isEmpty() ? -1 : m_model->rowOfSession(id);
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    };
    // The current row first: setting it scrolls it into view, and the top row then puts
    // the view back where it was.
    if (const QModelIndex current = indexOf(m_currentSessionId); current.isValid())
        view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!m_reselectIds.isEmpty()) {
        QItemSelection selection;
        for (const QString &id : std::as_const(m_reselectIds)) {
            if (const QModelIndex index = indexOf(id); index.isValid())
                selection.select(index, index);
        }
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (const QModelIndex top = indexOf(m_topSessionId); top.isValid())
        view->scrollTo(top, QAbstractItemView::PositionAtTop);
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
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();

    QString rows;
    if (connected && m_model->hasStarted()) {
        if (m_model->isLoading() && loaded == 0) {
            rows = tr("Loading\u2026");
        } else {
            rows = shown == loaded
                ? tr("%n session(s) loaded", nullptr, loaded)
                : tr("%1 of %n loaded session(s) shown", nullptr, loaded).arg(QLocale().toString(shown));
            rows += QStringLiteral(" \u00b7 ");
            if (m_model->loadState() == LoadState::Failed)
                rows += tr("loading failed");
            else if (m_model->isRefreshing())
                rows += tr("refreshing");
            else if (m_model->isLoading())
                rows += tr("loading more");
            else
                rows += m_model->hasMore() ? tr("more on the server") : tr("all loaded");
        }
        const int selected = int(m_ui->sessionsView->selectedRowIndexes().size());
        if (selected > 1)
            rows += QStringLiteral(" \u00b7 ") + tr("%n selected", nullptr, selected);
    }
    m_rowsLabel->setText(rows);

    if (connected) {
        const Api::ConnectionSettings &connection = m_client->settings();
        QString account = tr("Account %1").arg(connection.accountId);
        const QString environment = connection.environmentName();
        if (!environment.isEmpty()) {
            // Production is set apart in bold: an agent must not mistake it for test data.
            account += QStringLiteral(" \u00b7 ")
                + (connection.isProduction() ? QStringLiteral("<b>%1</b>").arg(environment.toHtmlEscaped())
                                             : environment.toHtmlEscaped());
        }
        if (!m_connectionNote.isEmpty())
            account += QStringLiteral(" \u00b7 ") + m_connectionNote.toHtmlEscaped();
        m_accountLabel->setTextFormat(Qt::RichText);
        m_accountLabel->setText(account);
    } else {
        m_accountLabel->setText(tr("Not connected"));
    }

    QString refreshed;
    if (m_model->lastRefresh().isValid())
        refreshed = tr("Refreshed %1")
                        .arg(QLocale().toString(m_model->lastRefresh().toLocalTime().time(), QLocale::ShortFormat));
    if (m_autoRefreshTimer->isActive()) {
        const int minutes = m_autoRefreshTimer->interval() / 60000;
        if (!refreshed.isEmpty())
            refreshed += QStringLiteral(" \u00b7 ");
        refreshed += tr("auto every %n min", nullptr, minutes);
    }
    m_refreshLabel->setText(refreshed);
    m_refreshLabel->setVisible(!refreshed.isEmpty());

    const bool loading = m_model->isLoading();
    const bool hasSelection = !m_ui->sessionsView->selectedRowIndexes().isEmpty();
    m_ui->actionRefresh->setEnabled(connected);
    m_ui->actionLoadAll->setEnabled(connected && m_model->hasMore() && !loading);
    // A refresh that failed can be given up too: the rows shown stay, and scrolling on
    // continues after them.
    m_ui->actionStopLoading->setEnabled(loading || m_model->isRefreshing());
    m_ui->actionExport->setEnabled(connected && !m_export);
    m_ui->actionCopySessionIds->setEnabled(hasSelection);
    m_ui->actionOpenDetails->setEnabled(hasSelection);
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

QList<int> MainWindow::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->sessionsView->selectedRowIndexes();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

QStringList MainWindow::selectedSessionIds() const
{
    QStringList ids;
    for (const int row : selectedSourceRows())
        ids.append(m_model->sessionId(row));
    return ids;
}

void MainWindow::copySessionIds()
{
    copyColumn(Models::SessionIdRole, tr("session IDs"));
}

void MainWindow::copyColumn(int role, const QString &what)
{
    QStringList values;
    const QModelIndexList selected = m_ui->sessionsView->selectedRowIndexes();
    for (const QModelIndex &index : selected) {
        const QString value = index.data(role).toString();
        if (!value.isEmpty())
            values.append(value);
    }
    if (values.isEmpty()) {
        m_ui->statusBar->showMessage(
            tr("Nothing to copy: the selected sessions have no %1.").arg(what), StatusMessageMs);
        return;
    }
    QGuiApplication::clipboard()->setText(values.join(u'\n'));
    m_ui->statusBar->showMessage(
        tr("Copied %n value(s) (%1).", nullptr, int(values.size())).arg(what), StatusMessageMs);
}

void MainWindow::activateCurrent()
{
    const QModelIndex current = m_ui->sessionsView->currentIndex();
    if (current.isValid())
        Q_EMIT m_ui->sessionsView->activated(current);
}

void MainWindow::setDetailsPlaceholderEnabled(bool enabled)
{
    m_detailsPlaceholder = enabled;
}

void MainWindow::openDetailsPlaceholder(const QString &sessionId)
{
    if (!m_detailsPlaceholder || !m_client)
        return;
    auto *dialog = new SessionDetailsPlaceholder(m_client, sessionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showRowContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->sessionsView->indexAt(position);
    if (!index.isValid())
        return;
    const int count = int(m_ui->sessionsView->selectedRowIndexes().size());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);

    QAction *details = menu->addAction(tr("&Open Details"), this, &MainWindow::activateCurrent);
    details->setObjectName(QStringLiteral("openDetailsAction"));
    QFont bold = details->font();
    bold.setBold(true);
    details->setFont(bold);
    details->setEnabled(count == 1 || index.isValid());
    menu->addSeparator();

    const auto addCopy = [this, menu](const QString &text, const QString &name, int role, const QString &what) {
        QAction *action = menu->addAction(text, this, [this, role, what] { copyColumn(role, what); });
        action->setObjectName(name);
        return action;
    };
    QAction *copyIds = addCopy(tr("Copy &Session ID(s)", nullptr, count), QStringLiteral("copySessionIdAction"),
        Models::SessionIdRole, tr("session IDs"));
    copyIds->setShortcut(QKeySequence::Copy);
    addCopy(tr("Copy &Transaction ID(s)", nullptr, count), QStringLiteral("copyTransactionIdAction"),
        Models::TransactionIdRole, tr("transaction IDs"));
    addCopy(tr("Copy &Merchant Reference(s)", nullptr, count), QStringLiteral("copyMerchantReferenceAction"),
        Models::MerchantReferenceRole, tr("merchant references"));
    addCopy(tr("Copy Checkout &Link(s)", nullptr, count), QStringLiteral("copyCheckoutLinkAction"),
        Models::CheckoutUrlRole, tr("checkout links"));
    menu->addSeparator();

    const QUrl checkoutUrl = index.data(Models::CheckoutUrlRole).toUrl();
    QAction *openPage = menu->addAction(
        tr("Open Checkout &Page in Browser"), this, [checkoutUrl] { QDesktopServices::openUrl(checkoutUrl); });
    openPage->setObjectName(QStringLiteral("openCheckoutPageAction"));
    openPage->setEnabled(count == 1 && checkoutUrl.isValid());

    // The cancel dialog comes with a later issue: offer the action once something handles it.
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::cancelSessionRequested))) {
        menu->addSeparator();
        const QString id = index.data(Models::SessionIdRole).toString();
        QAction *cancel
            = menu->addAction(tr("&Cancel Session\u2026"), this, [this, id] { Q_EMIT cancelSessionRequested(id); });
        cancel->setObjectName(QStringLiteral("cancelSessionAction"));
        cancel->setEnabled(count == 1 && index.data(Models::CanCancelRole).toBool());
    }
    menu->popup(m_ui->sessionsView->viewport()->mapToGlobal(position));
}

void MainWindow::rebuildSavedFiltersMenu()
{
    m_savedFiltersMenu->clear();
    m_savedFiltersMenu->addAction(m_ui->actionSaveFilter);
    const QList<Settings::SavedFilter> saved = m_settings.savedFilters();
    if (saved.isEmpty()) {
        QAction *none = m_savedFiltersMenu->addAction(tr("No saved filters yet"));
        none->setEnabled(false);
        return;
    }
    m_savedFiltersMenu->addSeparator();
    for (const Settings::SavedFilter &filter : saved) {
        QAction *action = m_savedFiltersMenu->addAction(filter.name);
        action->setObjectName(QStringLiteral("savedFilter_") + filter.name);
        const FilterCriteria criteria = filter.criteria;
        connect(action, &QAction::triggered, this, [this, criteria] { applyCriteria(criteria); });
    }
    m_savedFiltersMenu->addSeparator();
    QMenu *remove = m_savedFiltersMenu->addMenu(tr("&Delete Saved Filter"));
    remove->setObjectName(QStringLiteral("deleteSavedFilterMenu"));
    for (const Settings::SavedFilter &filter : saved) {
        const QString name = filter.name;
        remove->addAction(name, this, [this, name] {
            m_settings.removeSavedFilter(name);
            rebuildSavedFiltersMenu();
            m_ui->statusBar->showMessage(tr("Deleted the saved filter \u201c%1\u201d.").arg(name), StatusMessageMs);
        });
    }
}

void MainWindow::askSaveFilter()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveFilterDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Filters"));
    dialog->setLabelText(tr("Save the current filters as:"));
    dialog->setOkButtonText(tr("Save"));
    dialog->setTextValue(m_criteria.searchText);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return;
        m_settings.saveFilter(Settings::SavedFilter { name, m_criteria });
        rebuildSavedFiltersMenu();
        m_ui->statusBar->showMessage(tr("Saved the filters as \u201c%1\u201d.").arg(name), StatusMessageMs);
    });
    dialog->open();
}

void MainWindow::openConnectionDialog()
{
    auto *dialog = new ConnectionDialog(m_client ? m_client->settings() : m_settings.connection(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->restoreGeometry(m_settings.connectionDialogGeometry());
    connect(dialog, &QDialog::finished, this,
        [this, dialog] { m_settings.setConnectionDialogGeometry(dialog->saveGeometry()); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT connectionChanged(dialog->connection()); });
    dialog->open();
}

void MainWindow::askExportFile()
{
    if (!m_client || m_export)
        return;
    QString directory = m_settings.exportDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(directory).filePath(
        QStringLiteral("sessions-%1.csv").arg(m_clock().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    auto *dialog = new QFileDialog(this, tr("Export Sessions to CSV"), suggested, tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(suggested);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) {
        m_settings.setExportDirectory(QFileInfo(fileName).absolutePath());
        exportTo(fileName);
    });
    dialog->open();
}

void MainWindow::exportTo(const QString &fileName)
{
    if (!m_client || m_export)
        return;
    m_export = new Models::SessionCsvExporter(m_client, this);
    m_export->setClock(m_clock);
    connect(m_export, &Models::SessionCsvExporter::progress, this, &MainWindow::handleExportProgress);
    connect(m_export, &Models::SessionCsvExporter::finished, this, &MainWindow::handleExportFinished);
    m_exportLabel->setText(tr("Exporting\u2026"));
    m_exportBox->show();
    m_export->start(m_model->filter(), m_proxy->statusFilter(), fileName);
    updateStatusBar();
}

Models::SessionCsvExporter *MainWindow::currentExport() const
{
    return m_export;
}

void MainWindow::handleExportProgress(int fetched, int written)
{
    m_exportLabel->setText(fetched == written
            ? tr("Exporting: %n session(s)", nullptr, written)
            : tr("Exporting: %1 of %n session(s) match", nullptr, fetched).arg(QLocale().toString(written)));
}

void MainWindow::handleExportFinished(Models::SessionCsvExporter::Result result)
{
    using Result = Models::SessionCsvExporter::Result;
    Models::SessionCsvExporter *exporter = m_export;
    if (!exporter)
        return;
    m_export = nullptr;
    m_exportBox->hide();
    switch (result) {
    case Result::Written:
        m_ui->statusBar->showMessage(tr("Exported %n session(s) to %1.", nullptr, exporter->writtenCount())
                                         .arg(QDir::toNativeSeparators(exporter->fileName())),
            StatusMessageMs * 2);
        break;
    case Result::Cancelled:
        m_ui->statusBar->showMessage(tr("Export cancelled; no file was written."), StatusMessageMs);
        break;
    case Result::Failed: {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"),
            tr("The sessions were not exported; no file was written."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportFailedBox"));
        box->setInformativeText(exporter->errorString());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        break;
    }
    }
    Q_EMIT exportFinished(result == Result::Written);
    exporter->deleteLater();
    updateStatusBar();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Dintero Checkout Sessions Console"),
        tr("Dintero Checkout Sessions Console %1").arg(QStringLiteral(CONSOLE_VERSION)), QMessageBox::Ok, this);
    box->setInformativeText(tr("Browse, search and export Dintero Checkout sessions."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (m_export)
        m_export->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        updateWindowTitle();
        updateViewState();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Dintero::Ui
