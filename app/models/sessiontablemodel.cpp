#include "models/sessiontablemodel.h"

#include "api/sessionclient.h"
#include "api/sessionpager.h"
#include "core/money.h"
#include "models/itemdatarole.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTableModel, "console.models", QtInfoMsg)

namespace Dintero::Models {

using Core::SessionStatus;

namespace {

bool canExpire(SessionStatus status)
{
    // §6: Expired only outranks In progress and Open.
    return status == SessionStatus::Open || status == SessionStatus::InProgress;
}

template <typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// The locale's short date with a four-digit year ("3/4/25" reads badly in a log of
// payments), then its short time.
QString dateTimeFormatFor(const QLocale &locale)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    QString date = locale.dateFormat(QLocale::ShortFormat);
    date.replace(twoDigitYear, QStringLiteral("yyyy"));
    return date + u' ' + locale.timeFormat(QLocale::ShortFormat);
}

} // namespace

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTime(); })
{
    setLocale(QLocale());
    m_nowMs = now().toMSecsSinceEpoch();
}

SessionTableModel::~SessionTableModel() = default;

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

void SessionTableModel::setClock(Core::Clock clock)
{
    m_clock = std::move(clock);
    updateNow();
}

QDateTime SessionTableModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void SessionTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_dateTimeFormat = dateTimeFormatFor(locale);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

QLocale SessionTableModel::locale() const
{
    return m_locale;
}

void SessionTableModel::setCheckoutBaseUrl(const QUrl &baseUrl)
{
    m_checkoutBaseUrl = baseUrl;
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
        setFilter(m_filter);
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

void SessionTableModel::handleRunFinished()
{
    if (m_refresh.active && !m_runFailed && m_pager->hasMore()) {
        // The refresh has not yet reloaded as many rows as were shown: the next page.
        m_pager->fetchNext();
        return;
    }
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

SessionTableModel::Row SessionTableModel::makeRow(const Core::Session &session)
{
    Row row;
    const QString texts[TextFieldCount] = {
        session.id(),
        session.transactionId(),
        session.merchantReference(),
        session.merchantReference2(),
        session.customerName(),
        session.customerEmail(),
        session.customerPhone(),
        session.storeId(),
        session.storeName(),
        session.amount().currency,
    };
    qsizetype length = 0;
    for (const QString &text : texts)
        length += std::min<qsizetype>(text.size(), 2000);
    row.text.reserve(length);
    for (int i = 0; i < TextFieldCount; ++i) {
        // A field is capped so that the offsets fit in 16 bits; no real field comes close.
        row.text += QStringView(texts[i]).left(2000);
        row.ends[i] = quint16(row.text.size());
    }
    row.text.squeeze();
    const QDateTime created = session.createdAt();
    const QDateTime expires = session.expiresAt();
    row.createdMs = created.isValid() ? created.toMSecsSinceEpoch() : InvalidTime;
    row.expiresMs = expires.isValid() ? expires.toMSecsSinceEpoch() : InvalidTime;
    row.hasAmount = session.hasAmount();
    row.amount = session.amount().minorUnits;
    // With no "now" the status never comes out Expired; statusOf() adds expiry.
    row.baseStatus = quint8(session.status(QDateTime()));
    row.cancelled = !session.canOfferCancel();
    return row;
}

QStringView SessionTableModel::field(const Row &row, TextField field)
{
    const int begin = field == 0 ? 0 : row.ends[field - 1];
    return QStringView(row.text).mid(begin, row.ends[field] - begin);
}

SessionStatus SessionTableModel::statusOf(const Row &row) const
{
    const auto base = SessionStatus(row.baseStatus);
    if (canExpire(base) && row.expiresMs != InvalidTime && row.expiresMs < m_nowMs)
        return SessionStatus::Expired;
    return base;
}

std::vector<SessionTableModel::Row> SessionTableModel::rowsFor(const QList<Core::Session> &sessions)
{
    std::vector<Row> rows;
    rows.reserve(sessions.size());
    QStringList newStores;
    for (const Core::Session &session : sessions) {
        rows.push_back(makeRow(session));
        const QString storeId = session.storeId();
        if (!storeId.isEmpty() && !m_knownStoreSet.contains(storeId)) {
            m_knownStoreSet.insert(storeId);
            newStores.append(storeId);
        }
    }
    if (!newStores.isEmpty()) {
        m_knownStoreIds.append(newStores);
        Q_EMIT knownStoreIdsChanged();
    }
    return rows;
}

void SessionTableModel::appendSessions(const QList<Core::Session> &sessions)
{
    if (sessions.isEmpty())
        return;
    std::vector<Row> rows = rowsFor(sessions);
    const int first = rowCount();
    dropSortRank();
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
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

QStringList SessionTableModel::knownStoreIds() const
{
    return m_knownStoreIds;
}

qint64 SessionTableModel::referenceNowMs() const
{
    return m_nowMs;
}

void SessionTableModel::updateNow()
{
    const qint64 previous = m_nowMs;
    m_nowMs = now().toMSecsSinceEpoch();
    if (m_nowMs == previous || m_rows.empty())
        return;
    if (m_sortRankColumn == StatusColumn)
        dropSortRank();
    // Rows whose expiry lies between the two reference times changed status; report
    // them as ranges of neighbouring rows.
    const qint64 low = std::min(previous, m_nowMs);
    const qint64 high = std::max(previous, m_nowMs);
    int runStart = -1;
    const int count = rowCount();
    for (int i = 0; i <= count; ++i) {
        bool flipped = false;
        if (i < count) {
            const Row &row = m_rows[size_t(i)];
            flipped = canExpire(SessionStatus(row.baseStatus)) && row.expiresMs != InvalidTime && row.expiresMs >= low
                && row.expiresMs < high;
        }
        if (flipped && runStart < 0) {
            runStart = i;
        } else if (!flipped && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, 0), index(i - 1, ColumnCount - 1));
            runStart = -1;
        }
    }
}

QString SessionTableModel::sessionId(int row) const
{
    return row >= 0 && row < rowCount() ? field(m_rows[size_t(row)], IdField).toString() : QString();
}

QString SessionTableModel::transactionId(int row) const
{
    return row >= 0 && row < rowCount() ? field(m_rows[size_t(row)], TransactionIdField).toString() : QString();
}

QString SessionTableModel::merchantReference(int row) const
{
    return row >= 0 && row < rowCount() ? field(m_rows[size_t(row)], MerchantReferenceField).toString() : QString();
}

QUrl SessionTableModel::checkoutUrl(int row) const
{
    const QString id = sessionId(row);
    if (id.isEmpty() || !m_checkoutBaseUrl.isValid())
        return {};
    QString base = m_checkoutBaseUrl.toString(QUrl::StripTrailingSlash);
    return QUrl(base + QLatin1String("/view/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

SessionStatus SessionTableModel::status(int row) const
{
    return row >= 0 && row < rowCount() ? statusOf(m_rows[size_t(row)]) : SessionStatus::Open;
}

bool SessionTableModel::canOfferCancel(int row) const
{
    return row >= 0 && row < rowCount() && !m_rows[size_t(row)].cancelled;
}

int SessionTableModel::rowOfSession(const QString &sessionId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (field(m_rows[i], IdField) == sessionId)
            return int(i);
    }
    return -1;
}

int SessionTableModel::compareRows(int column, int left, int right) const
{
    if (column == m_sortRankColumn && m_sortRank.size() == m_rows.size())
        return threeWay(m_sortRank[size_t(left)], m_sortRank[size_t(right)]);
    return compareRowData(column, m_rows[size_t(left)], m_rows[size_t(right)]);
}

void SessionTableModel::prepareSort(int column)
{
    if (column < 0 || column >= ColumnCount || m_rows.empty())
        return;
    if (column == m_sortRankColumn && m_sortRank.size() == m_rows.size())
        return;
    TextField textField = TextFieldCount;
    switch (Column(column)) {
    case MerchantReferenceColumn:
        textField = MerchantReferenceField;
        break;
    case MerchantReference2Column:
        textField = MerchantReference2Field;
        break;
    case CustomerNameColumn:
        textField = CustomerNameField;
        break;
    case EmailColumn:
        textField = EmailField;
        break;
    case PhoneColumn:
        textField = PhoneField;
        break;
    case StoreColumn:
        textField = StoreIdField;
        break;
    case TransactionIdColumn:
        textField = TransactionIdField;
        break;
    case SessionIdColumn:
        textField = IdField;
        break;
    default:
        break;
    }
    if (textField != TextFieldCount) {
        rankTexts(textField);
    } else {
        rankNumbers(Column(column));
    }
    m_sortRankColumn = column;
}

// One integer per row that orders as the column does, sorted once with the row numbers.
void SessionTableModel::rankNumbers(Column column)
{
    const size_t count = m_rows.size();
    std::vector<std::pair<qint64, quint32>> keyed(count);
    for (size_t i = 0; i < count; ++i) {
        const Row &row = m_rows[i];
        qint64 key = 0;
        switch (column) {
        case CreatedColumn:
            key = row.createdMs;
            break;
        case ExpiresColumn:
            key = row.expiresMs;
            break;
        case StatusColumn:
            key = qint64(statusOf(row));
            break;
        case AmountColumn:
            // No amount sorts before every amount (InvalidTime is the smallest qint64).
            key = row.hasAmount ? std::max(row.amount, InvalidTime + 1) : InvalidTime;
            break;
        default:
            break;
        }
        keyed[i] = { key, quint32(i) };
    }
    std::sort(keyed.begin(), keyed.end());
    m_sortRank.resize(count);
    quint32 next = 0;
    for (size_t i = 0; i < count; ++i) {
        if (i > 0 && keyed[i - 1].first != keyed[i].first)
            ++next;
        m_sortRank[keyed[i].second] = next;
    }
}

// Equal texts (ignoring case) share a rank, so only the distinct values are sorted: a
// column such as the store or the customer has far fewer of them than rows. Sorting
// 100,000 rows by a text column this way takes a fraction of comparing row against row.
void SessionTableModel::rankTexts(TextField textField)
{
    const size_t count = m_rows.size();
    qsizetype characters = 0;
    for (const Row &row : m_rows)
        characters += field(row, textField).size();
    // Every folded text lives in one buffer, sized up front so the views into it stay valid.
    QString folded(characters, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    std::vector<QStringView> distinct;
    std::vector<quint32> distinctOfRow(count);
    QHash<QStringView, quint32> distinctIds;
    distinctIds.reserve(qsizetype(std::min<size_t>(count, 4096)));
    for (size_t i = 0; i < count; ++i) {
        const char16_t *begin = out;
        const QStringView original = field(m_rows[i], textField);
        for (qsizetype at = 0; at < original.size(); ++at) {
            const char16_t u = original[at].unicode();
            if (u < 0x80) {
                *out++ = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
            } else if (QChar::isHighSurrogate(u) && at + 1 < original.size() && original[at + 1].isLowSurrogate()) {
                // Letters beyond the BMP fold as whole code points, as QString::compare() does;
                // their folded forms are surrogate pairs too, so the length stays.
                const char32_t letter = QChar::toCaseFolded(QChar::surrogateToUcs4(u, original[++at].unicode()));
                *out++ = QChar::highSurrogate(letter);
                *out++ = QChar::lowSurrogate(letter);
            } else {
                *out++ = char16_t(QChar::toCaseFolded(char32_t(u)));
            }
        }
        const QStringView text(begin, out);
        auto it = distinctIds.constFind(text);
        if (it == distinctIds.constEnd()) {
            it = distinctIds.insert(text, quint32(distinct.size()));
            distinct.push_back(text);
        }
        distinctOfRow[i] = *it;
    }
    // Most comparisons are settled by the four characters after the prefix every value
    // shares (the account id of session ids), packed into one integer; whole texts are
    // compared only when those are equal.
    qsizetype common = distinct.front().size();
    for (const QStringView text : distinct) {
        qsizetype same = 0;
        while (same < common && same < text.size() && text[same] == distinct.front()[same])
            ++same;
        common = same;
    }
    const auto at = [](QStringView text, qsizetype i) -> quint64 {
        return i < text.size() ? text[i].unicode() : 0;
    };
    std::vector<quint64> keys(distinct.size());
    for (size_t i = 0; i < distinct.size(); ++i) {
        const QStringView text = distinct[i];
        keys[i]
            = at(text, common) << 48 | at(text, common + 1) << 32 | at(text, common + 2) << 16 | at(text, common + 3);
    }
    std::vector<quint32> order(distinct.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    std::sort(order.begin(), order.end(), [&distinct, &keys](quint32 a, quint32 b) {
        if (keys[a] != keys[b])
            return keys[a] < keys[b];
        return QtPrivate::compareStrings(distinct[a], distinct[b]) < 0;
    });
    std::vector<quint32> rankOfDistinct(distinct.size());
    for (size_t i = 0; i < order.size(); ++i)
        rankOfDistinct[order[i]] = quint32(i);
    m_sortRank.resize(count);
    for (size_t i = 0; i < count; ++i)
        m_sortRank[i] = rankOfDistinct[distinctOfRow[i]];
}

void SessionTableModel::dropSortRank()
{
    m_sortRank.clear();
    m_sortRank.shrink_to_fit();
    m_sortRankColumn = -1;
}

int SessionTableModel::compareRowData(int column, const Row &a, const Row &b) const
{
    const auto text = [&a, &b](TextField f) {
        return field(a, f).compare(field(b, f), Qt::CaseInsensitive);
    };
    switch (Column(column)) {
    case CreatedColumn:
        return threeWay(a.createdMs, b.createdMs);
    case StatusColumn:
        return threeWay(int(statusOf(a)), int(statusOf(b)));
    case MerchantReferenceColumn:
        return text(MerchantReferenceField);
    case MerchantReference2Column:
        return text(MerchantReference2Field);
    case CustomerNameColumn:
        return text(CustomerNameField);
    case EmailColumn:
        return text(EmailField);
    case PhoneColumn:
        return text(PhoneField);
    case AmountColumn:
        if (a.hasAmount != b.hasAmount)
            return a.hasAmount ? 1 : -1;
        return threeWay(a.amount, b.amount);
    case StoreColumn:
        return text(StoreIdField);
    case TransactionIdColumn:
        return text(TransactionIdField);
    case SessionIdColumn:
        return text(IdField);
    case ExpiresColumn:
        return threeWay(a.expiresMs, b.expiresMs);
    case ColumnCount:
        break;
    }
    return 0;
}

// The proxy's sort asks for two indexes per comparison: no virtual calls here.
QModelIndex SessionTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::formatTime(qint64 msecs) const
{
    if (msecs == InvalidTime)
        return {};
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime), m_dateTimeFormat);
}

QString SessionTableModel::timeToolTip(qint64 msecs) const
{
    if (msecs == InvalidTime)
        return {};
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    const QDateTime local = utc.toLocalTime();
    return tr("Local: %1\nUTC: %2\nISO: %3")
        .arg(m_locale.toString(local, QLocale::LongFormat),
            m_locale.toString(utc, QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1String(" UTC"),
            utc.toString(Qt::ISODateWithMs));
}

QVariant SessionTableModel::displayData(const Row &row, int column) const
{
    switch (Column(column)) {
    case CreatedColumn:
        return formatTime(row.createdMs);
    case StatusColumn:
        return Core::statusText(statusOf(row));
    case MerchantReferenceColumn:
        return field(row, MerchantReferenceField).toString();
    case MerchantReference2Column:
        return field(row, MerchantReference2Field).toString();
    case CustomerNameColumn:
        return field(row, CustomerNameField).toString();
    case EmailColumn:
        return field(row, EmailField).toString();
    case PhoneColumn:
        return field(row, PhoneField).toString();
    case AmountColumn:
        if (!row.hasAmount)
            return QString();
        return Core::formatMoney(Core::Money { row.amount, field(row, CurrencyField).toString() }, m_locale);
    case StoreColumn:
        return field(row, StoreIdField).toString();
    case TransactionIdColumn:
        return field(row, TransactionIdField).toString();
    case SessionIdColumn:
        return field(row, IdField).toString();
    case ExpiresColumn:
        return formatTime(row.expiresMs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionTableModel::sortData(const Row &row, int column) const
{
    switch (Column(column)) {
    case CreatedColumn:
        return row.createdMs == InvalidTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC);
    case ExpiresColumn:
        return row.expiresMs == InvalidTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(row.expiresMs, Qt::UTC);
    case StatusColumn:
        return int(statusOf(row));
    case AmountColumn:
        return row.hasAmount ? QVariant(row.amount) : QVariant();
    case StoreColumn:
        return field(row, StoreIdField).toString();
    default:
        return displayData(row, column);
    }
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case CreatedColumn:
            return timeToolTip(row.createdMs);
        case ExpiresColumn:
            return timeToolTip(row.expiresMs);
        case StoreColumn: {
            const QStringView name = field(row, StoreNameField);
            return name.isEmpty() ? field(row, StoreIdField).toString()
                                  : tr("%1 (%2)").arg(name.toString(), field(row, StoreIdField).toString());
        }
        case AmountColumn:
            return row.hasAmount
                ? tr("%1 minor units of %2").arg(m_locale.toString(row.amount), field(row, CurrencyField).toString())
                : QVariant();
        default:
            return displayData(row, column);
        }
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(row, column);
    case StatusRole:
        return int(statusOf(row));
    case SessionIdRole:
        return field(row, IdField).toString();
    case TransactionIdRole:
        return field(row, TransactionIdField).toString();
    case MerchantReferenceRole:
        return field(row, MerchantReferenceField).toString();
    case CheckoutUrlRole:
        return checkoutUrl(index.row());
    case CanCancelRole:
        return !row.cancelled;
    default:
        return {};
    }
}

QString SessionTableModel::columnTitle(int column)
{
    switch (Column(column)) {
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case MerchantReferenceColumn:
        return tr("Merchant reference");
    case MerchantReference2Column:
        return tr("Reference 2");
    case CustomerNameColumn:
        return tr("Customer");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case AmountColumn:
        return tr("Amount");
    case StoreColumn:
        return tr("Store");
    case TransactionIdColumn:
        return tr("Transaction ID");
    case SessionIdColumn:
        return tr("Session ID");
    case ExpiresColumn:
        return tr("Expires");
    case ColumnCount:
        break;
    }
    return {};
}

QString SessionTableModel::sampleText(int column) const
{
    switch (Column(column)) {
    case CreatedColumn:
    case ExpiresColumn:
        return formatTime(QDateTime(QDate(2025, 12, 28), QTime(23, 58)).toMSecsSinceEpoch());
    case StatusColumn: {
        QString longest;
        for (const SessionStatus status : { SessionStatus::Open, SessionStatus::InProgress, SessionStatus::OnHold,
                 SessionStatus::Authorized, SessionStatus::Failed, SessionStatus::Expired, SessionStatus::Cancelled }) {
            const QString text = Core::statusText(status);
            if (text.size() > longest.size())
                longest = text;
        }
        return longest;
    }
    case MerchantReferenceColumn:
        return QStringLiteral("SO-1000482");
    case MerchantReference2Column:
        return QStringLiteral("WEB-0042");
    case CustomerNameColumn:
        return QStringLiteral("Rasmus Rasmussen");
    case EmailColumn:
        return QStringLiteral("rasmus.rasmussen36@example.dk");
    case PhoneColumn:
        return QStringLiteral("+4791234567");
    case AmountColumn:
        return Core::formatMoney(Core::Money { 12345678, QStringLiteral("NOK") }, m_locale);
    case StoreColumn:
        return QStringLiteral("kobenhavn-norrebro");
    case TransactionIdColumn:
    case SessionIdColumn:
        return QStringLiteral("T12345678.6Hq2VtZk9rWcYpB3nXa8Lm");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && (section == CreatedColumn || section == ExpiresColumn))
        return tr("In local time; hover a cell for UTC");
    if (role == Qt::ToolTipRole && section == StatusColumn)
        return tr("Derived from the session's events; the API has no status field");
    return QAbstractTableModel::headerData(section, orientation, role);
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
