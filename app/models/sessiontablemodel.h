#pragma once

#include "api/apierror.h"
#include "core/clock.h"
#include "core/session.h"
#include "core/sessionfilter.h"
#include "core/sessionstatus.h"
#include "models/filtercriteria.h"
#include "models/sessionrow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <vector>

namespace Dintero::Api {
class SessionClient;
class SessionPager;
} // namespace Dintero::Api

namespace Dintero::Models {

// The loaded sessions of one filter, one row each, for the sessions table. Pages come in
// through fetchMore() (the view asks as the agent scrolls; canFetchMore() says no while a
// page is in flight) or all at once with loadAll(). A new filter resets the rows; a
// refresh keeps them until the first page of the new run arrives; a failure keeps them.
//
// Rows are kept compact (SessionRow) rather than as whole Session objects: the table may
// hold 100,000 sessions. The derived status is evaluated against a reference time taken from the clock (see
// updateNow()), so that display, sorting and the status filter agree.
//
// Owns its SessionPager; uses (does not own) the SessionClient. The code is split by
// concern: storage here (sessiontablemodel.cpp), paging and refresh
// (sessiontableloading.cpp), sort ranks (sessiontableranking.cpp) and what the cells
// show (sessiontableformatting.cpp).
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column {
        CreatedColumn,
        StatusColumn,
        MerchantReferenceColumn,
        MerchantReference2Column,
        CustomerNameColumn,
        EmailColumn,
        PhoneColumn,
        AmountColumn,
        StoreColumn,
        TransactionIdColumn,
        SessionIdColumn,
        ExpiresColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum class LoadState {
        Idle, // nothing in flight (all loaded, or more on demand)
        Loading, // a page is in flight
        LoadingAll, // loadAll() is walking the pages
        Failed, // the last page failed; retry() tries it again
    };
    Q_ENUM(LoadState)

    explicit SessionTableModel(QObject *parent = nullptr);
    ~SessionTableModel() override;

    // The client pages come from; nullptr (no connection) means nothing can load.
    void setClient(Api::SessionClient *client);
    Api::SessionClient *client() const;
    // The time used for the derived status (tests inject one). Defaults to the system clock.
    void setClock(Core::Clock clock);
    QDateTime now() const;
    void setLocale(const QLocale &locale);
    QLocale locale() const;
    // The hosted page of a session is <base>/view/<id>.
    void setCheckoutBaseUrl(const QUrl &baseUrl);

    // Sessions per page (the filter's `limit`). One page is parsed in one go on the GUI
    // thread, so smaller pages keep the window responsive while many stream in.
    int pageSize() const;
    void setPageSize(int sessions);

    const Core::SessionFilter &filter() const;
    // Drops the rows, aborts the load in flight and starts the first page of `filter`.
    void setFilter(const Core::SessionFilter &filter);
    // The same for what the filter form holds (its status filter is the proxy's). An
    // id-shaped search goes out as a session id first; when that finds nothing, the
    // model emits searchFellBack() and searches it as a transaction id, in the same run:
    // loadFinished() comes once, after the second search.
    void setCriteria(const FilterCriteria &criteria);
    // The criteria of the last setCriteria(); setFilter() and clear() forget them.
    const FilterCriteria &criteria() const;
    SearchStage searchStage() const;
    // Loads the current filter again, as many rows as are shown (at least a page), and
    // then swaps them in at once; until then the rows shown stay. A failure keeps them
    // (retry() goes on with the refresh); cancelLoading() gives the refresh up.
    void refresh();
    // After a failure: asks for the failed page again.
    void retry();
    // Fetches every remaining page (loadProgress() after each) until the end, cancelLoading()
    // or an error.
    void loadAll();
    // Aborts the page in flight, stops loadAll() or gives up a refresh; the rows stay.
    void cancelLoading();
    // Forgets the rows and the filter (used when the connection goes away).
    void clear();

    // Appends parsed sessions as rows (what a page does; also for tools and benchmarks).
    void appendSessions(const QList<Core::Session> &sessions);
    // A session created in the console: a new first row, without a reload. A session
    // already shown is updated in place instead.
    void prependSession(const Core::Session &session);
    // Replaces the row of that session id with `session` (after a cancel, or what a
    // watch of the payment link saw): one dataChanged() over the whole row, so that the
    // proxy filters and sorts it again. False when no row has that id.
    bool updateSession(const Core::Session &session);

    LoadState loadState() const;
    // A refresh is reloading the rows shown (they stay until it is done): how many it
    // has so far, of how many (INT_MAX: all of them, as during Load All).
    bool isRefreshing() const;
    int refreshedCount() const;
    int refreshTarget() const;
    bool isLoading() const;
    bool hasStarted() const;
    // More pages exist on the server for this filter.
    bool hasMore() const;
    const Api::ApiError &lastError() const;
    // When the first page of the last load arrived.
    QDateTime lastRefresh() const;
    // The store ids seen in loaded rows, in the order they first appeared.
    QStringList knownStoreIds() const;

    // Takes a new reference time from the clock and emits dataChanged() for the status of
    // rows that expired since the last one.
    void updateNow();
    qint64 referenceNowMs() const;

    QString sessionId(int row) const;
    QString transactionId(int row) const;
    QString merchantReference(int row) const;
    QUrl checkoutUrl(int row) const;
    Core::SessionStatus status(int row) const;
    // Every loaded row's currency and store id (empty where a session has none), for the
    // defaults of a new payment link.
    QStringList currencies() const;
    QStringList storeIds() const;
    bool canOfferCancel(int row) const;
    // The first row with that session id, or -1.
    int rowOfSession(const QString &sessionId) const;

    // < 0, 0, > 0 as the raw values of `column` in rows `left` and `right` compare; what
    // SortRole would give, without building QVariants (the proxy sorts 100,000 rows).
    int compareRows(int column, int left, int right) const;
    // Ranks every row by `column` once (equal values, equal rank), so that the many
    // comparisons of a sort become integer comparisons. Kept until rows change.
    void prepareSort(int column);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Column titles for menus and exports.
    static QString columnTitle(int column);
    // A typical cell of `column` as this model would show it, for default column widths.
    QString sampleText(int column) const;

Q_SIGNALS:
    void loadStateChanged(Dintero::Models::SessionTableModel::LoadState state);
    // Rows loaded so far in this load (also during loadAll()).
    void loadProgress(int loaded);
    void loadFailed(const Dintero::Api::ApiError &error);
    // A load run is over (a page, loadAll(), a failure or a cancel).
    void loadFinished();
    void knownStoreIdsChanged();
    // A refresh swapped its rows in (after modelReset()).
    void refreshed();
    // No session has the searched id `id`: it is being searched as a transaction id.
    void searchFellBack(const QString &id);

private:
    using Row = SessionRow;
    using TextField = SessionRow::TextField;
    static constexpr qint64 InvalidTime = SessionRow::InvalidTime;

    // A refresh in progress: the rows it has reloaded so far, and where the walk of the
    // rows shown stood when it began.
    struct Refresh
    {
        bool active = false;
        int target = 0;
        std::vector<Row> rows;
        QString cursor;
        bool hasMore = false;
        int loaded = 0;
    };

    // Rows for sessions; notes the store ids not seen before.
    std::vector<Row> rowsFor(const QList<Core::Session> &sessions);
    void finishRefresh();
    void startFilter(const Core::SessionFilter &filter);
    // After a run: whether an id search found nothing and goes on as a transaction id.
    bool fallBackToTransactionId();
    int compareRowData(int column, const Row &a, const Row &b) const;
    void dropSortRank();
    void rankTexts(TextField textField);
    void rankNumbers(Column column);
    Core::SessionStatus statusOf(const Row &row) const;
    QString formatTime(qint64 msecs) const;
    QString timeToolTip(qint64 msecs) const;
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    void setLoadState(LoadState state);
    void attachPager();
    void handlePage(const QList<Core::Session> &page, bool hasMore);
    void handleFailure(const Api::ApiError &error);
    void handleRunFinished();

    std::vector<Row> m_rows;
    QPointer<Api::SessionClient> m_client;
    Api::SessionPager *m_pager = nullptr;
    Core::SessionFilter m_filter;
    FilterCriteria m_criteria;
    SearchStage m_searchStage = SearchStage::AsSessionId;
    bool m_searchCanFallBack = false; // the run is an id search from setCriteria()
    Api::ApiError m_lastError;
    Core::Clock m_clock;
    QLocale m_locale;
    QString m_dateTimeFormat;
    QUrl m_checkoutBaseUrl;
    QDateTime m_lastRefresh;
    QStringList m_knownStoreIds;
    QSet<QString> m_knownStoreSet;
    qint64 m_nowMs = 0;
    int m_pageSize = Core::SessionFilter::DefaultLimit;
    // prepareSort()'s ranks: valid while they cover every row.
    std::vector<quint32> m_sortRank;
    int m_sortRankColumn = -1;
    LoadState m_state = LoadState::Idle;
    bool m_started = false;
    Refresh m_refresh;
    bool m_awaitingFirstPage = false;
    bool m_runFailed = false;
};

} // namespace Dintero::Models
