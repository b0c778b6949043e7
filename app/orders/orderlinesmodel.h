#pragma once

#include "orders/orderdraft.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Dintero::Orders {

// The order lines editor's model: description, quantity, unit price and VAT % are
// edited; the line amount and its VAT are computed (read-only). Unit prices are shown
// and typed in major units of the currency ("299.90"); a value that does not parse is
// refused and the line keeps its old one. Emits linesChanged() after every change.
class OrderLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLinesModel)

public:
    enum Column {
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        VatColumn,
        AmountColumn,
        VatAmountColumn,
        ColumnCount
    };

    explicit OrderLinesModel(QObject *parent = nullptr);
    ~OrderLinesModel() override;

    const QList<OrderLine> &lines() const;
    void setLines(const QList<OrderLine> &lines);
    QString currency() const;
    // Changes how prices are shown and read (the minor units stay as they are).
    void setCurrency(const QString &currency);

    // Appends an empty line (quantity 1, 25 % VAT) and returns its row.
    int addLine();
    void removeLine(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void linesChanged();

private:
    QList<OrderLine> m_lines;
    QString m_currency = QStringLiteral("NOK");
};

} // namespace Dintero::Orders
