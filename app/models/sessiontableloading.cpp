#include "api/sessionclient.h"
#include "api/sessionpager.h"
#include "models/sessiontablemodel.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

// Loading: the pager's runs (a filter's first page, more pages, Load All), the refresh
// that swaps its rows in at once, retries, and the search that falls back from a session
// id to a transaction id.

Q_LOGGING_CATEGORY(lcTableModel, "console.models", QtInfoMsg)

namespace Dintero::Models {

void SessionTableModel::setClient(Api::SessionClient *client)
{
    if (m_client == client)
        return;
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    m_client = client;
    m_started = false;
    m_refresh = {};
    m_lastError = {};
    if (m_client)
        attachPager();
    setLoadState(LoadState::Idle);
}

Api::SessionClient *SessionTableModel::client() const
{
    return m_client;
}

void SessionTableModel::attachPager()
{
    m_pager = new Api::SessionPager(m_client, this);
    connect(m_pager, &Api::SessionPager::pageLoaded, this, &SessionTableModel::handlePage);
    connect(m_pager, &Api::SessionPager::failed, this, &SessionTableModel::handleFailure);
    connect(m_pager, &Api::SessionPager::finished, this, &SessionTableModel::handleRunFinished);
}

int SessionTableModel::pageSize() const
{
    return m_pageSize;
}

void SessionTableModel::setPageSize(int sessions)
{
    m_pageSize = std::clamp(sessions, 1, Core::SessionFilter::MaxLimit);
}

const Core::SessionFilter &SessionTableModel::filter() const
{
    return m_filter;
}

void SessionTableModel::setFilter(const Core::SessionFilter &filter)
{
    m_criteria = {};
    m_searchStage = SearchStage::AsSessionId;
    m_searchCanFallBack = false;
    startFilter(filter);
}

void SessionTableModel::setCriteria(const FilterCriteria &criteria)
{
    m_criteria = criteria;
    m_searchStage = SearchStage::AsSessionId;
    m_searchCanFallBack = criteria.searchIsId();
    startFilter(criteria.toSessionFilter(m_searchStage));
}

const FilterCriteria &SessionTableModel::criteria() const
{
    return m_criteria;
}

SearchStage SessionTableModel::searchStage() const
{
    return m_searchStage;
}

void SessionTableModel::startFilter(const Core::SessionFilter &filter)
{
    m_filter = filter;
    m_filter.setLimit(m_pageSize);
    m_lastError = {};
    m_refresh = {};
    m_runFailed = false;
    if (!m_rows.empty()) {
        beginResetModel();
        m_rows.clear();
        dropSortRank();
        m_rows.shrink_to_fit();
        endResetModel();
    }
    if (!m_pager) {
        m_started = false;
        setLoadState(LoadState::Idle);
        return;
    }
    qCDebug(lcTableModel) << "new filter" << filter.toQuery().toString();
    m_started = true;
    m_awaitingFirstPage = true;
    setLoadState(LoadState::Loading);
    Q_EMIT loadProgress(0);
    m_pager->start(m_filter);
}

void SessionTableModel::refresh()
{
    if (!m_pager)
        return;
    // A refresh during Load All reloads every page: that is what the agent asked for.
    const bool all = m_state == LoadState::LoadingAll;
    if (!m_refresh.active && !m_rows.empty()) {
        // Where the shown rows' walk stands, to take it up again if the refresh is given up.
        m_refresh.target = rowCount();
        m_refresh.cursor = m_pager->cursor();
        m_refresh.hasMore = hasMore();
        m_refresh.loaded = m_pager->loadedCount();
        m_refresh.active = true;
    }
    if (all)
        m_refresh.target = std::numeric_limits<int>::max();
    m_refresh.rows.clear();
    m_lastError = {};
    m_runFailed = false;
    m_awaitingFirstPage = true;
    m_started = true;
    setLoadState(all ? LoadState::LoadingAll : LoadState::Loading);
    m_pager->start(m_filter);
    if (all)
        m_pager->loadAll();
}

bool SessionTableModel::isRefreshing() const
{
    return m_refresh.active;
}

int SessionTableModel::refreshedCount() const
{
    return int(m_refresh.rows.size());
}

int SessionTableModel::refreshTarget() const
{
    return m_refresh.active ? m_refresh.target : 0;
}

void SessionTableModel::retry()
{
    if (!m_pager)
        return;
    if (!m_started) {
        startFilter(m_filter);
        return;
    }
    m_lastError = {};
    m_runFailed = false;
    setLoadState(LoadState::Loading);
    m_pager->fetchNext();
}

void SessionTableModel::loadAll()
{
    if (!m_pager || !m_started || (!m_pager->hasMore() && m_state != LoadState::Failed))
        return;
    m_lastError = {};
    m_runFailed = false;
    setLoadState(LoadState::LoadingAll);
    m_pager->loadAll();
}

void SessionTableModel::cancelLoading()
{
    if (!m_pager)
        return;
    if (m_refresh.active) {
        // The rows shown stay, and so does the walk they came from.
        const Refresh given = std::exchange(m_refresh, {});
        m_awaitingFirstPage = false;
        m_runFailed = false;
        m_lastError = {};
        m_pager->resume(m_filter, given.cursor, given.hasMore, given.loaded);
        setLoadState(LoadState::Idle);
        return;
    }
    if (m_state == LoadState::Loading || m_state == LoadState::LoadingAll)
        m_pager->cancel();
}

void SessionTableModel::clear()
{
    m_refresh = {};
    if (m_pager)
        m_pager->cancel();
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    dropSortRank();
    endResetModel();
    m_filter = {};
    m_criteria = {};
    m_searchStage = SearchStage::AsSessionId;
    m_searchCanFallBack = false;
    m_started = false;
    m_lastError = {};
    m_lastRefresh = {};
    setLoadState(LoadState::Idle);
}

void SessionTableModel::handlePage(const QList<Core::Session> &page, bool hasMore)
{
    if (m_awaitingFirstPage) {
        m_awaitingFirstPage = false;
        m_lastRefresh = now();
        updateNow();
    }
    if (m_refresh.active) {
        std::vector<Row> rows = rowsFor(page);
        m_refresh.rows.insert(
            m_refresh.rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
        if (int(m_refresh.rows.size()) >= m_refresh.target || !hasMore)
            finishRefresh();
        else
            Q_EMIT loadProgress(int(m_refresh.rows.size()));
        return;
    }
    appendSessions(page);
    Q_EMIT loadProgress(rowCount());
}

void SessionTableModel::finishRefresh()
{
    beginResetModel();
    m_rows.swap(m_refresh.rows);
    // The proxy sorts the new rows on modelReset(): rank them by its column first.
    const int sortColumn = m_sortRankColumn;
    dropSortRank();
    prepareSort(sortColumn);
    m_refresh = {};
    endResetModel();
    Q_EMIT loadProgress(rowCount());
    Q_EMIT refreshed();
}

void SessionTableModel::handleFailure(const Api::ApiError &error)
{
    if (error.kind() == Api::ApiError::Kind::Aborted)
        return;
    qCInfo(lcTableModel) << "page failed:" << error.detail();
    m_lastError = error;
    m_runFailed = true;
    Q_EMIT loadFailed(error);
}

bool SessionTableModel::fallBackToTransactionId()
{
    // "Paste anything": an id that is no session id may be a transaction id.
    if (!m_searchCanFallBack || m_searchStage != SearchStage::AsSessionId || m_runFailed || m_refresh.active
        || !m_rows.empty() || m_pager->hasMore())
        return false;
    m_searchStage = SearchStage::AsTransactionId;
    const QString id = m_criteria.searchText.trimmed();
    qCDebug(lcTableModel) << "no session has the id" << id << "; searching it as a transaction id";
    startFilter(m_criteria.toSessionFilter(m_searchStage));
    Q_EMIT searchFellBack(id);
    return true;
}

void SessionTableModel::handleRunFinished()
{
    if (m_refresh.active && !m_runFailed && m_pager->hasMore()) {
        // The refresh has not yet reloaded as many rows as were shown: the next page.
        m_pager->fetchNext();
        return;
    }
    if (fallBackToTransactionId())
        return;
    setLoadState(m_runFailed ? LoadState::Failed : LoadState::Idle);
    Q_EMIT loadFinished();
}

void SessionTableModel::setLoadState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT loadStateChanged(state);
}

SessionTableModel::LoadState SessionTableModel::loadState() const
{
    return m_state;
}

bool SessionTableModel::isLoading() const
{
    return m_state == LoadState::Loading || m_state == LoadState::LoadingAll;
}

bool SessionTableModel::hasStarted() const
{
    return m_started;
}

bool SessionTableModel::hasMore() const
{
    // Before the first page nobody knows; the pager assumes more until told otherwise.
    if (m_refresh.active)
        return m_refresh.hasMore;
    return m_pager && m_started && !m_awaitingFirstPage && m_pager->hasMore();
}

const Api::ApiError &SessionTableModel::lastError() const
{
    return m_lastError;
}

QDateTime SessionTableModel::lastRefresh() const
{
    return m_lastRefresh;
}

bool SessionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && m_started && m_state == LoadState::Idle && m_pager->hasMore();
}

void SessionTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoadState(LoadState::Loading);
    m_pager->fetchNext();
}

} // namespace Dintero::Models
