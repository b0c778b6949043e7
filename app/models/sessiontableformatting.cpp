#include "core/money.h"
#include "models/itemdatarole.h"
#include "models/sessiontablemodel.h"

#include <QRegularExpression>

// What the cells and headers show: texts, tool tips, alignment and the raw values of
// SortRole, in the model's locale.

namespace Dintero::Models {

using Core::SessionStatus;
using enum SessionRow::TextField;

namespace {

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
        return row.field(MerchantReferenceField).toString();
    case MerchantReference2Column:
        return row.field(MerchantReference2Field).toString();
    case CustomerNameColumn:
        return row.field(CustomerNameField).toString();
    case EmailColumn:
        return row.field(EmailField).toString();
    case PhoneColumn:
        return row.field(PhoneField).toString();
    case AmountColumn:
        if (!row.hasAmount)
            return QString();
        return Core::formatMoney(Core::Money { row.amount, row.field(CurrencyField).toString() }, m_locale);
    case StoreColumn:
        return row.field(StoreIdField).toString();
    case TransactionIdColumn:
        return row.field(TransactionIdField).toString();
    case SessionIdColumn:
        return row.field(IdField).toString();
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
        return row.field(StoreIdField).toString();
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
            const QStringView name = row.field(StoreNameField);
            return name.isEmpty() ? row.field(StoreIdField).toString()
                                  : tr("%1 (%2)").arg(name.toString(), row.field(StoreIdField).toString());
        }
        case AmountColumn:
            return row.hasAmount
                ? tr("%1 minor units of %2").arg(m_locale.toString(row.amount), row.field(CurrencyField).toString())
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
        return row.field(IdField).toString();
    case TransactionIdRole:
        return row.field(TransactionIdField).toString();
    case MerchantReferenceRole:
        return row.field(MerchantReferenceField).toString();
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

QStringList SessionTableModel::currencies() const
{
    QStringList found;
    found.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        found.append(row.field(CurrencyField).toString());
    return found;
}

QStringList SessionTableModel::storeIds() const
{
    QStringList found;
    found.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        found.append(row.field(StoreIdField).toString());
    return found;
}

} // namespace Dintero::Models
