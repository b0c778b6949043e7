#include "journal/journalmodel.h"

#include <QDateTime>

#include <algorithm>

namespace Dintero::Journal {

namespace {

QString oneLine(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

} // namespace

JournalModel::JournalModel(QObject *parent) : QAbstractTableModel(parent) { }

JournalModel::~JournalModel() = default;

void JournalModel::setEntries(const QList<JournalEntry> &oldestFirst)
{
    setReadResult(ReadResult { oldestFirst, {}, {} });
}

void JournalModel::setReadResult(const ReadResult &result)
{
    beginResetModel();
    m_entries = result.entries;
    std::reverse(m_entries.begin(), m_entries.end());
    m_brokenLine = result.verification.brokenLine;
    m_trusted.clear();
    m_trusted.reserve(m_entries.size());
    for (qsizetype i = result.entries.size() - 1; i >= 0; --i)
        m_trusted.append(m_brokenLine == 0 || result.lines.value(i, 0) < m_brokenLine);
    endResetModel();
}

const JournalEntry &JournalModel::entry(int row) const
{
    return m_entries.at(row);
}

QLocale JournalModel::locale() const
{
    return m_locale;
}

void JournalModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::displayText(const JournalEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn: {
        const QDateTime local = entry.time.toLocalTime();
        return m_locale.toString(local.date(), QLocale::ShortFormat) + u' '
            + m_locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    }
    case OperationColumn:
        return operationText(entry.operation);
    case SessionIdColumn:
        return entry.sessionId;
    case MerchantReferenceColumn:
        return oneLine(entry.merchantReference);
    case AmountColumn:
        if (entry.amount.currency.isEmpty() && entry.amount.minorUnits == 0)
            return {};
        return Core::formatMoney(entry.amount, m_locale);
    case ResultColumn:
        return outcomeText(entry.result);
    case HttpStatusColumn:
        return entry.httpStatus == 0 ? QString() : QString::number(entry.httpStatus);
    case ErrorColumn:
        return oneLine(entry.error);
    case NoteColumn:
        return oneLine(entry.note);
    case AccountColumn:
        return entry.accountId;
    default:
        return {};
    }
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    const bool trusted = m_trusted.at(index.row());
    if (role == Qt::ToolTipRole && !trusted && index.column() != TimeColumn && index.column() != NoteColumn
        && index.column() != ErrorColumn) {
        return tr("Written at or after line %1 of the journal, where the chain of hashes breaks: this entry may have "
                  "been changed.")
            .arg(m_brokenLine);
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"));
        case ErrorColumn:
            return entry.error.isEmpty() ? QVariant() : entry.error;
        case NoteColumn:
            return entry.note.isEmpty() ? QVariant() : entry.note;
        case AccountColumn:
            return entry.apiHost.isEmpty() ? QVariant() : entry.apiHost;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == HttpStatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TimeRole:
        return entry.time;
    case TrustedRole:
        return trusted;
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case SessionIdColumn:
        return tr("Session id");
    case MerchantReferenceColumn:
        return tr("Merchant reference");
    case AmountColumn:
        return tr("Amount");
    case ResultColumn:
        return tr("Result");
    case HttpStatusColumn:
        return tr("HTTP status");
    case ErrorColumn:
        return tr("Error");
    case NoteColumn:
        return tr("Note");
    case AccountColumn:
        return tr("Account");
    default:
        return {};
    }
}

} // namespace Dintero::Journal
