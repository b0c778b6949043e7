#pragma once

#include "journal/journalentry.h"

#include <QDate>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace Dintero::Journal {

// Filters a JournalModel by text (case-insensitive, in any column as shown) and by a
// range of local days (inclusive; a null date leaves that end open). Keeps the source's
// order, newest first. Setters return whether the filter changed and only then re-filter.
class JournalFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalFilterProxyModel)

public:
    explicit JournalFilterProxyModel(QObject *parent = nullptr);
    ~JournalFilterProxyModel() override;

    QString filterText() const;
    bool setFilterText(const QString &text);

    QDate fromDate() const;
    QDate toDate() const;
    bool setDateRange(const QDate &from, const QDate &to);

    // The entries of the rows shown, in their order (for the CSV export). Needs a
    // JournalModel as the source.
    QList<JournalEntry> shownEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QDate m_from;
    QDate m_to;
};

} // namespace Dintero::Journal
