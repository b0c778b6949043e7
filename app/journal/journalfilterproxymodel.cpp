#include "journal/journalfilterproxymodel.h"

#include "journal/journalmodel.h"

#include <QDateTime>

namespace Dintero::Journal {

JournalFilterProxyModel::JournalFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) { }

JournalFilterProxyModel::~JournalFilterProxyModel() = default;

QString JournalFilterProxyModel::filterText() const
{
    return m_text;
}

bool JournalFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return false;
    m_text = trimmed;
    invalidateRowsFilter();
    return true;
}

QDate JournalFilterProxyModel::fromDate() const
{
    return m_from;
}

QDate JournalFilterProxyModel::toDate() const
{
    return m_to;
}

bool JournalFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return false;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
    return true;
}

QList<JournalEntry> JournalFilterProxyModel::shownEntries() const
{
    QList<JournalEntry> entries;
    const auto *journal = qobject_cast<const JournalModel *>(sourceModel());
    if (!journal)
        return entries;
    entries.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        entries.append(journal->entry(mapToSource(index(row, 0)).row()));
    return entries;
}

bool JournalFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_from.isNull() || !m_to.isNull()) {
        const QDate day
            = source->index(sourceRow, 0, sourceParent).data(JournalModel::TimeRole).toDateTime().toLocalTime().date();
        if ((!m_from.isNull() && day < m_from) || (!m_to.isNull() && day > m_to))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const int columns = source->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Dintero::Journal
