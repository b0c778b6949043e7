#include "orderlineseditor.h"

#include "core/money.h"
#include "orders/orderlinesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Dintero::Ui {

using Orders::OrderLinesModel;

OrderLinesEditor::OrderLinesEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new OrderLinesModel(this))
    , m_view(new QTableView(this))
    , m_addButton(new QPushButton(tr("&Add Line"), this))
    , m_removeButton(new QPushButton(tr("&Remove Line"), this))
    , m_useTotalButton(new QPushButton(tr("&Use as Amount"), this))
    , m_shippingTitle(new QLineEdit(this))
    , m_shippingAmount(new QLineEdit(this))
    , m_shippingVat(new QLineEdit(QStringLiteral("25"), this))
    , m_totals(new QLabel(this))
    , m_reason(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_view->setObjectName(QStringLiteral("orderLinesView"));
    m_view->setAccessibleName(tr("Order lines"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setTabKeyNavigation(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(OrderLinesModel::DescriptionColumn, QHeaderView::Stretch);
    for (int column = OrderLinesModel::QuantityColumn; column < OrderLinesModel::ColumnCount; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(130);
    layout->addWidget(m_view, 1);
    m_reason->setObjectName(QStringLiteral("linesReason"));
    layout->addWidget(m_reason);

    auto *buttons = new QHBoxLayout;
    m_addButton->setObjectName(QStringLiteral("addLineButton"));
    m_addButton->setAccessibleName(tr("Add Line"));
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));
    m_removeButton->setAccessibleName(tr("Remove Line"));
    m_removeButton->setEnabled(false);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *shippingRow = new QHBoxLayout;
    auto *shippingLabel = new QLabel(tr("S&hipping:"), this);
    shippingLabel->setBuddy(m_shippingTitle);
    m_shippingTitle->setObjectName(QStringLiteral("shippingTitleEdit"));
    m_shippingTitle->setAccessibleName(tr("Shipping option"));
    m_shippingTitle->setPlaceholderText(tr("none, or e.g. Posten home delivery"));
    m_shippingAmount->setObjectName(QStringLiteral("shippingAmountEdit"));
    m_shippingAmount->setAccessibleName(tr("Shipping amount"));
    m_shippingAmount->setPlaceholderText(tr("0.00"));
    m_shippingAmount->setMaximumWidth(110);
    m_shippingVat->setObjectName(QStringLiteral("shippingVatEdit"));
    m_shippingVat->setAccessibleName(tr("Shipping VAT %"));
    m_shippingVat->setMaximumWidth(50);
    shippingRow->addWidget(shippingLabel);
    shippingRow->addWidget(m_shippingTitle, 1);
    shippingRow->addWidget(m_shippingAmount);
    shippingRow->addWidget(new QLabel(tr("VAT %"), this));
    shippingRow->addWidget(m_shippingVat);
    layout->addLayout(shippingRow);

    auto *totalsRow = new QHBoxLayout;
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setAccessibleName(tr("Totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_useTotalButton->setObjectName(QStringLiteral("useTotalButton"));
    m_useTotalButton->setAccessibleName(tr("Use as Amount"));
    m_useTotalButton->setToolTip(tr("Set the order amount to the lines and shipping"));
    totalsRow->addWidget(m_totals, 1);
    totalsRow->addWidget(m_useTotalButton);
    layout->addLayout(totalsRow);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->addLine();
        m_view->setFocus();
        // Moving there opens the editor (AllEditTriggers); open it when the cell was current already.
        m_view->setCurrentIndex(m_model->index(row, OrderLinesModel::DescriptionColumn));
        if (!m_view->indexWidget(m_view->currentIndex()))
            m_view->edit(m_view->currentIndex());
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_model->removeLine(m_view->currentIndex().row());
    });
    connect(m_useTotalButton, &QPushButton::clicked, this, [this] { Q_EMIT useTotalRequested(m_total); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { m_removeButton->setEnabled(m_view->currentIndex().isValid()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { m_removeButton->setEnabled(m_view->currentIndex().isValid()); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
        [this] { m_removeButton->setEnabled(m_view->currentIndex().isValid()); });
    connect(m_model, &OrderLinesModel::linesChanged, this, &OrderLinesEditor::changed);
    for (QLineEdit *edit : { m_shippingTitle, m_shippingAmount, m_shippingVat })
        connect(edit, &QLineEdit::textChanged, this, &OrderLinesEditor::changed);
}

OrderLinesEditor::~OrderLinesEditor() = default;

Orders::OrderLinesModel *OrderLinesEditor::model() const
{
    return m_model;
}

QTableView *OrderLinesEditor::view() const
{
    return m_view;
}

QLabel *OrderLinesEditor::reasonLabel() const
{
    return m_reason;
}

QLineEdit *OrderLinesEditor::shippingTitleEdit() const
{
    return m_shippingTitle;
}

QLineEdit *OrderLinesEditor::shippingAmountEdit() const
{
    return m_shippingAmount;
}

void OrderLinesEditor::setCurrency(const QString &currency)
{
    m_model->setCurrency(currency);
}

void OrderLinesEditor::setLines(const QList<Orders::OrderLine> &lines, const Orders::ShippingOption &shipping)
{
    m_model->setLines(lines);
    m_shippingTitle->setText(shipping.title);
    m_shippingAmount->setText(shipping.amount ? Orders::amountText(shipping.amount, m_model->currency()) : QString());
    m_shippingVat->setText(QString::number(shipping.vatPercent, 'g', 6));
}

QList<Orders::OrderLine> OrderLinesEditor::lines() const
{
    return m_model->lines();
}

std::optional<Orders::ShippingOption> OrderLinesEditor::shipping() const
{
    Orders::ShippingOption shipping;
    shipping.title = m_shippingTitle->text();
    if (!m_shippingAmount->text().trimmed().isEmpty()) {
        const std::optional<qint64> amount = Orders::parseAmount(m_shippingAmount->text(), m_model->currency());
        if (!amount)
            return std::nullopt;
        shipping.amount = *amount;
    }
    const std::optional<double> vat = Orders::parseDecimal(m_shippingVat->text());
    if (!vat || *vat < 0 || *vat > 100)
        return std::nullopt;
    shipping.vatPercent = *vat;
    return shipping;
}

void OrderLinesEditor::showTotals(const Orders::OrderDraft &draft, bool amountValid)
{
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return Core::formatMoney({ minor, draft.currency }, locale);
    };
    m_total = draft.linesAndShippingTotal();
    QString text = tr("Lines %1 + shipping %2 = <b>%3</b>")
                       .arg(money(draft.itemsTotal()), money(draft.shipping.amount), money(m_total));
    if (amountValid) {
        const QString amount = money(draft.amount);
        text += draft.amountMatchesLines()
            ? tr(" \u2714 equals the order amount %1").arg(amount)
            : tr(" <span style=\"color:#c62828\">\u2260 order amount %1</span>").arg(amount);
    }
    m_totals->setText(text);
    m_useTotalButton->setEnabled(m_total > 0 && (!amountValid || !draft.amountMatchesLines()));
}

void OrderLinesEditor::setEditable(bool editable)
{
    m_view->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (QWidget *widget : { static_cast<QWidget *>(m_addButton), static_cast<QWidget *>(m_removeButton),
             static_cast<QWidget *>(m_useTotalButton), static_cast<QWidget *>(m_shippingTitle),
             static_cast<QWidget *>(m_shippingAmount), static_cast<QWidget *>(m_shippingVat) })
        widget->setEnabled(editable);
    if (editable)
        m_removeButton->setEnabled(m_view->currentIndex().isValid());
}

} // namespace Dintero::Ui
