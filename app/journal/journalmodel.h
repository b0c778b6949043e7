#pragma once

#include "journal/journal.h"
#include "journal/journalentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace Dintero::Journal {

// The journal's entries for a table, newest first. Times show in local time (UTC in the
// tooltip), operations and results in words, amounts in the locale's money format;
// multi-line notes show on one line and whole in the tooltip. Read-only: setEntries()
// replaces the rows.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)

public:
    enum Column {
        TimeColumn,
        OperationColumn,
        SessionIdColumn,
        MerchantReferenceColumn,
        AmountColumn,
        ResultColumn,
        HttpStatusColumn,
        ErrorColumn,
        NoteColumn,
        AccountColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    // Roles on every column. Unscoped: roles are ints in the model/view API.
    enum Role {
        TimeRole = Qt::UserRole, // QDateTime (UTC) of the entry
        TrustedRole, // bool: written before the line where the chain breaks
    };

    explicit JournalModel(QObject *parent = nullptr);
    ~JournalModel() override;

    // The entries as Journal::read() gives them: oldest first.
    void setEntries(const QList<JournalEntry> &oldestFirst);
    // The entries of a read, with the ones from the break of the chain on marked as
    // not trusted (TrustedRole, and a tooltip that says why).
    void setReadResult(const ReadResult &result);
    const JournalEntry &entry(int row) const;

    QLocale locale() const;
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const JournalEntry &entry, int column) const;

    QList<JournalEntry> m_entries; // newest first
    QList<bool> m_trusted; // per row
    int m_brokenLine = 0;
    QLocale m_locale;
};

} // namespace Dintero::Journal
