#pragma once

#include "orders/orderdraft.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Dintero::Orders {
class OrderLinesModel;
}

namespace Dintero::Ui {

class FieldErrors;

// The order lines of New Session (Advanced) and Edit Order: a table of lines (description,
// quantity, unit price, VAT % edited; amount and VAT computed), Add Line / Remove Line,
// the shipping option, and the totals beside the order amount, which they must equal.
// Owns its model. Emits changed() after any edit.
class OrderLinesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLinesEditor)

public:
    explicit OrderLinesEditor(QWidget *parent = nullptr);
    ~OrderLinesEditor() override;

    Orders::OrderLinesModel *model() const;
    QTableView *view() const;
    QLabel *reasonLabel() const; // where FieldErrors puts the lines' problems
    QLineEdit *shippingTitleEdit() const;
    QLineEdit *shippingAmountEdit() const;

    void setCurrency(const QString &currency);
    void setLines(const QList<Orders::OrderLine> &lines, const Orders::ShippingOption &shipping);
    QList<Orders::OrderLine> lines() const;
    // The shipping as typed; nullopt when its amount does not parse.
    std::optional<Orders::ShippingOption> shipping() const;
    // Shows "Lines NOK 298.00 + shipping NOK 51.00 = NOK 349.00 · order amount NOK 349.00".
    void showTotals(const Orders::OrderDraft &draft, bool amountValid);
    void setEditable(bool editable);

Q_SIGNALS:
    void changed();
    // "Use as Amount": the agent wants the order amount set to the lines' total.
    void useTotalRequested(qint64 total);

private:
    Orders::OrderLinesModel *m_model;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_useTotalButton;
    QLineEdit *m_shippingTitle;
    QLineEdit *m_shippingAmount;
    QLineEdit *m_shippingVat;
    QLabel *m_totals;
    QLabel *m_reason;
    qint64 m_total = 0;
};

} // namespace Dintero::Ui
