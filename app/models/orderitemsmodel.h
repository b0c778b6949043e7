#pragma once

#include "core/money.h"
#include "core/session.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace Dintero::Models {

// Whether order.items[] plus the chosen shipping add up to order.amount.
struct OrderAmountCheck
{
    Core::Money itemsTotal; // sum of the lines' amounts
    std::optional<Core::Money> shipping; // order.shipping_option.amount, when it is not a line already
    Core::Money expected; // itemsTotal + shipping
    Core::Money orderAmount;
    qint64 difference = 0; // orderAmount - expected, minor units
    bool partialPayment = false; // order.partial_payment: a lower amount is allowed

    bool matches() const { return difference == 0 || (partialPayment && difference < 0); }
};

// The lines of a session's order (description, quantity, unit amount, VAT %, VAT, line
// amount) with their totals, for the details window. Read only; reset per session.
class OrderItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderItemsModel)

public:
    enum Column {
        DescriptionColumn,
        QuantityColumn,
        UnitAmountColumn,
        VatPercentColumn,
        VatColumn,
        LineAmountColumn,
        ColumnCount,
    };
    enum Role {
        MinorUnitsRole = Qt::UserRole, // qint64 of the amount columns; double for quantity and VAT %
    };

    explicit OrderItemsModel(QObject *parent = nullptr);
    ~OrderItemsModel() override;

    void setSession(const Core::Session &session);
    const QList<Core::SessionItem> &items() const;
    QString currency() const;

    Core::Money totalAmount() const; // sum of the lines' amount (incl. VAT)
    Core::Money totalVat() const;
    // The unit amount of a line: amount / quantity rounded to the minor unit; nullopt
    // when the quantity is zero.
    static std::optional<qint64> unitAmount(const Core::SessionItem &item);

    // nullopt when the session has no order amount or no items (nothing to compare).
    std::optional<OrderAmountCheck> amountCheck() const;
    // "Items and shipping add up to NOK 296.00, NOK 2.00 less than the order amount (NOK 298.00)."
    // Empty when they add up.
    static QString mismatchText(const OrderAmountCheck &check, const QLocale &locale = QLocale());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::SessionItem> m_items;
    QString m_currency;
    std::optional<Core::Money> m_orderAmount;
    std::optional<qint64> m_shipping;
    bool m_partialPayment = false;
};

} // namespace Dintero::Models
