#include "links/linkswindow.h"

#include "links/linksmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Dintero::Ui {

LinksWindow::LinksWindow(Links::LinksModel &model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("linksWindow"));
    setWindowTitle(tr("Links"));
    resize(1040, 380);

    auto *explanation = new QLabel(
        tr("The payment links made in this run. The console checks each one until the customer has used it, "
           "or it is cancelled or expires."),
        this);
    explanation->setWordWrap(true);

    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(Links::LinksModel::SortRole);
    m_table->setObjectName(QStringLiteral("linksTable"));
    m_table->setAccessibleName(tr("Links"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Links::LinksModel::CreatedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(Links::LinksModel::MerchantReferenceColumn, 150);
    m_table->setColumnWidth(Links::LinksModel::CustomerColumn, 190);
    m_table->setColumnWidth(Links::LinksModel::CreatedColumn, 150);
    m_table->setColumnWidth(Links::LinksModel::ExpiresColumn, 150);
    m_table->setColumnWidth(Links::LinksModel::StateColumn, 170);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { openCurrent(); });

    auto *open = new QAction(tr("Open Details"), this);
    open->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    open->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(open);
    connect(open, &QAction::triggered, this, &LinksWindow::openCurrent);
    auto *close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence::Close);
    addAction(close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    m_count->setObjectName(QStringLiteral("linksCount"));
    m_count->setAccessibleName(tr("Number of links"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &LinksWindow::updateCount);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &LinksWindow::updateCount);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &LinksWindow::updateCount);
    updateCount();
}

LinksWindow::~LinksWindow() = default;

QTableView *LinksWindow::table() const
{
    return m_table;
}

void LinksWindow::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString sessionId = current.data(Links::LinksModel::SessionIdRole).toString();
    if (!sessionId.isEmpty())
        Q_EMIT openDetailsRequested(sessionId);
}

void LinksWindow::updateCount()
{
    const int rows = m_model.rowCount();
    m_count->setText(rows == 0 ? tr("No payment link was made in this run yet.") : tr("%n link(s)", nullptr, rows));
}

} // namespace Dintero::Ui
