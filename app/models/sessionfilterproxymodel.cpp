#include "models/sessionfilterproxymodel.h"

#include "models/itemdatarole.h"
#include "models/sessiontablemodel.h"

namespace Dintero::Models {
namespace {

// Above this many rows changing side, one layout change (re-filter and re-sort, about
// 25 ms for 100,000 rows) is far cheaper than the per-interval row removals and
// insertions of invalidateRowsFilter(), which cost O(rows) each: 1.7-3 s for the same
// change over 100,000 rows (tests/benchmarks/ui_benchmark.cpp prints both).
constexpr int IncrementalLimit = 2000;

} // namespace

SessionFilterProxyModel::SessionFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Read once here rather than in each of the sort's million comparisons.
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, &SessionFilterProxyModel::updateFastSort);
}

SessionFilterProxyModel::~SessionFilterProxyModel() = default;

void SessionFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_sessions = qobject_cast<SessionTableModel *>(sourceModel);
    updateFastSort();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void SessionFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    prepareSort(column);
    QSortFilterProxyModel::sort(column, order);
}

void SessionFilterProxyModel::updateFastSort()
{
    m_fastSort = m_sessions && sortRole() == SortRole;
}

void SessionFilterProxyModel::prepareSort(int column)
{
    // Ranking the rows once makes each of the sort's comparisons an integer comparison.
    if (m_fastSort && column >= 0)
        m_sessions->prepareSort(column);
}

StatusSet SessionFilterProxyModel::statusFilter() const
{
    return m_statuses;
}

bool SessionFilterProxyModel::setStatusFilter(const StatusSet &statuses)
{
    if (m_statuses == statuses)
        return false;
    const StatusSet previous = m_statuses;
    m_statuses = statuses;

    // How many loaded rows change side decides how to tell the views.
    int changing = 0;
    if (QAbstractItemModel *source = sourceModel()) {
        const int rows = source->rowCount();
        for (int row = 0; row < rows && changing <= IncrementalLimit; ++row) {
            const auto status = m_sessions ? m_sessions->status(row)
                                           : Core::SessionStatus(source->index(row, 0).data(StatusRole).toInt());
            if (previous.contains(status) != statuses.contains(status))
                ++changing;
        }
    }
    if (changing > IncrementalLimit) {
        prepareSort(sortColumn()); // invalidate() sorts the rows again
        invalidate();
    } else
        invalidateRowsFilter();
    Q_EMIT statusFilterChanged(m_statuses);
    return true;
}

int SessionFilterProxyModel::hiddenRowCount() const
{
    return sourceModel() ? sourceModel()->rowCount() - rowCount() : 0;
}

bool SessionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_statuses.isAll())
        return true;
    if (m_sessions)
        return m_statuses.contains(m_sessions->status(sourceRow));
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_statuses.contains(Core::SessionStatus(index.data(StatusRole).toInt()));
}

bool SessionFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_fastSort && left.column() == right.column())
        return m_sessions->compareRows(left.column(), left.row(), right.row()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Dintero::Models
