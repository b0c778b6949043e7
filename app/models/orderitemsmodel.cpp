#include "models/orderitemsmodel.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Dintero::Models {

OrderItemsModel::OrderItemsModel(QObject *parent) : QAbstractTableModel(parent) { }

OrderItemsModel::~OrderItemsModel() = default;

void OrderItemsModel::setSession(const Core::Session &session)
{
    beginResetModel();
    m_items = session.items();
    m_currency = session.amount().currency;
    m_orderAmount = session.hasAmount() ? std::optional(session.amount()) : std::nullopt;
    const QJsonObject order = session.json().value(QLatin1String("order")).toObject();
    m_partialPayment = order.value(QLatin1String("partial_payment")).toBool();
    m_shipping.reset();
    const QJsonObject shipping = order.value(QLatin1String("shipping_option")).toObject();
    const QJsonValue shippingAmount = shipping.value(QLatin1String("amount"));
    if (shippingAmount.isDouble()) {
        // Some merchants also send the shipping as an order line; count it once.
        const QString lineId = shipping.value(QLatin1String("line_id")).toString();
        const bool alreadyALine = !lineId.isEmpty()
            && std::any_of(m_items.cbegin(), m_items.cend(),
                [&lineId](const Core::SessionItem &item) { return item.lineId == lineId; });
        if (!alreadyALine)
            m_shipping = qint64(shippingAmount.toDouble());
    }
    endResetModel();
}

const QList<Core::SessionItem> &OrderItemsModel::items() const
{
    return m_items;
}

QString OrderItemsModel::currency() const
{
    return m_currency;
}

Core::Money OrderItemsModel::totalAmount() const
{
    qint64 total = 0;
    for (const Core::SessionItem &item : m_items)
        total += item.amount;
    return { total, m_currency };
}

Core::Money OrderItemsModel::totalVat() const
{
    qint64 total = 0;
    for (const Core::SessionItem &item : m_items)
        total += item.vatAmount;
    return { total, m_currency };
}

std::optional<qint64> OrderItemsModel::unitAmount(const Core::SessionItem &item)
{
    if (item.quantity == 0)
        return std::nullopt;
    return qint64(std::llround(double(item.amount) / item.quantity));
}

std::optional<OrderAmountCheck> OrderItemsModel::amountCheck() const
{
    if (!m_orderAmount || m_items.isEmpty())
        return std::nullopt;
    OrderAmountCheck check;
    check.itemsTotal = totalAmount();
    if (m_shipping)
        check.shipping = Core::Money { *m_shipping, m_currency };
    check.expected = { check.itemsTotal.minorUnits + m_shipping.value_or(0), m_currency };
    check.orderAmount = *m_orderAmount;
    check.difference = check.orderAmount.minorUnits - check.expected.minorUnits;
    check.partialPayment = m_partialPayment;
    return check;
}

QString OrderItemsModel::mismatchText(const OrderAmountCheck &check, const QLocale &locale)
{
    if (check.matches())
        return {};
    const QString expected = Core::formatMoney(check.expected, locale);
    const QString order = Core::formatMoney(check.orderAmount, locale);
    const QString difference = Core::formatMoney(
        { check.difference < 0 ? -check.difference : check.difference, check.orderAmount.currency }, locale);
    if (check.shipping) {
        return check.difference > 0 ? tr("Items and shipping add up to %1, %2 less than the order amount (%3).")
                                          .arg(expected, difference, order)
                                    : tr("Items and shipping add up to %1, %2 more than the order amount (%3).")
                                          .arg(expected, difference, order);
    }
    return check.difference > 0
        ? tr("The items add up to %1, %2 less than the order amount (%3).").arg(expected, difference, order)
        : tr("The items add up to %1, %2 more than the order amount (%3).").arg(expected, difference, order);
}

int OrderItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OrderItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::SessionItem &item = m_items.at(index.row());
    const QLocale locale;
    const auto money = [this, &locale](qint64 minor) {
        return Core::formatMoney({ minor, m_currency }, locale);
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DescriptionColumn:
            return item.description.isEmpty() ? item.id : item.description;
        case QuantityColumn:
            return locale.toString(item.quantity, 'g', 12);
        case UnitAmountColumn: {
            const std::optional<qint64> unit = unitAmount(item);
            return unit ? money(*unit) : QString();
        }
        case VatPercentColumn:
            return tr("%1 %").arg(locale.toString(item.vat, 'g', 6));
        case VatColumn:
            return money(item.vatAmount);
        case LineAmountColumn:
            return money(item.amount);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != DescriptionColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn) {
        QStringList parts;
        if (!item.id.isEmpty())
            parts << tr("SKU %1").arg(item.id);
        if (!item.lineId.isEmpty())
            parts << tr("Line %1").arg(item.lineId);
        if (!item.type.isEmpty())
            parts << item.type;
        return parts.join(QLatin1String(", "));
    }
    if (role == MinorUnitsRole) {
        switch (index.column()) {
        case QuantityColumn:
            return item.quantity;
        case UnitAmountColumn: {
            const std::optional<qint64> unit = unitAmount(item);
            return unit ? QVariant(*unit) : QVariant();
        }
        case VatPercentColumn:
            return item.vat;
        case VatColumn:
            return item.vatAmount;
        case LineAmountColumn:
            return item.amount;
        default:
            return {};
        }
    }
    return {};
}

QVariant OrderItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case UnitAmountColumn:
        return tr("Unit amount");
    case VatPercentColumn:
        return tr("VAT %");
    case VatColumn:
        return tr("VAT");
    case LineAmountColumn:
        return tr("Line amount");
    default:
        return {};
    }
}

} // namespace Dintero::Models
