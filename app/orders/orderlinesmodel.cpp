#include "orderlinesmodel.h"

#include "core/money.h"

#include <QLocale>

namespace Dintero::Orders {

OrderLinesModel::OrderLinesModel(QObject *parent) : QAbstractTableModel(parent) { }

OrderLinesModel::~OrderLinesModel() = default;

const QList<OrderLine> &OrderLinesModel::lines() const
{
    return m_lines;
}

void OrderLinesModel::setLines(const QList<OrderLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    Q_EMIT linesChanged();
}

QString OrderLinesModel::currency() const
{
    return m_currency;
}

void OrderLinesModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, UnitPriceColumn), index(int(m_lines.size()) - 1, VatAmountColumn));
}

int OrderLinesModel::addLine()
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(OrderLine {});
    endInsertRows();
    Q_EMIT linesChanged();
    return row;
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT linesChanged();
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLine &line = m_lines.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DescriptionColumn:
            return line.description;
        case QuantityColumn:
            return locale.toString(line.quantity, 'g', 10);
        case UnitPriceColumn:
            return Core::formatMoney({ line.unitPrice, m_currency }, locale);
        case VatColumn:
            return tr("%1 %").arg(locale.toString(line.vatPercent, 'g', 6));
        case AmountColumn:
            return Core::formatMoney({ line.amount(), m_currency }, locale);
        case VatAmountColumn:
            return Core::formatMoney({ line.vatAmount(), m_currency }, locale);
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case DescriptionColumn:
            return line.description;
        case QuantityColumn:
            return QString::number(line.quantity, 'g', 10);
        case UnitPriceColumn:
            return amountText(line.unitPrice, m_currency);
        case VatColumn:
            return QString::number(line.vatPercent, 'g', 6);
        case AmountColumn:
            return line.amount();
        case VatAmountColumn:
            return line.vatAmount();
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != DescriptionColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == DescriptionColumn && line.description.trimmed().isEmpty())
            return tr("Enter a description.");
        if (index.column() == AmountColumn)
            return tr("Quantity × unit price, VAT included.");
    }
    return {};
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    OrderLine line = m_lines.at(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case DescriptionColumn:
        line.description = text;
        break;
    case QuantityColumn: {
        const std::optional<double> quantity = parseDecimal(text);
        if (!quantity || *quantity <= 0)
            return false;
        line.quantity = *quantity;
        line.receivedAmount.reset();
        break;
    }
    case UnitPriceColumn: {
        const std::optional<qint64> price = parseAmount(text, m_currency);
        if (!price)
            return false;
        line.unitPrice = *price;
        line.receivedAmount.reset();
        break;
    }
    case VatColumn: {
        QString plain = text;
        plain.remove(u'%');
        const std::optional<double> vat = parseDecimal(plain);
        if (!vat || *vat < 0 || *vat > 100)
            return false;
        line.vatPercent = *vat;
        break;
    }
    default:
        return false;
    }
    if (line == m_lines.at(index.row()))
        return true;
    m_lines[index.row()] = line;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT linesChanged();
    return true;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() < AmountColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case UnitPriceColumn:
        return tr("Unit price");
    case VatColumn:
        return tr("VAT %");
    case AmountColumn:
        return tr("Amount");
    case VatAmountColumn:
        return tr("VAT");
    }
    return {};
}

} // namespace Dintero::Orders
