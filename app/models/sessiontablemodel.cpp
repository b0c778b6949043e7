#include "models/sessiontablemodel.h"

#include <algorithm>

// Storage: the compact rows, how sessions become rows, and the row accessors. Loading
// lives in sessiontableloading.cpp, sort ranks in sessiontableranking.cpp and cell
// texts in sessiontableformatting.cpp.

namespace Dintero::Models {

using Core::SessionStatus;
using enum SessionRow::TextField;

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTime(); })
{
    setLocale(QLocale());
    m_nowMs = now().toMSecsSinceEpoch();
}

SessionTableModel::~SessionTableModel() = default;

void SessionTableModel::setClock(Core::Clock clock)
{
    m_clock = std::move(clock);
    updateNow();
}

QDateTime SessionTableModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void SessionTableModel::setCheckoutBaseUrl(const QUrl &baseUrl)
{
    m_checkoutBaseUrl = baseUrl;
}

SessionStatus SessionTableModel::statusOf(const Row &row) const
{
    return row.statusAt(m_nowMs);
}

std::vector<SessionTableModel::Row> SessionTableModel::rowsFor(const QList<Core::Session> &sessions)
{
    std::vector<Row> rows;
    rows.reserve(sessions.size());
    QStringList newStores;
    for (const Core::Session &session : sessions) {
        rows.push_back(SessionRow::fromSession(session));
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

void SessionTableModel::prependSession(const Core::Session &session)
{
    if (updateSession(session))
        return;
    std::vector<Row> rows = rowsFor({ session });
    // Pages come newest first: a refresh that has its first page already will not see
    // this session, so it gets it here and keeps it when its rows are swapped in.
    if (m_refresh.active && !m_refresh.rows.empty())
        m_refresh.rows.insert(m_refresh.rows.begin(), rows.front());
    dropSortRank();
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.insert(m_rows.begin(), std::move(rows.front()));
    endInsertRows();
}

bool SessionTableModel::updateSession(const Core::Session &session)
{
    const int row = session.id().isEmpty() ? -1 : rowOfSession(session.id());
    if (row < 0)
        return false;
    std::vector<Row> rows = rowsFor({ session });
    // A refresh in progress may have reloaded the session before it changed.
    for (Row &reloaded : m_refresh.rows) {
        if (reloaded.field(SessionRow::IdField) == session.id()) {
            reloaded = rows.front();
            break;
        }
    }
    m_rows[size_t(row)] = std::move(rows.front());
    dropSortRank();
    // Every column and role: the proxy then filters and sorts the row again.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
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
        const bool flipped = i < count && m_rows[size_t(i)].expiresWithin(low, high);
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
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].field(IdField).toString() : QString();
}

QString SessionTableModel::transactionId(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].field(TransactionIdField).toString() : QString();
}

QString SessionTableModel::merchantReference(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].field(MerchantReferenceField).toString() : QString();
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
        if (m_rows[i].field(IdField) == sessionId)
            return int(i);
    }
    return -1;
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

} // namespace Dintero::Models
