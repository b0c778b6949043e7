#pragma once

#include "models/filtercriteria.h"

#include <QSortFilterProxyModel>

namespace Dintero::Models {

class SessionTableModel;

// Sorts the loaded sessions on the raw value (SortRole) and filters them by derived
// status, which the API cannot filter on. Setters return whether the filter changed and
// only then re-filter. Works over any model that offers StatusRole and SortRole, with a
// fast path (no QVariant per comparison) over a SessionTableModel.
class SessionFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterProxyModel)

public:
    explicit SessionFilterProxyModel(QObject *parent = nullptr);
    ~SessionFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    StatusSet statusFilter() const;
    // True when the set differs from the current one (and the rows were re-filtered).
    bool setStatusFilter(const StatusSet &statuses);

    // Rows of the source that the status filter hides.
    int hiddenRowCount() const;

Q_SIGNALS:
    void statusFilterChanged(const Dintero::Models::StatusSet &statuses);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void prepareSort(int column);
    void updateFastSort();

    SessionTableModel *m_sessions = nullptr;
    bool m_fastSort = false;
    StatusSet m_statuses;
};

} // namespace Dintero::Models
